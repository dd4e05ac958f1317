// @vitest-environment jsdom
/**
 * Every link into the sources pages (the index, its parts and the split parts' pages: lib/sources-links.ts) lands on
 * an element of the page it names. The pages that make such links are rendered with their
 * components — the parts themselves, the changes page and the Atom feed's entries — and each link is
 * resolved to a page and an element id, which must exist on that page as rendered.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { Locale } from '@/lib/i18n/routing';

vi.mock('next-intl/server', () => import('../intl-server'));

const { RulesAndSources, PartBody } = await import('@/components/sources/RulesAndSources');
const { RulesChanges } = await import('@/components/sources/RulesChanges');
const { ALL_SOURCES_PAGES, GROUPS, SOURCES_PARTS, anchorOf, pageOf, rulesHref, sourcesPath } = await import('@/lib/sources-links');
const { atomFeed, CHANGES_PATH } = await import('@/lib/api/changes');
const { feedWords } = await import('@/lib/api/changes-words');
const { FACTS, PARAMETERS, SOURCE_REGISTRY, CHANGELOG } = await import('@/lib/rules');
const { sourcesByKind } = await import('@/lib/api/rules');

const DAY = '2026-11-23';
const SITE = 'https://example.org';
type Page = (typeof ALL_SOURCES_PAGES)[number] | 'changes';

/** Each page rendered alone: its element ids and its links' hrefs. */
async function renderPage(locale: Locale, page: Page): Promise<{ ids: Set<string>; hrefs: string[] }> {
  cleanup();
  const el = page === 'index' ? await RulesAndSources({ locale, asOf: DAY })
    : page === 'changes' ? await RulesChanges({ locale })
      : await PartBody({ locale, asOf: DAY, page });
  const { container } = render(el);
  return {
    ids: new Set([...container.querySelectorAll('[id]')].map((e) => e.id)),
    hrefs: [...container.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
  };
}

/** Which page and element an href names, or null if it is not a link into the sources pages. */
function resolve(locale: Locale, href: string, from: Page): { page: Page; id: string | null } | null {
  if (href.startsWith('#')) return { page: from, id: decodeURIComponent(href.slice(1)) };
  const url = new URL(href, SITE);
  if (url.origin !== SITE) return null;
  const pages: Array<[string, Page]> = [...ALL_SOURCES_PAGES.map((p) => [sourcesPath(locale, p), p] as [string, Page]), [`/${locale}${CHANGES_PATH}`, 'changes']];
  const page = pages.find(([p]) => p === url.pathname)?.[1];
  if (!page) {
    // Anything else under /{locale}/sources is a page we do not have (the feed is checked apart).
    if (url.pathname.startsWith(`/${locale}/sources`) && !url.pathname.endsWith('.xml')) throw new Error(`${from}: ${href} names no sources page`);
    return null;
  }
  return { page, id: url.hash ? decodeURIComponent(url.hash.slice(1)) : null };
}

describe('links into the sources pages', () => {
  it('each kind of target has one page, and the link is the anchor alone on that page', () => {
    // A source is on its kind's page, a place's parameter on its place's page.
    const [source] = Object.values(SOURCE_REGISTRY);
    expect(pageOf({ source: source!.id })).toBe(`registry/${source!.kind}`);
    expect(rulesHref('en', { source: source!.id })).toBe(`/en/sources/registry/${source!.kind}#source-${source!.id}`);
    expect(pageOf({ source: 'not-in-the-registry' })).toBe('registry');
    expect(pageOf({ kind: 'news' })).toBe('registry/news');
    expect(pageOf({ parameter: 'national.x' })).toBe('parameters');
    expect(pageOf({ parameter: 'beijing.x' })).toBe('places/beijing');
    expect(pageOf({ parameter: 'guangdong-other.x' })).toBe('places/guangdong-other');
    expect(rulesHref('en', { parameter: 'beijing.x' }, { from: 'parameters' })).toBe('/en/sources/places/beijing#param-beijing.x');
    expect(rulesHref('en', { parameter: 'beijing.x' }, { from: 'places/beijing' })).toBe('#param-beijing.x');
    expect(GROUPS.registry[0]).toBe('official-site');
    expect(pageOf({ fact: 'F1.1' })).toBe('facts');
    expect(rulesHref('en', { fact: 'F1.1' })).toBe('/en/sources/facts#fact-F1.1');
    expect(rulesHref('en', { fact: 'F1.1' }, { from: 'facts' })).toBe('#fact-F1.1');
    expect(rulesHref('zh-CN', { source: source!.id }, { from: 'facts', site: SITE })).toBe(`${SITE}/zh-CN/sources/registry/${source!.kind}#source-${source!.id}`);
    expect(sourcesPath('en', 'index')).toBe('/en/sources');
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`every parameter, source, kind and fact is on the page rulesHref names (${locale})`, async () => {
      const rendered = new Map<Page, Set<string>>();
      for (const page of ALL_SOURCES_PAGES) if (page !== 'index') rendered.set(page, (await renderPage(locale, page)).ids);
      const targets = [
        ...PARAMETERS.map((p) => ({ parameter: p.id })),
        ...Object.keys(SOURCE_REGISTRY).map((id) => ({ source: id })),
        ...sourcesByKind().filter((g) => g.sources.length > 0).map((g) => ({ kind: g.kind })),
        ...FACTS.map((f) => ({ fact: f.id })),
      ];
      for (const target of targets) {
        const r = resolve(locale, rulesHref(locale, target), 'index');
        expect(r?.page, JSON.stringify(target)).toBe(pageOf(target));
        expect(rendered.get(pageOf(target))?.has(anchorOf(target)), JSON.stringify(target)).toBe(true);
      }
    });

    it(`every link on the sources pages, the changes page and the feed resolves to an element of the page it names (${locale})`, async () => {
      const pages: Page[] = [...ALL_SOURCES_PAGES, 'changes'];
      const rendered = new Map<Page, { ids: Set<string>; hrefs: string[] }>();
      for (const page of pages) rendered.set(page, await renderPage(locale, page));
      // The feed's entries (HTML in the XML) link with absolute addresses.
      const feed = new DOMParser().parseFromString(atomFeed({ locale, site: SITE, words: await feedWords(locale), entries: CHANGELOG }), 'application/xml');
      const feedHrefs = [...feed.getElementsByTagName('content')].flatMap((c) => [...new DOMParser().parseFromString(c.textContent ?? '', 'text/html').querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''));
      expect(feedHrefs.length).toBeGreaterThan(0);
      const links: Array<{ from: Page | 'feed'; href: string }> = [
        ...pages.flatMap((from) => (rendered.get(from)?.hrefs ?? []).map((href) => ({ from, href }))),
        ...feedHrefs.map((href) => ({ from: 'feed' as const, href })),
      ];
      let checked = 0;
      for (const { from, href } of links) {
        const r = resolve(locale, href, from === 'feed' ? 'changes' : from);
        if (!r) continue;
        expect(rendered.has(r.page), `${from}: ${href}`).toBe(true);
        if (r.id !== null) {
          expect(rendered.get(r.page)?.ids.has(r.id), `${from}: ${href}`).toBe(true);
          checked += 1;
        }
      }
      // Links to entries in every part, across pages.
      expect(checked).toBeGreaterThan(PARAMETERS.length);
      for (const part of SOURCES_PARTS) expect(links.some(({ from, href }) => !String(from).startsWith(part) && href.startsWith(sourcesPath(locale, part)) && href.includes('#')), part).toBe(true);
    });
  }

  it('no code outside lib/sources-links.ts spells a link to an entry of the sources pages', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const f = path.join(dir, name);
        if (statSync(f).isDirectory()) walk(f);
        else if (/\.(ts|tsx|mjs)$/.test(name)) files.push(f);
      }
    };
    for (const dir of ['app', 'components', 'lib']) walk(dir);
    const offenders = files.filter((f) => f !== path.join('lib', 'sources-links.ts') && /sources(\/(registry|parameters|places|facts))?#|#(param|fact|source|kind)-\$\{/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  });
});
