/**
 * The sources page's content, generated from the rules library's data (lib/api/rules.ts, the same
 * reading GET /api/v1/rules gives): nothing here is typed by hand, so it cannot drift from what the
 * check uses. Stacked definition lists rather than tables, so it reads on a 375 px phone and prints.
 */
import { Fragment } from 'react';
import { translations, type Translator } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { PARAMETERS } from '@/lib/rules';
import { citations, factRecords, historyNewestFirst, rulesDocument, sourceById, sourceIdOf, sourcesByKind } from '@/lib/api/rules';
import { rulesWords } from '@/lib/wizard/words';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import { SourceRef, sourceDate, sourcesT } from './SourceRef';
import { ValueView, factAnchor, type ValueWords } from './ValueView';
import { colonFor } from '@/lib/i18n/punctuation';
import { RecentChanges } from './RulesChanges';

type Parameter = (typeof PARAMETERS)[number];

export const sourceAnchor = (id: string) => `source-${id}`;
export const parameterAnchor = (id: string) => `param-${id}`;

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

const factLinks = (ids: readonly string[]) => ids.map((id) => ({ href: `#${factAnchor(id)}`, text: id }));
const sourceLinks = (ids: readonly string[]) => ids.map((id) => {
  const s = sourceById(id);
  return { href: `#${sourceAnchor(id)}`, text: s.title, lang: 'zh-CN' };
});

