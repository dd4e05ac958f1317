// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, within } from '@testing-library/react';
import type { Locale } from '@/lib/i18n/routing';
import { Comparison, compactRows } from '@/components/wizard/result/Comparison';
import { resultContext } from '@/lib/result/context';
import { Answers, evaluate, type Outcome } from '@/lib/rules';
import { SWEEP_DATES, sweepAnswers } from '../rules/sweep';
import { LAST_YEAR } from '../rules/fixture-region';

// "A season not in our sources" comes from a fixture place whose data stop at one benefit year, never
// from a real place's data (issue 21): adding a real place's next year breaks no test here. The
// place (`lastyearopen`) is the fixture `lastyear` plus a rule on who may join without local hukou,
// so that a worker from elsewhere with a residence permit has three options there.
const OPEN_PLACE = vi.hoisted(() => 'lastyearopen');
vi.mock('@/lib/rules/regions/list', async (importOriginal) => {
  const f = await import('../rules/fixture-region');
  const access = { pupils: 'unverified', childrenWithPermit: 'unverified', childrenWithoutPermit: 'unverified', adultsWithPermit: 'unverified', adultsWithoutPermit: 'not-eligible', hmtWithPermit: 'eligible', foreignStudents: 'unverified', foreignPermanent: 'unverified', flexibleNonLocal: 'unverified' };
  const file = f.lastYearPlace(OPEN_PLACE, 'lo', { 'zh-CN': '上年开放市', en: 'Lastyear Open City' }, {
    nonLocalAccess: { description: 'Test place: adults with a residence permit may perhaps join (unverified).', confidence: 'B', facts: ['F2.2'], sources: ['gbf38Full'], values: [{ from: '2024-08-01', value: access }] },
  });
  return f.withCities(await importOriginal(), { [OPEN_PLACE]: file });
});

// The phone's compact comparison (issue 23, item 8): one row read across every option, each value
// the same words its option's full card prints, over a sample of the whole answer space.

afterEach(cleanup);

/** Which row of a full card (and of the wide table) each compact row's words come from. */
const CARD_ROW = { amount: 'amount', window: 'window', wait: 'wait', cover: 'wait' } as const;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function show(answers: Answers, asOf: string, locale: Locale) {
  const outcome = evaluate(answers, { asOf });
  const ctx = await resultContext(locale, answers.who, asOf);
  render(<Comparison ctx={ctx} outcome={outcome} />);
  return { outcome, ctx };
}

/** The compact table, checked against the cards and the wide table; returns what the outcome exercised. */
function checkCompact(outcome: Outcome) {
  const n = outcome.options.length;
  const compact = document.querySelector<HTMLElement>('[data-compare="compact"]');
  if (!compact) throw new Error('no compact comparison');
  const table = compact.querySelector('table') as HTMLTableElement;
  // One column per option, each headed (querySelector rather than roles: a few hundred tables here; the roles are read below).
  const heads = [...table.querySelectorAll('thead th[scope="col"]')];
  expect(heads).toHaveLength(n);
  heads.forEach((h) => expect(norm(h.textContent)).not.toBe(''));
  // Every row: a row-group header, then one non-empty cell per option whose every piece is in that option's card and wide-table cell.
  const groups = [...table.querySelectorAll('tbody')];
  expect(groups.map((g) => g.getAttribute('data-row'))).toEqual(['amount', 'window', 'wait', 'cover']);
  for (const g of groups) {
    const key = g.getAttribute('data-row') as keyof typeof CARD_ROW;
    expect(g.querySelector('th[scope="rowgroup"]')?.getAttribute('colspan')).toBe(String(n));
    const cells = [...g.querySelectorAll('td')];
    expect(cells).toHaveLength(n);
    cells.forEach((cell, i) => {
      expect(cell.getAttribute('data-option')).toBe(String(i));
      expect(norm(cell.textContent)).not.toBe('');
      const card = norm(document.querySelector(`article[data-option="${i}"] [data-row="${CARD_ROW[key]}"] dd`)?.textContent);
      const wide = norm(document.querySelector(`.compare-table tr[data-row="${CARD_ROW[key]}"] td[data-option="${i}"]`)?.textContent);
      const pieces = [...cell.querySelectorAll('[data-piece] > span')].map((s) => norm(s.textContent));
      expect(pieces.length).toBeGreaterThan(0);
      for (const piece of pieces) {
        expect(card).toContain(piece);
        expect(wide).toContain(piece);
      }
    });
  }
  return {
    options: n,
    multiYear: outcome.options.some((o) => o.contribution.alsoYears.length > 0),
    unsourced: outcome.options.some((o) => o.window.kind === 'unsourced'),
  };
}

