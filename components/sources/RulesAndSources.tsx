/**
 * The sources pages' content, generated from the rules library's data (lib/api/rules.ts, the same
 * reading GET /api/v1/rules gives): nothing here is typed by hand, so it cannot drift from what the
 * check uses. Stacked definition lists rather than tables, so it reads on a 375 px phone and prints.
 * An index (`RulesAndSources`) and four parts, each its own page (`SourceRegistry`, `ParameterList`
 * twice: the national parameters and the places', `FactList`); the registry and the places are split
 * once more, a page per kind of source and per place, and their own page lists those pages
 * (`GroupIndex`). Which page holds which anchor is lib/sources-links.ts's to say. The parts are long reference lists read on phones, so an entry
 * carries as few elements as it can (styles sit on the lists, not on each row) and a parameter's
 * older values are folded in a closed <details>: closed content is neither styled nor laid out
 * (docs/benchmark.md, "The sources pages"). Every anchor stays outside a fold.
 */
import { Fragment } from 'react';
import { translations, type Translator } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { PARAMETERS, PROFILES, PROVINCES, type SourceKind } from '@/lib/rules';
import { citations, factRecords, historyNewestFirst, rulesDocument, sourceById, sourceIdOf, sourcesByKind } from '@/lib/api/rules';
import { rulesWords } from '@/lib/wizard/words';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import { WithPhones } from '@/components/ui/Phones';
import { SourceRef, sourceDate, sourcesT } from './SourceRef';
import { ValueView, type ValueWords } from './ValueView';
import { colonFor, semicolonFor } from '@/lib/i18n/punctuation';
import { RecentChanges } from './RulesChanges';
import { GROUPS, SOURCES_PARTS, anchorOf, parameterPage, parameterPart, rulesHref, sourcesPath, splitPage, type SourcesPage, type SourcesPart, type SplitPart } from '@/lib/sources-links';

type Parameter = (typeof PARAMETERS)[number];
/** The parts (every sources page but the index). */
export type Part = Exclude<SourcesPart, 'index'>;
/** The parameters a parameter part lists, in the library's order (`page`: one place's page only). */
const parametersOf = (part: 'parameters' | 'places', page?: SourcesPage) => PARAMETERS.filter((p) => parameterPart(p.id) === part && (page === undefined || parameterPage(p.id) === page));

const EXAMPLE_QUERY = 'v=1&w=self&r=beijing&a=35&s=flexible&h=local&g=none&c=none';

/**
 * A stacked definition list: each term on its own line on a phone, beside its value on a wide
 * screen. The styles sit on the list (the page has about a thousand rows).
 */
const ROWS = 'sm:grid sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-x-3 [&>dt]:font-semibold [&>dd]:mb-1 [&>dd]:min-w-0';

/** A list of boxed entries (sources, facts): the styles sit on the list. */
const ITEMS = 'space-y-4 *:scroll-mt-4 *:break-inside-avoid *:rounded-md *:border *:border-gray-300 *:p-3';

/** One row of a ROWS list (no wrapper: the list is a grid of its terms and values). */
function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** In-page links, run on as a sentence (inline targets, so each need not be 24 px apart). */
function LinkList({ items, locale }: { items: Array<{ href: string; text: React.ReactNode; lang?: string }>; locale: Locale }) {
  const sep = locale === 'en' ? ', ' : '、';
  return <>{items.map((x, i) => <Fragment key={x.href}>{i > 0 && sep}<a href={x.href} lang={x.lang}>{x.text}</a></Fragment>)}</>;
}

/** English text (the data's descriptions and statements) marked as such on the Chinese pages only. */
const inEnglish = (locale: Locale, text: React.ReactNode) => (locale === 'en' ? text : <span lang="en">{text}</span>);

const factLinks = (locale: Locale, from: SourcesPage, ids: readonly string[]) => ids.map((id) => ({ href: rulesHref(locale, { fact: id }, { from }), text: id }));
const sourceLinks = (locale: Locale, from: SourcesPage, ids: readonly string[]) => ids.map((id) => {
  const s = sourceById(id);
  return { href: rulesHref(locale, { source: id }, { from }), text: s.title, lang: 'zh-CN' };
});

