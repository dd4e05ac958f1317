/**
 * Issue 21's proof, scripted: a new city and a new benefit year are a data change. In a temporary
 * copy of the data folders (lib/rules/regions and lib/rules/provinces, JSON and list.ts only), this
 * adds a fixture city (one file, one line in list.ts) that belongs to a province, and a fixture year
 * (one value per block in an existing city's file, for the first year no file has a value for). The
 * rules are then loaded with that copy in place of the real list: the schema accepts the city, it
 * inherits its province's blocks, the check lists it and names it, `evaluate` gives its dates and
 * amounts, the season table, the household total and the JSON API show them, and a slice of the
 * sweep runs on it; the result page (ResultView) and the guides' tables (EnrollmentWindows,
 * ContributionTable) render them. scripts/rules/scratch-new-year.mjs makes the same change to the
 * whole repository in a scratch copy and runs every unit and component test there.
 *
 * Nothing here names a real city's figures or today's year: the fixture copies an existing city's
 * file and the year comes from the data (tests/data-years.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { CITY_REGIONS, PROFILES, PROVINCES } from '../../lib/rules';
import { firstYearWithNoValue } from '../data-years';

type Json = Record<string, unknown>;
type Entry = { from: string; value?: unknown; unknown?: string };
type Block = { values: Entry[] };

const root = fileURLToPath(new URL('../../', import.meta.url));
const YEAR = firstYearWithNoValue();
const ASOF = `${YEAR - 1}-12-10`;
const WINDOW = { opensOn: `${YEAR - 1}-11-01`, closesOn: `${YEAR}-02-20`, coverStarts: `${YEAR}-01-01` };
const CITY = 'testcity';
/** The existing city that gets the new year: the first city in the list with amount rows to copy. */
const HOST = CITY_REGIONS.find((r) => PROFILES[r].residentContribution.values.some((v) => v.value !== undefined)) as string;
const PROVINCE = Object.keys(PROVINCES)[0] as string;

let tmp = '';
let rules: typeof import('../../lib/rules');
let season: typeof import('../../lib/content/season');
let household: typeof import('../../lib/household/summary');
let api: typeof import('../../app/api/v1/evaluate/route');
let result: typeof import('../../components/wizard/ResultView');
let figures: typeof import('../../components/guide/figures');
let amount = 0;

/** Replace the block's value for `year` (an `unknown` entry, or none), keeping date order. */
function setYear(block: Block, year: number, value: unknown): void {
  const from = `${year}-01-01`;
  block.values = [...block.values.filter((v) => v.from !== from), { from, value }].sort((a, b) => a.from.localeCompare(b.from));
}

