/**
 * The punctuation between a label and what follows it, by locale: full-width in Chinese (no space
 * after it), ASCII with a space in English. Stated once; pages and the words sent to scripts read it.
 */
export const colonFor = (locale: string): string => (locale === 'en' ? ': ' : '：');
export const semicolonFor = (locale: string): string => (locale === 'en' ? '; ' : '；');
