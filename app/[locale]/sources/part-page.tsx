/**
 * The page of a part of 规则与来源 / Rules and sources (lib/sources-links.ts says which part holds
 * which anchor), made once for every part: its metadata (title with the part's count, then the
 * index's title; the part's description) and the page itself. A route file is three lines:
 *
 *   const page = sourcesPartPage('facts');
 *   export const generateMetadata = page.generateMetadata;
 *   export default page.Page;
 *
 * A document: prerendered, no client component, so it ships without scripts (docs/serving.md).
 * It lives with the pages, not in components/: it reads the day (todayInShanghai), which only the
 * pages do (tests/wizard/clock.test.ts).
 */
import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { SOURCES_PAGES } from '@/lib/sources-links';
import { todayInShanghai } from '@/lib/wizard/today';
import { PartBody, partTitle, type Part } from '@/components/sources/RulesAndSources';

type Props = { params: Promise<{ locale: string }> };

export function sourcesPartPage(part: Part) {
  async function generateMetadata({ params }: Props) {
    const locale = (await params).locale as Locale;
    const t = translations({ locale, namespace: 'SourcesPage' });
    return pageMetadata({ locale, path: SOURCES_PAGES[part], title: `${partTitle(t, part)} · ${t('title')}`, description: t(`metas.${part}`) });
  }
  async function Page({ params }: Props) {
    const locale = (await params).locale as Locale;
    setRequestLocale(locale);
    return <PartBody locale={locale} asOf={todayInShanghai()} part={part} />;
  }
  return { generateMetadata, Page };
}
