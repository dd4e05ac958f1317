import { jsonResponse, CACHE_STATIC } from '@/lib/api/http';
import { API_PATHS } from '@/lib/api/paths';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** GET /api/v1: what the API offers (docs/api.md). */
export function GET(): Response {
  return jsonResponse({
    api: 'yibao-guide/v1',
    endpoints: {
      rules: `${siteUrl}/api/v1/rules`,
      evaluate: `${siteUrl}/api/v1/evaluate?v=1&w=self&r=beijing&a=35&s=flexible&h=local&g=none&c=none&asOf=2026-11-23&locale=en`,
      schemas: API_PATHS.filter((p) => p.includes('/schema/')).map((p) => `${siteUrl}${p}`),
    },
    documentation: { 'zh-CN': `${siteUrl}/zh-CN/sources`, en: `${siteUrl}/en/sources` },
  }, { cacheControl: CACHE_STATIC });
}
