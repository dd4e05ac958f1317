/**
 * Checks one submitted answer against the rules' own schema (answerFields + the cross-field
 * CONSTRAINTS). The check's only validation: the pages are documents, each question a
 * <form method="get" novalidate> that the server checks (app/[locale]/check/[step]/page.tsx).
 */
import { answerFields, conflicts, type IssueId, type PartialAnswers, optionsFor, type Question, SPECIAL_GROUPS } from '@/lib/rules';

export const NONE = 'none';
export type FieldError = 'required' | 'number' | 'digits' | 'date' | 'none-exclusive' | IssueId;

/**
 * A number as typed, made plain: full-width digits (３５, as Chinese input methods type them) become
 * ASCII digits, and every space goes (ASCII, full-width 　, no-break).
 */
export function plainNumber(typed: string): string {
  return typed.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30)).replace(/[\s\u3000\u00a0]/g, '');
}

/** Chinese numerals (七十, 三十五, 两): the person gets a message asking for digits. */
export const CHINESE_NUMERALS = /[〇零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰]/;
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
      const digits = plainNumber(first);
      if (!/^\d{1,6}$/.test(digits)) return { ok: false, error: CHINESE_NUMERALS.test(digits) ? 'digits' : 'number' };
      const parsed = answerFields[q.field].safeParse(Number(digits));
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
