import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { shareMetadata } from '@/lib/metadata';
import { answersToSearchParams } from '@/lib/rules';
import { siteUrl } from '@/lib/site';
import { readWizard } from '@/lib/wizard/read';
import { firstMissingHref, stepHref } from '@/lib/wizard/steps';
import { redirect } from 'next/navigation';
import { outcomeFor } from '@/lib/wizard/outcome';
import { Notices } from '@/components/wizard/Notices';
import { ResultView } from '@/components/wizard/ResultView';
import { todayInShanghai } from '@/lib/wizard/today';
import { counterLinks, splitFamily } from '@/lib/household/counter';
import { NextPerson } from '@/components/tools/NextPerson';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/check/result'>) {
  const locale = (await params).locale as Locale;
  const t = translations({ locale, namespace: 'Check' });
  // The title in the voice of the page (Their result / Your result), as the heading.
  const who = readWizard(splitFamily(await searchParams).rest).answers.who ?? 'self';
  // The preview of a shared link says what the page is and nothing of the answers (no age, group or
  // place: the link may travel further than the person meant), and does not repeat the link.
  return { title: t('resultTitle', { who }), description: t('resultMeta'), robots: { index: false }, ...shareMetadata({ locale, title: t('share.title'), description: t('resultMeta') }) };
}

export default async function ResultPage({ params, searchParams }: PageProps<'/[locale]/check/result'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  // The family done so far at a counter (hv=1&m=…) rides along; the check reads the rest (lib/household/counter.ts).
  const { family, rest } = splitFamily(await searchParams);
  const { answers, dropped } = readWizard(rest);
  // The one clock read of the page: the outcome and its words are for this date.
  const asOf = todayInShanghai();
  const result = outcomeFor(answers, asOf);
  // With a family riding along (a counter), the links back into the check keep it: quick entry.
  const counter = counterLinks(locale, answers, family);
  // Incomplete or tampered link: go to the first question still needing an answer, with the notices
  // (at a counter: quick entry with what there is and the family kept).
  if (!result) redirect(counter ? counter.change : firstMissingHref(locale, answers, dropped));
  const resultUrl = `${siteUrl}${stepHref(locale, 'result', answers)}`;
  // The calendar link only when the rules give a reminder (a sourced date, well before it).
  const reminderHref = result.outcome.reminder !== null ? `/${locale}/check/reminder?${answersToSearchParams(answers).toString()}` : null;
  return (
    <>
      <Notices locale={locale} dropped={dropped} asOf={asOf} />
      <ResultView locale={locale} outcome={result.outcome} answers={answers} resultUrl={resultUrl} reminderHref={reminderHref} counter={counter} />
      <NextPerson locale={locale} answers={answers} family={family} asOf={asOf} />
    </>
  );
}