type T = Translator<'SourcesPage'>;

/** A place's name as its region or province file gives it (the id only if neither names it). */
const placeName = (locale: Locale, place: string): string =>
  (Object.hasOwn(PROFILES, place) ? PROFILES[place as keyof typeof PROFILES].name[locale] : undefined) ?? PROVINCES[place]?.name[locale] ?? place;

/** The title of a part or of one of its groups' pages, with its count. */
export function partTitle(t: T, page: SourcesPage, locale: Locale): string {
  const { counts } = rulesDocument();
  const { part, group } = splitPage(page);
  if (part === 'registry' && group !== undefined) return t('kindTitle', { kind: t(`kinds.${group as SourceKind}`), count: sourcesByKind().find((g) => g.kind === group)?.sources.length ?? 0 });
  if (part === 'places' && group !== undefined) return t('placeTitle', { place: placeName(locale, group), count: parametersOf('places', page).length });
  if (part === 'registry') return t('sourcesTitle', { count: counts.sources });
  if (part === 'parameters') return t('parametersTitle', { count: parametersOf('parameters').length });
  if (part === 'places') return t('placesTitle', { count: parametersOf('places').length });
  return t('factsTitle', { count: counts.facts });
}

/**
 * A part's page (or one group's page of a split part): its title, the way back to the index and to
 * the other parts, on a group's page the part's other pages, its lead, then the list.
 */
function PartPage({ locale, page, t, lead, children }: { locale: Locale; page: SourcesPage; t: T; lead: string; children: React.ReactNode }) {
  const { part, group } = splitPage(page);
  const here = (p: SourcesPage, cls = '') => (p === page ? <span aria-current="page" className={`${cls} font-semibold`}>{partTitle(t, p, locale)}</span> : <a href={sourcesPath(locale, p)} className={cls}>{partTitle(t, p, locale)}</a>);
  return (
    <div className="sources-page max-w-3xl [&_code]:[overflow-wrap:anywhere]" id="top" data-sources-part={part} data-sources-page={page}>
      <p className="no-print text-base"><a href={sourcesPath(locale, 'index')}>{t('title')}</a></p>
      <h1 className="text-3xl">{partTitle(t, page, locale)}</h1>
      <nav aria-labelledby="parts-title" className="no-print my-4 text-base">
        <h2 id="parts-title" className="sr-only">{t('parts')}</h2>
        <ul className="flex flex-wrap gap-x-4">
          {SOURCES_PARTS.map((p) => <li key={p}>{here(p, 'inline-flex min-h-12 items-center')}</li>)}
        </ul>
      </nav>
      {group !== undefined && (
        <nav aria-labelledby="pages-title" className="no-print my-4 text-base">
          <h2 id="pages-title" className="text-lg">{t('pages')}</h2>
          <ul className="mt-1 list-disc pl-6">
            {GROUPS[part as SplitPart].map((g) => <li key={g}>{here(`${part as SplitPart}/${g}`)}</li>)}
          </ul>
        </nav>
      )}
      <p className="my-3">{lead}</p>
      {children}
      <p className="no-print mt-10"><a href="#top">{t('top')}</a></p>
    </div>
  );
}

/** The own page of a split part (/sources/registry, /sources/places): what it holds, and its groups' pages. */
function GroupIndex({ locale, part, t, lead }: { locale: Locale; part: SplitPart; t: T; lead: string }) {
  return (
    <PartPage locale={locale} page={part} t={t} lead={lead}>
      <nav aria-labelledby="pages-title" className="my-6 text-base">
        <h2 id="pages-title" className="text-lg">{t('pages')}</h2>
        <p className="mt-1">{t('pagesLead')}</p>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          {GROUPS[part].map((g) => <li key={g} data-group={g}><a href={sourcesPath(locale, `${part}/${g}`)}>{partTitle(t, `${part}/${g}`, locale)}</a></li>)}
        </ul>
      </nav>
    </PartPage>
  );
}

