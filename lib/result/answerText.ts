import { question as questionById, type PartialAnswers, type QuestionId } from '@/lib/rules';
import type { Locale } from '@/lib/i18n/routing';
import { formatIsoDate } from '@/lib/i18n/dates';
import type { Words } from '@/lib/wizard/words';

type CheckT = (key: 'none' | 'yearsValue' | 'monthsValue' | 'ageValue', values?: { n: number }) => string;

/** An answer as the person would say it, for "Check your answers". */
export function answerText(id: QuestionId, answers: Partial<PartialAnswers>, locale: Locale, words: Words, t: CheckT): string {
  const q = questionById(id);
  const value = answers[q.field];
  if (value === undefined) return '';
  if (Array.isArray(value)) {
    return value.length === 0 ? words(`questions.${id}.none`) : value.map((v) => words(`questions.${id}.options.${v}`)).join(locale === 'en' ? ', ' : '、');
  }
  if (q.input === 'date') return formatIsoDate(String(value), locale);
  if (q.input === 'number') {
    const n = Number(value);
    if (q.field === 'age') return t('ageValue', { n });
    if (q.field === 'gapMonths') return t('monthsValue', { n });
    return t('yearsValue', { n });
  }
  return words(`questions.${id}.options.${String(value)}`);
}
