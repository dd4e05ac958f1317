import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { Region } from '@/lib/rules';
import { todayInShanghai } from '@/lib/wizard/today';
import { Poster } from '@/components/tools/Poster';

export async function generateMetadata({ params }: PageProps<'/[locale]/poster'>) {
  const locale = (await params).locale as Locale;
  const t = translations({ locale, namespace: 'Poster' });
  return pageMetadata({ locale, path: '/poster', title: t('title'), description: t('meta') });
}

/** The poster for `?r=<region>` (link format v=1's region slugs); no or an unknown region: national rules. */
export default async function PosterPage({ params, searchParams }: PageProps<'/[locale]/poster'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const raw = (await searchParams).r;
  const parsed = Region.safeParse(Array.isArray(raw) ? raw[0] : raw);
  return <Poster locale={locale} region={parsed.success ? parsed.data : 'elsewhere'} asOf={todayInShanghai()} />;
}
