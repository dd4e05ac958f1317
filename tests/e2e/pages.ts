import { existsSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { guideCatalogue } from '../../lib/content/catalogue';

export const locales = ['zh-CN', 'en'] as const;

/** Every public page of the site (what the sitemap must list), as paths like /en/guides. */
export function publicPaths(): string[] {
  const guides = guideCatalogue
    .filter((g) => locales.every((l) => existsSync(path.join('content', 'guides', g.slug, `${l}.mdx`))))
    .map((g) => `/guides/${g.slug}`);
  return locales.flatMap((l) => ['', '/guides', '/search', '/check', '/check/paper', '/sources', '/sources/changes', '/sources/registry', '/sources/parameters', '/sources/facts', ...guides].map((p) => `/${l}${p}`));
}

/** The paths the running site's sitemap.xml lists. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}
