// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { createTranslator } from 'next-intl';
import en from '@/content/messages/en.json';
import type { Locale } from '@/lib/i18n/routing';
import type { SourcesT } from '@/components/sources/SourceRef';

vi.mock('next-intl/server', () => import('../intl-server'));

const { RulesAndSources, PartBody } = await import('@/components/sources/RulesAndSources');
const { ALL_SOURCES_PAGES, GROUPS, SOURCES_PARTS, anchorOf, parameterPage, rulesHref, sourcesPath, splitPage } = await import('@/lib/sources-links');
const { sourceDate } = await import('@/components/sources/SourceRef');
const { FACTS, PARAMETERS, PROFILES, PROVINCES, SOURCE_REGISTRY } = await import('@/lib/rules');
const { citations, rulesDocument } = await import('@/lib/api/rules');
const { rulesWords } = await import('@/lib/wizard/words');
const { hostOf, linkable } = await import('@/lib/rules/link-policy');
const { isUnknown } = await import('@/lib/rules/parameters/types');

/** The day the page is made for (its words state that day's figures). */
const DAY = '2026-11-23';

type Page = (typeof ALL_SOURCES_PAGES)[number];
const PAGES = ALL_SOURCES_PAGES;

/** Renders one of the sources pages alone (the document holds only it). */
async function show(locale: Locale, page: Page) {
  cleanup();
  const el = page === 'index' ? await RulesAndSources({ locale, asOf: DAY }) : await PartBody({ locale, asOf: DAY, page });
  render(el);
  return document.querySelector('.sources-page') as HTMLElement;
}
/**
 * How many elements each page's content may carry (the site's header and footer add about 45), laid
 * out and in all. Lighthouse's mobile score follows the style and layout of one long document: one
 * page of everything (7,644 elements) scored 68-95, the parameters alone (4,140) 92-95 (docs/benchmark.md,
 * "The sources pages"). Each budget leaves room for a new benefit year's values and sources
 * (scripts/rules/scratch-new-year.mjs adds one to Beijing in every test run: its page grew to 308
 * laid out), so adding a year fails no test; a page that outgrows its budget over the years is split
 * or folded further, not let be.
 */
const BUDGETS = {
  index: { shown: 100, all: 100 },
  registry: { shown: 60, all: 60 }, // the kinds' pages: 30 in both locales on 2026-12-05
  'registry/': { shown: 900, all: 900 }, // a kind's page, the largest (62 commercial sources): 644 zh-CN, 727 en
  parameters: { shown: 1400, all: 1500 }, // 1,104 / 1,202 zh-CN, 1,074 / 1,172 en
  places: { shown: 80, all: 80 }, // the places' pages: 42 in both locales
  'places/': { shown: 450, all: 550 }, // a place's page, the largest: 276 laid out (hangzhou), 358 in all (guangzhou), zh-CN
  facts: { shown: 1100, all: 1100 }, // 924 zh-CN, 807 en
};
/** A page's budget: its own, or its part's for every group's page (`registry/`, `places/`). */
const budgetOf = (page: Page) => (page.includes('/') ? BUDGETS[`${splitPage(page).part as 'registry' | 'places'}/`] : BUDGETS[page as keyof typeof BUDGETS]);
const sourceAnchor = (id: string) => anchorOf({ source: id });
const parameterAnchor = (id: string) => anchorOf({ parameter: id });

