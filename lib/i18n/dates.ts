import type { Locale } from '@/lib/i18n/routing';

// Building an Intl formatter is costly; pages format many dates, so keep one per locale.
const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** Formats a calendar date (YYYY-MM-DD) without time-zone drift: 2026年11月23日 / 23 November 2026. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, format);
  }
  return format.format(date);
}
