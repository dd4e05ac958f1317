import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { parseHousehold } from '@/lib/household/link';
import { todayInShanghai } from '@/lib/wizard/today';
import { Household } from '@/components/tools/Household';

export async function generateMetadata({ params }: PageProps<'/[locale]/household'>) {
  const locale = (await params).locale as Locale;
  const t = translations({ locale, namespace: 'Household' });
  // The answers are in the link: a household list is never indexed.
  return { ...pageMetadata({ locale, path: '/household', title: t('title'), description: t('meta') }), robots: { index: false, follow: false } };
}

/**
 * The household list: the household is the link (hv=1, lib/household/link.ts); nothing is stored.
 * Adding or changing people is the editor's work (/{locale}/household/edit), which comes back here.
 */
export default async function HouseholdPage({ params, searchParams }: PageProps<'/[locale]/household'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const parsed = parseHousehold(await searchParams);
  return <Household locale={locale} parsed={parsed} asOf={todayInShanghai()} />;
}
