// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, within } from '@testing-library/react';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import zhCN from '@/content/messages/zh-CN.json';
import en from '@/content/messages/en.json';
import type { Locale } from '@/lib/i18n/routing';

const current: { locale: Locale } = { locale: 'zh-CN' };
const messagesFor = (locale: Locale) => (locale === 'en' ? en : zhCN);
vi.mock('next-intl/server', () => ({
  getLocale: async () => current.locale,
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
    createTranslator({ locale, messages: messagesFor(locale), namespace: namespace as 'Figures' }),
}));

const F = await import('@/components/guide/figures');
const { regionalAmounts } = await import('@/lib/rules/parameters/regional-amounts');
const { regionalWindows, regionalNewbornWindows } = await import('@/lib/rules/parameters/regional-windows');
const { residentChannels } = await import('@/lib/rules/parameters/regional-access');
const N = await import('@/lib/rules/parameters/national');
const { isUnknown, valueAt, valueForYear } = await import('@/lib/rules/parameters/types');
const { nextQuestion } = await import('@/lib/rules');
const { stepHref } = await import('@/lib/wizard/steps');
const { siteUrl } = await import('@/lib/site');
const { formatIsoDate } = await import('@/components/ui/FormattedDate');
const { rulesWords } = await import('@/lib/wizard/words');

const REGIONS = ['beijing', 'shanghai', 'guangzhou', 'hangzhou', 'chengdu'] as const;
const t = (locale: Locale = 'zh-CN') => createTranslator({ locale, messages: messagesFor(locale), namespace: 'Figures' });
const yuan = (n: number, locale: Locale = 'zh-CN') => t(locale)('yuan', { amount: n.toLocaleString(locale) });
const months = (n: number) => t()('months', { n });
const UNVERIFIED = t()('unverified');
const NOT_PUBLISHED = t()('notPublished');
const year = (from: string) => Number(from.slice(0, 4));

function figure(container: HTMLElement, name: string): HTMLElement {
  const el = container.querySelector<HTMLElement>(`[data-figure="${name}"]`);
  if (!el) throw new Error(`no figure ${name}`);
  return el;
}

