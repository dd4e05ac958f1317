/**
 * Issue 20, items 3 (result side), 7 and 8, one case each that the old result got wrong; the sweep
 * (sweep.test.ts) holds the same rules over every answer set and date.
 */
import { describe, expect, it, vi } from 'vitest';
import { continuityRule, evaluate, REGIONS, ruleFigures, type Answers, type Outcome } from '../../lib/rules';
import { nationalResidentIndividual } from '../../lib/rules/parameters/national';
import { valueForYear } from '../../lib/rules/parameters/types';
import { rulesWords } from '../../lib/wizard/words';
import { LAST_YEAR, LAST_YEAR_ONLY, LAST_YEAR_ONLY_FILE, NOTHING_SOURCED } from './fixture-region';
import { MESSAGE_FILES, leafPaths, lookup } from './helpers';

vi.mock('../../lib/rules/regions/list', async (importOriginal) => (await import('./fixture-region')).withFixturePlaces(await importOriginal()));

const adult = (region: string, extra: Partial<Answers> = {}): Answers =>
  ({ who: 'self', region, age: 35, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none', ...extra }) as Answers;
const ids = (o: Outcome) => o.warnings.map((w) => w.id);
const today = '2026-11-27';

describe('continuity: one rule (F2.7 [A])', () => {
  it('is exported as data and as figures for the season notice and the guides', () => {
    expect(continuityRule(today)).toEqual({
      continuous: { coverStarts: { month: 1, day: 1 } },
      notContinuous: { fixedWaitMonths: 3, evenInWindow: true },
      confidence: 'A',
      facts: ['F2.7', 'F3.8'],
    });
    expect(continuityRule('2024-06-01')).toBeNull(); // before 2025 the waits were local (F2.9)
    expect(ruleFigures(today)).toMatchObject({ coverStartsMonth: 1, coverStartsDay: 1, fixedMonths: 3 });
    const zh = rulesWords('zh-CN', { asOf: today })('warnings.not-continuous-wait-in-window');
    expect(zh).toContain('从1月1日起享受待遇');
    expect(zh).toContain('即使在集中参保期内缴费，也有3个月固定待遇等待期');
  });

  it('someone not enrolled last year waits the fixed months inside a sourced window, and is told so (Beijing, December 2025)', () => {
    const o = evaluate(adult('beijing'), { asOf: '2025-12-10' });
    expect(o.window).toMatchObject({ kind: 'regional', openNow: true });
    expect(o.waitingPeriod).toMatchObject({ kind: 'months', minMonths: 3, maxMonths: 3 });
    expect(o.options[0]?.cover).toMatchObject({ kind: 'after-wait', ifInWindow: null });
    expect(ids(o)).toContain('not-continuous-wait-in-window');
  });

  it('someone who paid last year renews with no wait', () => {
    const o = evaluate(adult('beijing', { coverage: 'resident-active' }), { asOf: '2025-12-10' });
    expect(o.waitingPeriod.kind).toBe('none');
    expect(ids(o)).not.toContain('not-continuous-wait-in-window');
  });

  it('a known window says what paying after it costs: the fixed wait, in months', () => {
    const o = evaluate(adult('beijing'), { asOf: '2025-12-10' });
    expect(o.window.ifMissed).toBe('late-enrollment-wait');
    expect(rulesWords('zh-CN', { asOf: today })('ifMissed.late-enrollment-wait')).toContain('3个月固定等待期');
    expect(rulesWords('en', { asOf: today })('ifMissed.late-enrollment-wait')).toContain('3-month');
  });
});

describe('promises we do not hold (item 7)', () => {
  it('a 居住证 is pointed to only where the place would admit the person with one, and never as "usually" (F7.13, F2.2)', () => {
    // A fixture-free reading: wherever the pointer shows, answering "yes" to the permit must not leave the person at the hukou place.
    for (const region of REGIONS) {
      const a = adult(region, { hukou: 'other-mainland', permit: 'no' });
      const o = evaluate(a, { asOf: today });
      const withPermit = evaluate({ ...a, permit: 'yes' }, { asOf: today });
      const admittedWith = withPermit.options[0]?.choice.where !== 'place-of-hukou';
      const admittedWithout = o.options[0]?.choice.where !== 'place-of-hukou' && !o.options.some((x) => x.choice.where === 'place-of-hukou');
      expect(o.recommendation.wouldChange.includes('if-get-residence-permit'), region).toBe(admittedWith && !admittedWithout);
    }
    expect(rulesWords('zh-CN', { asOf: today })('changes.if-get-residence-permit')).toContain('请向当地确认');
    expect(rulesWords('zh-CN', { asOf: today })('changes.if-get-residence-permit')).not.toContain('一般可以');
  });

  it('a foreigner is never told a permit usually opens enrollment; the change names the cities our facts hold (F7.9)', () => {
    const o = evaluate(adult('shanghai', { hukou: 'foreign', permit: 'no' }), { asOf: today });
    expect(o.recommendation.wouldChange).toContain('if-get-foreign-permanent-residence');
    expect(o.recommendation.wouldChange).not.toContain('if-get-residence-permit');
    const zh = rulesWords('zh-CN', { asOf: today })('changes.if-get-foreign-permanent-residence');
    expect(zh).toContain('有的城市');
    expect(zh).toContain('广州');
    expect(zh).not.toContain('一般可以');
  });

  it('a warning that names last dates carries them; a place with none is never promised any', () => {
    // Fixture places (tests/rules/fixture-region.ts), not today's data: one whose data stop at LAST_YEAR, one with nothing.
    const last = LAST_YEAR_ONLY_FILE.residentWindow.values[0]!.value!;
    const lastyear = evaluate(adult(LAST_YEAR_ONLY), { asOf: `${LAST_YEAR}-11-27` });
    expect(lastyear.warnings.find((w) => w.id === 'window-not-in-our-sources')?.params).toMatchObject({ lastYear: LAST_YEAR, lastOpens: last.opensOn, lastCloses: last.closesOn });
    const nowhere = evaluate(adult(NOTHING_SOURCED), { asOf: `${LAST_YEAR}-11-27` });
    expect(ids(nowhere)).toContain('window-never-in-our-sources');
    expect(ids(nowhere)).not.toContain('window-not-in-our-sources');
  });

  it('no warning points at dates shown elsewhere on the page ("below", "the day this page gives", "the later date is shown")', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const path of leafPaths(MESSAGE_FILES[locale]).filter((p) => p.startsWith('warnings.'))) {
        expect(lookup(MESSAGE_FILES[locale], path), path).not.toMatch(/下面给出|本页给出的日期|按较晚的日期显示|[Bb]elow are|the day this page gives|later one is shown/);
      }
    }
  });

  it('a newborn where the place holds no rule of its own gets other places\' shortest rule as advice: no countdown, no reminder (Beijing, Chengdu [C])', () => {
    for (const region of ['beijing', 'chengdu', 'elsewhere']) {
      const o = evaluate({ ...adult(region), age: 0, birthDate: '2026-10-01', situation: 'preschool' } as Answers, { asOf: today });
      expect(o.window, region).toMatchObject({ kind: 'newborn', rule: 'other-places', closesOn: '2026-12-29' });
      expect(o.deadline, region).toEqual({ kind: 'act-by', date: '2026-12-29', basis: 'other-places-newborn' });
      expect(o.reminder, region).toBeNull();
    }
    const gz = evaluate({ ...adult('guangzhou'), age: 0, birthDate: '2026-10-01', situation: 'preschool' } as Answers, { asOf: today });
    expect(gz.window).toMatchObject({ kind: 'newborn', rule: 'place' });
    expect(gz.deadline).toMatchObject({ kind: 'sourced', window: 'newborn' });
    expect(gz.reminder).not.toBeNull();
  });

  it('a safe day is never later than the earliest close seen: a place whose last window closed on 28 February is not given that day moved a year', () => {
    // The fixture place's data stop at LAST_YEAR (closing 28 February), as Beijing's did before its next year was sourced.
    const o = evaluate(adult(LAST_YEAR_ONLY), { asOf: `${LAST_YEAR}-11-27` });
    expect(o.window).toMatchObject({ kind: 'unsourced', benefitYear: LAST_YEAR + 1, safeBy: `${LAST_YEAR}-12-20`, safeByBasis: 'earliest-seen' });
    expect(o.deadline).toEqual({ kind: 'act-by', date: `${LAST_YEAR}-12-20`, basis: 'earliest-seen' });
  });

  it('the 2026年度 national standard is labelled B: the national 2025 notice was not found (F3.5), 400 rests on a local page (F3.6)', () => {
    expect(valueForYear(nationalResidentIndividual, 2026)?.confidence).toBe('B');
    expect(valueForYear(nationalResidentIndividual, 2025)?.confidence).toBe('A');
  });
});

