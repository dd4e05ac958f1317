/**
 * The engine and the words read their figures from the data files, and from nowhere else: change a
 * value in a data file (here through fixture data, never today's) and the outcome and the sentence
 * change with it. The figures below are fixtures chosen to differ from the real ones.
 */
import { describe, expect, it, vi } from 'vitest';

const ID_CARD_AGE = 14; // fixture: the real file says otherwise
const ADULT_AGE = 21; // fixture
const WAITS_FROM = '2023-01-01'; // fixture

vi.mock('../../lib/rules/parameters/national/id-card-from-age.json', async (importOriginal) => {
  const real = (await importOriginal()) as { default: { values: Array<{ from: string; value: number }> } };
  return { default: { ...real.default, values: [{ from: real.default.values[0]!.from, value: ID_CARD_AGE }] } };
});
vi.mock('../../lib/rules/parameters/national/resident-fixed-wait-months.json', async (importOriginal) => {
  const real = (await importOriginal()) as { default: { values: Array<Record<string, unknown>> } };
  const figure = real.default.values.find((v) => typeof v.value === 'number')!;
  return { default: { ...real.default, values: [real.default.values[0], { ...figure, from: WAITS_FROM }] } };
});
vi.mock('../../lib/rules/answer-bounds.data.json', async (importOriginal) => {
  const real = (await importOriginal()) as { default: { limits: Record<string, { value: number; basis: string }> } };
  return { default: { ...real.default, limits: { ...real.default.limits, adultFrom: { ...real.default.limits.adultFrom!, value: ADULT_AGE } } } };
});

const { evaluate, ruleFigures, AGE_RULES, conflicts } = await import('../../lib/rules');
const { rulesWords } = await import('../../lib/wizard/words');

// A day the fixture figures above are in force (after WAITS_FROM), not a day chosen for today's data.
const asOf = `${WAITS_FROM.slice(0, 4)}-11-20`;
const person = (age: number) =>
  evaluate({ who: 'self', region: 'elsewhere', age, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' }, { asOf });

describe('a value changed in a data file changes the outcome and the words', () => {
  it('the ID-card age (parameters/national/id-card-from-age.json) decides the identity paper', () => {
    expect(person(ID_CARD_AGE).materials).toContain('id-card');
    expect(person(ID_CARD_AGE - 1).materials).not.toContain('id-card');
    expect(person(ID_CARD_AGE - 1).materials).toContain('guardian-id');
  });

  it('the start of the national waits is the fixed wait\'s first figure, and the words say its year', () => {
    expect(ruleFigures(asOf).waitRulesFromYear).toBe(Number(WAITS_FROM.slice(0, 4)));
    expect(rulesWords('zh-CN', { asOf })('reasons.waiting-variable')).toContain(`从${WAITS_FROM.slice(0, 4)}年起`);
  });

  it('the adult age (answer-bounds.data.json) bounds the answers and is the number the issue states', () => {
    expect(AGE_RULES.adultFrom).toBe(ADULT_AGE);
    expect(conflicts({ age: ADULT_AGE - 1, groups: ['orphan'] })).toEqual([]);
    expect(conflicts({ age: ADULT_AGE - 1, groups: ['veteran'] }).length).toBeGreaterThan(0);
    expect(rulesWords('zh-CN', { asOf })('issues.orphan-under-18')).toContain(`未满${ADULT_AGE}周岁`);
    expect(rulesWords('en', { asOf })('issues.veteran-18-plus')).toContain(`from age ${ADULT_AGE}`);
  });
});
