/**
 * The paper check (`/{locale}/check/paper`), generated from the flow and the rules so it cannot
 * drift from the check:
 * - the questions in the check's order, each with its options, and when it is asked — found by
 *   asking each question's own `isRelevant` about earlier answers (no second copy of the routing);
 * - the main outcomes: the scheme each common situation leads to, by the rules' own `evaluate`.
 * Pure: no clock; `asOf` like the rules.
 */
import { QUESTIONS, evaluate, type Answers, type Choice, type PartialAnswers, type Question, type QuestionId, type Situation } from '@/lib/rules';

/** One condition: the earlier question, and the answers to it under which this one is asked. */
export type Condition = { question: QuestionId; values: string[] };
export type PaperQuestion = { id: QuestionId; number: number; input: Question['input']; options: readonly string[]; askedWhen: Condition[] };

/** Values tried for number questions when looking for conditions (age 0 = a baby). */
const NUMBER_PROBES = [0, 10, 30, 70];

function probes(q: Question): string[] {
  if (q.input === 'number') return NUMBER_PROBES.map(String);
  return [...q.options];
}

function withValue(base: Partial<PartialAnswers>, q: Question, value: string): Partial<PartialAnswers> {
  const v = q.input === 'number' ? Number(value) : q.input === 'checkbox' ? [value] : value;
  return { ...base, [q.field]: v };
}

/**
 * When `q` is asked: the fewest conditions on earlier questions that make `isRelevant` true, each
 * narrowed to the answers that keep it true (e.g. "residence permit": hukou elsewhere on the
 * mainland, and not an employee, pupil or university student). Empty = always asked.
 */
export function askedWhen(q: Question): Condition[] {
  const earlier = QUESTIONS.slice(0, QUESTIONS.indexOf(q)).filter((e) => e.input !== 'date' && e.field !== 'who');
  let base: Partial<PartialAnswers> = {};
  const conditions: Condition[] = [];
  if (!q.isRelevant(base)) {
    // The first earlier question that can switch it on.
    for (const e of earlier) {
      const on = probes(e).filter((v) => q.isRelevant(withValue(base, e, v)));
      if (on.length > 0) {
        conditions.push({ question: e.id, values: on });
        base = withValue(base, e, on[0] as string);
        break;
      }
    }
    if (conditions.length === 0) return [];
  }
  // Any other earlier question that can switch it off again narrows it.
  for (const e of earlier) {
    if (conditions.some((c) => c.question === e.id)) continue;
    const all = probes(e);
    const on = all.filter((v) => q.isRelevant(withValue(base, e, v)));
    if (on.length > 0 && on.length < all.length) conditions.push({ question: e.id, values: on });
  }
  return conditions;
}

export function paperQuestions(): PaperQuestion[] {
  return QUESTIONS.filter((q) => q.id !== 'who').map((q, i) => ({ id: q.id, number: i + 1, input: q.input, options: q.options, askedWhen: askedWhen(q) }));
}

/** A typical age for each situation (inside the schema's SITUATION_AGE range). */
const TYPICAL_AGE: Record<Situation, number> = { employee: 35, flexible: 35, 'not-working': 35, pupil: 10, university: 20, preschool: 3, retired: 65 };
export const PAPER_HUKOUS = ['local', 'other-mainland'] as const;

export type OutcomeRow = { situation: Situation; cells: Array<{ hukou: (typeof PAPER_HUKOUS)[number]; primary: Choice; alternatives: Choice[] }> };

/**
 * The main outcomes for a place we do not cover ('elsewhere': national rules), for someone with no
 * cover yet and no special group: by situation, with local hukou and with hukou elsewhere on the
 * mainland (holding a residence permit where that is asked).
 */
export function outcomeTable(asOf: string): OutcomeRow[] {
  return (Object.keys(TYPICAL_AGE) as Situation[]).map((situation) => ({
    situation,
    cells: PAPER_HUKOUS.map((hukou) => {
      const a: Answers = { who: 'self', region: 'elsewhere', age: TYPICAL_AGE[situation], situation, hukou, groups: [], coverage: 'none' };
      if (situation === 'retired') a.retireeYears = 25;
      if (hukou === 'other-mainland' && !['employee', 'pupil', 'university'].includes(situation)) a.permit = 'yes';
      const o = evaluate(a, { asOf });
      return { hukou, primary: o.primary, alternatives: o.alternatives };
    }),
  }));
}
