// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import zhCN from '@/content/messages/zh-CN.json';
import en from '@/content/messages/en.json';
import type { Locale } from '@/lib/i18n/routing';

import { current } from '../intl-server';
const messagesFor = (locale: Locale) => (locale === 'en' ? en : zhCN);
vi.mock('next-intl/server', () => import('../intl-server'));

const F = await import('@/components/guide/figures');
const { figureSources, figureUsages } = await import('@/components/guide/figures/provenance');
const { SeasonNotice } = await import('@/components/guide/SeasonNotice');
const { Glossary } = await import('@/components/guide/mdx/Glossary');
const { regionalAmounts } = await import('@/lib/rules/parameters/regional-amounts');
const { regionalWindows, regionalNewbornWindows } = await import('@/lib/rules/parameters/regional-windows');
const { residentChannels } = await import('@/lib/rules/parameters/regional-access');
const N = await import('@/lib/rules/parameters/national');
const { isUnknown, valueAt, valueForYear } = await import('@/lib/rules/parameters/types');
const { nextQuestion, SOURCED_REGIONS: REGIONS } = await import('@/lib/rules');
const { stepHref } = await import('@/lib/wizard/steps');
const { siteUrl } = await import('@/lib/site');
const { formatIsoDate } = await import('@/components/ui/FormattedDate');
const { rulesWords } = await import('@/lib/wizard/words');
const { shownYears } = await import('@/lib/content/season');
const { statable } = await import('@/lib/rules/statable');
const { ruleFigures } = await import('@/lib/rules/figures');
const { evaluate } = await import('@/lib/rules');

const t = (locale: Locale = 'zh-CN') => createTranslator({ locale, messages: messagesFor(locale), namespace: 'Figures' });
const yuan = (n: number, locale: Locale = 'zh-CN') => t(locale)('yuan', { amount: n.toLocaleString(locale) });
const months = (n: number) => t()('months', { n });
const UNVERIFIED = t()('unverified');
const NOT_PUBLISHED = t()('notPublished');
const DAY = '2026-11-27';

beforeEach(() => {
  vi.stubEnv('CHECK_TODAY', DAY);
  current.locale = 'zh-CN';
});
afterEach(() => vi.unstubAllEnvs());

function figure(container: HTMLElement, name: string): HTMLElement {
  const el = container.querySelector<HTMLElement>(`[data-figure="${name}"]`);
  if (!el) throw new Error(`no figure ${name}`);
  return el;
}

/** Every data cell of a table names its column for the card layout, and the name is its header's. */
function expectLabelledCells(table: HTMLElement) {
  const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
  for (const tr of table.querySelectorAll('tbody tr')) {
    expect(tr.children[0]?.tagName, 'the first cell is the row header').toBe('TH');
    expect(tr.children[0]).toHaveAttribute('scope', 'row');
    [...tr.children].slice(1).forEach((cell, i) => {
      const label = cell.querySelector('.cell-label');
      expect(label, cell.textContent ?? '').not.toBeNull();
      expect(label).toHaveAttribute('aria-hidden', 'true');
      expect(label?.textContent).toBe(headers[i + 1]);
    });
  }
}

