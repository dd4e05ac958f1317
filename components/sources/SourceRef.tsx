/**
 * The one rule for showing a source (lib/rules/sources.data.json), used by the result's "why", the
 * guide's source list and the sources page. Which addresses become links is decided by one
 * function, `linkable` (lib/rules/link-policy.ts): https, a government host or a named state outlet.
 * - An official page (`official-site`) over https: the title is a link, then publisher, 文号, date.
 *   Over plain http: the title is text, then "官方网站：<host>" as text.
 * - Any other page: title, then the document it carries (issuer, 文号, issued) and where the
 *   official text is found (the policy library on www.gov.cn, the national law database — both
 *   links — or the issuer's own site), then "我们读到的转载/报道/网页：<host>" with the page's
 *   publisher and date, as text. The host is a link only when `linkable` allows it (a named state
 *   outlet over https).
 * - A title we wrote ourselves (`unverified`) says "标题未核实".
 */
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { OFFICIAL_TEXT_URLS, hostOf, linkable, stateOutletOf, type Source, type SourceKind } from '@/lib/rules';
import { formatIsoDate } from '@/lib/i18n/dates';
import type { SourceWord, SourcesT } from '@/lib/i18n/sources';

export { SOURCE_WORDS, sourcesT, type SourceWord, type SourcesT } from '@/lib/i18n/sources';

/** How the line naming the page we read begins, by kind. */
export const READ_WORD: Record<Exclude<SourceKind, 'official-site'>, SourceWord> = {
  'official-copy': 'readCopy',
  news: 'readNews',
  'commercial-unverified': 'readPage',
};

export const OFFICIAL_REL = 'noopener noreferrer';

/** A month of a year in words, one formatter per locale (building one costs more than using it). */
const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
function monthFormat(locale: Locale): Intl.DateTimeFormat {
  let f = monthFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    monthFormats.set(locale, f);
  }
  return f;
}

/** A source's date as precise as it is: 2025年10月 / October 2025, 2025年 / 2025, or "undated". */
export function sourceDate(date: string | null, locale: Locale, t: SourcesT): string {
  if (date === null) return t('undated');
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatIsoDate(date, locale);
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) return monthFormat(locale).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
  return locale === 'zh-CN' ? `${date}年` : date;
}

/**
 * The one way an outbound address is shown anywhere on the site: a link when `linkable` allows it,
 * else its text (children) with no link. Guides' raw links (mdx-components.tsx) use it too.
 */
export function OutboundLink({ href, children, lang }: { href: string; children: ReactNode; lang?: string }) {
  if (linkable(href)) return <a href={href} rel={OFFICIAL_REL} lang={lang}>{children}</a>;
  return <span lang={lang} data-unlinked-host={hostOf(href)}>{children}</span>;
}

/** A message with one placeholder replaced by an element (the message keeps the word order). */
function withElement(t: SourcesT, key: SourceWord, name: string, element: ReactNode, values: Record<string, string> = {}) {
  const mark = '\u2063';
  const [before, after] = t(key, { ...values, [name]: mark }).split(mark);
  return <>{before}{element}{after}</>;
}

export function SourceRef({ source: s, locale, t }: { source: Source; locale: Locale; t: SourcesT }) {
  const zh = locale === 'zh-CN';
  const comma = zh ? '，' : ', ';
  const stop = zh ? '。' : '. ';
  const semi = zh ? '；' : '; ';
  const [open, close] = zh ? ['（', '）'] : [' (', ')'];
  const host = hostOf(s.url);
  const unverified = s.unverified && <>{open}<span data-title-unverified="">{t('unverified')}</span>{close}</>;
  // Chinese text (titles, publishers) marked as such on an English page only: on a Chinese one the
  // mark would say nothing, and the sources page lists over a hundred of them.
  const cn = (text: ReactNode) => (zh ? text : <span lang="zh-CN">{text}</span>);

  if (s.kind === 'official-site') {
    const linked = linkable(s.url);
    return (
      <span data-source={s.id} data-source-kind={s.kind}>
        {linked ? <a href={s.url} rel={OFFICIAL_REL} lang="zh-CN">{s.title}</a> : cn(s.title)}
        {unverified}
        {' — '}
        {cn(s.publisher)}
        {s.number && <>{comma}{cn(s.number)}</>}
        {comma}{sourceDate(s.date, locale, t)}{stop}
        {!linked && <span data-unlinked-host={host}>{t('officialSite', { host })}{open}{t('httpOnly')}{close}{stop}</span>}
      </span>
    );
  }

  const outlet = stateOutletOf(host);
  // A publisher that is only the host's name (e.g. fudaoke.com) is not repeated.
  const namesHost = host === s.publisher || host.endsWith(`.${s.publisher}`);
  const hostLinked = linkable(s.url);
  // A named state outlet over http: the host is allowed, the address is not (no encryption).
  const note = hostLinked ? null : t(outlet ? 'httpOnly' : s.kind === 'commercial-unverified' ? 'notLinkedCommercial' : 'notLinked');
  return (
    <span data-source={s.id} data-source-kind={s.kind}>
      {cn(s.title)}
      {unverified}
      {s.issuer ? (
        <>
          {' — '}
          <span lang="zh-CN" data-issuer="">{s.issuer}</span>
          {s.number !== undefined && <>{comma}{s.number === null ? t('numberUnverified') : <span lang="zh-CN" data-number="">{s.number}</span>}</>}
          {s.issued && <>{comma}{t('issued', { date: sourceDate(s.issued, locale, t) })}</>}
          {stop}
          {s.officialText && (
            <span data-official-text={s.officialText}>
              {s.officialText === 'issuer-site'
                ? t('officialAtIssuer', { issuer: s.issuer })
                : withElement(t, 'officialAt', 'library', <a href={OFFICIAL_TEXT_URLS[s.officialText]} rel={OFFICIAL_REL}>{t(s.officialText === 'law-database' ? 'lawDatabase' : 'govPolicyLibrary')}</a>)}
              {zh ? '' : ' '}
            </span>
          )}
        </>
      ) : (
        <>{stop}</>
      )}
      <span data-copy-host={host}>
        {withElement(t, READ_WORD[s.kind], 'host', hostLinked ? <a href={s.url} rel={OFFICIAL_REL}>{host}</a> : host)}
        {open}
        {!namesHost && <>{cn(s.publisher)}{comma}</>}
        {outlet && !outlet.startsWith(s.publisher) && <>{cn(outlet)}{comma}</>}
        {sourceDate(s.date, locale, t)}
        {note && <>{semi}{note}</>}
        {close}{stop}
      </span>
    </span>
  );
}
