/**
 * 规则变更记录 / What changed in the rules: every entry of the changelog of the rules data
 * (lib/rules/changelog.json), newest first, with what it concerns linked to the sources page. A
 * document: no client component. `RecentChanges` is the short list on the sources page.
 */
import { Fragment } from 'react';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import type { ChangelogEntry } from '@/lib/rules';
import { CHANGES_PATH, FEED_PATH, changeAnchor, changeEntries, isParameter, placeName } from '@/lib/api/changes';
import { periodText, type ChangesT } from '@/lib/api/changes-words';
import { sourceById } from '@/lib/api/rules';
import { FormattedDate } from '@/components/ui/FormattedDate';
import { colonFor } from '@/lib/i18n/punctuation';
import { rulesHref, sourcesPath } from '@/lib/sources-links';

const ROWS = 'sm:grid sm:grid-cols-[8rem_minmax(0,1fr)] sm:gap-x-3 [&>dt]:font-semibold [&>dd]:mb-1 [&>dd]:min-w-0';

function Joined({ items, locale }: { items: React.ReactNode[]; locale: Locale }) {
  const sep = locale === 'en' ? ', ' : '、';
  return <>{items.map((x, i) => <Fragment key={i}>{i > 0 && sep}{x}</Fragment>)}</>;
}

function Entry({ e, locale, t }: { e: ChangelogEntry; locale: Locale; t: ChangesT }) {
  return (
    <li id={changeAnchor(e.id)} data-change={e.id} className="scroll-mt-4 break-inside-avoid rounded-md border border-gray-300 p-3 sm:p-4">
      <h2 className="text-xl">{e.title[locale]}</h2>
      <p className="text-base text-ink-muted"><FormattedDate iso={e.date} locale={locale} /></p>
      <p className="mt-2">{e.summary[locale]}</p>
      <p className="mt-2"><strong>{t('why')}{colonFor(locale)}</strong>{e.why[locale]}</p>
      <dl className={`mt-3 text-base ${ROWS}`}>
        <dt>{t('periods')}</dt>
        <dd>{e.periods.length > 0 ? <Joined locale={locale} items={e.periods.map((p) => periodText(p, locale, t))} /> : t('none')}</dd>
        <dt>{t('places')}</dt>
        <dd>{e.places.length > 0 ? <Joined locale={locale} items={e.places.map((p) => placeName(p, locale))} /> : t('national')}</dd>
        <dt>{t('parameters')}</dt>
        <dd>
          {e.parameters.length > 0
            ? <Joined locale={locale} items={e.parameters.map((p) => (isParameter(p) ? <a key={p} href={rulesHref(locale, { parameter: p })}><code>{p}</code></a> : <code key={p}>{p}</code>))} />
            : t('none')}
        </dd>
        <dt>{t('facts')}</dt>
        <dd>{e.facts.length > 0 ? <Joined locale={locale} items={e.facts.map((f) => <a key={f} href={rulesHref(locale, { fact: f })}>{f}</a>)} /> : t('none')}</dd>
        <dt>{t('sources')}</dt>
        <dd>
          {e.sources.length > 0
            ? <Joined locale={locale} items={e.sources.map((s) => { const src = sourceById(s); return <a key={s} href={rulesHref(locale, { source: s })}>{src.title}</a>; })} />
            : t('none')}
        </dd>
        <dt>{t('digest')}</dt>
        <dd><code className="text-sm [overflow-wrap:anywhere]">{e.dataDigest}</code></dd>
      </dl>
    </li>
  );
}

export async function RulesChanges({ locale }: { locale: Locale }) {
  const t = translations({ locale, namespace: 'SourcesChanges' });
  const entries = changeEntries();
  const feed = `/${locale}${FEED_PATH}`;
  return (
    <div className="rules-changes max-w-3xl">
      <h1 className="text-3xl">{t('title')}</h1>
      <p className="my-4">{t('lead')}</p>
      <p className="text-base text-ink-muted">{t('count', { count: entries.length })}</p>
      <p className="my-4">
        <a href={feed} type="application/atom+xml" data-feed-link>{t('feed')}</a>
        <br />
        <span className="text-base text-ink-muted">{t('feedHint')}</span>
      </p>
      <ol className="mt-6 space-y-6">
        {entries.map((e) => <Entry key={e.id} e={e} locale={locale} t={t} />)}
      </ol>
      <p className="no-print mt-10"><a href={sourcesPath(locale, 'index')}>{t('back')}</a></p>
    </div>
  );
}

/** The sources page's short list: the newest few entries, linked to the changes page, and the feed. */
export async function RecentChanges({ locale, count = 3 }: { locale: Locale; count?: number }) {
  const t = translations({ locale, namespace: 'SourcesPage' });
  const entries = changeEntries();
  const page = `/${locale}${CHANGES_PATH}`;
  return (
    <section aria-labelledby="changes" className="my-8" data-recent-changes>
      <h2 id="changes" className="scroll-mt-4 text-2xl">{t('changesTitle')}</h2>
      <p className="my-3">{t('changesLead')}</p>
      <ul className="list-disc space-y-1 pl-6">
        {entries.slice(0, count).map((e) => (
          <li key={e.id}>
            <FormattedDate iso={e.date} locale={locale} />{colonFor(locale)}<a href={`${page}#${changeAnchor(e.id)}`}>{e.title[locale]}</a>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <a href={page} data-changes-link>{t('changesAll', { count: entries.length })}</a>
        {locale === 'en' ? ' · ' : '　'}
        <a href={`/${locale}${FEED_PATH}`} type="application/atom+xml" data-feed-link>{t('changesFeed')}</a>
      </p>
    </section>
  );
}
