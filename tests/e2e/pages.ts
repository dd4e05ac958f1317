import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { guideCatalogue } from '../../lib/content/catalogue';

/**
 * The care mode's script (lib/security/inline-scripts.ts, CARE_SCRIPT), read from its data file: Playwright
 * loads specs as ES modules, which cannot import JSON without an import attribute.
 */
export const CARE_SCRIPT: string = JSON.parse(readFileSync(path.join('lib', 'security', 'care-script.json'), 'utf8')).script;

/**
 * A page's HTML without the care mode's script, the one script every page carries in its header
 * (docs/care-mode.md): what is left of a prerendered page or a document holds no script.
 */
export const withoutCare = (html: string): string => html.split(`<script>${CARE_SCRIPT}</script>`).join('');

/** A prerendered page's script policy: the care mode's script alone, by its hash. */
export const PRERENDERED_SCRIPT_SRC = `script-src 'sha256-${createHash('sha256').update(CARE_SCRIPT, 'utf8').digest('base64')}';`;

export const locales = ['zh-CN', 'en'] as const;

/**
 * The sources pages (lib/sources-links.ts), read from the data files (the rules library does not load
 * in Playwright's runner): the index and its parts, a page per kind of source the registry holds, and
 * a page per place with parameters (each city file in lib/rules/regions, and `<province>-other` for
 * each province file).
 */
export function sourcesPaths(): string[] {
  const kinds = new Set(Object.values(JSON.parse(readFileSync(path.join('lib', 'rules', 'sources.data.json'), 'utf8')) as Record<string, { kind: string }>).map((s) => s.kind));
  const names = (dir: string) => readdirSync(path.join('lib', 'rules', dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
  const places = [...names('regions'), ...names('provinces').map((p) => `${p}-other`)];
  return ['/sources', '/sources/changes', '/sources/registry', ...[...kinds].map((k) => `/sources/registry/${k}`), '/sources/parameters', '/sources/places', ...places.map((p) => `/sources/places/${p}`), '/sources/facts'];
}

/** Every public page of the site (what the sitemap must list), as paths like /en/guides. */
export function publicPaths(): string[] {
  const guides = guideCatalogue
    .filter((g) => locales.every((l) => existsSync(path.join('content', 'guides', g.slug, `${l}.mdx`))))
    .map((g) => `/guides/${g.slug}`);
  return locales.flatMap((l) => ['', '/guides', '/search', '/check', '/check/paper', ...sourcesPaths(), ...guides].map((p) => `/${l}${p}`));
}

/** The paths the running site's sitemap.xml lists. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

/** Pages in a PDF: Chromium writes one /Type /Page object per page. */
export const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
