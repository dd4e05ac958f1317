import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import type { Confidence, Who } from '@/lib/rules';
import { rulesWords, type Words } from '@/lib/wizard/words';
import { formatIsoDate } from '@/lib/i18n/dates';
import { sourcesWords, type SourcesT } from '@/lib/i18n/sources';
import { withVoice } from './voiced';

export type { CheckT } from './voiced';
import type { CheckT } from './voiced';

/** What every part of the result needs to put ids, dates and amounts into words. */
export type Ctx = {
  locale: Locale;
  /** The voice (answers.who): both `t` and `w` format every message with it (lib/wizard/words.ts). */
  who: Who;
  /** The page's own wording (`Check` namespace). */
  t: CheckT;
  /** The rules library's wording (ids → words). */
  w: Words;
  /** The `Sources` wording, for SourceRef (the one way a source is shown). */
  st: SourcesT;
  /** A calendar date: 2026年11月23日 / 23 November 2026. */
  d: (iso: string) => string;
  /** A month and day without a year: 12月20日 / 20 December. */
  md: (m: { month: number; day: number }) => string;
  /** An amount in yuan a year. */
  yuan: (n: number) => string;
  /** "3 个月" or "0–3 个月". */
  months: (min: number, max: number) => string;
  /** "可信度 B" (the letter; the legend is in the "why" part). */
  conf: (c: Confidence) => string;
  /** A list joined the way the language does it. */
  list: (items: string[]) => string;
};

const monthDayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** The result's context in the voice of `who` (the page's words and the rules' both get it), worded for `asOf`. */
export async function resultContext(locale: Locale, who: Who, asOf: string): Promise<Ctx> {
  return contextFor(locale, who, asOf);
}

/** resultContext, synchronously (for a render that cannot await: the result page, pages/). */
export function contextFor(locale: Locale, who: Who, asOf: string): Ctx {
  const t = withVoice(translations({ locale, namespace: 'Check' }), who);
  return contextWith(locale, who, t, rulesWords(locale, { asOf, who }), sourcesWords(locale));
}

/** The context from words already in the voice (tests record the words through it). */
export function contextWith(locale: Locale, who: Who, t: CheckT, w: Words, st: SourcesT): Ctx {
  let mdFormat = monthDayFormats.get(locale);
  if (!mdFormat) {
    mdFormat = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
    monthDayFormats.set(locale, mdFormat);
  }
  const monthDay = mdFormat;
  return {
    locale,
    who,
    t,
    w,
    st,
    d: (iso) => formatIsoDate(iso, locale),
    md: (m) => monthDay.format(new Date(Date.UTC(2001, m.month - 1, m.day))),
    yuan: (n) => t('cost.perYear', { amount: n.toLocaleString(locale) }),
    months: (min, max) => (min === max ? t('wait.exact', { n: min }) : t('wait.range', { min, max })),
    conf: (c) => t('confidenceShort', { level: c }),
    list: (items) => items.join(locale === 'en' ? '; ' : '；'),
  };
}
