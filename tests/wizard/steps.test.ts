import { describe, expect, it } from 'vitest';
import { question, parseAnswersFromSearchParams, evaluate, Answers, type PartialAnswers } from '@/lib/rules';
import { afterAnswer, decodeNotices, encodeNotices, firstMissingHref, settle, splitControl, stepHref } from '@/lib/wizard/steps';
import { validateField } from '@/lib/wizard/validate';
import { questionToShow } from '@/lib/wizard/read';
import { todayInShanghai } from '@/lib/wizard/today';

describe('wizard URLs', () => {
  it('keeps control parameters out of the answers', () => {
    const { answerParams, submitted, returnToAnswers } = splitControl({ v: '1', a: '30', go: '1', ret: 'answers' });
    expect(answerParams).toEqual({ v: '1', a: '30' });
    expect(submitted).toBe(true);
    expect(returnToAnswers).toBe(true);
  });

  it('goes to the next unanswered question, and back to the summary after a change', () => {
    expect(afterAnswer('en', { who: 'self', region: 'beijing' }, 'region', false)).toBe('/en/check/age?v=1&w=self&r=beijing');
    const full = { who: 'self', region: 'beijing', age: 31, situation: 'employee', hukou: 'local', groups: [], coverage: 'none' } satisfies Partial<PartialAnswers>;
    expect(afterAnswer('zh-CN', full, 'age', true)).toBe('/zh-CN/check/answers?v=1&w=self&r=beijing&a=31&s=employee&h=local&g=none&c=none');
  });

  it('a change that opens a new question asks it, then returns to the summary', () => {
    const full = { who: 'self', region: 'beijing', age: 31, situation: 'employee', hukou: 'local', groups: [], coverage: 'employee-lapsed' } satisfies Partial<PartialAnswers>;
    expect(afterAnswer('en', full, 'coverage', true)).toBe('/en/check/employee-gap?v=1&w=self&r=beijing&a=31&s=employee&h=local&g=none&c=employee-lapsed&ret=answers');
  });

  it('forgets answers that a change made irrelevant or contradictory', () => {
    expect(settle({ coverage: 'none', gapMonths: 5 }, 'coverage')).toEqual({ coverage: 'none' });
    expect(settle({ age: 70, situation: 'pupil' }, 'age')).toEqual({ age: 70 });
    // A baby's situation is implied (not asked): the wizard sets it, replacing one from an earlier age.
    expect(settle({ age: 0, birthDate: '2026-10-01' }, 'age')).toEqual({ age: 0, birthDate: '2026-10-01', situation: 'preschool' });
    expect(settle({ age: 0, situation: 'not-working' }, 'age')).toEqual({ age: 0, situation: 'preschool' });
  });

  it('shows the first question still needing an answer when a link skips ahead', () => {
    expect(questionToShow('coverage', { who: 'self' })).toBe('region');
    expect(questionToShow('age', { who: 'self', region: 'beijing' })).toBe('age');
    expect(questionToShow('employee-gap', { who: 'self', region: 'beijing', age: 30, situation: 'flexible', hukou: 'local', groups: [], coverage: 'none' })).toBe('employee-gap');
  });

  it('writes step links in the public link format', () => {
    expect(stepHref('en', 'result', { who: 'helper', groups: ['dibao', 'veteran'] })).toBe('/en/check/result?v=1&w=helper&g=dibao&g=veteran');
  });
});

describe('notices carried to the first missing question', () => {
  it('round-trip plain keys and known reasons, and drop anything else', () => {
    const dropped = [{ key: 'r', reason: 'invalid' }, { key: 'evil', reason: 'unknown' }, { key: '<script>', reason: 'unknown' }] as const;
    expect(decodeNotices(encodeNotices([...dropped]))).toEqual([{ key: 'r', reason: 'invalid' }, { key: 'evil', reason: 'unknown' }]);
    expect(decodeNotices('r~pwned,a~invalid,~unknown')).toEqual([{ key: 'a', reason: 'invalid' }]);
  });
  it('send an incomplete result link to the first missing question', () => {
    expect(firstMissingHref('en', { who: 'self' }, [{ key: 'r', reason: 'invalid' }])).toBe('/en/check/region?v=1&w=self&n=r~invalid');
    expect(firstMissingHref('en', {}, [])).toBe('/en/check/who?v=1');
  });
});