describe('a place with nothing sourced (item 8)', () => {
  it('is a place of the check, worded as having no dates, no amounts and no ways to pay of its own', () => {
    const o = evaluate(adult(NOTHING_SOURCED), { asOf: today });
    expect(o.window).toMatchObject({ kind: 'unsourced', lastSourced: null, safeByBasis: 'earliest-seen' });
    expect(ids(o)).toContain('window-never-in-our-sources');
    expect(ids(o)).not.toContain('window-not-in-our-sources');
    expect(o.deadline.kind).toBe('act-by');
    expect(o.reminder).toBeNull();
    expect(o.contribution.lastPublished.every((l) => l.whose === 'national')).toBe(true);
    // Ways to pay: the general ones, hedged, never family sharing alone.
    expect(o.channels).toContain('tax-app');
    expect(o.channels).toContain('family-sharing');
    expect(ids(o)).toContain('channels-confirm-locally');
    expect(rulesWords('zh-CN', { asOf: today })('warnings.window-never-in-our-sources', { region: NOTHING_SOURCED })).toContain('无资料市');
  });

  it('the general ways to pay are hedged wherever the place has no list of its own (elsewhere)', () => {
    expect(ids(evaluate(adult('elsewhere'), { asOf: today }))).toContain('channels-confirm-locally');
    expect(ids(evaluate(adult('beijing'), { asOf: today }))).not.toContain('channels-confirm-locally');
  });
});