/** The confidence levels in words (the index, the parameters and the facts). */
function Legend({ locale, t, asOf }: { locale: Locale; t: T; asOf: string }) {
  const w = rulesWords(locale, { asOf });
  return (
    <div className="my-6 text-base">
      <h2 className="text-lg">{t('legend')}</h2>
      <dl className={`mt-1 ${ROWS}`}>
        {(['A', 'B', 'C'] as const).map((c) => <Row key={c} term={`${t('confidence')} ${c}`}>{w(`confidence.${c}`)}</Row>)}
      </dl>
    </div>
  );
}

/** The index: what the pages hold, the parts, the recent changes, the API and the confidence levels. */
export async function RulesAndSources({ locale, asOf }: { locale: Locale; asOf: string }) {
  const t = translations({ locale, namespace: 'SourcesPage' });
  const doc = rulesDocument();

  return (
    <div className="sources-page max-w-3xl [&_code]:[overflow-wrap:anywhere]" id="top" data-sources-part="index">
      <h1 className="text-3xl">{t('title')}</h1>
      <p className="my-4">{t('lead')}</p>
      <p className="text-base text-ink-muted">{t('version', { version: doc.version })}</p>

      <nav aria-labelledby="parts-title" className="my-6 rounded-lg border border-gray-300 p-4">
        <h2 id="parts-title" className="text-lg">{t('parts')}</h2>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          {SOURCES_PARTS.map((p) => (
            <li key={p} data-part={p}>
              <a href={sourcesPath(locale, p)}>{partTitle(t, p, locale)}</a>
              <p className="text-base">{t(`blurbs.${p}`)}</p>
            </li>
          ))}
          <li><a href="#changes">{t('changesTitle')}</a></li>
        </ul>
      </nav>

      {await RecentChanges({ locale })}

      <div className="my-6 text-base">
        <p>{t('api')}</p>
        {/* eslint-disable @next/next/no-html-link-for-pages -- JSON endpoints, not pages: plain links, no client navigation */}
        <ul className="mt-1 list-disc pl-6">
          <li><a href="/api/v1/rules"><code>/api/v1/rules</code></a> — {t('apiRules')}</li>
          <li><a href={`/api/v1/evaluate?${EXAMPLE_QUERY}&locale=${locale}`}><code>/api/v1/evaluate?…</code></a> — {t('apiEvaluate')}</li>
          <li><a href="/api/v1/schema/answers.json"><code>/api/v1/schema/answers.json</code></a> — {t('apiSchema')}</li>
        </ul>
        {/* eslint-enable @next/next/no-html-link-for-pages */}
      </div>

      <Legend locale={locale} t={t} asOf={asOf} />
    </div>
  );
}

/**
 * /{locale}/sources/registry/<kind>: every source of a kind, with what it backs (`kind` left out:
 * /{locale}/sources/registry, the kinds' pages).
 */
