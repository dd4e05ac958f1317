/**
 * The question flow: walking the whole tree, every answer to every question leads to a declared
 * next step, never loops, and every path ends at 'summary' with schema-valid, evaluable answers.
 */
import { describe, expect, it } from 'vitest';
import {
  Answers,
  QUESTIONS,
  boundsFor,
  QUESTION_IDS,
  estimateTotal,
  evaluate,
  nextQuestion,
  optionsFor,
  previousQuestion,
  question,
  questionNumber,
  askedQuestions,
  isAsked,
  relevantQuestions,
  withImplied,
  type PartialAnswers,
  type Question,
  type QuestionId,
} from '../../lib/rules';

/** Sample answers per question: every option for radios; boundaries for numbers. */
function samples(q: Question, p: PartialAnswers): unknown[] {
  switch (q.input) {
    case 'radio':
      return [...optionsFor(q, p)];
    case 'checkbox': {
      const opts = optionsFor(q, p);
      return [[], ...opts.map((o) => [o]), [...opts]];
    }
    case 'date':
      return ['2026-10-01'];
    case 'number': {
      const { min, max } = boundsFor(q, p);
      const typical = q.id === 'age' ? [0, 5, 16, 17, 18, 40, 60] : q.id === 'retiree-years' ? [0, 25] : q.id === 'employee-gap' ? [3, 4] : [1, 4];
      return [...new Set([...typical.filter((v) => v >= min && v <= max), max])];
    }
  }
}

