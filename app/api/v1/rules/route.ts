import { jsonResponse, CACHE_STATIC } from '@/lib/api/http';
import { rulesDocument } from '@/lib/api/rules';

// Built once, at build time: the rules change only with a new build.
export const dynamic = 'force-static';

/** GET /api/v1/rules: every parameter with its dated values, the source registry and the fact records. */
export function GET(): Response {
  const doc = rulesDocument();
  return jsonResponse(doc, { cacheControl: CACHE_STATIC, headers: { etag: `"${doc.version}"` } });
}