export async function SourceRegistry({ locale, kind }: { locale: Locale; kind?: string }) {
  const t = translations({ locale, namespace: 'SourcesPage' });
  if (kind === undefined) return <GroupIndex locale={locale} part="registry" t={t} lead={t('sourcesLead')} />;
  const page: SourcesPage = `registry/${kind}`;
  const st = await sourcesT(locale);
  const cited = citations();
  const groups = sourcesByKind().filter((g) => g.kind === kind);
  const colon = colonFor(locale);
  const sep = semicolonFor(locale);
  return (
    <PartPage locale={locale} page={page} t={t} lead={t('sourcesLead')}>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={anchorOf({ kind: g.kind })} className="mt-8" data-kind={g.kind}>
          <h2 id={anchorOf({ kind: g.kind })} className="scroll-mt-4 text-2xl">
            {t(`kinds.${g.kind}`)} <span className="font-normal text-ink-muted">({t('kindCount', { count: g.sources.length })})</span>
          </h2>
          <ol className={`mt-3 ${ITEMS} *:text-base [&>li>p:first-child]:text-lg [&>li>p+p]:mt-1`}>
            {g.sources.map((s) => {
              const by = cited.get(s.id) ?? { parameters: [], facts: [] };
              return (
                <li key={s.id} id={anchorOf({ source: s.id })} data-source-entry={s.id}>
                  <p><SourceRef source={s} locale={locale} t={st} /></p>
                  <p className="mt-2">{t('id')}{colon}<code>{s.id}</code>{sep}{t('retrieved')}{colon}{sourceDate(s.retrieved, locale, st)}</p>
                  {/* What it backs: a line a kind (no definition list: the page has hundreds of entries). */}
                  {by.parameters.length === 0 && by.facts.length === 0 && <p>{t('backs')}{colon}{t('backsNothing')}</p>}
                  {by.parameters.length > 0 && (
                    <p data-backs="parameters" className="[&>a]:font-mono">
                      {t('backsParameters')}{colon}
                      <LinkList locale={locale} items={by.parameters.map((id) => ({ href: rulesHref(locale, { parameter: id }, { from: page }), text: id }))} />
                    </p>
                  )}
                  {by.facts.length > 0 && (
                    <p data-backs="facts">
                      {t('backsFacts')}{colon}
                      <LinkList locale={locale} items={factLinks(locale, page, by.facts)} />
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </PartPage>
  );
}

/**
 * /{locale}/sources/parameters (the national parameters) and /{locale}/sources/places (the places'):
 * every rule parameter of the part with its dated values, newest first; the places' a page a place
 * (/{locale}/sources/places/<place>), /{locale}/sources/places itself the places' pages.
 */
export async function ParameterList({ locale, asOf, page = 'parameters' }: { locale: Locale; asOf: string; page?: SourcesPage }) {
  const t = translations({ locale, namespace: 'SourcesPage' });
  const part = splitPage(page).part === 'places' ? 'places' : 'parameters';
  if (page === 'places') return <GroupIndex locale={locale} part="places" t={t} lead={t('parametersLead')} />;
  const w = rulesWords(locale, { asOf });
  const factIds = new Set(factRecords().map((f) => f.id));
  const words: ValueWords = { unknown: t('unknown'), yes: t('yes'), no: t('no'), none: t('none') };
  // A unit in words (the rules' messages, `units.<unit>`), else as the data spells it.
  const unit = (u: string) => (w.has(`units.${u}`) ? w(`units.${u}`) : u);
  return (
    <PartPage locale={locale} page={page} t={t} lead={t('parametersLead')}>
      <Legend locale={locale} t={t} asOf={asOf} />
      <div className={`space-y-8 ${ENTRY}`}>
        {parametersOf(part, page).map((p) => <ParameterEntry key={p.id} p={p} locale={locale} t={t} words={words} factIds={factIds} unit={unit(p.unit)} asOf={asOf} from={page} />)}
      </div>
    </PartPage>
  );
}

/** /{locale}/sources/facts: every fact record, with its confidence and sources. */
export async function FactList({ locale, asOf }: { locale: Locale; asOf: string }) {
  const t = translations({ locale, namespace: 'SourcesPage' });
  return (
    <PartPage locale={locale} page="facts" t={t} lead={t('factsLead')}>
      <Legend locale={locale} t={t} asOf={asOf} />
      <ol className={ITEMS}>
        {factRecords().map((f) => (
          <li key={f.id} id={anchorOf({ fact: f.id })} data-fact={f.id}>
            {/* The public numbers in a record are tel: links, as everywhere (components/ui/Phones.tsx); the words are the record's. */}
            <h2 className="text-lg">{f.id} {inEnglish(locale, <WithPhones text={f.title} />)}</h2>
            <p className="mt-1" lang="en"><WithPhones text={f.statement} /></p>
            <dl className={`mt-2 text-base ${ROWS}`}>
              <Row term={t('confidence')}>{f.confidence ?? t('noConfidence')}</Row>
              <Row term={t('sources')}>{f.sourceIds.length > 0 ? <LinkList locale={locale} items={sourceLinks(locale, 'facts', f.sourceIds)} /> : t('noSources')}</Row>
              {f.note && <Row term={t('note')}>{inEnglish(locale, <WithPhones text={f.note} />)}</Row>}
            </dl>
          </li>
        ))}
      </ol>
    </PartPage>
  );
}

/** The styles of the parameters' entries and of their values, set once on the list. */
const ENTRY = '*:scroll-mt-4 *:rounded-lg *:border *:border-gray-300 *:p-3 sm:*:p-4 [&_h2]:font-mono [&_h2]:text-lg [&_h2]:[overflow-wrap:anywhere] [&_h3]:mt-4 [&_h3]:text-base [&_h3]:font-bold';
const VALUES = 'mt-2 space-y-3 text-base *:break-inside-avoid *:border-l-4 *:border-brand *:pl-3 [&>li>time]:block [&>li>time]:text-lg [&>li>time]:font-semibold';

/**
 * One parameter: what it is, then its values, newest first, each with what it rests on where that
 * differs. The values in force on `asOf` and any after it are shown; the older ones are folded (the
 * anchor is the entry itself, outside the fold, so a link to the parameter lands on its current value).
 */
function ParameterEntry({ p, locale, t, words, factIds, unit, asOf, from }: { p: Parameter; locale: Locale; t: T; words: ValueWords; factIds: ReadonlySet<string>; unit: string; asOf: string; from: SourcesPage }) {
  const history = historyNewestFirst(p);
  const inForce = history.findIndex((v) => v.from <= asOf);
  const shown = inForce === -1 ? history.length : inForce + 1;
  const anchor = anchorOf({ parameter: p.id });
  const sources = [...new Set(p.sources.map(sourceIdOf).filter((id): id is string => id !== null))];
  const value = (v: (typeof history)[number]) => (
    <li key={v.from} data-from={v.from}>
      <time dateTime={v.from}>{p.lookup === 'yearly' ? t('fromYearly', { year: v.from.slice(0, 4) }) : t('fromDated', { date: formatIsoDate(v.from, locale) })}</time>
      <ValueView value={v.value} locale={locale} words={words} factIds={factIds} />
      {(v.own.confidence || v.own.facts || v.own.sources) && (
        <dl className={`mt-1 ${ROWS}`}>
          {v.own.confidence && <Row term={t('confidence')}>{v.confidence}</Row>}
          {v.own.facts && <Row term={t('facts')}><LinkList locale={locale} items={factLinks(locale, from, v.facts)} /></Row>}
          {v.own.sources && <Row term={t('sources')}>{v.sources.length > 0 ? <LinkList locale={locale} items={sourceLinks(locale, from, v.sources)} /> : t('none')}</Row>}
        </dl>
      )}
    </li>
  );
  return (
    <section aria-labelledby={`${anchor}-title`} id={anchor} data-parameter={p.id}>
      <h2 id={`${anchor}-title`}>{p.id}</h2>
      <dl className={`mt-2 text-base ${ROWS}`}>
        <Row term={t('description')}>{inEnglish(locale, p.description)}</Row>
        <Row term={t('unit')}>{unit}</Row>
        <Row term={t('lookup')}>{t(`lookups.${p.lookup}`)}</Row>
        <Row term={t('confidence')}>{p.confidence}</Row>
        <Row term={t('facts')}><LinkList locale={locale} items={factLinks(locale, from, p.facts)} /></Row>
        <Row term={t('sources')}>{sources.length > 0 ? <LinkList locale={locale} items={sourceLinks(locale, from, sources)} /> : t('none')}</Row>
      </dl>
      <h3>{t('values', { count: history.length })}</h3>
      <ol className={VALUES}>{history.slice(0, shown).map(value)}</ol>
      {shown < history.length && (
        <details className="mt-3">
          <summary className="min-h-12 cursor-pointer py-3 text-base font-semibold text-brand">{t('older', { count: history.length - shown })}</summary>
          <ol className={VALUES}>{history.slice(shown).map(value)}</ol>
        </details>
      )}
    </section>
  );
}

/** A page's content, by page: what each part's and group's page (app/[locale]/sources/part-page.tsx) renders. */
export async function PartBody({ locale, asOf, page }: { locale: Locale; asOf: string; page: Exclude<SourcesPage, 'index'> }) {
  const { part, group } = splitPage(page);
  if (part === 'registry') return SourceRegistry({ locale, kind: group });
  if (part === 'facts') return FactList({ locale, asOf });
  return ParameterList({ locale, asOf, page });
}
