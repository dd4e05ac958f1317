/**
 * The people editor's fields (components/tools/PeopleEditor.tsx): which of the check's questions it
 * asks, by their v=1 key. Every question but "who" (the editor asks about each person directly), and
 * one field for the three permit questions, which share one answer (p). Its form's field names are
 * `people.<i>.<key>`, plus the label `people.<i>.l` in the household editor.
 *
 * On its own, light (the flow and the link keys only), because the query limits of the proxy
 * (lib/security/limits.ts) are worked out from it.
 */
import { QUESTIONS, type Question, type QuestionId, URL_PARAMS } from '@/lib/rules';

/** The permit questions share one answer (p): one field, asked in each of their cases. */
export const PERMIT_IDS: ReadonlySet<QuestionId> = new Set<QuestionId>(['residence-permit', 'hmt-permit', 'foreign-permanent-residence']);

/** The questions the editor has a field for, in the check's order (the permit field as residence-permit). */
export const EDITOR_QUESTIONS: readonly Question[] = QUESTIONS.filter((q) => q.id !== 'who' && (!PERMIT_IDS.has(q.id) || q.id === 'residence-permit'));

/** A checkbox question's extra box, "none of these", sent as this value. */
export const NONE_VALUE = 'none';

export type EditorField = { key: string; input: Question['input']; values: readonly string[] };

/** Each field's v=1 key, its kind, and the values its options send (a checkbox question: each box, and "none"). */
export const EDITOR_FIELDS: readonly EditorField[] = EDITOR_QUESTIONS.map((q) => ({
  key: URL_PARAMS[q.field],
  input: q.input,
  values: q.input === 'checkbox' ? [...q.options, NONE_VALUE] : q.options,
}));

/** The label's field key (household editor only). */
export const LABEL_KEY = 'l';

/** A field's name in the form. */
export const editorFieldName = (person: number, key: string) => `people.${person}.${key}`;
