// @vitest-environment jsdom
/**
 * The changelog of the rules data as the site shows it: the page /{locale}/sources/changes, the
 * recent changes on the sources page, and the Atom feed /{locale}/sources/changes.xml, read back with
 * a real XML parser (jsdom's DOMParser) and checked for what RFC 4287 requires.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';

vi.mock('next-intl/server', () => import('../intl-server'));

const { CHANGELOG, SOURCE_REGISTRY } = await import('@/lib/rules');
const { atomFeed, changeAnchor, xmlEscape } = await import('@/lib/api/changes');
const { feedWords } = await import('@/lib/api/changes-words');
const { siteUrl } = await import('@/lib/site');
const feedRoute = await import('@/app/[locale]/sources/changes.xml/route');
const changesPage = await import('@/app/[locale]/sources/changes/page');
const sourcesPage = await import('@/app/[locale]/sources/page');
const { RulesChanges } = await import('@/components/sources/RulesChanges');
const { RulesAndSources } = await import('@/components/sources/RulesAndSources');

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Parses `xml` as XML; throws with the parser's message if it is not well-formed. */
function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

const children = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
const one = (el: Element, name: string) => {
  const found = children(el, name);
  expect(found.length, `<${el.localName}> has exactly one <${name}>`).toBe(1);
  return found[0]!;
};

