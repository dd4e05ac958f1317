import { evaluateRequest } from '@/lib/api/evaluate';
import { jsonResponse } from '@/lib/api/http';
import { queryLimitResponse } from '@/lib/security/limits';

/** GET /api/v1/evaluate?<link format v=1>&asOf=YYYY-MM-DD&locale=zh-CN|en (lib/api/evaluate.ts). */
export async function GET(request: Request): Promise<Response> {
  // As for every page: a query string far beyond any real link is refused before it is parsed.
  const tooLarge = queryLimitResponse(request.url);
  if (tooLarge) {
    return jsonResponse({ error: 'query-too-large', message: { 'zh-CN': '链接过长或参数过多。', en: 'The query string is too long or has too many parameters.' } },
      { status: tooLarge.status, cacheControl: 'public, max-age=3600' });
  }
  const { status, body, cacheControl } = await evaluateRequest(new URL(request.url));
  return jsonResponse(body, { status, cacheControl });
}