/** The last rows the file states, each tier raised by 7 yuan: a figure no real file holds for that year. */
function nextRows(amounts: Block): { rows: Array<{ tiersYuan: number[] }> } {
  const last = [...amounts.values].reverse().find((v) => v.value !== undefined)?.value as { rows: Array<{ tiersYuan: number[] }> } | undefined;
  if (!last) throw new Error(`${HOST}.json has no amounts to copy`);
  return { rows: last.rows.map((r) => ({ ...r, tiersYuan: r.tiersYuan.map((n) => n + 7) })) };
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'add-city-'));
  cpSync(path.join(root, 'lib/rules/regions'), path.join(tmp, 'regions'), { recursive: true, filter: (f) => !/\.ts$/.test(f) || f.endsWith('list.ts') });
  cpSync(path.join(root, 'lib/rules/provinces'), path.join(tmp, 'provinces'), { recursive: true });
  const file = (name: string) => path.join(tmp, 'regions', name);
  const read = (name: string) => JSON.parse(readFileSync(file(name), 'utf8')) as Json;

  // The new year, in an existing city's file: one value per block.
  const host = read(`${HOST}.json`);
  const rows = nextRows(host.residentContribution as Block);
  amount = rows.rows[0]?.tiersYuan[0] ?? 0;
  setYear(host.residentWindow as Block, YEAR, WINDOW);
  setYear(host.residentContribution as Block, YEAR, rows);
  writeFileSync(file(`${HOST}.json`), JSON.stringify(host));

  // The new city: a copy of that file under a new slug, name and labels, in a province, without the
  // blocks the province gives.
  const city: Json = { ...host, id: CITY, name: { 'zh-CN': '测试市', en: 'Testville' }, province: PROVINCE };
  delete city.nonLocalAccess;
  delete city.residentChannels;
  const relabel = (s: string) => s.replace(/^[a-z]{2}-/, 'tc-');
  const amounts = structuredClone(host.residentContribution) as Block & { labels: Record<string, unknown> };
  amounts.labels = Object.fromEntries(Object.entries(amounts.labels).map(([k, v]) => [relabel(k), v]));
  for (const v of amounts.values) for (const r of (v.value as { rows?: Array<{ label: string }> } | undefined)?.rows ?? []) r.label = relabel(r.label);
  city.residentContribution = amounts;
  writeFileSync(file(`${CITY}.json`), JSON.stringify(city));

  // One line in list.ts (the import), and the city in the list.
  const list = readFileSync(file('list.ts'), 'utf8')
    .replace(/(import \w+ from '\.\/\w+\.json' with \{ type: 'json' \};\n)(?!import \w+ from '\.\/)/, `$1import ${CITY} from './${CITY}.json' with { type: 'json' };\n`)
    .replace(/export const REGION_FILES = \{ ([^}]*) \};/, `export const REGION_FILES = { $1, ${CITY} };`);
  expect(list).toContain(`import ${CITY} from`);
  expect(list).toContain(`, ${CITY} };`);
  writeFileSync(file('list.ts'), list);

  vi.resetModules();
  vi.doMock(path.join(root, 'lib/rules/regions/list.ts'), () => import(path.join(tmp, 'regions/list.ts')));
  vi.doMock('next-intl/server', async () => {
    const { createTranslator } = await import('next-intl');
    const { loadMessages } = await import('../../lib/i18n/messages');
    return {
      getLocale: async () => 'zh-CN',
      getTranslations: async ({ locale, namespace }: { locale: 'zh-CN' | 'en'; namespace: string }) => createTranslator({ locale, messages: loadMessages(locale) as never, namespace: namespace as never }),
    };
  });
  vi.doMock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));
  // The guides' tables are worked out for the day the page is built: CHECK_TODAY (lib/wizard/today.ts).
  vi.stubEnv('CHECK_TODAY', ASOF);
  rules = await import('../../lib/rules');
  season = await import('../../lib/content/season');
  household = await import('../../lib/household/summary');
  api = await import('../../app/api/v1/evaluate/route');
  result = await import('../../components/wizard/ResultView');
  figures = await import('../../components/guide/figures');
});