describe('validateField (shared by the server and the form)', () => {
  it('asks for an answer when none is given', () => {
    expect(validateField(question('who'), [], {})).toEqual({ ok: false, error: 'required' });
    expect(validateField(question('special-groups'), [], {})).toEqual({ ok: false, error: 'required' });
  });
  it('accepts whole numbers in range only', () => {
    expect(validateField(question('age'), ['42'], {})).toEqual({ ok: true, value: 42 });
    for (const bad of ['-1', '4.5', '1e3', '121', 'abc', '3 5 岁']) expect(validateField(question('age'), [bad], {}), bad).toEqual({ ok: false, error: 'number' });
  });
  it('accepts digits as Chinese input methods type them: full-width, with spaces', () => {
    for (const [typed, value] of [['３５', 35], [' 35 ', 35], ['3 5', 35], ['３　５', 35], ['０', 0], ['\u00a07\u00a0', 7], ['035', 35]] as const) {
      expect(validateField(question('age'), [typed], {}), typed).toEqual({ ok: true, value });
    }
    expect(validateField(question('employee-gap'), ['１２'], { age: 40 })).toEqual({ ok: true, value: 12 });
  });
  it('asks for digits when the number is written in Chinese numerals', () => {
    for (const typed of ['七十', '三十五', '两', '十八岁', '七0']) expect(validateField(question('age'), [typed], {}), typed).toEqual({ ok: false, error: 'digits' });
  });
  it('treats "none of these" as exclusive', () => {
    expect(validateField(question('special-groups'), ['none'], {})).toEqual({ ok: true, value: [] });
    expect(validateField(question('special-groups'), ['none', 'dibao'], {})).toEqual({ ok: false, error: 'none-exclusive' });
  });
  it('reports a contradiction with earlier answers by its rules message id', () => {
    expect(validateField(question('situation'), ['pupil'], { age: 70 })).toEqual({ ok: false, error: 'required' }); // not offered
    expect(validateField(question('retiree-years'), ['50'], { age: 50, situation: 'retired' })).toEqual({ ok: false, error: 'retiree-years-exceed-age' });
    // Changing an earlier answer is allowed: the later answer it contradicts is asked again.
    expect(validateField(question('age'), ['70'], { situation: 'pupil' })).toEqual({ ok: true, value: 70 });
    expect(afterAnswer('en', { who: 'self', region: 'elsewhere', age: 70, situation: 'pupil' }, 'age', true)).toBe('/en/check/situation?v=1&w=self&r=elsewhere&a=70&ret=answers');
  });
});

describe('links made today keep working (the v=1 contract)', () => {
  const asOf = '2026-11-23';
  const pinned: Array<[string, string, string]> = [
    ['v=1&w=self&r=guangzhou&a=30&s=employee&h=local&g=none&c=none', 'employee', 'employee-via-employer'],
    ['v=1&w=self&r=elsewhere&a=35&s=flexible&h=local&g=none&c=none', 'employee', 'employee-flexible'],
    ['v=1&w=helper&r=beijing&a=4&s=preschool&h=local&g=none&c=none', 'resident', 'resident-child'],
    ['v=1&w=self&r=shanghai&a=75&s=not-working&h=local&g=dibao&g=disability&c=none', 'resident', 'resident-older'],
    ['v=1&w=self&r=hangzhou&a=19&s=university&h=other-mainland&p=no&g=none&c=none', 'resident', 'resident-university'],
    ['v=1&w=self&r=elsewhere&a=40&s=not-working&h=foreign&p=no&g=none&c=none', 'none', 'no-national-basis'],
  ];
  for (const [query, scheme, group] of pinned) {
    it(query, () => {
      const { answers, dropped } = parseAnswersFromSearchParams(new URLSearchParams(query));
      expect(dropped).toEqual([]);
      const outcome = evaluate(Answers.parse(answers), { asOf });
      expect(outcome.primary.scheme).toBe(scheme);
      expect(outcome.primary.group).toBe(group);
    });
  }
});

describe('today', () => {
  it('reads today in China, not in the server time zone', () => {
    const pinned = process.env.CHECK_TODAY;
    delete process.env.CHECK_TODAY;
    try {
      expect(todayInShanghai(new Date('2026-11-22T16:30:00Z'))).toBe('2026-11-23');
      expect(todayInShanghai(new Date('2026-11-22T15:59:00Z'))).toBe('2026-11-22');
    } finally {
      if (pinned !== undefined) process.env.CHECK_TODAY = pinned;
    }
  });
});
