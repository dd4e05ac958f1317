import { describe, expect, it, vi } from 'vitest';
import { seasonOn, shownYears } from '@/lib/content/season';
import { SOURCED_REGIONS, evaluate, type SourcedRegion } from '@/lib/rules';
import { firstYearWithNoValue, lastUsableWindow } from '../data-years';
import { LAST_YEAR } from '../rules/fixture-region';

// "A place whose window has closed, its next year not in our sources" is a test-only place, never a
// real one (issue 21): the fixture `lastyear` with its one window closing in December, as some
// places' do, so that a day in January falls after it and inside the season.
const EARLY_CLOSE = vi.hoisted(() => 'earlyclose');
vi.mock('@/lib/rules/regions/list', async (importOriginal) => {
  const f = await import('../rules/fixture-region');
  const y = f.LAST_YEAR;
  const file = f.lastYearPlace(EARLY_CLOSE, 'ec', { 'zh-CN': '早截止市', en: 'Earlyclose City' }, {
    residentWindow: {
      ...f.LAST_YEAR_ONLY_FILE.residentWindow,
      values: [
        { from: `${y}-01-01`, value: { opensOn: `${y - 1}-09-01`, closesOn: `${y - 1}-12-25`, coverStarts: `${y}-01-01` } },
        { from: `${y + 1}-01-01`, unknown: 'Test fixture: the next window is not sourced.' },
      ],
    },
  });
  return f.withCities(await importOriginal(), { [EARLY_CLOSE]: file });
});

describe('the season, from the rules', () => {
  it('late November collects for the next benefit year, likely under way; in a year we do not have, nothing is sourced and each place shows its last sourced window', () => {
    // The year comes from the data (the first year no file has a value for), never from today.
    const year = firstYearWithNoValue();
    const asOf = `${year - 1}-11-27`;
    const s = seasonOn(asOf);
    expect(s.benefitYear).toBe(year);
    expect(s.underWay).toBe(true);
    expect(s.nationalSourced).toBe(false);
    expect(s.places.map((p) => p.region)).toEqual(SOURCED_REGIONS);
    for (const p of s.places) {
      expect(p.datesSourced, p.region).toBe(false);
      expect(p.amountsSourced, p.region).toBe(false);
      // A place's last sourced window is shown with its year.
      expect(p.lastWindow, p.region).toEqual(lastUsableWindow(p.region as SourcedRegion, year));
    }
    expect(s.national.lastAmount).toMatchObject({ whose: 'national' });
    expect(s.national.lastAmount?.benefitYear).toBeLessThan(year);
    expect(shownYears(asOf)).toEqual([year - 1, year]);
  });

  it('agrees with the check for every place and many days', () => {
    for (const asOf of ['2025-12-01', '2026-01-15', '2026-03-01', '2026-07-31', '2026-09-01', '2026-12-31', '2027-02-28']) {
      const s = seasonOn(asOf);
      for (const p of [...s.places, s.national]) {
        const o = evaluate({ who: 'helper', region: p.region, age: 40, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' }, { asOf });
        expect(o.season?.benefitYear, `${asOf} ${p.region}`).toBe(p.benefitYear);
        expect(p.benefitYear - s.benefitYear, `${asOf} ${p.region}`).toBe(p.closed ? 1 : 0);
        expect(o.season?.datesSourced, `${asOf} ${p.region}`).toBe(p.datesSourced);
      }
    }
  });

  it('in December 2025 Beijing, Shanghai and Hangzhou had their 2026 dates in our sources', () => {
    const s = seasonOn('2025-12-01');
    expect(s.benefitYear).toBe(2026);
    const sourced = s.places.filter((p) => p.datesSourced).map((p) => p.region);
    expect(sourced).toEqual(expect.arrayContaining(['beijing', 'shanghai', 'hangzhou']));
    expect(s.places.find((p) => p.region === 'beijing')?.window).toEqual({ opensOn: '2025-11-30', closesOn: '2026-02-28', coverStarts: '2026-01-01' });
  });

  it('a place whose window for the season has closed collects for the next year, and says when it closed', () => {
    const s = seasonOn(`${LAST_YEAR}-01-15`);
    expect(s.benefitYear).toBe(LAST_YEAR);
    expect(s.places.find((p) => p.region === EARLY_CLOSE)).toMatchObject({ benefitYear: LAST_YEAR + 1, closed: { benefitYear: LAST_YEAR, closesOn: `${LAST_YEAR - 1}-12-25` }, datesSourced: false });
  });

  it('between March and August the next season has not started', () => {
    const s = seasonOn('2026-05-10');
    expect(s.benefitYear).toBe(2027);
    expect(s.underWay).toBe(false);
  });
});
