import { evaluateRequest } from '@/lib/api/evaluate';
import { jsonResponse } from '@/lib/api/http';
import { apiQueryLimitResponse } from '@/lib/api/proxy';

/** GET /api/v1/evaluate?<link format v=1>&asOf=YYYY-MM-DD&locale=zh-CN|en (lib/api/evaluate.ts). */
export async function GET(request: Request): Promise<Response> {
  // As for every page: a query string far beyond any real link is refused before it is parsed.
  const tooLarge = apiQueryLimitResponse(request.url);
  if (tooLarge) return tooLarge;
  const { status, body, cacheControl } = await evaluateRequest(new URL(request.url));
  return jsonResponse(body, { status, cacheControl });
}
