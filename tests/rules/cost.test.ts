/**
 * What a person pays (lib/rules/cost.ts), on fixture places (cost.fixture.ts) so no test pins
 * today's data: a subsidised person's share comes from the place's stated rule, else "usually paid
 * — confirm locally" leads and the standard is context (F4.4); a newborn whose period runs into the
 * next year pays for every benefit year it needs, stated where the place's rule says so and
 * "may need to — confirm locally" elsewhere (F4.2).
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../lib/rules/regions/list', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../lib/rules/regions/list')>();
  const { FIXTURE_CITY, FIXTURE_TOWN } = await import('./cost.fixture');
  const { withCities } = await import('./fixture-region');
  return withCities(orig, { fixturecity: FIXTURE_CITY, fixturetown: FIXTURE_TOWN });
});

const { Answers, evaluate, costRange, personalPay } = await import('../../lib/rules');
const { summarizeHousehold } = await import('../../lib/household/summary');

const adult = (region: string, groups: string[]) =>
  Answers.parse({ who: 'self', region, age: 40, situation: 'not-working', hukou: 'local', groups, coverage: 'none' });
const baby = (region: string, birthDate: string) =>
  Answers.parse({ who: 'helper', region, age: 0, birthDate, situation: 'preschool', hukou: 'local', groups: [], coverage: 'none' });
const IN_2030_SEASON = '2029-11-01';

describe('a subsidised person pays what the place\'s stated rule says (F4.4)', () => {
  it('whole contribution paid: the headline is 0, the standard amount only context', () => {
    for (const g of ['tekun', 'orphan', 'disability']) {
      const a = g === 'orphan' ? Answers.parse({ who: 'helper', region: 'fixturecity', age: 12, situation: 'pupil', hukou: 'local', groups: [g], coverage: 'none' }) : adult('fixturecity', [g]);
      const c = evaluate(a, { asOf: IN_2030_SEASON }).contribution;
      expect(c.groupShare, g).toMatchObject({ kind: 'place-rule', covers: 'whole-contribution', benefitYear: 2030, confidence: 'A' });
      expect(personalPay(c), g).toEqual({ kind: 'amount', yuan: [0], byGroupRule: true });
    }
  });

  it('a fixed subsidy: the share is each tier less the subsidy', () => {
    const c = evaluate(adult('fixturecity', ['dibao']), { asOf: IN_2030_SEASON }).contribution;
    expect(c.tiersYuan).toEqual([500, 650]);
    expect(c.groupShare).toMatchObject({ kind: 'place-rule', covers: 'part', subsidyYuan: 350, paysYuan: [150, 300] });
    expect(personalPay(c)).toEqual({ kind: 'amount', yuan: [150, 300], byGroupRule: true });
  });

  it('several groups: the rule most in the person\'s favour', () => {
    const c = evaluate(adult('fixturecity', ['dibao', 'disability']), { asOf: IN_2030_SEASON }).contribution;
    expect(personalPay(c)).toEqual({ kind: 'amount', yuan: [0], byGroupRule: true });
  });

  it('no rule for the year (2029年度): "usually paid" leads, the year\'s amount is context', () => {
    const c = evaluate(adult('fixturecity', ['tekun']), { asOf: '2028-11-01' }).contribution;
    expect(c.benefitYear).toBe(2029);
    expect(personalPay(c)).toEqual({ kind: 'subsidised', subsidy: 'usually-full', standardYuan: [480] });
  });

  it('a rule known only at confidence C is a report, never the amount', () => {
    const c = evaluate(adult('fixturetown', ['tekun']), { asOf: IN_2030_SEASON }).contribution;
    expect(c.groupShare).toEqual({ kind: 'usually', subsidy: 'usually-full', placeReport: { groups: ['tekun'], covers: 'whole-contribution', benefitYear: 2030, facts: ['F4.4'] } });
    expect(personalPay(c).kind).toBe('subsidised');
    // A C "subsidy of 350" is withheld: no report of a fixed amount.
    expect(evaluate(adult('fixturetown', ['dibao']), { asOf: IN_2030_SEASON }).contribution.groupShare).toMatchObject({ kind: 'usually', placeReport: null });
  });

  it('nobody outside the groups is affected, and veterans are not a subsidised group', () => {
    for (const groups of [[], ['veteran']]) {
      const c = evaluate(adult('fixturecity', groups), { asOf: IN_2030_SEASON }).contribution;
      expect(c.groupShare).toBeNull();
      expect(personalPay(c)).toEqual({ kind: 'amount', yuan: [500, 650], byGroupRule: false });
    }
  });

  it('the household counts the share, or nothing up to the standard where no rule is stated', () => {
    const s = summarizeHousehold([{ label: null, answers: adult('fixturecity', ['dibao']) }, { label: null, answers: adult('fixturetown', ['tekun']) }], IN_2030_SEASON);
    expect(s.costs).toEqual([
      { kind: 'known', minYuan: 150, maxYuan: 300, benefitYear: 2030 },
      { kind: 'known', minYuan: 0, maxYuan: 650, benefitYear: 2030, why: 'subsidised' },
    ]);
  });
});

describe('a newborn pays for every benefit year the period needs (F4.2)', () => {
  it('where the place says so: both years, each with its own figure, summed', () => {
    // Born 2029-11-15: the shortest reading (90 days) ends on 2030-02-12.
    const o = evaluate(baby('fixturecity', '2029-11-15'), { asOf: '2029-12-01' });
    const c = o.contribution;
    expect(o.window).toMatchObject({ kind: 'newborn', closesOn: '2030-02-12' });
    expect([c.benefitYear, ...c.alsoYears.map((y) => y.benefitYear)]).toEqual([2029, 2030]);
    expect([c.tiersYuan, ...c.alsoYears.map((y) => y.tiersYuan)]).toEqual([[480], [500, 650]]);
    expect(c.yearsRule).toBe('place');
    expect(costRange(c)).toEqual({ minYuan: 980, maxYuan: 1130 });
    const s = summarizeHousehold([{ label: null, answers: baby('fixturecity', '2029-11-15') }], '2029-12-01');
    expect(s.costs[0]).toEqual({ kind: 'known', minYuan: 980, maxYuan: 1130, benefitYear: null, why: 'years-place', years: [2029, 2030] });
    expect(s.total).toMatchObject({ minYuan: 980, maxYuan: 1130, complete: true });
  });

  it('elsewhere: "may need to pay both — confirm locally"; the lower end counts the birth year alone', () => {
    const c = evaluate(baby('fixturetown', '2029-11-15'), { asOf: '2029-12-01' }).contribution;
    expect(c.yearsRule).toBe('confirm-locally');
    expect(c.alsoYears.map((y) => y.benefitYear)).toEqual([2030]);
    expect(costRange(c)).toEqual({ minYuan: 480, maxYuan: 1130 });
  });

  it('a period inside one year needs that year only; paying in the new year within the longest reading needs both', () => {
    expect(evaluate(baby('fixturecity', '2029-03-01'), { asOf: '2029-04-01' }).contribution.alsoYears).toEqual([]);
    // Born 2029-09-15: the shortest reading ends 2029-12-13, the longest 2030-03-14; on 2030-01-10 both years are needed.
    expect(evaluate(baby('fixturecity', '2029-09-15'), { asOf: '2029-10-01' }).contribution.alsoYears).toEqual([]);
    expect(evaluate(baby('fixturecity', '2029-09-15'), { asOf: '2030-01-10' }).contribution.alsoYears.map((y) => y.benefitYear)).toEqual([2030]);
  });

  it('a year whose figure is not in our sources makes the total unknown, never the birth year alone', () => {
    // Born 2030-11-15: 2031年度 is in neither the fixture nor the national figures.
    const c = evaluate(baby('fixturecity', '2030-11-15'), { asOf: '2030-12-01' }).contribution;
    expect(c.alsoYears.map((y) => [y.benefitYear, y.kind])).toEqual([[2031, 'not-published']]);
    expect(costRange(c)).toBeNull();
  });
});

describe("a place's own last figure leads where this year's is not in our sources", () => {
  it('the place\'s earlier figure comes before the national standard, each labelled with its year', () => {
    // 2031年度: the fixture place's last figure is 2030年度's.
    const c = evaluate(adult('fixturecity', []), { asOf: '2030-11-01' }).contribution;
    expect(c.kind).toBe('not-published');
    expect(c.lastPublished[0]).toMatchObject({ whose: 'place', benefitYear: 2030, tiersYuan: [500, 650] });
  });
});