describe('the regional tables render the same values as the rules parameters', () => {
  it('contributions: every sourced A/B figure is shown, C figures never appear as plain figures', async () => {
    current.locale = 'zh-CN';
    const { container } = render(await F.ContributionTable({}));
    for (const region of REGIONS) {
      const table = figure(container, `contribution-${region}`);
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.getAttribute('data-year'));
      const soundFigures = new Set<string>();
      const unverifiedFigures = new Set<string>();
      for (const v of regionalAmounts[region].values) {
        const r = valueForYear(regionalAmounts[region], year(v.from));
        if (!r) throw new Error('missing year');
        const col = headers.indexOf(String(year(v.from)));
        expect(col, `${region} ${v.from} column`).toBeGreaterThan(0);
        const cells = [...table.querySelectorAll('tbody tr')].map((tr) => tr.children[col] as HTMLElement);
        if (isUnknown(r.value)) {
          for (const cell of cells) expect(cell).toHaveTextContent(NOT_PUBLISHED);
          continue;
        }
        for (const row of r.value.rows) {
          const cell = table.querySelector(`tr[data-label="${row.label}"]`)?.children[col] as HTMLElement;
          const figures = [...row.tiersYuan, ...(row.subsidyYuan === undefined ? [] : [row.subsidyYuan])].map((n) => yuan(n));
          if (r.confidence === 'C') {
            expect(cell, `${region} ${v.from} ${row.label}`).toHaveTextContent(UNVERIFIED);
            for (const f of figures) { expect(cell.textContent).not.toContain(f); unverifiedFigures.add(f); }
          } else {
            for (const f of figures) { expect(cell.textContent, `${region} ${v.from} ${row.label}`).toContain(f); soundFigures.add(f); }
          }
        }
      }
      for (const f of unverifiedFigures) if (!soundFigures.has(f)) expect(table.textContent, `${region} shows C figure ${f}`).not.toContain(f);
      expect(table.querySelector('caption')).toHaveTextContent(rulesWords('zh-CN')(`questions.region.options.${region}`));
    }
  });

  it('contributions: each table has a source line with each source (by the one rule, SourceRef) and fact ids', async () => {
    current.locale = 'zh-CN';
    const { container } = render(await F.ContributionTable({ region: 'beijing' }));
    expect(container.querySelectorAll('[data-figure^="contribution-"]')).toHaveLength(1);
    const sources = container.querySelector('[data-figure-sources]') as HTMLElement;
    for (const s of regionalAmounts.beijing.sources) {
      const ref = sources.querySelector(`[data-source="${s.id}"]`) as HTMLElement;
      expect(ref).toHaveTextContent(s.publisher);
      const link = within(ref).getByRole('link');
      expect(link).toHaveAttribute('href', s.url);
      // Only an official page is a plain link; beijing2026 is a wire report on an unrelated host.
      expect(link).toHaveAttribute('rel', s.kind === 'official-site' ? 'noopener noreferrer' : 'nofollow noopener noreferrer');
      if (s.kind !== 'official-site') expect(link).not.toHaveAccessibleName(s.publisher);
    }
    for (const f of regionalAmounts.beijing.facts) expect(sources).toHaveTextContent(f);
    expect(container.querySelector('.table-wrap')).toHaveAttribute('tabindex', '0');
  });

  it('enrollment windows: sourced A/B dates are shown (with conflicting starts), C windows are not', async () => {
    current.locale = 'zh-CN';
    const { container } = render(await F.EnrollmentWindows());
    const table = figure(container, 'enrollment-windows');
    const d = (iso: string) => formatIsoDate(iso, 'zh-CN');
    for (const region of REGIONS) {
      for (const v of regionalWindows[region].values) {
        const r = valueForYear(regionalWindows[region], year(v.from));
        const row = table.querySelector(`tr[data-region="${region}"][data-year="${year(v.from)}"]`) as HTMLElement;
        expect(row, `${region} ${v.from}`).not.toBeNull();
        if (!r || isUnknown(r.value)) { expect(row).toHaveTextContent(NOT_PUBLISHED); continue; }
        const dates = [r.value.opensOn, r.value.closesOn, r.value.coverStarts, ...(r.value.opensOnEarliest ? [r.value.opensOnEarliest] : [])].map(d);
        if (r.confidence === 'C') {
          expect(row).toHaveTextContent(UNVERIFIED);
          for (const date of dates) expect(table.textContent).not.toContain(date);
        } else {
          for (const date of dates) expect(row.textContent, `${region} ${v.from}`).toContain(date);
          if (r.value.opensOnEarliest) expect(row.querySelector('[data-conflict]')).not.toBeNull();
        }
      }
    }
    const typical = valueAt(N.observedWindows, '2099-01-01');
    if (!typical || isUnknown(typical.value)) throw new Error('no observed windows');
    const md = (m: number, day: number) => new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, day)));
    const typicalRow = table.querySelector('tr[data-region="typical"]') as HTMLElement;
    expect(typicalRow).toHaveTextContent(md(typical.value.opensEarliest.month, typical.value.opensEarliest.day));
    expect(typicalRow).toHaveTextContent(md(typical.value.closesEarliest.month, typical.value.closesEarliest.day));
    expect(typicalRow).toHaveTextContent(md(typical.value.closesLatest.month, typical.value.closesLatest.day));
    expect(typicalRow).toHaveTextContent(t()('windows.typical'));
  });

  it('newborn windows: national range and city values with their confidence; C values flagged', async () => {
    current.locale = 'zh-CN';
    const { container } = render(await F.NewbornWindows());
    const table = figure(container, 'newborn-windows');
    const span = (s: { days?: number; months?: number }) => (s.months !== undefined ? months(s.months) : t()('days', { n: s.days ?? 0 }));
    const params = [['national', N.nationalNewbornWindow], ...Object.entries(regionalNewbornWindows)] as const;
    for (const [key, p] of params) {
      const r = p && valueAt(p, '2099-01-01');
      if (!r || isUnknown(r.value)) throw new Error(`no newborn value ${key}`);
      const row = table.querySelector(`tr[data-region="${key}"]`) as HTMLElement;
      expect(row.textContent).toContain(span(r.value.shortest));
      expect(row.textContent).toContain(span(r.value.longest));
      expect(row.querySelector('[data-confidence]')).toHaveTextContent(r.confidence);
      if (r.confidence === 'C') expect(row).toHaveTextContent(UNVERIFIED);
      else expect(row).not.toHaveTextContent(UNVERIFIED);
    }
  });

  it('waiting periods: every number comes from the national parameters', async () => {
    current.locale = 'zh-CN';
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

    const employee = render(await F.WaitingPeriods({ scheme: 'employee' })).container;
    const g = valueAt(N.employeeGap, '2099-01-01')?.value as { noWaitMaxGapMonths: number; maxWaitMonths: number; stricterLocalMaxWaitMonths: number };
    expect(row(employee, 'gap-short')).toHaveTextContent(months(g.noWaitMaxGapMonths));
    expect(row(employee, 'gap-long')).toHaveTextContent(months(g.maxWaitMonths));
    expect(employee.querySelector('[data-conflict]')).toHaveTextContent(months(g.stricterLocalMaxWaitMonths));
    await expect(F.WaitingPeriods({ scheme: 'retired' })).rejects.toThrow(/retired/);
  });

  it('national standard: known years shown with confidence, unknown years "not published", year mapping note', async () => {
    current.locale = 'zh-CN';
    const { container } = render(await F.NationalStandard());
    const table = figure(container, 'national-standard');
    for (const p of [N.nationalResidentIndividual, N.nationalResidentSubsidy]) {
      for (const v of p.values) {
        const r = valueForYear(p, year(v.from));
        const tr = table.querySelector(`tr[data-year="${year(v.from)}"]`) as HTMLElement;
        if (!r || isUnknown(r.value)) expect(tr).toHaveTextContent(NOT_PUBLISHED);
        else expect(tr.textContent).toContain(yuan(r.value));
      }
    }
    expect(container).toHaveTextContent(/2025年度/);
  });
});

