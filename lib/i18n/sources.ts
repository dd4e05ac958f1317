import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';

/** The words a source line needs (components/sources/SourceRef.tsx shows a source by them). */
export const SOURCE_WORDS = [
  'readCopy', 'readNews', 'readPage', 'notLinked', 'notLinkedCommercial', 'httpOnly', 'officialSite',
  'officialAt', 'officialAtIssuer', 'govPolicyLibrary', 'lawDatabase', 'numberUnverified', 'issued', 'undated', 'unverified',
] as const;
export type SourceWord = (typeof SOURCE_WORDS)[number];
/** The `Sources` namespace of content/messages/{locale}.json, however the caller got it. */
export type SourcesT = (key: SourceWord, values?: Record<string, string>) => string;

/** The `Sources` wording, synchronously (a page of the Pages Router renders synchronously). */
export function sourcesWords(locale: Locale): SourcesT {
  const t = translations({ locale, namespace: 'Sources' });
  return (key, values) => t(key, values);
}

/** The `Sources` wording for a server component. */
export async function sourcesT(locale: Locale): Promise<SourcesT> {
  return sourcesWords(locale);
}
