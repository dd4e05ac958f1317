/**
 * The page of a part of 规则与来源 / Rules and sources (lib/sources-links.ts says which part holds
 * which anchor), made once for every part: its metadata (title with the part's count, then the
 * index's title; the part's description) and the page itself. A route file is three lines:
 *
 *   const page = sourcesPartPage('facts');
 *   export const generateMetadata = page.generateMetadata;
 *   export default page.Page;
 *
 * A group's page of a split part (registry/[group], places/[group]: lib/sources-links.ts) adds its
 * groups, and no other group is a page:
 *
 *   export const generateStaticParams = page.generateStaticParams;
 *   export const dynamicParams = false;
 *
 * A document: prerendered, no client component, so it ships without scripts (docs/serving.md).
 * It lives with the pages, not in components/: it reads the day (todayInShanghai), which only the
 * pages do (tests/wizard/clock.test.ts).
 */
import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { GROUPS, pagePath, type SourcesPage, type SplitPart } from '@/lib/sources-links';
import { todayInShanghai } from '@/lib/wizard/today';
import { PartBody, partTitle, type Part } from '@/components/sources/RulesAndSources';

type Props = { params: Promise<{ locale: string; group?: string }> };

/** The page a route shows: the part's own, or the group's the route's [group] names. */
const pageOf = (part: Part, group: string | undefined): Exclude<SourcesPage, 'index'> => (group === undefined ? part : `${part as SplitPart}/${group}`);

export function sourcesPartPage(part: Part) {
  async function generateMetadata({ params }: Props) {
    const { locale: l, group } = await params;
    const locale = l as Locale;
    const t = translations({ locale, namespace: 'SourcesPage' });
    const page = pageOf(part, group);
    return pageMetadata({ locale, path: pagePath(page), title: `${partTitle(t, page, locale)} · ${t('title')}`, description: t(`metas.${part}`) });
  }
  async function Page({ params }: Props) {
    const { locale: l, group } = await params;
    const locale = l as Locale;
    setRequestLocale(locale);
    return <PartBody locale={locale} asOf={todayInShanghai()} page={pageOf(part, group)} />;
  }
  const generateStaticParams = () => (GROUPS[part as SplitPart] ?? []).map((group) => ({ group }));
  return { generateMetadata, Page, generateStaticParams };
}
