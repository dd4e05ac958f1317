import type { Locale } from '@/lib/i18n/routing';

// Building an Intl formatter is costly; pages format many dates, so keep one per locale.
const formatters = new Map<Locale, Intl.DateTimeFormat>();

/**
 * Dates already written, by locale and date. Formatting one still costs a few microseconds, and a
 * result writes the same few dozen (the rules' dates, today's) again for every new result: about
 * 2–3 % of its CPU. Bounded: forgotten all at once past MAX_WRITTEN (dates come from the rules and
 * the clock, so there are few).
 */
const written = new Map<string, string>();
const MAX_WRITTEN = 4096;

/** Formats a calendar date (YYYY-MM-DD) without time-zone drift: 2026年11月23日 / 23 November 2026. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const key = `${locale} ${iso}`;
  const hit = written.get(key);
  if (hit !== undefined) return hit;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, format);
  }
  const text = format.format(date);
  if (written.size >= MAX_WRITTEN) written.clear();
  written.set(key, text);
  return text;
}
