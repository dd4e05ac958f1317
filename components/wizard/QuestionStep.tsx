import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import {
  CONSTRAINTS, answersToSearchParams, optionsFor, previousQuestion, question as questionById, questionNumber, estimateTotal,
  type Dropped, type PartialAnswers, type QuestionId,
} from '@/lib/rules';
import type { Locale } from '@/lib/i18n/routing';
import { rulesWords } from '@/lib/wizard/words';
import { stepHref, stepPath } from '@/lib/wizard/steps';
import type { FieldError } from '@/lib/wizard/validate';
import { Notices } from './Notices';
import { QuestionForm } from './QuestionForm';

type Props = {
  locale: Locale;
  id: QuestionId;
  answers: Partial<PartialAnswers>;
  dropped: Dropped[];
  returnToAnswers: boolean;
  serverError?: FieldError | null;
  /** The raw values just submitted (to show them again next to an error). */
  submittedValues?: string[];
};

/** One question page: notices, progress, back link and the form. */
export async function QuestionStep({ locale, id, answers, dropped, returnToAnswers, serverError = null, submittedValues }: Props) {
  const t = await getTranslations({ locale, namespace: 'Check' });
  const words = rulesWords(locale);
  const q = questionById(id);
  const who = answers.who ?? 'self';
  const others: Partial<PartialAnswers> = { ...answers };
  delete others[q.field];
  const hidden = [...answersToSearchParams(others).entries()];
  if (returnToAnswers) hidden.push(['ret', 'answers']);

  const current = answers[q.field];
  const defaultValue = submittedValues ?? (current === undefined ? [] : Array.isArray(current) ? (current.length ? current.map(String) : ['none']) : [String(current)]);
  const prev = previousQuestion(id, answers);
  const backHref = returnToAnswers ? stepHref(locale, 'answers', answers) : prev ? stepHref(locale, prev, answers) : `/${locale}/check`;
  const hintKey = `questions.${id}.hint`;
  const errors: Record<string, string> = {
    required: t('errors.required'),
    number: t('errors.number', { min: q.min ?? 0, max: q.max ?? 0 }),
    date: t('errors.date'),
    'none-exclusive': t('errors.noneExclusive'),
  };
  // The cross-field rules that can reject this question's answer (the ids validateField returns).
  for (const c of CONSTRAINTS) if (c.path === q.field) errors[c.message] = words(`issues.${c.message}`);

  return (
    <div className="max-w-prose">
      <Link href={backHref} prefetch={false} className="no-print mb-4 inline-flex min-h-11 items-center text-base">
        <span aria-hidden="true">‹&nbsp;</span>{returnToAnswers ? t('backToSummary') : t('back')}
      </Link>
      <Notices locale={locale} dropped={dropped} />
      <p className="mb-2 text-base text-ink-muted">{t('progress', { current: questionNumber(id, answers), total: estimateTotal(answers) })}</p>
      <QuestionForm
        locale={locale}
        questionId={id}
        action={stepPath(locale, id)}
        answers={others}
        returnToAnswers={returnToAnswers}
        hidden={hidden}
        title={words(`questions.${id}.title.${who}`)}
        hint={words.has(hintKey) && words(hintKey).trim() ? words(hintKey) : null}
        options={optionsFor(q, others).map((o) => ({ value: o, label: words(`questions.${id}.options.${o}`) }))}
        noneLabel={q.input === 'checkbox' ? words(`questions.${id}.none`) : null}
        defaultValue={defaultValue}
        serverError={serverError}
        texts={{ continue: t('continue'), errorSummaryTitle: t('errorSummaryTitle'), errors }}
      />
    </div>
  );
}
