import Link from 'next/link';
import { translations, type Translator } from '@/lib/i18n/translations';
import {
  CONSTRAINTS, answersToSearchParams, boundsFor, optionsFor, previousQuestion, question as questionById, questionNumber, estimateTotal,
  type Dropped, type PartialAnswers, type QuestionId,
} from '@/lib/rules';
import type { Locale } from '@/lib/i18n/routing';
import { rulesWords } from '@/lib/wizard/words';
import { stepHref, stepPath } from '@/lib/wizard/steps';
import type { FieldError } from '@/lib/wizard/validate';
import { Notices } from './Notices';
import { QuestionForm } from './QuestionForm';

type Props = {
  /** The page's today in China: the date the questions' words (benefit years, figures) are for. */
  asOf: string;
  locale: Locale;
  id: QuestionId;
  answers: Partial<PartialAnswers>;
  dropped: Dropped[];
  returnToAnswers: boolean;
  error: FieldError | null;
  /** What to show as chosen or typed. */
  values: string[];
};

type CheckT = Translator<'Check'>;

/** The message for a question's error: its own words for a missing or out-of-range answer. */
export function errorMessage(t: CheckT, words: ReturnType<typeof rulesWords>, id: QuestionId, error: FieldError, answers: Partial<PartialAnswers>): string {
  const q = questionById(id);
  switch (error) {
    case 'required':
      return t(`questionErrors.${id}.required`);
    case 'number': {
      const { min, max } = boundsFor(q, answers);
      return id === 'age' || id === 'retiree-years' || id === 'employee-gap' || id === 'resident-lapse' ? t(`questionErrors.${id}.number`, { min, max }) : t(`questionErrors.${id}.required`);
    }
    case 'digits':
      return t('errors.digits');
    case 'date':
      return t('errors.date');
    case 'none-exclusive':
      return t('errors.noneExclusive');
    default:
      // The cross-field rules that can reject this answer (the ids validateField returns).
      return CONSTRAINTS.some((c) => c.message === error) ? words(`issues.${error}`) : t(`questionErrors.${id}.required`);
  }
}

/** One question page: back link, notices, progress, the form, and a way to start again. */
export async function QuestionStep({ locale, asOf, id, answers, dropped, returnToAnswers, error, values }: Props) {
  const t = translations({ locale, namespace: 'Check' });
  const words = rulesWords(locale, { asOf });
  const q = questionById(id);
  const who = answers.who ?? 'self';
  const others: Partial<PartialAnswers> = { ...answers };
  delete others[q.field];
  const hidden = [...answersToSearchParams(others).entries()];
  if (returnToAnswers) hidden.push(['ret', 'answers']);

  const prev = previousQuestion(id, answers);
  const backHref = returnToAnswers ? stepHref(locale, 'answers', answers) : prev ? stepHref(locale, prev, answers) : `/${locale}/check`;
  const hintKey = `questions.${id}.hint`;
  const smallLink = 'no-print inline-flex min-h-12 min-w-12 items-center text-base';

  return (
    <div className="max-w-prose">
      <p className="mb-4">
        <Link href={backHref} prefetch={false} className={smallLink}>
          <span aria-hidden="true">‹&nbsp;</span>{returnToAnswers ? t('backToSummary') : t('back')}
        </Link>
      </p>
      <Notices locale={locale} dropped={dropped} asOf={asOf} />
      <p className="mb-2 text-base text-ink-muted">{t('progress', { current: questionNumber(id, answers), total: estimateTotal(answers) })}</p>
      <QuestionForm
        questionId={id}
        action={stepPath(locale, id)}
        hidden={hidden}
        title={words(`questions.${id}.title.${who}`)}
        hint={words.has(hintKey) && words(hintKey).trim() ? words(hintKey) : null}
        options={optionsFor(q, others).map((o) => ({ value: o, label: words(`questions.${id}.options.${o}`) }))}
        noneLabel={q.input === 'checkbox' ? words(`questions.${id}.none`) : null}
        values={values}
        error={error ? errorMessage(t, words, id, error, others) : null}
        texts={{ continue: t('continue'), errorSummaryTitle: t('errorSummaryTitle'), errorPrefix: t('errorPrefix') }}
      />
      <p className="mt-10 border-t border-gray-300 pt-4">
        <Link href={`/${locale}/check`} prefetch={false} className={smallLink}>{t('restart')}</Link>
      </p>
    </div>
  );
}
