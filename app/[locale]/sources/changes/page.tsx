import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { CHANGES_PATH, FEED_PATH } from '@/lib/api/changes';
import { RulesChanges } from '@/components/sources/RulesChanges';

export async function generateMetadata({ params }: PageProps<'/[locale]/sources/changes'>) {
  const locale = (await params).locale as Locale;
  const t = translations({ locale, namespace: 'SourcesChanges' });
  const meta = pageMetadata({ locale, path: CHANGES_PATH, title: t('title'), description: t('meta') });
  // <link rel="alternate" type="application/atom+xml">: feed readers find the feed from the page.
  return { ...meta, alternates: { ...meta.alternates, types: { 'application/atom+xml': [{ url: `/${locale}${FEED_PATH}`, title: t('feed') }] } } };
}

/**
 * 规则变更记录 / What changed in the rules: the changelog of the rules data, newest first, apart from
 * the sources page (which is long already and shows only the latest few). A document: prerendered,
 * no client component, so it ships without scripts (scripts/postbuild/strip-prerendered.mjs).
 */
export default async function ChangesPage({ params }: PageProps<'/[locale]/sources/changes'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <RulesChanges locale={locale} />;
}
