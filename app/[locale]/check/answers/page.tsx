import Link from 'next/link';
import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { shareMetadata } from '@/lib/metadata';
import { askedQuestions, nextQuestion, previousQuestion } from '@/lib/rules';
import { readWizard } from '@/lib/wizard/read';
import { firstMissingHref, stepHref } from '@/lib/wizard/steps';
import { redirect } from 'next/navigation';
import { rulesWords } from '@/lib/wizard/words';
import { Notices } from '@/components/wizard/Notices';
import { answerText } from '@/lib/result/answerText';
import { primaryButton } from '@/components/ui/buttons';
import { todayInShanghai } from '@/lib/wizard/today';

export async function generateMetadata({ params }: PageProps<'/[locale]/check/answers'>) {
  const locale = (await params).locale as Locale;
  const t = translations({ locale, namespace: 'Check' });
  return { title: t('summaryTitle'), description: t('startMeta'), robots: { index: false }, ...shareMetadata({ locale, title: t('summaryTitle'), description: t('startMeta') }) };
}

export default async function AnswersPage({ params, searchParams }: PageProps<'/[locale]/check/answers'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { answers, dropped } = readWizard(await searchParams);
  // Incomplete or tampered link: go to the first question still needing an answer, with the notices.
  if (nextQuestion(answers) !== 'summary') redirect(firstMissingHref(locale, answers, dropped));

  const t = translations({ locale, namespace: 'Check' });
  const asOf = todayInShanghai();
  const words = rulesWords(locale, { asOf });
  const who = answers.who ?? 'self';
  const last = previousQuestion('summary', answers);
  const smallLink = 'inline-flex min-h-12 min-w-12 items-center';
  return (
    <div className="max-w-prose">
      {last && (
        <p className="mb-4">
          <Link href={stepHref(locale, last, answers)} prefetch={false} className={`no-print ${smallLink} text-base`}>
            <span aria-hidden="true">‹&nbsp;</span>{t('back')}
          </Link>
        </p>
      )}
      <Notices locale={locale} dropped={dropped} asOf={asOf} />
      <h1 className="text-3xl">{t('summaryTitle')}</h1>
      <p className="my-4">{t('summaryLead')}</p>
      <dl className="my-6 divide-y divide-gray-300 border-y border-gray-300">
        {askedQuestions(answers).map((id) => {
          const title = words(`questions.${id}.title.${who}`);
          return (
            <div key={id} className="grid gap-1 py-3 sm:grid-cols-[1fr_1fr_auto] sm:items-center sm:gap-4">
              <dt className="font-semibold">{title}</dt>
              <dd>{answerText(id, answers, locale, words, t)}</dd>
              <dd>
                {/* A 48×48 target at least, whatever the language (修改 is two characters). */}
                <Link href={stepHref(locale, id, answers, { ret: true })} prefetch={false} className={`${smallLink} justify-center`}>
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
      <p className="mt-10 border-t border-gray-300 pt-4">
        <Link href={`/${locale}/check`} prefetch={false} className={`no-print ${smallLink} text-base`}>{t('restart')}</Link>
      </p>
    </div>
  );
}
