/**
 * Checks one submitted answer against the rules' own schema (answerFields + the cross-field
 * CONSTRAINTS). The server (no-JS submissions) and the client form (react-hook-form's zod
 * resolver) both call this, so the two can never disagree.
 */
// Module by module, not through '@/lib/rules' (see steps.ts): this file runs in the browser too.
import { answerFields, conflicts, type IssueId, type PartialAnswers } from '@/lib/rules/answers';
import { optionsFor, type Question } from '@/lib/rules/flow';
import { SPECIAL_GROUPS } from '@/lib/rules/vocab';

export const NONE = 'none';
export type FieldError = 'required' | 'number' | 'date' | 'none-exclusive' | IssueId;
export type FieldResult = { ok: true; value: unknown } | { ok: false; error: FieldError };

export function validateField(q: Question, raw: readonly string[], answers: Partial<PartialAnswers>): FieldResult {
  const values = raw.map((v) => v.trim()).filter((v) => v !== '');
  let value: unknown;
  if (q.input === 'checkbox') {
    if (values.length === 0) return { ok: false, error: 'required' };
    if (values.includes(NONE) && values.length > 1) return { ok: false, error: 'none-exclusive' };
    const groups = values.filter((v) => v !== NONE);
    if (!groups.every((g) => (SPECIAL_GROUPS as readonly string[]).includes(g))) return { ok: false, error: 'required' };
    const parsed = answerFields.groups.safeParse([...new Set(groups)]);
    if (!parsed.success) return { ok: false, error: 'required' };
    value = parsed.data;
  } else {
    const first = values[0];
    if (first === undefined) return { ok: false, error: 'required' };
    if (q.input === 'number') {
      if (!/^\d{1,6}$/.test(first)) return { ok: false, error: 'number' };
      const parsed = answerFields[q.field].safeParse(Number(first));
      if (!parsed.success) return { ok: false, error: 'number' };
      value = parsed.data;
    } else if (q.input === 'date') {
      const parsed = answerFields.birthDate.safeParse(first);
      if (!parsed.success) return { ok: false, error: 'date' };
      value = parsed.data;
    } else {
      if (!optionsFor(q, answers).includes(first)) return { ok: false, error: 'required' };
      const parsed = answerFields[q.field].safeParse(first);
      if (!parsed.success) return { ok: false, error: 'required' };
      value = parsed.data;
    }
  }
  const conflict = conflicts({ ...answers, [q.field]: value }).find((c) => c.path === q.field);
  if (conflict) return { ok: false, error: conflict.message };
  return { ok: true, value };
}