describe('the regional tables show the season being collected and the one before, from the rules', () => {
  it('contributions: A/B figures of the shown years, C years only as "reported", missing years as not in our sources', async () => {
    const { container } = render(await F.ContributionTable({}));
    const years = shownYears(DAY);
    expect(years).toEqual([2026, 2027]);
    for (const region of REGIONS) {
      const box = figure(container, `contribution-${region}`);
      expect(box).toHaveTextContent(rulesWords('zh-CN', { asOf: DAY })(`regionNames.${region}`));
      for (const year of years) {
        const r = valueForYear(regionalAmounts[region], year);
        if (r && !isUnknown(r.value) && r.confidence !== 'C') {
          expect(box.querySelector(`thead th[data-year="${year}"]`), `${region} ${year}`).not.toBeNull();
          for (const row of r.value.rows) {
            const cell = box.querySelector(`tr[data-label="${row.label}"] td[data-year="${year}"]`) as HTMLElement;
            for (const n of [...row.tiersYuan, ...(row.subsidyYuan === undefined ? [] : [row.subsidyYuan])]) expect(cell.textContent).toContain(yuan(n));
            expect(cell.querySelector('[data-confidence]')).toHaveTextContent(t()(`confidenceWord.${r.confidence}`));
          }
        } else {
          const gap = box.querySelector(`[data-gaps="${region}"] [data-year="${year}"]`) as HTMLElement;
          expect(gap, `${region} ${year}`).not.toBeNull();
          expect(gap).toHaveTextContent(r && !isUnknown(r.value) ? UNVERIFIED : NOT_PUBLISHED);
        }
      }
      // Figures of older seasons and confidence C figures never appear.
      for (const v of regionalAmounts[region].values) {
        if (years.includes(Number(v.from.slice(0, 4))) && v.confidence !== 'C' && regionalAmounts[region].confidence !== 'C') continue;
        if (isUnknown(v.value)) continue;
        const shownFigures = years.flatMap((y) => {
          const r = valueForYear(regionalAmounts[region], y);
          return r && !isUnknown(r.value) && r.confidence !== 'C' ? r.value.rows.flatMap((x) => [...x.tiersYuan, x.subsidyYuan ?? -1]) : [];
        });
        for (const row of v.value.rows) for (const n of row.tiersYuan) if (!shownFigures.includes(n)) expect(box.textContent, `${region} ${v.from} ${n}`).not.toContain(yuan(n));
      }
      const table = box.querySelector('table');
      if (table) expectLabelledCells(box);
    }
    // Guangzhou's last figures are for 2025年度: more than one season old, so not shown.
    expect(figure(container, 'contribution-guangzhou')).not.toHaveTextContent(yuan(549));
    expect(figure(container, 'contribution-beijing')).toHaveTextContent(yuan(795));
  });

  it('a year earlier, 2025年度 and 2026年度 are the years shown', async () => {
    vi.stubEnv('CHECK_TODAY', '2025-12-01');
    const { container } = render(await F.ContributionTable({ region: 'guangzhou' }));
    expect(container.querySelector('thead th[data-year="2025"]')).not.toBeNull();
    expect(container).toHaveTextContent(yuan(549));
    expect(container.querySelector('[data-year="2024"]')).toBeNull();
  });

  it('enrollment windows: one row per city, a column per shown year; A/B dates, C only as "reported"', async () => {
    const { container } = render(await F.EnrollmentWindows());
    const table = figure(container, 'enrollment-windows');
    const years = shownYears(DAY);
    expect([...table.querySelectorAll('thead th[data-year]')].map((th) => Number(th.getAttribute('data-year')))).toEqual(years);
    const d = (iso: string) => formatIsoDate(iso, 'zh-CN');
    for (const region of REGIONS) {
      const row = table.querySelector(`tr[data-region="${region}"]`) as HTMLElement;
      years.forEach((year, i) => {
        const cell = row.children[i + 1] as HTMLElement;
        const r = valueForYear(regionalWindows[region], year);
        if (!r || isUnknown(r.value)) expect(cell, `${region} ${year}`).toHaveTextContent(NOT_PUBLISHED);
        else if (r.confidence === 'C') expect(cell).toHaveTextContent(UNVERIFIED);
        else {
          for (const date of [r.value.opensOn, r.value.closesOn]) expect(cell.textContent).toContain(d(date));
          // A date is kept whole (moved to the next line as a unit; components/guide/figures/shared.tsx, NoBreak).
          expect([...cell.querySelectorAll('.no-break')].map((x) => x.textContent)).toEqual([d(r.value.opensOn), d(r.value.closesOn)]);
          if (r.value.opensOnEarliest) expect(cell.querySelector('[data-conflict]')).toHaveTextContent(d(r.value.opensOnEarliest));
        }
      });
    }
    // Guangzhou's 2023年度 window is four seasons old.
    expect(table).not.toHaveTextContent(d('2022-12-20'));
    expectLabelledCells(table);
    const typical = valueAt(N.observedWindows, '2099-01-01');
    if (!typical || isUnknown(typical.value)) throw new Error('no observed windows');
    const md = (m: number, day: number) => new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, day)));
    const seen = container.querySelector('[data-seen]') as HTMLElement;
    for (const m of [typical.value.opensEarliest, typical.value.closesEarliest, typical.value.closesLatest]) expect(seen).toHaveTextContent(md(m.month, m.day));
    // F2.7: 1 January only for someone enrolled last year too; the wait's months from the parameter.
    expect(seen).toHaveTextContent('去年也参了保');
    expect(seen).toHaveTextContent(`${ruleFigures(DAY).fixedMonths}个月的等待期`);
  });

  it('enrollment windows: the footnote says which of the rows shown close in the next year and which in the same year, from the rows', async () => {
    const { container } = render(await F.EnrollmentWindows());
    const w = rulesWords('zh-CN', { asOf: DAY });
    for (const day of [DAY, '2025-12-01']) {
      vi.stubEnv('CHECK_TODAY', day);
      const c = render(await F.EnrollmentWindows()).container;
      const years = shownYears(day);
      const next = c.querySelector('[data-closes="next-year"]');
      const same = c.querySelector('[data-closes="same-year"]');
      for (const region of REGIONS) {
        const latest = [...years].reverse().map((y) => [y, valueForYear(regionalWindows[region], y)] as const).find(([, r]) => r && !isUnknown(r.value) && statable(r) === 'state');
        const name = w(`regionNames.${region}`);
        if (!latest?.[1] || isUnknown(latest[1].value)) {
          for (const p of [next, same]) expect(p?.textContent ?? '', `${day} ${region}`).not.toContain(name);
          continue;
        }
        const runsOn = Number(latest[1].value.closesOn.slice(0, 4)) >= latest[0];
        expect((runsOn ? next : same)?.textContent ?? '', `${day} ${region}`).toContain(name);
        expect((runsOn ? same : next)?.textContent ?? '', `${day} ${region}`).not.toContain(name);
      }
    }
    // The old blanket sentence ("不少地方…延续到次年2月底") is gone.
    expect(container).not.toHaveTextContent('不少地方的缴费期会延续到');
  });

  it('newborn windows: national range and city values with their confidence in words; the exemption has its condition', async () => {
    const { container } = render(await F.NewbornWindows());
    const table = figure(container, 'newborn-windows');
    const span = (s: { days?: number; months?: number }) => (s.months !== undefined ? months(s.months) : t()('days', { n: s.days ?? 0 }));
    const params = [['national', N.nationalNewbornWindow], ...Object.entries(regionalNewbornWindows)] as const;
    for (const [key, p] of params) {
      const r = p && valueAt(p, '2099-01-01');
      if (!r || isUnknown(r.value)) throw new Error(`no newborn value ${key}`);
      const row = table.querySelector(`tr[data-region="${key}"]`) as HTMLElement;
      if (statable(r) === 'state') {
        expect(row.textContent).toContain(span(r.value.shortest));
        expect(row.textContent).toContain(span(r.value.longest));
        expect(row.querySelector('[data-confidence]')).toHaveTextContent(t()(`confidenceWord.${r.confidence}`));
      } else {
        // A confidence C period is withheld, as in the result: no days, only "reported, check locally".
        expect(row).toHaveTextContent(UNVERIFIED);
        expect(row.textContent).not.toContain(span(r.value.longest));
      }
    }
    expectLabelledCells(table);
    // The first row is the span of the places we have seen, never a national rule (F4.2).
    expect(table.querySelector('tr[data-region="national"] th')).toHaveTextContent('本站见过的地方');
    expect(container).toHaveTextContent('不是全国规定');
    // F2.7, F4.1: exempt only when enrolled within the local period; "from birth" is one city's rule.
    expect(container.querySelector('[data-exempt]')).toHaveTextContent('期限内');
    expect(container).not.toHaveTextContent(/从出生(之日|那天)起/);
  });

  it('waiting periods: every number from the national parameters; the employee gap rule is the transfer rule', async () => {
    const resident = render(await F.WaitingPeriods({ scheme: 'resident' })).container;
    const fixed = valueAt(N.residentFixedWait, '2099-01-01')?.value as number;
    const v = valueAt(N.residentVariableWait, '2099-01-01')?.value as { monthsPerLapsedYear: number; longLapseYears: number; longLapseMinMonths: number };
    const row = (c: HTMLElement, key: string) => c.querySelector(`tr[data-row="${key}"]`) as HTMLElement;
    expect(row(resident, 'fixed')).toHaveTextContent(months(fixed));
    expect(row(resident, 'variable')).toHaveTextContent(months(v.monthsPerLapsedYear));
    for (let y = 1; y < v.longLapseYears; y++) {
      expect(row(resident, `lapsed-${y}`)).toHaveTextContent(`${fixed + (y - 1) * v.monthsPerLapsedYear}–${fixed + y * v.monthsPerLapsedYear}`);
    }
    expect(row(resident, 'long-lapse')).toHaveTextContent(String(v.longLapseYears));
    expect(row(resident, 'long-lapse')).toHaveTextContent(months(v.longLapseMinMonths));
    expect(row(resident, 'newborn')).toHaveTextContent(t()('wait.exempt'));
    expect(row(resident, 'newborn')).toHaveTextContent('期限内');
    expect(row(resident, 'newborn')).not.toHaveTextContent('出生');
    expect(row(resident, 'newborn').querySelector('[data-confidence]')?.getAttribute('data-confidence')).toBe('A');

    const employee = render(await F.WaitingPeriods({ scheme: 'employee' })).container;
    const g = valueAt(N.employeeGap, '2099-01-01')?.value as { noWaitMaxGapMonths: number; maxWaitMonths: number; stricterLocalMaxWaitMonths: number };
    expect(row(employee, 'gap-short')).toHaveTextContent(months(g.noWaitMaxGapMonths));
    expect(row(employee, 'gap-short')).toHaveTextContent('转移接续');
    expect(row(employee, 'gap-long')).toHaveTextContent(months(g.maxWaitMonths));
    expect(row(employee, 'gap-same-place')).toHaveTextContent('当地');
    expect(row(employee, 'gap-same-place').querySelector('[data-confidence]')).toBeNull();
    const stricter = employee.querySelector('[data-conflict]') as HTMLElement;
    expect(stricter).toHaveTextContent(months(g.stricterLocalMaxWaitMonths));
    expect(stricter).toHaveTextContent('江苏');
    expect(employee).not.toHaveTextContent('等地');
    await expect(F.WaitingPeriods({ scheme: 'retired' })).rejects.toThrow(/retired/);
  });

  it('national standard: the shown years only; a year not in our sources says so', async () => {
    const { container } = render(await F.NationalStandard());
    const table = figure(container, 'national-standard');
    expect([...table.querySelectorAll('tbody tr')].map((tr) => Number(tr.getAttribute('data-year')))).toEqual(shownYears(DAY));
    for (const p of [N.nationalResidentIndividual, N.nationalResidentSubsidy]) {
      for (const y of shownYears(DAY)) {
        const r = valueForYear(p, y);
        const tr = table.querySelector(`tr[data-year="${y}"]`) as HTMLElement;
        if (!r || isUnknown(r.value)) expect(tr).toHaveTextContent(NOT_PUBLISHED);
        else expect(tr.textContent).toContain(yuan(r.value));
      }
    }
    expect(table).not.toHaveTextContent('2022年度');
    expectLabelledCells(table);
  });

  it('confidence is said in words, and no research-style footer is left', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      current.locale = locale;
      const { container } = render(<div>{await F.ContributionTable({})}{await F.EnrollmentWindows()}{await F.WaitingPeriods({ scheme: 'resident' })}{await F.NewbornWindows()}</div>);
      for (const c of container.querySelectorAll('[data-confidence]')) {
        const level = c.getAttribute('data-confidence') as 'A' | 'B' | 'C';
        expect(c.textContent).toContain(t(locale)(`confidenceWord.${level}`));
        expect(c.textContent?.trim()).not.toMatch(/^[ABC]$/);
      }
      expect(container.textContent).not.toMatch(/依据条目|可信度|Facts F\d|F\d+\.\d+|Confidence:/);
      const foot = container.querySelector('[data-figure-sources]') as HTMLElement;
      expect(foot.querySelector('a[href="#sources"]')).not.toBeNull();
      expect(foot.getAttribute('data-facts')).toMatch(/F\d+\.\d+/);
    }
  });
});