describe('question flow', () => {
  it('declares every question id once, each setting a real answer field', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual([...QUESTION_IDS]);
    for (const q of QUESTIONS) expect(question(q.id)).toBe(q);
  });

  it('starts with "who" and skips conditional questions until they matter', () => {
    expect(nextQuestion({})).toBe('who');
    expect(nextQuestion({ who: 'self', region: 'beijing', age: 30 })).toBe('situation');
    expect(nextQuestion({ who: 'self', region: 'beijing', age: 0 })).toBe('birth-date');
    expect(nextQuestion({ who: 'self', region: 'beijing', age: 30, situation: 'employee', hukou: 'other-mainland' })).toBe('special-groups');
    expect(nextQuestion({ who: 'self', region: 'beijing', age: 30, situation: 'flexible', hukou: 'other-mainland' })).toBe('residence-permit');
    expect(nextQuestion({ who: 'self', region: 'beijing', age: 30, situation: 'flexible', hukou: 'hmt' })).toBe('hmt-permit');
  });

  it('walks the whole tree: every answer reaches a declared next step, every path ends valid', () => {
    const declared = new Set<string>([...QUESTION_IDS, 'summary']);
    let paths = 0;
    const stack: Array<{ p: PartialAnswers; depth: number }> = [{ p: {}, depth: 0 }];
    const problems: string[] = [];
    while (stack.length > 0) {
      const { p, depth } = stack.pop() as { p: PartialAnswers; depth: number };
      const next = nextQuestion(p);
      if (!declared.has(next)) problems.push(`undeclared next step ${next}`);
      if (depth > QUESTIONS.length) problems.push(`loop at ${JSON.stringify(p)}`);
      if (next === 'summary') {
        paths++;
        const parsed = Answers.safeParse(p);
        if (!parsed.success) problems.push(`invalid at summary ${JSON.stringify(p)}: ${parsed.error.issues.map((i) => i.message).join(',')}`);
        else if (paths % 50 === 0) evaluate(parsed.data, { asOf: '2026-11-23' });
        if (previousQuestion('summary', p) === null) problems.push('no way back from summary');
        continue;
      }
      const q = question(next);
      if (!isAsked(q, p)) problems.push(`${next} is asked though earlier answers imply it, at ${JSON.stringify(p)}`);
      const options = samples(q, p);
      if (options.length === 0) problems.push(`no options for ${next} at ${JSON.stringify(p)}`);
      for (const value of options) {
        // Collapse 'who' and 'region' to one branch each after the first: they never change routing.
        if ((q.id === 'who' && value !== 'self') || (q.id === 'region' && !['beijing', 'elsewhere'].includes(value as string))) {
          const alt = { ...p, [q.field]: value } as PartialAnswers;
          if (nextQuestion(alt) !== nextQuestion({ ...p, [q.field]: q.id === 'who' ? 'self' : 'beijing' } as PartialAnswers)) problems.push(`${q.id} changes routing`);
          continue;
        }
        // As the wizard does after each answer (lib/wizard/steps.ts, settle): implied answers filled in.
        const np = withImplied({ ...p, [q.field]: value } as PartialAnswers, { override: true });
        if (nextQuestion(np) === next) problems.push(`answering ${next} with ${String(value)} does not advance`);
        stack.push({ p: np, depth: depth + 1 });
      }
      if (problems.length > 10) break;
    }
    expect(problems).toEqual([]);
    expect(paths).toBeGreaterThan(1000);
  });

  it('counts questions and goes back through relevant ones only', () => {
    const p: PartialAnswers = { who: 'helper', region: 'elsewhere', age: 30, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' };
    expect(nextQuestion(p)).toBe('summary');
    expect(estimateTotal(p)).toBe(7);
    expect(estimateTotal({})).toBe(7);
    // A baby: birth date asked, situation not (implied), permit and lapse asked.
    expect(estimateTotal({ age: 0, hukou: 'hmt', coverage: 'resident-lapsed' })).toBe(9);
    expect(questionNumber('coverage', p)).toBe(7);
    expect(previousQuestion('coverage', p)).toBe('special-groups');
    expect(previousQuestion('special-groups', p)).toBe('hukou');
    expect(previousQuestion('who', p)).toBeNull();
    expect(previousQuestion('summary', p)).toBe('coverage');
    const lapsed: PartialAnswers = { ...p, coverage: 'resident-lapsed', lapseYears: 2 };
    expect(previousQuestion('summary', lapsed)).toBe('resident-lapse');
  });

  it('does not ask a baby (age 0) the situation: the answer is implied, and filled in', () => {
    const baby: PartialAnswers = { who: 'helper', region: 'beijing', age: 0, birthDate: '2026-10-01' };
    expect(askedQuestions(baby)).not.toContain('situation');
    expect(relevantQuestions(baby)).toContain('situation');
    expect(isAsked(question('situation'), baby)).toBe(false);
    expect(isAsked(question('situation'), { ...baby, age: 1 })).toBe(true);
    // The flow fills it in: the next question after the birth date is the hukou.
    expect(nextQuestion(withImplied(baby))).toBe('hukou');
    expect(withImplied(baby).situation).toBe('preschool');
    // A link that gives another answer a baby may have keeps it; the wizard's own state takes the implied one.
    expect(withImplied({ ...baby, situation: 'not-working' }).situation).toBe('not-working');
    expect(withImplied({ ...baby, situation: 'not-working' }, { override: true }).situation).toBe('preschool');
    // Back from the hukou goes to the birth date, not to the situation.
    expect(previousQuestion('hukou', withImplied(baby))).toBe('birth-date');
    expect(questionNumber('hukou', withImplied(baby))).toBe(5);
  });

  it('offers employee-retired coverage only to retirees with employee-scheme years', () => {
    const coverage = question('coverage');
    expect(optionsFor(coverage, { age: 66, situation: 'retired', retireeYears: 30 })).toContain('employee-retired');
    expect(optionsFor(coverage, { age: 66, situation: 'retired', retireeYears: 0 })).not.toContain('employee-retired');
    expect(optionsFor(coverage, { age: 50, situation: 'flexible' })).not.toContain('employee-retired');
  });

  it('offers only options consistent with earlier answers', () => {
    const situation = question('situation');
    expect(optionsFor(situation, { age: 3 })).toEqual(['not-working', 'preschool']);
    expect(optionsFor(situation, { age: 30 })).not.toContain('preschool');
    expect(optionsFor(question('special-groups'), { age: 30 })).not.toContain('orphan');
    expect(optionsFor(question('special-groups'), { age: 10 })).not.toContain('veteran');
    expect(optionsFor(question('coverage'), { age: 10 })).toEqual(['none', 'resident-active', 'resident-paid-next', 'resident-lapsed']);
    const ids: QuestionId[] = QUESTIONS.filter((q) => q.input === 'radio').map((q) => q.id);
    for (const id of ids) expect(optionsFor(question(id), {}).length).toBeGreaterThan(1);
  });
});
