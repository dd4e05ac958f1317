/**
 * The one place that knows which of the sources pages holds which anchor. "Rules and sources" is an
 * index (/{locale}/sources) and three parts, each its own document (one page of everything was too
 * heavy for a phone: Lighthouse 95, docs/benchmark.md):
 *
 *   /{locale}/sources/registry    source-<id> (one per registry entry), kind-<kind> (one per group)
 *   /{locale}/sources/parameters  param-<id> (one per rule parameter)
 *   /{locale}/sources/facts       fact-<id> (one per fact record)
 *
 * Every link to an entry (the parts themselves, the changes page, the Atom feed) is made by
 * `rulesHref`; tests/api/sources-links.test.tsx renders the pages and checks that each such link
 * names an element on the page it points to.
 */
import type { Locale } from '@/lib/i18n/routing';

/** The index and its parts, as paths after the locale. */
export const SOURCES_PAGES = {
  index: '/sources',
  registry: '/sources/registry',
  parameters: '/sources/parameters',
  facts: '/sources/facts',
} as const;

export type SourcesPart = keyof typeof SOURCES_PAGES;
/** The parts, in the order the index lists them. */
export const SOURCES_PARTS = ['registry', 'parameters', 'facts'] as const satisfies readonly SourcesPart[];

/** What a link can point to on the sources pages. */
export type RulesTarget = { source: string } | { kind: string } | { parameter: string } | { fact: string };

const WHERE = {
  source: { page: 'registry', prefix: 'source-' },
  kind: { page: 'registry', prefix: 'kind-' },
  parameter: { page: 'parameters', prefix: 'param-' },
  fact: { page: 'facts', prefix: 'fact-' },
} as const satisfies Record<string, { page: SourcesPart; prefix: string }>;

function where(target: RulesTarget): { page: SourcesPart; id: string } {
  const [kind, id] = Object.entries(target)[0] as [keyof typeof WHERE, string];
  return { page: WHERE[kind].page, id: `${WHERE[kind].prefix}${id}` };
}

/** The element id of a target (on the page `pageOf` names). */
export const anchorOf = (target: RulesTarget): string => where(target).id;

/** The part that holds a target. */
export const pageOf = (target: RulesTarget): SourcesPart => where(target).page;

/** The path of a sources page in `locale` (no origin). */
export const sourcesPath = (locale: Locale, page: SourcesPart): string => `/${locale}${SOURCES_PAGES[page]}`;

/**
 * The link to a target: `#<anchor>` when `from` is the page that holds it, else the page's path
 * (after `site`, an origin, when given: the feed's links are absolute) and the anchor.
 */
export function rulesHref(locale: Locale, target: RulesTarget, { from, site = '' }: { from?: SourcesPart; site?: string } = {}): string {
  const { page, id } = where(target);
  return page === from ? `#${id}` : `${site}${sourcesPath(locale, page)}#${id}`;
}
