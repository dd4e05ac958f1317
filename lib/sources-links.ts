/**
 * The one place that knows which of the sources pages holds which anchor. "Rules and sources" is an
 * index (/{locale}/sources) and four parts, each its own document (one page of everything was too
 * heavy for a phone: Lighthouse 95; one page of all the parameters still was: docs/benchmark.md):
 *
 *   /{locale}/sources/registry    source-<id> (one per registry entry), kind-<kind> (one per group)
 *   /{locale}/sources/parameters  param-national.<id> (one per national rule parameter)
 *   /{locale}/sources/places      param-<place>.<id> (one per rule parameter of a place)
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
  places: '/sources/places',
  facts: '/sources/facts',
} as const;

export type SourcesPart = keyof typeof SOURCES_PAGES;
/** The parts, in the order the index lists them. */
export const SOURCES_PARTS = ['registry', 'parameters', 'places', 'facts'] as const satisfies readonly SourcesPart[];

/** What a link can point to on the sources pages. */
export type RulesTarget = { source: string } | { kind: string } | { parameter: string } | { fact: string };

/** Which of the two parameter parts holds a parameter: the national ones, or a place's (ids begin with the place). */
export const parameterPart = (id: string): 'parameters' | 'places' => (id.startsWith('national.') ? 'parameters' : 'places');

function where(target: RulesTarget): { page: SourcesPart; id: string } {
  if ('source' in target) return { page: 'registry', id: `source-${target.source}` };
  if ('kind' in target) return { page: 'registry', id: `kind-${target.kind}` };
  if ('parameter' in target) return { page: parameterPart(target.parameter), id: `param-${target.parameter}` };
  return { page: 'facts', id: `fact-${target.fact}` };
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
