import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { nextQuestion, relevantQuestions } from '@/lib/rules';
import { readWizard } from '@/lib/wizard/read';
import { firstMissingHref, stepHref } from '@/lib/wizard/steps';
import { redirect } from 'next/navigation';
import { rulesWords } from '@/lib/wizard/words';
import { Notices } from '@/components/wizard/Notices';
import { answerText } from '@/components/wizard/answerText';
import { primaryButton } from '@/components/ui/buttons';

export async function generateMetadata({ params }: PageProps<'/[locale]/check/answers'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Check' });
  return { title: t('summaryTitle'), description: t('startMeta'), robots: { index: false } };
}

export default async function AnswersPage({ params, searchParams }: PageProps<'/[locale]/check/answers'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { answers, dropped } = readWizard(await searchParams);
  // Incomplete or tampered link: go to the first question still needing an answer, with the notices.
  if (nextQuestion(answers) !== 'summary') redirect(firstMissingHref(locale, answers, dropped));

  const t = await getTranslations({ locale, namespace: 'Check' });
  const words = rulesWords(locale);
  const who = answers.who ?? 'self';
  return (
    <div className="max-w-prose">
      <Notices locale={locale} dropped={dropped} />
      <h1 className="text-3xl">{t('summaryTitle')}</h1>
      <p className="my-4">{t('summaryLead')}</p>
      <dl className="my-6 divide-y divide-gray-300 border-y border-gray-300">
        {relevantQuestions(answers).map((id) => {
          const title = words(`questions.${id}.title.${who}`);
          return (
            <div key={id} className="grid gap-1 py-4 sm:grid-cols-[1fr_1fr_auto] sm:gap-4">
              <dt className="font-semibold">{title}</dt>
              <dd>{answerText(id, answers, locale, words, t)}</dd>
              <dd>
                <Link href={stepHref(locale, id, answers, { ret: true })} prefetch={false} className="inline-flex min-h-11 items-center">
                  {t('change')}<span className="sr-only">{t('changeLabel', { question: title })}</span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
      <Link href={stepHref(locale, 'result', answers)} prefetch={false}
        className={primaryButton}>
        {t('seeResult')}
      </Link>
    </div>
  );
}