/** The Atom requirements (RFC 4287 §4.1.1, §4.1.2) this feed must meet, as a list of problems. */
function atomProblems(doc: Document): string[] {
  const problems: string[] = [];
  const feed = doc.documentElement;
  if (feed.namespaceURI !== ATOM || feed.localName !== 'feed') return ['the root is not atom:feed'];
  for (const name of ['id', 'title', 'updated']) if (children(feed, name).length !== 1) problems.push(`feed: ${name} must occur once`);
  const updated = children(feed, 'updated')[0]?.textContent ?? '';
  if (!RFC3339.test(updated)) problems.push(`feed: updated ${updated} is not RFC 3339`);
  const self = children(feed, 'link').filter((l) => l.getAttribute('rel') === 'self');
  if (self.length !== 1) problems.push('feed: one link rel="self"');
  const feedAuthor = children(feed, 'author').length > 0;
  const ids = new Set<string>();
  for (const [i, entry] of children(feed, 'entry').entries()) {
    for (const name of ['id', 'title', 'updated']) if (children(entry, name).length !== 1) problems.push(`entry ${i}: ${name} must occur once`);
    const id = children(entry, 'id')[0]?.textContent ?? '';
    if (!/^[a-z][a-z0-9+.-]*:/i.test(id)) problems.push(`entry ${i}: id ${id} is not an IRI`);
    if (ids.has(id)) problems.push(`entry ${i}: id ${id} repeats`);
    ids.add(id);
    const u = children(entry, 'updated')[0]?.textContent ?? '';
    if (!RFC3339.test(u)) problems.push(`entry ${i}: updated ${u} is not RFC 3339`);
    if (u > updated) problems.push(`entry ${i}: updated after the feed`);
    if (!feedAuthor && children(entry, 'author').length === 0) problems.push(`entry ${i}: no author`);
    const content = children(entry, 'content');
    if (content.length === 0 && !children(entry, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')) problems.push(`entry ${i}: no content and no alternate link`);
    if (content.length === 0 && children(entry, 'summary').length === 0) problems.push(`entry ${i}: no summary`);
  }
  return problems;
}

describe('the Atom feed /{locale}/sources/changes.xml', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`is well-formed, valid Atom with every entry, newest first (${locale})`, async () => {
      const res = await feedRoute.GET(new Request(`http://localhost/${locale}/sources/changes.xml`), { params: Promise.resolve({ locale }) });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const xml = await res.text();
      expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
      const doc = parseXml(xml);
      expect(atomProblems(doc)).toEqual([]);
      const feed = doc.documentElement;
      expect(feed.getAttribute('xml:lang')).toBe(locale);
      const page = `${siteUrl}/${locale}/sources/changes`;
      expect(one(feed, 'id').textContent).toBe(page);
      expect(children(feed, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href')).toBe(`${siteUrl}/${locale}/sources/changes.xml`);
      expect(children(feed, 'link').find((l) => l.getAttribute('rel') === 'alternate')?.getAttribute('href')).toBe(page);
      expect(one(feed, 'updated').textContent).toBe(`${CHANGELOG[0]!.date}T00:00:00+08:00`);
      const entries = children(feed, 'entry');
      expect(entries.map((e) => one(e, 'id').textContent)).toEqual(CHANGELOG.map((c) => `${page}#${changeAnchor(c.id)}`));
      CHANGELOG.forEach((c, i) => {
        const e = entries[i]!;
        expect(one(e, 'title').textContent).toBe(c.title[locale]);
        expect(one(e, 'summary').textContent).toBe(c.summary[locale]);
        expect(one(e, 'updated').textContent).toBe(`${c.date}T00:00:00+08:00`);
        expect(one(e, 'link').getAttribute('href')).toBe(`${page}#${changeAnchor(c.id)}`);
        // The content is HTML (escaped in the XML): the summary and why, and links only to our own sources pages.
        const content = one(e, 'content');
        expect(content.getAttribute('type')).toBe('html');
        const html = new DOMParser().parseFromString(content.textContent ?? '', 'text/html');
        expect(html.body.textContent).toContain(c.why[locale]);
        for (const a of html.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(new RegExp(`^${siteUrl}/${locale}/sources/(parameters#param|places/[a-z-]+#param|registry/[a-z-]+#source)-`));
        expect(html.querySelectorAll('a[href*="#source-"]').length).toBe(c.sources.length);
      });
    });
  }

  it('escapes what XML must escape, so any words in an entry keep the feed well-formed', async () => {
    const words = await feedWords('en');
    const tricky = { ...CHANGELOG[0]!, title: { 'zh-CN': '<b>&', en: 'A & B <c> "d" \'e\'\u0001' }, summary: { 'zh-CN': ']]>', en: ']]> & <script>' } };
    const doc = parseXml(atomFeed({ locale: 'en', site: 'https://example.org', words, entries: [tricky] }));
    expect(atomProblems(doc)).toEqual([]);
    const entry = children(doc.documentElement, 'entry')[0]!;
    expect(one(entry, 'title').textContent).toBe('A & B <c> "d" \'e\'');
    expect(one(entry, 'summary').textContent).toBe(']]> & <script>');
    expect(xmlEscape('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });

  it('is prerendered, one per locale', () => {
    expect(feedRoute.dynamic).toBe('force-static');
    expect(feedRoute.dynamicParams).toBe(false);
    expect(feedRoute.generateStaticParams()).toEqual([{ locale: 'zh-CN' }, { locale: 'en' }]);
  });
});

describe('the changes page /{locale}/sources/changes', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`lists every entry newest first, with what it concerns linked to the sources page (${locale})`, async () => {
      const { container } = render(await RulesChanges({ locale }));
      const items = [...container.querySelectorAll('[data-change]')];
      expect(items.map((el) => el.getAttribute('data-change'))).toEqual(CHANGELOG.map((c) => c.id));
      CHANGELOG.forEach((c, i) => {
        const el = items[i]!;
        expect(el.id).toBe(changeAnchor(c.id));
        expect(el.querySelector('h2')?.textContent).toBe(c.title[locale]);
        expect(el.querySelector('time')?.getAttribute('datetime')).toBe(c.date);
        expect(el.textContent).toContain(c.summary[locale]);
        expect(el.textContent).toContain(c.why[locale]);
        expect(el.textContent).toContain(c.dataDigest);
        const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(hrefs).toEqual([
          // National parameters on one part, a place's on its place's page, a source on its kind's page (lib/sources-links.ts).
          ...c.parameters.map((p) => `/${locale}/sources/${p.startsWith('national.') ? 'parameters' : `places/${p.split('.')[0]}`}#param-${p}`),
          ...c.facts.map((f) => `/${locale}/sources/facts#fact-${f}`),
          ...c.sources.map((s) => `/${locale}/sources/registry/${SOURCE_REGISTRY[s as keyof typeof SOURCE_REGISTRY].kind}#source-${s}`),
        ]);
      });
      expect(container.querySelector('[data-feed-link]')?.getAttribute('href')).toBe(`/${locale}/sources/changes.xml`);
      expect(container.querySelector('script')).toBeNull();
    });
  }

  // That every such link lands on an element of the page it names: tests/api/sources-links.test.tsx.

  it('the page and the sources page point feed readers at the feed (<link rel="alternate" type="application/atom+xml">)', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const page of [changesPage, sourcesPage]) {
        const meta = await page.generateMetadata({ params: Promise.resolve({ locale }) } as never);
        expect(meta.alternates?.types?.['application/atom+xml']).toEqual([{ url: `/${locale}/sources/changes.xml`, title: expect.any(String) }]);
        expect(meta.alternates?.languages).toBeDefined();
      }
    }
  });
});

describe('the sources page shows the latest changes, newest first, and links the rest', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(locale, async () => {
      const { container } = render(await RulesAndSources({ locale, asOf: CHANGELOG[0]!.date }));
      const section = container.querySelector('[data-recent-changes]') as HTMLElement;
      const links = [...section.querySelectorAll('li a')];
      expect(links.map((a) => a.getAttribute('href'))).toEqual(CHANGELOG.slice(0, 3).map((c) => `/${locale}/sources/changes#${changeAnchor(c.id)}`));
      expect(links.map((a) => a.textContent)).toEqual(CHANGELOG.slice(0, 3).map((c) => c.title[locale]));
      expect(section.querySelector('[data-changes-link]')?.getAttribute('href')).toBe(`/${locale}/sources/changes`);
      expect(section.querySelector('[data-feed-link]')?.getAttribute('href')).toBe(`/${locale}/sources/changes.xml`);
      expect(container.querySelector('nav a[href="#changes"]')).not.toBeNull();
    });
  }
});
