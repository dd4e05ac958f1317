/**
 * The one place that knows which of the sources pages holds which anchor. "Rules and sources" is an
 * index (/{locale}/sources) and four parts; the two long parts are split once more into pages of
 * their own groups, and the part's own page is then a short list of those pages (one page of
 * everything was too heavy for a phone: Lighthouse 95; one page of ~2,000 elements still was:
 * docs/benchmark.md, "The sources pages"):
 *
 *   /{locale}/sources/registry            the registry's kinds, each linked to its page
 *   /{locale}/sources/registry/<kind>     source-<id> (one per registry entry of that kind), kind-<kind>
 *   /{locale}/sources/parameters          param-national.<id> (one per national rule parameter)
 *   /{locale}/sources/places              the places, each linked to its page
 *   /{locale}/sources/places/<place>      param-<place>.<id> (one per rule parameter of that place)
 *   /{locale}/sources/facts               fact-<id> (one per fact record)
 *
 * Every link to an entry (the pages themselves, the changes page, the Atom feed) is made by
 * `rulesHref`; tests/api/sources-links.test.tsx renders the pages and checks that each such link
 * names an element on the page it points to.
 */
import type { Locale } from '@/lib/i18n/routing';
import { PARAMETERS, SOURCE_KINDS, SOURCE_REGISTRY } from '@/lib/rules';

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

/** The parts split into pages of their groups, and what a group is: a kind of source, a place. */
export const SPLIT_PARTS = ['registry', 'places'] as const;
export type SplitPart = (typeof SPLIT_PARTS)[number];

const kindOfSource = new Map(Object.values(SOURCE_REGISTRY).map((s) => [s.id as string, s.kind as string]));
/** The place of a parameter: the first segment of its id (`beijing.contribution` → beijing); national ones have none. */
const placeOf = (id: string) => id.slice(0, id.indexOf('.'));

/** The groups of a split part, in the order its own page lists them: the kinds that have sources (official first), the places in the library's order. */
export const GROUPS: Record<SplitPart, readonly string[]> = {
  registry: SOURCE_KINDS.filter((k) => [...kindOfSource.values()].includes(k)),
  places: [...new Set(PARAMETERS.map((p) => p.id).filter((id) => !id.startsWith('national.')).map(placeOf))],
};

/** A sources page: the index, a part, or one group's page of a split part (`registry/news`, `places/beijing`). */
export type SourcesPage = SourcesPart | `${SplitPart}/${string}`;

/** Every sources page, the index first, each split part followed by its groups' pages. */
export const ALL_SOURCES_PAGES: readonly SourcesPage[] = [
  'index',
  ...SOURCES_PARTS.flatMap((p): SourcesPage[] => [p, ...((SPLIT_PARTS as readonly string[]).includes(p) ? GROUPS[p as SplitPart].map((g) => `${p as SplitPart}/${g}` as const) : [])]),
];

/** A page's part and group (none for the index and the unsplit parts). */
export function splitPage(page: SourcesPage): { part: SourcesPart; group?: string } {
  const i = page.indexOf('/');
  return i === -1 ? { part: page as SourcesPart } : { part: page.slice(0, i) as SplitPart, group: page.slice(i + 1) };
}

/** What a link can point to on the sources pages. */
export type RulesTarget = { source: string } | { kind: string } | { parameter: string } | { fact: string };

/** Which of the two parameter parts holds a parameter: the national ones, or a place's (ids begin with the place). */
export const parameterPart = (id: string): 'parameters' | 'places' => (id.startsWith('national.') ? 'parameters' : 'places');

/** The page that holds a parameter: the national part, or its place's page. */
export const parameterPage = (id: string): SourcesPage => (parameterPart(id) === 'parameters' ? 'parameters' : `places/${placeOf(id)}`);

function where(target: RulesTarget): { page: SourcesPage; id: string } {
  // A source not in the registry has no page of its kind: the registry's own page lists the kinds.
  if ('source' in target) {
    const kind = kindOfSource.get(target.source);
    return { page: kind ? `registry/${kind}` : 'registry', id: `source-${target.source}` };
  }
  if ('kind' in target) return { page: `registry/${target.kind}`, id: `kind-${target.kind}` };
  if ('parameter' in target) return { page: parameterPage(target.parameter), id: `param-${target.parameter}` };
  return { page: 'facts', id: `fact-${target.fact}` };
}

/** The element id of a target (on the page `pageOf` names). */
export const anchorOf = (target: RulesTarget): string => where(target).id;

/** The page that holds a target. */
export const pageOf = (target: RulesTarget): SourcesPage => where(target).page;

/** The path of a sources page after the locale. */
export function pagePath(page: SourcesPage): string {
  const { part, group } = splitPage(page);
  return group === undefined ? SOURCES_PAGES[part] : `${SOURCES_PAGES[part]}/${group}`;
}

/** The path of a sources page in `locale` (no origin). */
export const sourcesPath = (locale: Locale, page: SourcesPage): string => `/${locale}${pagePath(page)}`;

/**
 * The link to a target: `#<anchor>` when `from` is the page that holds it, else the page's path
 * (after `site`, an origin, when given: the feed's links are absolute) and the anchor.
 */
export function rulesHref(locale: Locale, target: RulesTarget, { from, site = '' }: { from?: SourcesPage; site?: string } = {}): string {
  const { page, id } = where(target);
  return page === from ? `#${id}` : `${site}${sourcesPath(locale, page)}#${id}`;
}
