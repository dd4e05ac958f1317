import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { QUESTION_IDS, answersToSearchParams, nextQuestion } from '@/lib/rules';
import { siteUrl } from '@/lib/site';
import { readWizard } from '@/lib/wizard/read';
import { stepHref } from '@/lib/wizard/steps';
import { outcomeFor } from '@/lib/wizard/outcome';
import { hasReminder } from '@/lib/wizard/reminder';
import { QuestionStep } from '@/components/wizard/QuestionStep';
import { Notices } from '@/components/wizard/Notices';
import { ResultView } from '@/components/wizard/ResultView';

export async function generateMetadata({ params }: PageProps<'/[locale]/check/result'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Check' });
  return { title: t('resultTitle'), description: t('resultMeta'), robots: { index: false } };
}

export default async function ResultPage({ params, searchParams }: PageProps<'/[locale]/check/result'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { answers, dropped } = readWizard(await searchParams);
  const result = outcomeFor(answers);
  if (!result) {
    // An incomplete or tampered link: say what was dropped and ask the first missing question.
    const first = nextQuestion(answers);
    return <QuestionStep locale={locale} id={first === 'summary' ? QUESTION_IDS[0] : first} answers={answers} dropped={dropped} returnToAnswers={false} />;
  }
  const resultUrl = `${siteUrl}${stepHref(locale, 'result', answers)}`;
  const reminderHref = hasReminder(result.outcome) ? `/${locale}/check/reminder?${answersToSearchParams(answers).toString()}` : null;
  return (
    <>
      <Notices locale={locale} dropped={dropped} />
      <ResultView locale={locale} outcome={result.outcome} answers={answers} resultUrl={resultUrl} reminderHref={reminderHref} />
    </>
  );
}
