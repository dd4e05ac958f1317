import type { APIRequestContext } from '@playwright/test';

/** Every page the site publishes, read from its own sitemap, as paths (e.g. /en/guides). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}