afterAll(() => {
  vi.doUnmock(path.join(root, 'lib/rules/regions/list.ts'));
  vi.doUnmock('next-intl/server');
  vi.doUnmock('next/navigation');
  vi.unstubAllEnvs();
  vi.resetModules();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('adding a city and a year is a data change (issue 21)', () => {
  it('the schema accepts the city; it inherits its province\'s blocks; the check lists and names it', () => {
    expect(rules.CITY_REGIONS).toContain(CITY);
    expect(rules.REGIONS.indexOf(CITY as never)).toBe(rules.CITY_REGIONS.length - 1);
    expect(rules.REGIONS.at(-1)).toBe('elsewhere');
    const profile = rules.PROFILES[CITY as keyof typeof rules.PROFILES];
    expect(rules.RegionProfile.safeParse(profile).success).toBe(true);
    expect(profile.nonLocalAccess).toEqual(rules.PROVINCES[PROVINCE]?.nonLocalAccess);
    expect(profile.residentChannels).toEqual(rules.PROVINCES[PROVINCE]?.residentChannels);
    expect(rules.regionMessages('zh-CN').regionNames[CITY]).toBe('测试市');
    expect(rules.messagePaths()).toContain(`questions.region.options.${CITY}`);
    expect(rules.parseAnswersFromSearchParams(new URLSearchParams(`v=1&r=${CITY}`))).toEqual({ answers: { region: CITY }, dropped: [] });
  });

  it('evaluate gives the new year\'s dates and amounts, in the new city and in the old one', () => {
    for (const region of [CITY, HOST]) {
      const o = rules.evaluate({ who: 'self', region: region as never, age: 40, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' }, { asOf: ASOF });
      expect(o.window, region).toMatchObject({ kind: 'regional', benefitYear: YEAR, ...WINDOW });
      expect(o.deadline, region).toMatchObject({ kind: 'sourced', date: WINDOW.closesOn });
      expect(o.contribution.kind, region).toBe('regional');
      expect(o.contribution.benefitYear, region).toBe(YEAR);
    }
    const pupil = rules.evaluate({ who: 'self', region: HOST as never, age: 12, situation: 'pupil', hukou: 'local', groups: [], coverage: 'none' }, { asOf: ASOF });
    expect(pupil.contribution.kind).toBe('regional');
    expect(amount).toBeGreaterThan(7);
  });

  it('the season table shows both with the new year\'s dates', () => {
    const s = season.seasonOn(ASOF);
    expect(s.benefitYear).toBe(YEAR);
    for (const region of [CITY, HOST]) {
      const place = s.places.find((p) => p.region === region);
      expect(place, region).toMatchObject({ datesSourced: true, amountsSourced: true, window: WINDOW });
    }
    expect(s.places.map((p) => p.region)).toEqual([...rules.SOURCED_REGIONS]);
  });

  it('the household adds up the new year\'s amount, and the API answers for the new city with its name', async () => {
    const person = (region: string) => ({ label: null, answers: { who: 'helper', region, age: 40, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' } as never });
    const s = household.summarizeHousehold([person(CITY), person(HOST)], ASOF);
    for (const c of s.costs) expect(c).toMatchObject({ kind: 'known', benefitYear: YEAR });
    const tiers = s.rows.map((r) => (r.outcome.contribution.kind === 'regional' ? Math.min(...r.outcome.contribution.tiersYuan) : NaN));
    expect(s.total).toMatchObject({ complete: true, minYuan: (tiers[0] ?? NaN) + (tiers[1] ?? NaN) });

    const q = `v=1&w=self&r=${CITY}&a=40&s=not-working&h=local&g=none&c=none&asOf=${ASOF}&locale=zh-CN`;
    const res = await api.GET(new Request(`http://localhost:3000/api/v1/evaluate?${q}`));
    expect(res.status).toBe(200);
    const body = JSON.parse(await res.text()) as { outcome: { options: Array<{ window: unknown }> }; words: unknown };
    expect(body.outcome.options[0]?.window).toMatchObject({ kind: 'regional', benefitYear: YEAR, ...WINDOW });
    expect(JSON.stringify(body.words)).toContain('测试市');
  });

  /** A server component rendered to HTML as the page would be, read back as a document (this file runs in node: the temp copy is outside the project). */
  const page = (el: ReactElement) => new JSDOM(renderToStaticMarkup(el)).window.document;

  it('the result page shows the new year\'s window, deadline and amount for the new city', async () => {
    const answers = rules.Answers.parse({ who: 'self', region: CITY, age: 40, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' });
    const outcome = rules.evaluate(answers, { asOf: ASOF });
    const document = page(await result.ResultView({ locale: 'zh-CN', outcome, answers, resultUrl: 'http://localhost:3000/zh-CN/check/result?v=1', reminderHref: '/zh-CN/check/reminder?v=1' }));
    const todo = (part: string) => document.querySelector(`[data-section="todo"] [data-todo="${part}"]`)?.textContent ?? '';
    const [y, m, d] = WINDOW.closesOn.split('-').map(Number);
    expect(todo('deadline')).toContain(`${y}年${m}月${d}日`);
    const tiers = outcome.contribution.kind === 'regional' ? outcome.contribution.tiersYuan : [];
    expect(tiers.length).toBeGreaterThan(0);
    expect(todo('cost')).toContain(String(tiers[0]));
    expect(todo('cost')).not.toContain('尚未收录');
    expect(document.body.textContent).toContain('测试市');
  });

  it('the guides\' tables show the new year\'s window and amounts for both places', async () => {
    const container = page(await figures.EnrollmentWindows());
    expect(container.querySelector(`th[data-year="${YEAR}"]`)).not.toBeNull();
    for (const region of [CITY, HOST]) {
      const row = container.querySelector(`tr[data-region="${region}"]`);
      const [y, m, d] = WINDOW.closesOn.split('-').map(Number);
      expect(row?.textContent, region).toContain(`${y}年${m}月${d}日`);
    }
    expect(container.querySelector(`tr[data-region="${CITY}"]`)?.textContent).toContain('测试市');
    const amounts = page(await figures.ContributionTable({ region: CITY }));
    const cells = [...amounts.querySelectorAll(`td[data-year="${YEAR}"]`)].map((td) => td.textContent ?? '');
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.join(' ')).toContain(String(amount));
  });

  it('a slice of the sweep runs on the new city without an invalid outcome', async () => {
    const { sweepAnswers } = await import('./sweep');
    const answers = sweepAnswers().filter((a) => (a.region as string) === CITY);
    expect(answers.length).toBeGreaterThan(100);
    for (const asOf of [ASOF, `${YEAR}-03-01`, `${YEAR}-11-27`]) {
      for (const a of answers.filter((_, i) => i % 5 === 0)) {
        const o = rules.evaluate(a, { asOf });
        expect(o.options.length, JSON.stringify(a)).toBeGreaterThan(0);
        for (const w of o.warnings) if ('region' in (w.params ?? {})) expect(w.params?.region).toBe(CITY);
      }
    }
  });
});
