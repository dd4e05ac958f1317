/** The words of the changelog's page and feed in a locale (messages `SourcesChanges`). */
import { translations, type Translator } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { siteName } from '@/lib/site';
import { formatIsoDate } from '@/lib/i18n/dates';
import type { FeedWords } from './changes';

export type ChangesT = Translator<'SourcesChanges'>;

/** A period of an entry: a benefit year ('2026' → 2026年度) or the day a value applies from. */
export function periodText(p: string, locale: Locale, t: ChangesT): string {
  return /^\d{4}$/.test(p) ? t('periodYear', { year: p }) : t('periodFrom', { date: formatIsoDate(p, locale) });
}

export async function feedWords(locale: Locale): Promise<FeedWords> {
  const t = translations({ locale, namespace: 'SourcesChanges' });
  return {
    title: t('feedTitle', { site: siteName[locale] }),
    subtitle: t('lead'),
    author: siteName[locale],
    why: t('why'),
    parameters: t('parameters'),
    places: t('places'),
    periods: t('periods'),
    sources: t('sources'),
    period: (p) => periodText(p, locale, t),
  };
}