describe('the compact comparison over a sample of the sweep', () => {
  // Every 37th answer set (about 200 outcomes with several options), each at one of the sweep's dates in turn, in both locales.
  const sample = sweepAnswers().filter((_, i) => i % 37 === 0).map((a, i) => ({ a, asOf: SWEEP_DATES[i % SWEEP_DATES.length] as string }));

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`has one column per option and, in every row, each option's value as its card says it (${locale})`, async () => {
      const seen = { outcomes: 0, three: 0, multiYear: 0, unsourced: 0 };
      for (const { a, asOf } of sample) {
        if (evaluate(a, { asOf }).options.length < 2) continue;
        const { outcome } = await show(a, asOf, locale);
        const r = checkCompact(outcome);
        seen.outcomes += 1;
        if (r.options === 3) seen.three += 1;
        if (r.multiYear) seen.multiYear += 1;
        if (r.unsourced) seen.unsourced += 1;
        cleanup();
      }
      // The sample reaches the hard cases: three options, a window over two benefit years, a season not in our sources.
      expect(seen.outcomes).toBeGreaterThan(150);
      expect(seen.three).toBeGreaterThan(0);
      expect(seen.multiYear).toBeGreaterThan(0);
      expect(seen.unsourced).toBeGreaterThan(0);
    }, 90_000);
  }
});

describe('the compact comparison, read as a person would', () => {
  const flexibleLocal = Answers.parse({ who: 'self', region: OPEN_PLACE as never, age: 35, situation: 'flexible', hukou: 'local', groups: [], coverage: 'none' });
  const threeOptions = Answers.parse({ who: 'helper', region: OPEN_PLACE as never, age: 40, situation: 'flexible', hukou: 'other-mainland', permit: 'yes', groups: ['dibao'], coverage: 'resident-active' });

  it('names each option in a few characters and reads each row across them (zh-CN, three options)', async () => {
    const { outcome, ctx } = await show(threeOptions, `${LAST_YEAR}-11-23`, 'zh-CN');
    expect(outcome.options).toHaveLength(3);
    const compact = document.querySelector('[data-compare="compact"]') as HTMLElement;
    const heads = within(compact).getAllByRole('columnheader').map((h) => norm(h.textContent));
    expect(heads).toEqual(['建议 职工医保就业地', '城乡居民医保居住地', '城乡居民医保户籍地']);
    expect(within(compact).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['要交多少钱', '什么时候办', '等待期', '待遇从什么时候开始']);
    // The season not in our sources: said so, and the safe day; the last season's dates stay in the full card only.
    const window = compact.querySelector('tbody[data-row="window"] td[data-option="1"]') as HTMLElement;
    expect(window).toHaveTextContent('本站尚未收录');
    expect(window).toHaveTextContent('为稳妥起见');
    expect(window).not.toHaveTextContent('当地上一次收录的是');
    expect(document.querySelector('article[data-option="1"] [data-row="window"]')).toHaveTextContent('当地上一次收录的是');
    // The same rows the brief names, from the same functions.
    expect(compactRows(ctx, outcome).map((r) => r.key)).toEqual(['amount', 'window', 'wait', 'cover']);
    // The full cards are still in the page, folded, each with every row of the wide table.
    const details = document.querySelector('details.compare-cards') as HTMLElement;
    expect(details.querySelector('summary')).toHaveTextContent('每种方式的全部内容');
    expect(details.querySelectorAll('article[data-option]')).toHaveLength(3);
  });

  // The fixture place's one sourced year, and the season after it, which is not in our sources.
  it.each([
    ['in the window of the one year the place holds: that year\'s figure', `${LAST_YEAR - 1}-12-01`, LAST_YEAR],
    ['in the next season, which is not in our sources: said so, never last year\'s figure as this year\'s', `${LAST_YEAR}-11-23`, null],
  ] as const)('says the amount a person pays, or that it is not in our sources, in English too: %s', async (_, asOf, sourcedYear) => {
    const { outcome } = await show(flexibleLocal, asOf, 'en');
    const compact = document.querySelector('[data-compare="compact"]') as HTMLElement;
    expect(within(compact).getAllByRole('columnheader').map((h) => norm(h.textContent))).toEqual(['Suggested Employee schemePlace of work', 'Resident schemePlace of residence']);
    const resident = outcome.options.findIndex((o) => o.choice.scheme === 'resident');
    const amount = compact.querySelector(`tbody[data-row="amount"] td[data-option="${resident}"]`) as HTMLElement;
    const c = outcome.options[resident]?.contribution;
    if (!c) throw new Error('expected a resident option');
    if (sourcedYear !== null) {
      expect(c.benefitYear).toBe(sourcedYear);
      expect(c.tiersYuan.length).toBeGreaterThan(0);
      expect(amount).toHaveTextContent(`${c.tiersYuan[0]?.toLocaleString('en')} yuan a year`);
    } else {
      expect(c.tiersYuan).toEqual([]);
      expect(c.lastPublished.map((l) => l.benefitYear)).toContain(LAST_YEAR);
      expect(amount).toHaveTextContent(`Our sources do not yet have the ${LAST_YEAR + 1} amount`);
      for (const l of c.lastPublished) expect(amount).not.toHaveTextContent(`benefit year ${l.benefitYear}`);
    }
  });
});
