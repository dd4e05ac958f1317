import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { todayInShanghai } from '@/lib/wizard/today';
import { PaperCheck } from '@/components/tools/PaperCheck';

export async function generateMetadata({ params }: PageProps<'/[locale]/check/paper'>) {
  const locale = (await params).locale as Locale;
  const t = translations({ locale, namespace: 'Paper' });
  return pageMetadata({ locale, path: '/check/paper', title: t('title'), description: t('meta') });
}

/**
 * The paper check: prerendered (it depends on no answer), so the post-build step serves it as a
 * document without script. Its outcome table is worked out as of the day of the build.
 */
export default async function PaperCheckPage({ params }: PageProps<'/[locale]/check/paper'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <PaperCheck locale={locale} asOf={todayInShanghai()} />;
}