describe('the sources page is generated from the data', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`lists every parameter, source and fact, each once, on its own page (${locale})`, async () => {
      const ids = (page: HTMLElement, attr: string) => [...page.querySelectorAll(`[${attr}]`)].map((el) => el.getAttribute(attr));
      for (const part of PAGES) {
        const page = await show(locale, part);
        // Each kind of entry is on its part and nowhere else.
        expect(ids(page, 'data-parameter'), part).toEqual(PARAMETERS.filter((p) => parameterPage(p.id) === part).map((p) => p.id));
        expect(ids(page, 'data-source-entry').sort(), part).toEqual(Object.values(SOURCE_REGISTRY).filter((s) => part === `registry/${s.kind}`).map((s) => s.id).sort());
        expect(ids(page, 'data-fact'), part).toEqual(part === 'facts' ? FACTS.map((f) => f.id) : []);
        // Every anchor is unique, and every in-page link leads to one.
        const all = [...page.querySelectorAll('[id]')].map((el) => el.id);
        expect(new Set(all).size, part).toBe(all.length);
        for (const a of page.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
          expect(document.getElementById(decodeURIComponent(a.getAttribute('href')?.slice(1) ?? '')), `${part} ${a.getAttribute('href')}`).not.toBeNull();
        }
        expect(page.querySelector('script'), part).toBeNull();
        // The index links each part; each part links the index and the other parts; a split part and
        // each of its pages link all its pages.
        const hrefs = [...page.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        const own = splitPage(part).part;
        const linked: Page[] = ['index', ...SOURCES_PARTS, ...(own === 'registry' || own === 'places' ? GROUPS[own].map((g) => `${own}/${g}` as const) : [])];
        for (const other of linked) if (other !== part) expect(hrefs, `${part} → ${other}`).toContain(sourcesPath(locale, other));
      }
      expect((await show(locale, 'index')).textContent).toContain(rulesDocument().version);
    });
  }

  it('every source says when it was published and retrieved, and links what cites it', async () => {
    const cited = citations();
    const sources = createTranslator({ locale: 'en', messages: en, namespace: 'Sources' });
    const st: SourcesT = (key, values) => sources(key, values);
    for (const kind of GROUPS.registry) {
      await show('en', `registry/${kind}`);
      for (const s of Object.values(SOURCE_REGISTRY).filter((x) => x.kind === kind)) {
        const item = document.getElementById(sourceAnchor(s.id)) as HTMLElement;
        expect(item.textContent, s.id).toContain(s.title);
        expect(item.textContent, s.id).toContain(sourceDate(s.date, 'en', st));
        expect(item.textContent, s.id).toContain(`Retrieved: ${sourceDate(s.retrieved, 'en', st)}`);
        expect(item.querySelector(`[data-source="${s.id}"]`)?.getAttribute('data-source-kind')).toBe(s.kind);
        expect(item.closest('[data-kind]')?.getAttribute('data-kind')).toBe(s.kind);
        const by = cited.get(s.id);
        const links = (what: string) => [...item.querySelectorAll(`[data-backs="${what}"] a`)].map((a) => a.getAttribute('href'));
        expect(links('parameters')).toEqual(by?.parameters.map((id) => rulesHref('en', { parameter: id })));
        expect(links('facts')).toEqual(by?.facts.map((id) => rulesHref('en', { fact: id })));
      }
    }
    // Every source a parameter cites is in the registry; official sources come first, on the
    // registry's own page too, which lists the kinds' pages and no source.
    for (const p of PARAMETERS) for (const s of [...p.sources, ...p.values.flatMap((v) => v.sources ?? [])]) expect(Object.keys(SOURCE_REGISTRY), `${p.id} → ${s.id}`).toContain(s.id);
    const index = await show('en', 'registry');
    expect([...index.querySelectorAll('[data-group]')].map((el) => el.getAttribute('data-group'))).toEqual(GROUPS.registry);
    expect(GROUPS.registry[0]).toBe('official-site');
  });

  it('every parameter shows its values newest first, with unit, confidence and facts', async () => {
    for (const part of PAGES.filter((p) => p === 'parameters' || p.startsWith('places/'))) {
      await show('zh-CN', part);
      for (const p of PARAMETERS.filter((x) => parameterPage(x.id) === part)) {
        const el = document.getElementById(parameterAnchor(p.id)) as HTMLElement;
        const froms = [...el.querySelectorAll('[data-from]')].map((x) => x.getAttribute('data-from'));
        expect(froms, p.id).toEqual(p.values.map((v) => v.from).sort().reverse());
        expect(el.textContent).toContain(p.confidence);
        for (const f of p.facts) expect(el.querySelector(`a[href="${rulesHref('zh-CN', { fact: f })}"]`), `${p.id} ${f}`).not.toBeNull();
        // A unit with a message is worded; any other is shown as the data spells it.
        const w = rulesWords('zh-CN', { asOf: DAY });
        expect(el.textContent).toContain(w.has(`units.${p.unit}`) ? w(`units.${p.unit}`) : p.unit);
        // The value in force on the day and any after it are shown; only older ones are folded, in a
        // closed <details> inside the entry (a link to the parameter lands on its current value).
        const inForce = p.values.map((v) => v.from).filter((f) => f <= DAY).sort().at(-1);
        for (const x of el.querySelectorAll('[data-from]')) {
          const from = x.getAttribute('data-from') ?? '';
          expect(x.closest('details') !== null, `${p.id} ${from}`).toBe(inForce !== undefined && from < inForce);
        }
        expect(el.closest('details'), p.id).toBeNull();
        for (const d of el.querySelectorAll('details')) expect(d.open, p.id).toBe(false);
      }
    }
    await show('zh-CN', 'parameters');
    // A value not in our sources says so, with its note; numbers are the data's, each under its benefit year
    // (every value of the national amount, read from the data: a new year changes no line here).
    const amounts = PARAMETERS.find((p) => p.id === 'national.resident-individual-contribution')!;
    const contribution = document.getElementById(parameterAnchor(amounts.id)) as HTMLElement;
    const unknown = amounts.values.filter((v) => isUnknown(v.value));
    const stated = amounts.values.filter((v) => !isUnknown(v.value));
    expect(unknown.length).toBeGreaterThan(0);
    expect(stated.length).toBeGreaterThan(0);
    for (const v of unknown) expect(contribution.querySelector(`[data-from="${v.from}"] [data-value="unknown"]`)?.textContent, v.from).toContain('本站尚未收录');
    for (const v of stated) {
      expect(contribution.querySelector(`[data-from="${v.from}"]`)?.textContent, v.from).toContain(String(v.value));
      expect(contribution.querySelector(`[data-from="${v.from}"] time`)?.textContent, v.from).toBe(`${v.from.slice(0, 4)}年度`);
    }
  });

  it.each(['zh-CN', 'en'] as const)('each page stays within its element budget, laid out and in all (%s)', async (locale) => {
    for (const page of PAGES) {
      const root = await show(locale, page);
      const all = [root, ...root.querySelectorAll('*')];
      // What a closed <details> holds (but its summary) is parsed, not styled or laid out.
      const shown = all.filter((el) => !el.closest('details:not([open]) > :not(summary)'));
      expect(shown.length, `${page}: laid out`).toBeLessThanOrEqual(budgetOf(page).shown);
      expect(all.length, `${page}: in all`).toBeLessThanOrEqual(budgetOf(page).all);
    }
  });

  it.each(['zh-CN', 'en'] as const)('links live only where the link policy allows; a copy names its host as text (%s)', async (locale) => {
    for (const part of PAGES) {
      const page = await show(locale, part);
      for (const a of page.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const href = a.getAttribute('href') ?? '';
        // The page's own links, and the public hotlines in a record as tel: links (components/ui/Phones.tsx).
        if (href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//')) || /^tel:123\d\d$/.test(href)) continue;
        expect(linkable(href), `${part} ${href}`).toBe(true);
      }
    }
    for (const kind of GROUPS.registry) {
      await show(locale, `registry/${kind}`);
      for (const s of Object.values(SOURCE_REGISTRY).filter((x) => x.kind === kind)) {
        const item = document.getElementById(sourceAnchor(s.id)) as HTMLElement;
        expect([...item.querySelectorAll('a')].some((a) => a.getAttribute('href') === s.url), s.id).toBe(linkable(s.url));
        if (s.kind !== 'official-site') expect(item.querySelector('[data-copy-host]')?.textContent, s.id).toContain(hostOf(s.url));
      }
    }
  });
  it.each(['zh-CN', 'en'] as const)("a place's page is titled with the place's name from its file, never its id (%s)", async (locale) => {
    expect(GROUPS.places.length).toBeGreaterThan(0);
    for (const place of GROUPS.places) {
      const file = (PROFILES as Record<string, { name: Record<Locale, string> }>)[place] ?? PROVINCES[place];
      if (!file) throw new Error(`${place}: no city or province file names it`);
      const h1 = (await show(locale, `places/${place}`)).querySelector('h1')?.textContent ?? '';
      expect(h1, place).toContain(file.name[locale]);
      if (file.name[locale] !== place) expect(h1, place).not.toContain(place);
    }
  });
});
