import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { FactList } from '@/components/sources/RulesAndSources';
import { SOURCES_PAGES } from '@/lib/sources-links';
import { rulesDocument } from '@/lib/api/rules';
import { todayInShanghai } from '@/lib/wizard/today';

export async function generateMetadata({ params }: PageProps<'/[locale]/sources/facts'>) {
  const locale = (await params).locale as Locale;
  const t = translations({ locale, namespace: 'SourcesPage' });
  const { counts } = rulesDocument();
  const title = t('factsTitle', { count: counts.facts });
  return pageMetadata({ locale, path: SOURCES_PAGES.facts, title: `${title} · ${t('title')}`, description: t('metas.facts') });
}

/**
 * A part of 规则与来源 / Rules and sources (lib/sources-links.ts says which anchors it holds). A
 * document: prerendered, no client component, so it ships without scripts (scripts/postbuild/document-only.mjs).
 */
export default async function FactsPage({ params }: PageProps<'/[locale]/sources/facts'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <FactList locale={locale} asOf={todayInShanghai()} />;
}
