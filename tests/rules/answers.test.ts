import { describe, expect, it } from 'vitest';
import { Answers, ISSUE_IDS, PartialAnswers, safeEvaluate } from '../../lib/rules';

const ok: Answers = { who: 'self', region: 'elsewhere', age: 35, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' };

function issues(input: unknown) {
  const r = Answers.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
}

describe('Answers schema', () => {
  it('accepts complete, consistent answers', () => {
    expect(issues(ok)).toEqual([]);
  });

  it.each([
    [{ ...ok, age: 3, situation: 'employee' }, 'situation:issues.age-situation'],
    [{ ...ok, age: 0 }, 'birthDate:issues.birth-date-required'],
    [{ ...ok, birthDate: '2026-01-01' }, 'birthDate:issues.birth-date-only-for-babies'],
    [{ ...ok, age: 0, birthDate: '2026-02-30', situation: 'preschool' }, 'birthDate:issues.invalid-date'],
    [{ ...ok, situation: 'retired', age: 60 }, 'retireeYears:issues.retiree-years-required'],
    [{ ...ok, retireeYears: 10 }, 'retireeYears:issues.retiree-years-only-for-retired'],
    [{ ...ok, situation: 'retired', age: 50, retireeYears: 40 }, 'retireeYears:issues.retiree-years-exceed-age'],
    [{ ...ok, hukou: 'other-mainland' }, 'permit:issues.permit-required'],
    [{ ...ok, permit: 'yes' }, 'permit:issues.permit-only-for-non-local'],
    [{ ...ok, groups: ['dibao', 'dibao'] }, 'groups:issues.groups-duplicate'],
    [{ ...ok, groups: ['orphan'] }, 'groups:issues.orphan-under-18'],
    [{ ...ok, age: 10, situation: 'pupil', groups: ['veteran'] }, 'groups:issues.veteran-18-plus'],
    [{ ...ok, age: 10, situation: 'pupil', coverage: 'employee-active' }, 'coverage:issues.employee-coverage-16-plus'],
    [{ ...ok, coverage: 'employee-lapsed' }, 'gapMonths:issues.gap-required'],
    [{ ...ok, gapMonths: 3 }, 'gapMonths:issues.gap-only-for-employee-lapsed'],
    [{ ...ok, coverage: 'resident-lapsed' }, 'lapseYears:issues.lapse-required'],
    [{ ...ok, lapseYears: 2 }, 'lapseYears:issues.lapse-only-for-resident-lapsed'],
    [{ ...ok, age: 20, situation: 'university', coverage: 'resident-lapsed', lapseYears: 30 }, 'lapseYears:issues.lapse-exceeds-age'],
    [{ ...ok, age: 16, situation: 'employee', coverage: 'employee-lapsed', gapMonths: 300 }, 'gapMonths:issues.gap-exceeds-age'],
  ])('%j → %s', (input, issue) => {
    expect(issues(input)).toContain(issue);
  });

  it('uses only registered issue message ids', () => {
    const bad = [{ ...ok, age: 3, situation: 'employee', hukou: 'hmt', coverage: 'resident-lapsed', groups: ['orphan', 'orphan'] }];
    for (const input of bad)
      for (const i of issues(input)) {
        const msg = i.split(':')[1] ?? '';
        if (msg.startsWith('issues.')) expect(ISSUE_IDS).toContain(msg.slice('issues.'.length));
      }
  });

  it('does not require the permit when it does not matter (employee, pupil, university)', () => {
    expect(issues({ ...ok, situation: 'employee', hukou: 'other-mainland' })).toEqual([]);
    expect(issues({ ...ok, age: 20, situation: 'university', hukou: 'other-mainland' })).toEqual([]);
    expect(issues({ ...ok, hukou: 'hmt' })).toContain('permit:issues.permit-required');
  });

  it('rejects out-of-range and non-integer numbers and unknown slugs', () => {
    expect(issues({ ...ok, age: 121 }).length).toBeGreaterThan(0);
    expect(issues({ ...ok, age: 30.5 }).length).toBeGreaterThan(0);
    expect(issues({ ...ok, region: 'mars' }).length).toBeGreaterThan(0);
  });

  it('partial schema accepts any subset but still rejects contradictions', () => {
    expect(PartialAnswers.safeParse({}).success).toBe(true);
    expect(PartialAnswers.safeParse({ age: 0 }).success).toBe(true);
    expect(PartialAnswers.safeParse({ age: 30, situation: 'preschool' }).success).toBe(false);
  });
});

describe('safeEvaluate', () => {
  it('returns zod issues for invalid input instead of throwing', () => {
    const r = safeEvaluate({ age: 'old' }, { asOf: '2026-11-23' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.length).toBeGreaterThan(0);
    const bad = safeEvaluate(ok, { asOf: '2026-02-30' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues.map((i) => i.path.join('.'))).toContain('asOf');
    for (const junk of [null, undefined, 42, 'x', [], { __proto__: { age: 3 } }]) expect(safeEvaluate(junk, { asOf: '2026-11-23' }).success).toBe(false);
  });

  it('evaluates valid input', () => {
    const r = safeEvaluate(ok, { asOf: '2026-11-23' });
    expect(r.success && r.outcome.primary.group).toBe('resident-working-age');
  });
});
