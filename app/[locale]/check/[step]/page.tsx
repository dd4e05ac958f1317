import { notFound, redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { QUESTION_IDS, question as questionById, type QuestionId } from '@/lib/rules';
import { asList, questionToShow, readWizard } from '@/lib/wizard/read';
import { afterAnswer, paramFor } from '@/lib/wizard/steps';
import { validateField, type FieldError } from '@/lib/wizard/validate';
import { rulesWords } from '@/lib/wizard/words';
import { QuestionStep } from '@/components/wizard/QuestionStep';

function isQuestionId(s: string): s is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(s);
}

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/check/[step]'>) {
  const { locale, step } = await params;
  if (!isQuestionId(step)) return {};
  const { answers } = readWizard(await searchParams);
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Check' });
  const words = rulesWords(locale as Locale);
  // Each step has its own title; answers never go into titles or descriptions.
  // Only the bare first question may be indexed; pages with answers in their URL never are.
  const bare = Object.keys(answers).length === 0;
  return { title: words(`questions.${step}.title.${answers.who ?? 'self'}`), description: t('startMeta'), robots: { index: bare && step === 'who' } };
}

export default async function QuestionPage({ params, searchParams }: PageProps<'/[locale]/check/[step]'>) {
  const { locale: l, step } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  if (!isQuestionId(step)) notFound();
  const { answers, dropped, submitted, returnToAnswers, answerParams } = readWizard(await searchParams);

  let serverError: FieldError | null = null;
  let submittedValues: string[] | undefined;
  let notices = dropped;
  if (submitted) {
    // No-JS submission: check the answer with the rules' schema, then move on, or show the error.
    const q = questionById(step);
    const name = paramFor(q.field);
    const others = { ...answers };
    delete others[q.field];
    submittedValues = asList(answerParams[name]);
    notices = dropped.filter((d) => d.key !== name);
    const result = validateField(q, submittedValues, others);
    if (result.ok) redirect(afterAnswer(locale, { ...others, [q.field]: result.value }, q.field, returnToAnswers));
    serverError = result.error;
  }

  const shown = serverError ? step : questionToShow(step, answers);
  return (
    <QuestionStep locale={locale} id={shown} answers={answers} dropped={notices} returnToAnswers={returnToAnswers}
      serverError={serverError} submittedValues={shown === step ? submittedValues : undefined} />
  );
}
