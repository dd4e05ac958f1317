import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { RulesAndSources } from '@/components/sources/RulesAndSources';
import { FEED_PATH } from '@/lib/api/changes';
import { todayInShanghai } from '@/lib/wizard/today';

export async function generateMetadata({ params }: PageProps<'/[locale]/sources'>) {
  const locale = (await params).locale as Locale;
  const t = translations({ locale, namespace: 'SourcesPage' });
  const meta = pageMetadata({ locale, path: '/sources', title: t('title'), description: t('meta') });
  // The changelog's Atom feed, for feed readers that look for it here.
  return { ...meta, alternates: { ...meta.alternates, types: { 'application/atom+xml': [{ url: `/${locale}${FEED_PATH}`, title: t('changesFeed') }] } } };
}

/**
 * 规则与来源 / Rules and sources: every source with what it backs, every parameter with its dated
 * values (newest first) and every fact record, generated from the rules library's data. A document:
 * prerendered, no client component, so it ships without scripts (scripts/postbuild/strip-prerendered.mjs).
 */
export default async function SourcesPage({ params }: PageProps<'/[locale]/sources'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <RulesAndSources locale={locale} asOf={todayInShanghai()} />;
}
