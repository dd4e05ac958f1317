/**
 * For the page tests of helper mode: the text of a page without what speaks to the helper as such
 * (lib/wizard/voice.ts TO_THE_HELPER), so what is left may not say 你/您/you/your.
 */
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { SECOND_PERSON, TO_THE_HELPER } from '@/lib/wizard/voice';
import { icuArguments } from '../i18n/icu';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for every text a listed message can give (its arguments as wildcards). */
function pattern(locale: Locale, key: string): RegExp | null {
  const [ns, ...path] = key.split('.');
  if (ns === 'rules') return null;
  const t = createTranslator({ locale, messages: loadMessages(locale) as never, namespace: ns as never }) as unknown as (k: string, v: Record<string, unknown>) => string;
  const message = path.reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], (loadMessages(locale) as unknown as Record<string, unknown>)[ns as string]);
  if (typeof message !== 'string') return null;
  const values = Object.fromEntries(icuArguments(message).map((a) => [a, a === 'who' ? 'helper' : 7]));
  const text = t(path.join('.'), values);
  return new RegExp(text.split('7').map(escape).join('.+?'), 'g');
}

/** The lines of a page's text that still say 你/you once what speaks to the helper is taken out. */
export function secondPersonLeft(text: string, locale: Locale): string[] {
  let rest = text;
  for (const key of Object.keys(TO_THE_HELPER)) {
    const p = pattern(locale, key);
    if (p) rest = rest.replace(p, '');
  }
  return rest.split(/\n|(?<=[。.!?！？])/).filter((l) => SECOND_PERSON[locale].test(l)).map((l) => l.trim());
}
