/**
 * Question numbers follow what is shown (issue 23): in quick entry and the household editor, once
 * the questions that do not apply hide, the others read 1, 2, 3… (not 1, 2, 4…); in the
 * step-by-step check, "question n of about N" counts the questions asked. An invariant over every
 * answer set of the sweep, and over any part of one (the editor numbers the fields as they are
 * being filled in).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askedQuestions, estimateTotal, questionNumber, withImplied } from '@/lib/rules';
import type { PartialAnswersShape } from '@/lib/rules/answers';
import { shownNumbers } from '@/lib/household/editor-engine';
import { EDITOR_QUESTIONS, PERMIT_IDS } from '@/lib/household/fields';
import { sweepAnswers } from '../rules/sweep';

const ALL = sweepAnswers();
/**
 * One answer set per combination of what decides which questions apply (a baby or not, situation,
 * hukou, permit, coverage, the groups): the flow's isRelevant and implied read nothing else, so
 * this walks every case the editor and the check can number, in a fraction of the time.
 */
const ANSWERS = [...new Map(ALL.map((a) => [JSON.stringify([a.age === 0, a.situation, a.hukou, a.permit, a.coverage, a.groups]), a])).values()];
/** The editor's fields as it groups them (components/tools/editorWords.ts): the permit field answers three questions. */
const FIELDS = EDITOR_QUESTIONS.map((q) => (PERMIT_IDS.has(q.id) ? [...PERMIT_IDS] : [q.id]));

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** The numbers shown, in order, with the hidden fields left out. */
const shown = (p: PartialAnswersShape) => shownNumbers(FIELDS, p).filter((n): n is number => n !== null);

/** Any part of a sweep answer set: some of its answers dropped. */
const partOfAnswers = fc.tuple(fc.integer({ min: 0, max: ALL.length - 1 }), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 })).map(([i, keep]) => {
  const entries = Object.entries(ALL[i]!).filter((_, k) => keep[k % keep.length]);
  return Object.fromEntries(entries) as PartialAnswersShape;
});

describe('question numbers follow what is shown', () => {
  it('the editor: a hidden question takes no number (a baby: no situation; a local hukou: no permit)', () => {
    const grown = { region: 'beijing', age: 40, situation: 'employee', hukou: 'local' } satisfies PartialAnswersShape;
    const numbers = shownNumbers(FIELDS, grown);
    // Birth date is hidden for a grown-up: region 1, age 2, situation 3 (not 4).
    expect(numbers.slice(0, 4)).toEqual([1, 2, null, 3]);
    expect(shown(grown)).toEqual(range(shown(grown).length));
    // With nothing answered, the fields that always apply are shown and numbered in order.
    expect(shown({})).toEqual(range(shown({}).length));
    expect(shown({}).length).toBeGreaterThanOrEqual(6);
  });

  it(`the editor: for every kind of answer set of the sweep (${ANSWERS.length}), the numbers shown are 1..n, one per question asked`, () => {
    expect(ANSWERS.length).toBeGreaterThan(200);
    for (const a of ANSWERS) {
      const numbers = shown(a);
      expect(numbers, JSON.stringify(a)).toEqual(range(numbers.length));
      // Every question asked has its field shown, the permit's three sharing one.
      const asked = askedQuestions(a).filter((id) => id !== 'who');
      const permits = asked.filter((id) => PERMIT_IDS.has(id)).length;
      expect(numbers.length, JSON.stringify(a)).toBe(asked.length - Math.max(0, permits - 1));
    }
  });

  it('the editor: for any part of an answer set, the numbers shown are 1..n', () => {
    fc.assert(fc.property(partOfAnswers, (p) => {
      const numbers = shown(p);
      expect(numbers).toEqual(range(numbers.length));
    }), { numRuns: 500 });
  });

  it('the step-by-step check: for every answer set, the questions asked are numbered 1..N, N the total it gives', () => {
    for (const a of ANSWERS) {
      const p = withImplied(a);
      const asked = askedQuestions(p);
      expect(asked.map((id) => questionNumber(id, p)), JSON.stringify(a)).toEqual(range(asked.length));
      expect(estimateTotal(p)).toBe(asked.length);
    }
  });
});
