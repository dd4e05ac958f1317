import { notFound, redirect } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { shareMetadata } from '@/lib/metadata';
import { QUESTION_IDS, type QuestionId } from '@/lib/rules';
import { questionPage } from '@/lib/wizard/question-page';
import { rulesWords } from '@/lib/wizard/words';
import { QuestionStep } from '@/components/wizard/QuestionStep';
import { todayInShanghai } from '@/lib/wizard/today';

function isQuestionId(s: string): s is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(s);
}

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/check/[step]'>) {
  const { locale, step } = await params;
  if (!isQuestionId(step)) return {};
  const page = questionPage(locale, step, await searchParams);
  if (page.kind === 'redirect') return {};
  const t = translations({ locale: locale as Locale, namespace: 'Check' });
  const words = rulesWords(locale as Locale, { asOf: todayInShanghai() });
  // Each step has its own title, "错误：" / "Error: " first when the answer sent has an error;
  // answers never go into titles or descriptions. Only the bare first question may be indexed.
  const title = `${page.error ? t('errorPrefix') : ''}${words(`questions.${page.id}.title.${page.answers.who ?? 'self'}`)}`;
  const bare = Object.keys(page.answers).length === 0;
  return { title, description: t('startMeta'), robots: { index: bare && step === 'who' }, ...shareMetadata({ locale: locale as Locale, title, description: t('startMeta') }) };
}

export default async function QuestionPage({ params, searchParams }: PageProps<'/[locale]/check/[step]'>) {
  const { locale: l, step } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  if (!isQuestionId(step)) notFound();
  const page = questionPage(locale, step, await searchParams);
  if (page.kind === 'redirect') redirect(page.href);
  return (
    <QuestionStep locale={locale} asOf={todayInShanghai()} id={page.id} answers={page.answers} dropped={page.notices} returnToAnswers={page.returnToAnswers}
      error={page.error} values={page.values} />
  );
}