describe('the season notice agrees with the check', () => {
  it('gives the check\'s own safe day, and 1 January only for someone enrolled last year too (F2.7)', async () => {
    let underWay = 0;
    for (const day of ['2026-11-27', '2025-10-20', '2026-01-10']) {
      vi.stubEnv('CHECK_TODAY', day);
      const { container } = render(await SeasonNotice({ locale: 'zh-CN' }));
      const notice = container.querySelector('[data-season]') as HTMLElement;
      const o = evaluate({ who: 'self', region: 'elsewhere', age: 35, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' }, { asOf: day });
      const w = o.options.find((x) => x.choice.scheme === 'resident')?.window;
      if (!w || w.kind !== 'unsourced') throw new Error(`${day}: no national window`);
      const safe = notice.querySelector('[data-safe-by]');
      if (notice.getAttribute('data-under-way') === 'true') {
        expect(safe?.getAttribute('data-safe-by'), day).toBe(w.safeBy ?? 'passed');
        if (w.safeBy) expect(safe, day).toHaveTextContent(formatIsoDate(w.safeBy, 'zh-CN'));
        expect(notice, day).toHaveTextContent('去年也参了保');
        expect(notice, day).toHaveTextContent(`${ruleFigures(day).fixedMonths}个月的待遇等待期`);
        underWay += 1;
      } else expect(safe, day).toBeNull();
    }
    expect(underWay).toBeGreaterThan(0);
  });
});

describe('payment channels, materials and check links', () => {
  it('resident: every city channel from the parameters, C lists flagged', async () => {
    const w = rulesWords('zh-CN', { asOf: DAY });
    const { container } = render(await F.PaymentChannels({ scheme: 'resident' }));
    // The example list is named as one place's, by its source, never as "common everywhere".
    const example = valueAt(residentChannels.elsewhere, '2099-01-01');
    if (!example) throw new Error('no example channel list');
    const exampleIds = new Set(example.sources.map((s) => s.id));
    const lead = container.querySelector('[data-example]') as HTMLElement;
    for (const s of example.sources) expect(lead).toHaveTextContent(s.title);
    for (const region of REGIONS) {
      const r = valueAt(residentChannels[region], '2099-01-01');
      if (!r || isUnknown(r.value)) continue;
      const tr = container.querySelector(`tr[data-region="${region}"]`) as HTMLElement;
      if (r.sources.every((s) => exampleIds.has(s.id))) {
        // A city row resting only on the example's own notice is that other place's list, not the city's.
        expect(tr.querySelector('[data-not-own]'), region).not.toBeNull();
        for (const id of r.value) if (id !== 'family-sharing') expect(tr.textContent).not.toContain(w(`channels.${id}`));
        continue;
      }
      for (const id of r.value) expect(tr.textContent).toContain(w(`channels.${id}`));
      if (r.confidence === 'C') expect(tr).toHaveTextContent(UNVERIFIED);
    }
    expect(container.querySelector('[data-channel="family-sharing"]')).not.toBeNull();
    await expect(F.PaymentChannels({ scheme: 'private' })).rejects.toThrow(/private/);
  });

  it('flexible workers see the way into the employee scheme only, never the resident channels', async () => {
    const { container } = render(await F.PaymentChannels({ scheme: 'flexible' }));
    expect(container.querySelector('[data-figure="channels-flexible"]')).not.toBeNull();
    expect(container.querySelector('[data-figure="channels-resident"]')).toBeNull();
    for (const id of ['family-sharing', 'tax-app', 'wechat', 'alipay', 'employer']) expect(container.querySelector(`[data-channel="${id}"]`), id).toBeNull();
    expect(container.querySelector('[data-channel="medical-insurance-counter"]')).not.toBeNull();
    const both = render(await F.PaymentChannels({})).container;
    expect(both.querySelector('[data-channel="employer"]')).not.toBeNull();
    expect(both.querySelector('[data-figure="channels-resident"]')).not.toBeNull();
  });

  it('renders materials as tick boxes inside labels and rejects unknown ids by name', async () => {
    current.locale = 'en';
    const { getAllByRole } = render(await F.Materials({ ids: ['id-card', 'hukou-book'] }));
    const boxes = getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    expect(boxes[0]?.closest('label')).toHaveTextContent(rulesWords('en', { asOf: DAY })('materials.id-card'));
    await expect(F.Materials({ ids: ['id-card', 'driving-licence'] })).rejects.toThrow(/driving-licence/);
  });

  it('links into the wizard with the answers filled in and an absolute print URL', async () => {
    const answers = { situation: 'flexible', coverage: 'none' } as const;
    const { getByRole } = render(await F.CheckLink({ ...answers, children: '开始检查' }));
    const href = stepHref('zh-CN', nextQuestion(answers) as 'who', answers);
    const link = getByRole('link', { name: /开始检查/ });
    expect(link).toHaveAttribute('href', href);
    expect(href).toMatch(/^\/zh-CN\/check\/[a-z-]+\?v=1&/);
    expect(link).toHaveAttribute('data-print-href', `${siteUrl}${href}`);
    await expect(F.CheckLink({ hukou: 'martian' })).rejects.toThrow(/martian/);
  });

  it('the glossary explains each term it is given, and refuses an unknown one', async () => {
    const { container } = render(await Glossary({ ids: ['megacity', 'designated', 'tiered-subsidy'] }));
    expect([...container.querySelectorAll('[data-term]')].map((x) => x.getAttribute('data-term'))).toEqual(['megacity', 'designated', 'tiered-subsidy']);
    expect(container).toHaveTextContent('定点医药机构');
    await expect(Glossary({ ids: ['nonsense'] })).rejects.toThrow(/nonsense/);
  });
});

describe('every figure used in the guides renders in both locales, and its sources are on the page', () => {
  const dir = path.join(process.cwd(), 'content', 'guides');
  const usages: Array<{ file: string; name: string; props: Record<string, unknown>; mdx: string }> = [];
  const NAMES = /^(NationalStandard|ContributionTable|EnrollmentWindows|NewbornWindows|NonLocalChildren|WaitingPeriods|Materials|PaymentChannels|CheckLink|SeasonNotice|Glossary)$/;
  for (const slug of readdirSync(dir)) {
    for (const file of readdirSync(path.join(dir, slug))) {
      const mdx = readFileSync(path.join(dir, slug, file), 'utf8');
      for (const m of mdx.matchAll(/<([A-Z][A-Za-z]+)\b([^>]*?)\/?>/g)) {
        if (!NAMES.test(m[1] as string)) continue;
        const props: Record<string, unknown> = {};
        for (const a of (m[2] ?? '').matchAll(/(\w+)=(?:"([^"]*)"|\{(\[[^\]]*\])\})/g)) props[a[1] as string] = a[2] ?? JSON.parse(a[3] as string);
        usages.push({ file: `${slug}/${file}`, name: m[1] as string, props, mdx });
      }
    }
  }

  it('finds the figures', () => {
    expect(usages.length).toBeGreaterThan(40);
    expect(figureUsages('<WaitingPeriods scheme="employee" /> and <CheckLink situation="flexible">x</CheckLink>')).toEqual([
      { name: 'WaitingPeriods', props: { scheme: 'employee' } },
      { name: 'CheckLink', props: { situation: 'flexible' } },
    ]);
  });

  it.each(usages.map((u) => [u.file, u.name, JSON.stringify(u.props), u] as const))('%s <%s %s>', async (file, name, _p, u) => {
    current.locale = file.endsWith('en.mdx') ? 'en' : 'zh-CN';
    const all = { ...F, SeasonNotice, Glossary } as unknown as Record<string, (p: Record<string, unknown>) => Promise<React.ReactElement>>;
    const component = all[name];
    if (!component) throw new Error(`unknown component ${name}`);
    const { container } = render(await component(u.props));
    expect(container.textContent?.length).toBeGreaterThan(0);
    const listed = new Set(figureSources(u.mdx, DAY).map((s) => s.id));
    for (const el of container.querySelectorAll('[data-figure-sources]')) {
      for (const id of (el.getAttribute('data-figure-sources') ?? '').split(' ').filter(Boolean)) expect(listed.has(id), `${file}: ${name} shows ${id}`).toBe(true);
    }
  });
});
