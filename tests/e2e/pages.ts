import { existsSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { guideCatalogue } from '../../lib/content/catalogue';
import { CARE_SCRIPT, PRERENDERED_SCRIPT_HASHES } from '../../lib/security/inline-scripts';

/**
 * A page's HTML without the care mode's script, the one script every page carries in its header
 * (docs/care-mode.md): what is left of a prerendered page or a document holds no script.
 */
export const withoutCare = (html: string): string => html.split(`<script>${CARE_SCRIPT}</script>`).join('');

/** A prerendered page's script policy: the care mode's script alone, by its hash. */
export const PRERENDERED_SCRIPT_SRC = `script-src ${PRERENDERED_SCRIPT_HASHES.join(' ')};`;

export const locales = ['zh-CN', 'en'] as const;

/** Every public page of the site (what the sitemap must list), as paths like /en/guides. */
export function publicPaths(): string[] {
  const guides = guideCatalogue
    .filter((g) => locales.every((l) => existsSync(path.join('content', 'guides', g.slug, `${l}.mdx`))))
    .map((g) => `/guides/${g.slug}`);
  return locales.flatMap((l) => ['', '/guides', '/search', '/check', '/check/paper', '/sources', '/sources/changes', ...guides].map((p) => `/${l}${p}`));
}

/** The paths the running site's sitemap.xml lists. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}
