/**
 * The one rule for showing a source (lib/rules/sources.data.json), used by the result's "why", the
 * guide's source list and the source line under each guide figure:
 * - `official-site`: the title is a normal link to the official address, then publisher, number, date.
 * - any other kind: title, publisher, number and date as plain text, never a link; then one link
 *   to the page where we found it, which names its host and says what it is ("转载于 <host>，非官方
 *   网站", a news report, or a commercial or unverified site), with rel="nofollow noopener noreferrer".
 * - a title we wrote ourselves (`ourTitle`: nobody has read the page yet) says so.
 */
import type { Locale } from '@/lib/i18n/routing';
import type { Source, SourceKind } from '@/lib/rules/source-registry';
import { translations } from '@/lib/i18n/translations';
import { formatIsoDate } from '@/components/ui/FormattedDate';

export const SOURCE_WORDS = ['copy', 'news', 'commercial', 'undated', 'ourTitle'] as const;
export type SourceWord = (typeof SOURCE_WORDS)[number];
/** The `Sources` namespace of content/messages/{locale}.json, however the caller got it. */
export type SourcesT = (key: SourceWord, values?: { host: string }) => string;

/** The `Sources` wording for a server component. */
export async function sourcesT(locale: Locale): Promise<SourcesT> {
  const t = translations({ locale, namespace: 'Sources' });
  return (key, values) => t(key, values);
}

/** What the link to a copy says, by kind. */
export const COPY_WORD: Record<Exclude<SourceKind, 'official-site'>, SourceWord> = {
  'official-copy': 'copy',
  news: 'news',
  'commercial-unverified': 'commercial',
};

export const OFFICIAL_REL = 'noopener noreferrer';
export const COPY_REL = 'nofollow noopener noreferrer';

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

export function SourceRef({ source: s, locale, t }: { source: Source; locale: Locale; t: SourcesT }) {
  const comma = locale === 'zh-CN' ? '，' : ', ';
  const lang = s.ourTitle ? 'en' : 'zh-CN';
  return (
    <span data-source={s.id} data-source-kind={s.kind}>
      {s.kind === 'official-site' ? <a href={s.officialUrl} rel={OFFICIAL_REL} lang={lang}>{s.title}</a> : <span lang={lang}>{s.title}</span>}
      {s.ourTitle && <> ({t('ourTitle')})</>}
      {' — '}
      <span lang={s.ourTitle ? undefined : 'zh-CN'}>{s.publisher}</span>
      {s.number && <>{comma}<span lang="zh-CN">{s.number}</span></>}
      {comma}{sourceDate(s.date, locale, t)}
      {s.kind !== 'official-site' && (
        <>
          {locale === 'zh-CN' ? '。' : '. '}
          <a href={s.copyUrl} rel={COPY_REL} data-copy-host={new URL(s.url).hostname}>
            {t(COPY_WORD[s.kind], { host: new URL(s.url).hostname })}
          </a>
        </>
      )}
    </span>
  );
}
