import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { Confidence, Who } from '@/lib/rules';
import { rulesWords, type Words } from '@/lib/wizard/words';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import { sourcesT, type SourcesT } from '@/components/sources/SourceRef';

export type CheckT = Awaited<ReturnType<typeof getTranslations<'Check'>>>;

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

/** The page's wording with the voice: every message gets `who`, so a `{who, select, …}` reads right. */
function withVoice(t: CheckT, who: Who): CheckT {
  type Values = Record<string, unknown> | undefined;
  const call = t as unknown as (key: string, values?: Values, formats?: unknown) => string;
  const rich = t.rich as unknown as (key: string, values?: Values, formats?: unknown) => unknown;
  const markup = t.markup as unknown as (key: string, values?: Values, formats?: unknown) => string;
  const voiced = (key: string, values?: Values, formats?: unknown) => call(key, { ...values, who }, formats);
  return Object.assign(voiced, {
    rich: (key: string, values?: Values, formats?: unknown) => rich(key, { ...values, who }, formats),
    markup: (key: string, values?: Values, formats?: unknown) => markup(key, { ...values, who }, formats),
    raw: t.raw,
    has: t.has,
  }) as unknown as CheckT;
}

export async function resultContext(locale: Locale, who: Who = 'self'): Promise<Ctx> {
  const t = withVoice(await getTranslations({ locale, namespace: 'Check' }), who);
  const w = rulesWords(locale, who);
  let mdFormat = monthDayFormats.get(locale);
  if (!mdFormat) {
    mdFormat = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
    monthDayFormats.set(locale, mdFormat);
  }
  const monthDay = mdFormat;
  const st = await sourcesT(locale);
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
