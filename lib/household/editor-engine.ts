/**
 * What the people editor's script needs from the rules library, in one module that the editor
 * loads when someone starts to answer (components/tools/PeopleEditor.tsx): the page's first load
 * carries React and the form only, and the rules (about 65 kB) come after. The server uses the
 * same functions for the page as it is first sent.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { answersToSearchParams, evaluate, isAsked, QUESTIONS, type PartialAnswers, type QuestionId } from '@/lib/rules';
import { EditorSchema, readPerson, type EditorValues, type PersonValues } from './editor';
import { householdToSearchParams } from './link';
import { fill } from './fill';
import { costOf } from './summary';

export { readPerson };

/** The editor's resolver for react-hook-form: the zod resolver over the editor's schema. */
export const resolver = zodResolver(EditorSchema);

export type PreviewWords = {
  schemes: Record<string, string>;
  cost: { unknown: string; none: string; notFixed: string; range: string; single: string; ofYear: string };
};


/** A person's scheme and cost in one line, as the result page would give them; null until their answers are complete. */
export function previewOf(values: PersonValues, asOf: string, words: PreviewWords): string | null {
  const read = readPerson(values);
  if (!read.complete) return null;
  const outcome = evaluate(read.complete, { asOf });
  const first = outcome.options[0];
  if (!first) return null;
  const cost = costOf(outcome);
  const amount = cost.kind === 'known'
    ? (cost.minYuan === cost.maxYuan ? fill(words.cost.single, { amount: cost.minYuan.toLocaleString('en') }) : fill(words.cost.range, { min: cost.minYuan, max: cost.maxYuan }))
    : null;
  const costText = cost.kind === 'known'
    ? (cost.benefitYear !== null ? fill(words.cost.ofYear, { year: cost.benefitYear, amount: amount! }) : amount!)
    : words.cost[cost.kind === 'not-fixed' ? 'notFixed' : cost.kind];
  return `${words.schemes[first.choice.scheme] ?? first.choice.scheme} · ${costText}`;
}

/** Whether a field (answering `ids`) is put to a person with these answers (asked, and not implied). */
export function isShown(ids: readonly QuestionId[], answers: Partial<PartialAnswers>): boolean {
  return ids.some((id) => isAsked(QUESTIONS.find((x) => x.id === id)!, answers));
}

/**
 * The number each field shows once the questions that do not apply are hidden: its place among the
 * fields shown (1, 2, 3…, never 1, 2, 4), null for a hidden one. Without JavaScript every field is
 * shown with its place in the whole list, which the "asked when question n…" notes refer to.
 */
export function shownNumbers(fields: ReadonlyArray<readonly QuestionId[]>, answers: Partial<PartialAnswers>): Array<number | null> {
  let n = 0;
  return fields.map((ids) => (isShown(ids, answers) ? ++n : null));
}

const withCarry = (params: URLSearchParams, carry: ReadonlyArray<[string, string]>) => {
  for (const [k, v] of carry) params.append(k, v);
  return params.toString();
};

/** Where complete answers lead: the household's link, or the single person's result (with the pairs quick entry carries). */
export function targetUrl(mode: 'household' | 'single', locale: string, values: EditorValues, carry: ReadonlyArray<[string, string]> = []): string {
  const read = values.people.map(readPerson);
  return mode === 'household'
    ? `/${locale}/household?${householdToSearchParams(read.map((r) => ({ label: r.label, answers: r.complete! }))).toString()}`
    : `/${locale}/check/result?${withCarry(answersToSearchParams(read[0]!.complete!), carry)}`;
}
