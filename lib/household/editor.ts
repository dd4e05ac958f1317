/**
 * The people editor: every question of the check for one or more people on one form. It serves the
 * household editor (/{locale}/household/edit) and the quick entry (/{locale}/check/all).
 *
 * One form, two ways of sending it:
 * - Without JavaScript it is a GET form. Its fields are `people.<i>.<v=1 key>`, plus the label
 *   `people.<i>.l`. The server reads them here (`readEditorRequest`). Then it either answers with the
 *   next page (the household's link, or the result) or shows the form again with every problem.
 * - With JavaScript, react-hook-form keeps the same fields: `people.<i>.<key>` are its field paths.
 *   It checks them with `EditorSchema` through the zod resolver.
 *
 * Both ask `readPersonForm`: the check's own parser, flow and `Answers` schema. So a person is
 * accepted or refused the same way everywhere. Pure: runs in the browser too.
 */
import * as z from 'zod/mini';
import { QUESTIONS, URL_PARAMS, type Answers as AnswersT, type QuestionId } from '@/lib/rules';
import { formValuesOf, readPersonForm, type FormProblem, type PersonForm } from './form';
import { MAX_PEOPLE, type Person } from './link';
import { problemMessage, problemOfMessage, type EditorProblem } from './problems';

export { problemOfMessage, type EditorProblem } from './problems';

/** One person's fields: the v=1 keys and `l` (the label); a checkbox question is a list. */
export type PersonValues = Record<string, unknown>;
export type EditorValues = { people: PersonValues[] };

export const PEOPLE_FIELD = 'people';
/** The v=1 keys whose question is a set of checkboxes (sent as several values). */
export const LIST_KEYS: ReadonlySet<string> = new Set(QUESTIONS.filter((q) => q.input === 'checkbox').map((q) => URL_PARAMS[q.field]));

/** A person's fields as the form's query (`key=value`, a list as repeated keys; blanks left out). */
export function personParams(values: PersonValues): URLSearchParams {
  const out = new URLSearchParams();
  // A form library may hold an unticked checkbox group as `false`, an untouched field as undefined.
  for (const [key, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string' && v !== '') out.append(key, v);
  }
  return out;
}

/** Reads one person's fields: the check's answers and every problem at once (lib/household/form.ts). */
export const readPerson = (values: PersonValues): PersonForm => readPersonForm(personParams(values));

/** The field a problem belongs to (the permit questions share one answer, `p`). */
export const problemKey = (question: QuestionId): string => URL_PARAMS[QUESTIONS.find((q) => q.id === question)!.field];

/** A problem as the page shows it: the same reading as the browser's, from the schema's message. */
export const editorProblem = (p: FormProblem): EditorProblem => problemOfMessage(problemKey(p.question), problemMessage(p));

/**
 * The editor's schema, for react-hook-form's zod resolver: at most MAX_PEOPLE people, and each
 * person's problems (from `readPersonForm`) as issues at `people.<i>.<key>`, with the message
 * `problemMessage` (the kind, and a range's bounds); the words are the page's. The server reads a sent form with
 * `checkPeople`, which asks the same `readPersonForm`.
 */
export const EditorSchema = z.object({
  people: z.array(z.record(z.string(), z.unknown())).check(z.maxLength(MAX_PEOPLE)),
}).check(z.superRefine((value, ctx) => {
  value.people.forEach((person, i) => {
    for (const p of readPerson(person).problems) {
      ctx.addIssue({ code: 'custom', path: [PEOPLE_FIELD, i, problemKey(p.question)], message: problemMessage(p), input: person });
    }
  });
}));

/** The form's values for people already in the household (to change them). */
export function editorValuesOf(people: readonly Person[]): EditorValues {
  return {
    people: people.map((p) => {
      const out: PersonValues = {};
      for (const [k, v] of formValuesOf(p.answers, p.label)) out[k] = LIST_KEYS.has(k) ? v : (v[0] ?? '');
      return out;
    }),
  };
}

export type EditorRequest = {
  /** The people as sent, in order (indexes compacted), at most MAX_PEOPLE. */
  people: PersonValues[];
  /** What the button pressed asked for: add a blank person, remove one, or go on to the answer. */
  action: { kind: 'add' } | { kind: 'remove'; index: number } | { kind: 'go' } | { kind: 'none' };
};

const FIELD = /^people\.(\d{1,2})\.([a-z]{1,3})$/;

/** Splits a GET request of the editor into its people and the button pressed. Unknown keys are ignored. */
export function readEditorRequest(sp: Record<string, string | string[] | undefined>): EditorRequest {
  const byIndex = new Map<number, PersonValues>();
  let action: EditorRequest['action'] = { kind: 'none' };
  for (const [key, raw] of Object.entries(sp)) {
    const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    const m = FIELD.exec(key);
    if (m) {
      const i = Number(m[1]);
      const k = m[2]!;
      if (i >= MAX_PEOPLE) continue;
      const person = byIndex.get(i) ?? {};
      person[k] = LIST_KEYS.has(k) ? values : (values[0] ?? '');
      byIndex.set(i, person);
    } else if (key === 'add' && values.includes('1')) action = { kind: 'add' };
    else if (key === 'remove') {
      const n = /^\d{1,2}$/.test(values[0] ?? '') ? Number(values[0]) : NaN;
      if (Number.isInteger(n)) action = { kind: 'remove', index: n };
    } else if (key === 'go' && action.kind === 'none') action = { kind: 'go' };
  }
  const people = [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, p]) => p);
  if (action.kind === 'remove' && action.index >= people.length) action = { kind: 'none' };
  return { people, action };
}

export type EditorCheck =
  | { ok: true; people: Array<{ label: string | null; answers: AnswersT }> }
  | { ok: false; problems: FormProblem[][] };

/** Every person's answers when all are complete; otherwise each person's problems. */
export function checkPeople(people: readonly PersonValues[]): EditorCheck {
  const read = people.map(readPerson);
  if (read.length > 0 && read.every((r) => r.complete)) return { ok: true, people: read.map((r) => ({ label: r.label, answers: r.complete! })) };
  return { ok: false, problems: read.map((r) => r.problems) };
}

/** Whether a sent editor form comes back with problems (for the page title's "错误：" / "Error: "). */
export function sentWithProblems(sp: Record<string, string | string[] | undefined>, max: number = MAX_PEOPLE): boolean {
  const { people, action } = readEditorRequest(sp);
  if (people.length === 0 || action.kind === 'add' || action.kind === 'remove') return false;
  return !checkPeople(people.slice(0, max)).ok;
}
