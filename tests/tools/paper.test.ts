import { describe, expect, it } from 'vitest';
import { QUESTIONS, evaluate, nextQuestion, type PartialAnswers } from '@/lib/rules';
import { askedWhen, outcomeTable, paperQuestions } from '@/lib/tools/paper';

describe('the paper check is generated from the flow', () => {
  const paper = paperQuestions();

  it('lists every question of the check but "who", in the check’s order', () => {
    expect(paper.map((q) => q.id)).toEqual(QUESTIONS.filter((q) => q.id !== 'who').map((q) => q.id));
    expect(paper.map((q) => q.number)).toEqual(paper.map((_, i) => i + 1));
  });

  it('says when each question is asked, as the flow decides it', () => {
    const when = Object.fromEntries(paper.map((q) => [q.id, q.askedWhen]));
    expect(when['birth-date']).toEqual([{ question: 'age', values: ['0'] }]);
    expect(when['retiree-years']).toEqual([{ question: 'situation', values: ['retired'] }]);
    expect(when['employee-gap']).toEqual([{ question: 'coverage', values: ['employee-lapsed'] }]);
    expect(when['residence-permit']).toEqual([
      { question: 'hukou', values: ['other-mainland'] },
      { question: 'situation', values: ['flexible', 'not-working', 'preschool', 'retired'] },
    ]);
    for (const id of ['region', 'age', 'situation', 'hukou', 'special-groups', 'coverage'] as const) expect(when[id], id).toEqual([]);
  });

  it('every condition it prints agrees with the flow: the question is asked exactly when they hold', () => {
    const base: Partial<PartialAnswers> = { who: 'self', region: 'elsewhere', age: 30, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' };
    for (const q of QUESTIONS) {
      const conds = askedWhen(q);
      if (conds.length === 0) continue;
      const on: Record<string, unknown> = { ...base };
      for (const c of conds) on[QUESTIONS.find((x) => x.id === c.question)!.field] = QUESTIONS.find((x) => x.id === c.question)!.input === 'number' ? Number(c.values[0]) : c.values[0];
      expect(q.isRelevant(on as Partial<PartialAnswers>), q.id).toBe(true);
      expect(q.isRelevant(base), q.id).toBe(false);
    }
    expect(nextQuestion({})).toBe('who');
  });
});

describe('the outcome table is worked out by the rules', () => {
  it('gives, for each situation, the scheme evaluate gives', () => {
    const table = outcomeTable('2026-11-23');
    expect(table.map((r) => r.situation)).toEqual(['employee', 'flexible', 'not-working', 'pupil', 'university', 'preschool', 'retired']);
    const flexible = table.find((r) => r.situation === 'flexible')!;
    expect(flexible.cells[0]?.primary.group).toBe('employee-flexible');
    expect(flexible.cells[0]?.alternatives.map((a) => a.scheme)).toContain('resident');
    const pupil = table.find((r) => r.situation === 'pupil')!;
    const o = evaluate({ who: 'self', region: 'elsewhere', age: 10, situation: 'pupil', hukou: 'other-mainland', groups: [], coverage: 'none' }, { asOf: '2026-11-23' });
    expect(pupil.cells[1]?.primary).toEqual(o.primary);
  });
});