describe('payment channels, materials and check links', () => {
  it('lists every city channel from the parameters and flags C lists', async () => {
    current.locale = 'zh-CN';
    const w = rulesWords('zh-CN');
    const { container } = render(await F.PaymentChannels({ scheme: 'resident' }));
    for (const region of REGIONS) {
      const r = valueAt(residentChannels[region], '2099-01-01');
      if (!r || isUnknown(r.value)) continue;
      const tr = container.querySelector(`tr[data-region="${region}"]`) as HTMLElement;
      for (const id of r.value) expect(tr.textContent).toContain(w(`channels.${id}`));
      if (r.confidence === 'C') expect(tr).toHaveTextContent(UNVERIFIED);
    }
    expect(container.querySelector('[data-channel="family-sharing"]')).not.toBeNull();
    const both = render(await F.PaymentChannels({})).container;
    expect(both.querySelector('[data-channel="employer"]')).not.toBeNull();
    await expect(F.PaymentChannels({ scheme: 'private' })).rejects.toThrow(/private/);
  });

  it('renders materials as tick boxes inside labels and rejects unknown ids by name', async () => {
    current.locale = 'en';
    const { getAllByRole } = render(await F.Materials({ ids: ['id-card', 'hukou-book'] }));
    const boxes = getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    expect(boxes[0]?.closest('label')).toHaveTextContent(rulesWords('en')('materials.id-card'));
    await expect(F.Materials({ ids: ['id-card', 'driving-licence'] })).rejects.toThrow(/driving-licence/);
  });

  it('links into the wizard with the answers filled in and an absolute print URL', async () => {
    current.locale = 'zh-CN';
    const answers = { situation: 'flexible', coverage: 'none' } as const;
    const { getByRole } = render(await F.CheckLink({ ...answers, children: '开始检查' }));
    const href = stepHref('zh-CN', nextQuestion(answers) as 'who', answers);
    const link = getByRole('link', { name: /开始检查/ });
    expect(link).toHaveAttribute('href', href);
    expect(href).toMatch(/^\/zh-CN\/check\/[a-z-]+\?v=1&/);
    expect(link).toHaveAttribute('data-print-href', `${siteUrl}${href}`);
    await expect(F.CheckLink({ hukou: 'martian' })).rejects.toThrow(/martian/);
  });
});

describe('every figure component used in the guides renders in both locales', () => {
  const dir = path.join(process.cwd(), 'content', 'guides');
  const usages: Array<{ file: string; name: string; props: Record<string, unknown> }> = [];
  for (const slug of readdirSync(dir)) {
    for (const file of readdirSync(path.join(dir, slug))) {
      const text = readFileSync(path.join(dir, slug, file), 'utf8');
      for (const m of text.matchAll(/<(NationalStandard|ContributionTable|EnrollmentWindows|NewbornWindows|WaitingPeriods|Materials|PaymentChannels|CheckLink)\b([^>]*?)\/?>/g)) {
        const props: Record<string, unknown> = {};
        for (const a of (m[2] ?? '').matchAll(/(\w+)=(?:"([^"]*)"|\{(\[[^\]]*\])\})/g)) props[a[1] as string] = a[2] ?? JSON.parse(a[3] as string);
        usages.push({ file: `${slug}/${file}`, name: m[1] as string, props });
      }
    }
  }

  it.each(usages.map((u) => [u.file, u.name, JSON.stringify(u.props), u] as const))('%s <%s %s>', async (file, name, _p, u) => {
    current.locale = file.endsWith('en.mdx') ? 'en' : 'zh-CN';
    const component = (F as unknown as Record<string, (p: Record<string, unknown>) => Promise<React.ReactElement>>)[name];
    if (!component) throw new Error(`unknown component ${name}`);
    const { container } = render(await component(u.props));
    expect(container.textContent?.length).toBeGreaterThan(0);
  });
});