export async function RulesAndSources({ locale, asOf }: { locale: Locale; asOf: string }) {
  const t = translations({ locale, namespace: 'SourcesPage' });
  const st = await sourcesT(locale);
  const w = rulesWords(locale, { asOf });
  const doc = rulesDocument();
  const cited = citations();
  const groups = sourcesByKind().filter((g) => g.sources.length > 0);
  const facts = factRecords();
  const factIds = new Set(facts.map((f) => f.id));
  const words: ValueWords = { unknown: t('unknown'), yes: t('yes'), no: t('no'), none: t('none') };
  // A unit in words (the rules' messages, `units.<unit>`), else as the data spells it.
  const unit = (u: string) => (w.has(`units.${u}`) ? w(`units.${u}`) : u);

  return (
    <div className="sources-page max-w-3xl [&_code]:[overflow-wrap:anywhere]" id="top">
      <h1 className="text-3xl">{t('title')}</h1>
      <p className="my-4">{t('lead')}</p>
      <p className="text-base text-ink-muted">{t('version', { version: doc.version })}</p>

      <nav aria-labelledby="toc-title" className="no-print my-6 rounded-lg border border-gray-300 p-4">
        <h2 id="toc-title" className="text-lg">{t('toc')}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li><a href="#changes">{t('changesTitle')}</a></li>
          <li>
            <a href="#sources">{t('sourcesTitle', { count: doc.counts.sources })}</a>
            <ul className="list-disc pl-6">
              {groups.map((g) => <li key={g.kind}><a href={`#kind-${g.kind}`}>{t(`kinds.${g.kind}`)}</a></li>)}
            </ul>
          </li>
          <li><a href="#parameters">{t('parametersTitle', { count: doc.counts.parameters })}</a></li>
          <li><a href="#facts">{t('factsTitle', { count: doc.counts.facts })}</a></li>
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

      <div className="my-6 text-base">
        <h2 className="text-lg">{t('legend')}</h2>
        <dl className={`mt-1 ${ROWS}`}>
          {(['A', 'B', 'C'] as const).map((c) => <Row key={c} term={`${t('confidence')} ${c}`}>{w(`confidence.${c}`)}</Row>)}
        </dl>
      </div>

      <section aria-labelledby="sources" className="mt-10">
        <h2 id="sources" className="scroll-mt-4 text-2xl">{t('sourcesTitle', { count: doc.counts.sources })}</h2>
        <p className="my-3">{t('sourcesLead')}</p>
        {groups.map((g) => (
          <section key={g.kind} aria-labelledby={`kind-${g.kind}`} className="mt-8" data-kind={g.kind}>
            <h3 id={`kind-${g.kind}`} className="scroll-mt-4 text-xl">
              {t(`kinds.${g.kind}`)} <span className="font-normal text-ink-muted">({t('kindCount', { count: g.sources.length })})</span>
            </h3>
            <ol className={`mt-3 ${ITEMS}`}>
              {g.sources.map((s) => {
                const by = cited.get(s.id) ?? { parameters: [], facts: [] };
                return (
                  <li key={s.id} id={sourceAnchor(s.id)} data-source-entry={s.id}>
                    <p><SourceRef source={s} locale={locale} t={st} /></p>
                    <dl className={`mt-2 text-base ${ROWS}`}>
                      <Row term={t('id')}><code>{s.id}</code></Row>
                      <Row term={t('retrieved')}>{sourceDate(s.retrieved, locale, st)}</Row>
                      <Row term={t('backs')}>
                        {by.parameters.length === 0 && by.facts.length === 0 && t('backsNothing')}
                        {by.parameters.length > 0 && (
                          <p data-backs="parameters">
                            {t('backsParameters')}{colonFor(locale)}
                            <LinkList locale={locale} items={by.parameters.map((id) => ({ href: `#${parameterAnchor(id)}`, text: <code>{id}</code> }))} />
                          </p>
                        )}
                        {by.facts.length > 0 && (
                          <p data-backs="facts">
                            {t('backsFacts')}{colonFor(locale)}
                            <LinkList locale={locale} items={factLinks(by.facts)} />
                          </p>
                        )}
                      </Row>
                    </dl>
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </section>

      <section aria-labelledby="parameters" className="mt-12">
        <h2 id="parameters" className="scroll-mt-4 text-2xl">{t('parametersTitle', { count: doc.counts.parameters })}</h2>
        <p className="my-3">{t('parametersLead')}</p>
        <div className="space-y-8">
          {PARAMETERS.map((p) => <ParameterEntry key={p.id} p={p} locale={locale} t={t} words={words} factIds={factIds} unit={unit(p.unit)} />)}
        </div>
      </section>

      <section aria-labelledby="facts" className="mt-12">
        <h2 id="facts" className="scroll-mt-4 text-2xl">{t('factsTitle', { count: doc.counts.facts })}</h2>
        <p className="my-3">{t('factsLead')}</p>
        <ol className={ITEMS}>
          {facts.map((f) => (
            <li key={f.id} id={factAnchor(f.id)} data-fact={f.id}>
              <h3 className="text-lg">{f.id} <span lang="en">{f.title}</span></h3>
              <p className="mt-1" lang="en">{f.statement}</p>
              <dl className={`mt-2 text-base ${ROWS}`}>
                <Row term={t('confidence')}>{f.confidence ?? t('noConfidence')}</Row>
                <Row term={t('sources')}>{f.sourceIds.length > 0 ? <LinkList locale={locale} items={sourceLinks(f.sourceIds)} /> : t('noSources')}</Row>
                {f.note && <Row term={t('note')}><span lang="en">{f.note}</span></Row>}
              </dl>
            </li>
          ))}
        </ol>
      </section>

      <p className="no-print mt-10"><a href="#top">{t('top')}</a></p>
    </div>
  );
}

type T = Translator<'SourcesPage'>;

/** One parameter: what it is, then its values, newest first, each with what it rests on where that differs. */
function ParameterEntry({ p, locale, t, words, factIds, unit }: { p: Parameter; locale: Locale; t: T; words: ValueWords; factIds: ReadonlySet<string>; unit: string }) {
  const history = historyNewestFirst(p);
  const anchor = parameterAnchor(p.id);
  const sources = [...new Set(p.sources.map(sourceIdOf).filter((id): id is string => id !== null))];
  return (
    <section aria-labelledby={`${anchor}-title`} id={anchor} className="scroll-mt-4 rounded-lg border border-gray-300 p-3 sm:p-4" data-parameter={p.id}>
      <h3 id={`${anchor}-title`} className="text-lg"><code>{p.id}</code></h3>
      <dl className={`mt-2 text-base ${ROWS}`}>
        <Row term={t('description')}><span lang="en">{p.description}</span></Row>
        <Row term={t('unit')}>{unit}</Row>
        <Row term={t('lookup')}>{t(`lookups.${p.lookup}`)}</Row>
        <Row term={t('confidence')}>{p.confidence}</Row>
        <Row term={t('facts')}><LinkList locale={locale} items={factLinks(p.facts)} /></Row>
        <Row term={t('sources')}>{sources.length > 0 ? <LinkList locale={locale} items={sourceLinks(sources)} /> : t('none')}</Row>
      </dl>
      <h4 className="mt-4 text-base font-bold">{t('values', { count: history.length })}</h4>
      <ol className="mt-2 space-y-3">
        {history.map((v) => (
          <li key={v.from} className="break-inside-avoid border-l-4 border-brand pl-3" data-from={v.from}>
            <p className="font-semibold">
              <time dateTime={v.from}>{p.lookup === 'yearly' ? t('fromYearly', { year: v.from.slice(0, 4) }) : t('fromDated', { date: formatIsoDate(v.from, locale) })}</time>
            </p>
            <div className="text-base"><ValueView value={v.value} locale={locale} words={words} factIds={factIds} /></div>
            {(v.own.confidence || v.own.facts || v.own.sources) && (
              <dl className={`mt-1 text-base ${ROWS}`}>
                {v.own.confidence && <Row term={t('confidence')}>{v.confidence}</Row>}
                {v.own.facts && <Row term={t('facts')}><LinkList locale={locale} items={factLinks(v.facts)} /></Row>}
                {v.own.sources && <Row term={t('sources')}>{v.sources.length > 0 ? <LinkList locale={locale} items={sourceLinks(v.sources)} /> : t('none')}</Row>}
              </dl>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
