/** fast-check properties for the date logic: any asOf, any region. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS, evaluate, isIsoDate, type Answers, type DatedWindow } from '../../lib/rules';
import { addDays, addMonths, diffDays, fromDay, toDay } from '../../lib/rules/dates';
import { regionalAmounts } from '../../lib/rules/parameters/regional-amounts';
import { nationalResidentIndividual } from '../../lib/rules/parameters/national';
import { isUnknown, valueForYear, type Parameter } from '../../lib/rules/parameters/types';
import { firstYearWithNoValue } from '../data-years';

const NO_DATA_YEAR = firstYearWithNoValue();

const DAY0 = toDay('2020-01-01');
const DAY1 = toDay('2035-12-31');
const isoDay = fc.integer({ min: DAY0, max: DAY1 }).map(fromDay);
const region = fc.constantFrom(...REGIONS);
const template = fc.constantFrom<Omit<Answers, 'region'>>(
  { who: 'self', age: 35, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' },
  { who: 'self', age: 10, situation: 'pupil', hukou: 'other-mainland', groups: [], coverage: 'resident-lapsed', lapseYears: 2 },
  { who: 'helper', age: 72, situation: 'retired', retireeYears: 0, hukou: 'local', groups: ['dibao'], coverage: 'resident-active' },
  { who: 'self', age: 20, situation: 'university', hukou: 'hmt', permit: 'yes', groups: [], coverage: 'none' },
);

function dated(w: unknown): w is DatedWindow {
  return typeof w === 'object' && w !== null && 'openNow' in w;
}

describe('calendar helpers', () => {
  it('addDays and diffDays are inverse; ISO strings survive the round trip', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        expect(diffDays(d, addDays(d, n))).toBe(n);
        expect(isIsoDate(addDays(d, n))).toBe(true);
        expect(fromDay(toDay(d))).toBe(d);
      }),
    );
  });

  it('addMonths clamps to the end of the month and never lands in the wrong month', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -60, max: 60 }), (d, n) => {
        const r = addMonths(d, n);
        expect(isIsoDate(r)).toBe(true);
        const months = (Number(r.slice(0, 4)) - Number(d.slice(0, 4))) * 12 + Number(r.slice(5, 7)) - Number(d.slice(5, 7));
        expect(months).toBe(n);
        expect(Number(r.slice(8, 10))).toBeLessThanOrEqual(Number(d.slice(8, 10)));
      }),
    );
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('rejects impossible dates', () => {
    for (const s of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-01', '1899-12-31', '2201-01-01', '20260101', '']) expect(isIsoDate(s)).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});

describe('enrollment window for any asOf and region', () => {
  it('is consistent: openNow ⇔ opensOn ≤ asOf ≤ closesOn; days left counts today; never a closed window', () => {
    fc.assert(
      fc.property(isoDay, region, template, (asOf, r, t) => {
        const o = evaluate({ ...t, region: r } as Answers, { asOf });
        const w = o.window;
        if (!dated(w)) return;
        expect(w.openNow).toBe(w.opensOn <= asOf && asOf <= w.closesOn);
        if (w.kind === 'regional') expect(w.closesOn >= asOf).toBe(true);
        if (w.openNow) expect(w.daysLeft).toBe(diffDays(asOf, w.closesOn) + 1);
        else {
          expect(w.daysLeft).toBeNull();
          expect(w.daysUntilOpen).toBe(diffDays(asOf, w.opensOn));
          expect(w.daysUntilOpen ?? 0).toBeGreaterThan(0);
        }
        if (w.kind === 'regional') expect(w.coverStarts.slice(0, 4)).toBe(String(w.benefitYear));
        // A countdown only where the dates are sourced for this place and year.
        if (o.deadline.kind === 'sourced') expect(['regional', 'newborn']).toContain(w.kind);
        if (w.kind === 'regional') expect(w.confidence).not.toBe('C');
      }),
      { numRuns: 3000 },
    );
  });

  it('counts down one day at a time while open, and the next day after closing is not open', () => {
    fc.assert(
      fc.property(isoDay, region, (asOf, r) => {
        const a: Answers = { who: 'self', region: r, age: 40, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' };
        const today = evaluate(a, { asOf }).window;
        const tomorrow = evaluate(a, { asOf: addDays(asOf, 1) }).window;
        if (!dated(today) || !dated(tomorrow)) return;
        if (today.openNow && today.daysLeft !== null && today.daysLeft > 1) {
          expect(tomorrow.openNow).toBe(true);
          expect(tomorrow.daysLeft).toBe(today.daysLeft - 1);
        }
        if (today.openNow && today.daysLeft === 1 && tomorrow.openNow) expect(tomorrow.closesOn > today.closesOn).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never states a contribution for a year with no sourced figure', () => {
    fc.assert(
      fc.property(isoDay, region, template, (asOf, r, t) => {
        const c = evaluate({ ...t, region: r } as Answers, { asOf }).contribution;
        if (c.kind === 'regional' || c.kind === 'national-standard') {
          expect(c.benefitYear).not.toBeNull();
          expect(c.confidence).not.toBe('C');
          // The year stated is one the data holds a figure for (the place's own, or the national standard).
          const param = c.kind === 'regional' && r !== 'elsewhere' ? regionalAmounts[r] : nationalResidentIndividual;
          const v = valueForYear(param as Parameter<unknown>, c.benefitYear ?? 0);
          expect(v !== null && !isUnknown(v.value), `${r} ${c.kind} ${c.benefitYear}`).toBe(true);
        }
        // A year after every value in our data (from the data, never today's year) is never stated.
        if ((c.benefitYear ?? 0) >= NO_DATA_YEAR && (c.kind === 'not-published' || c.kind === 'regional' || c.kind === 'national-standard')) expect(c.kind).toBe('not-published');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('newborn window for any birth date', () => {
  it('is open from birth through the longest reading, with the shortest reading never later', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 364 }), region, (asOf, age, r) => {
        const birthDate = addDays(asOf, -age);
        fc.pre(birthDate > addMonths(asOf, -12));
        const o = evaluate({ who: 'self', region: r, age: 0, birthDate, situation: 'preschool', hukou: 'local', groups: [], coverage: 'none' }, { asOf });
        const w = o.window;
        if (w.kind === 'newborn') {
          expect(w.opensOn).toBe(birthDate);
          expect(w.coverStarts).toBe(birthDate);
          // The safe closing day is the shortest reading (90 days, birth day counted), never a longer one.
          expect(w.closesOn).toBe(addDays(birthDate, 89));
          expect(w.closesOn <= (w.closesOnLatest ?? '')).toBe(true);
          expect(w.openNow).toBe(asOf <= w.closesOn);
          // A countdown only under the place's own sourced rule; other places' rule is advice (no reminder).
          if (w.openNow && w.rule === 'place') expect(o.deadline).toMatchObject({ kind: 'sourced', date: w.closesOn, window: 'newborn' });
          else if (w.openNow) {
            expect(o.deadline).toEqual({ kind: 'act-by', date: w.closesOn, basis: 'other-places-newborn' });
            expect(o.reminder).toBeNull();
          }
          else expect(o.deadline).toEqual({ kind: 'act-now', basis: 'newborn-shortest-passed' });
          if (w.openNow && asOf >= '2025-01-01') expect(o.waitingPeriod.kind).toBe('exempt');
          if (!w.openNow && asOf >= '2025-01-01') expect(o.waitingPeriod.kind).toBe('months');
        } else {
          expect(o.warnings.map((x) => x.id)).toContain('newborn-window-passed');
          expect(age).toBeGreaterThanOrEqual(89);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('waiting period', () => {
  it('grows with lapsed years and is always a valid range', () => {
    fc.assert(
      fc.property(isoDay.filter((d) => d >= '2025-01-01'), region, fc.integer({ min: 1, max: 39 }), (asOf, r, years) => {
        const base: Answers = { who: 'self', region: r, age: 40, situation: 'not-working', hukou: 'local', groups: [], coverage: 'resident-lapsed', lapseYears: years };
        const w1 = evaluate(base, { asOf }).waitingPeriod;
        const w2 = evaluate({ ...base, lapseYears: years + 1 }, { asOf }).waitingPeriod;
        expect(w1.minMonths).toBeLessThanOrEqual(w1.maxMonths);
        expect(w2.maxMonths).toBe(w1.maxMonths + 1);
        expect(w2.minMonths).toBeGreaterThanOrEqual(w1.minMonths);
        if (years >= 4) expect(w1.minMonths).toBe(6);
        else expect(w1.minMonths).toBe(3);
      }),
      { numRuns: 1000 },
    );
  });
});
