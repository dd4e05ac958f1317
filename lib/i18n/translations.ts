import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import { Lru } from '@/lib/lru';
import { loadMessages, TIME_ZONE, type Messages } from './messages';
import type { Locale } from './routing';

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
export type Translator<N extends Namespace> = ReturnType<typeof createTranslator<Messages, N>>;

const made = new Map<string, unknown>();

/**
 * Plain sentences already made (a key with no argument, or with strings and numbers only), by locale,
 * namespace, key and arguments. next-intl memoizes each format call by serializing all its options,
 * which costs more than the sentence; most of a page's sentences repeat from request to request.
 * Bounded: arguments come from answers.
 */
const sentences = new Lru<string, string>(5000);

const plain = (values: unknown): boolean =>
  values === undefined || (typeof values === 'object' && values !== null && Object.values(values).every((v) => typeof v === 'string' || typeof v === 'number'));

/**
 * The site's words in `locale` under `namespace`, for a server component, a route handler or
 * metadata: what `getTranslations({ locale, namespace })` from next-intl/server gives, from the
 * same messages and time zone (lib/i18n/request.ts), but made once per locale and namespace for the
 * life of the server rather than once per request. next-intl keeps its compiled message formats in
 * a cache that lives as long as the translator; getTranslations builds that cache anew for every
 * request, so every page compiled every message it used again (about a tenth of a result's CPU).
 * The words depend only on the locale and the namespace, so one translator serves every request.
 * The locale is always given: a server component knows it from its route.
 */
export function translations<N extends Namespace>({ locale, namespace }: { locale: Locale; namespace: N }): Translator<N> {
  const key = `${locale}\u0000${namespace}`;
  let t = made.get(key) as Translator<N> | undefined;
  if (!t) {
    const base = createTranslator<Messages, N>({ locale, messages: loadMessages(locale), namespace, timeZone: TIME_ZONE });
    const call = base as unknown as (id: string, values?: unknown, formats?: unknown) => string;
    const remembered = (id: string, values?: unknown, formats?: unknown): string => {
      if (formats !== undefined || !plain(values)) return call(id, values, formats);
      const memo = `${key}\u0000${id}\u0000${values === undefined ? '' : JSON.stringify(values)}`;
      return sentences.get(memo) ?? sentences.set(memo, call(id, values));
    };
    t = Object.assign(remembered, { rich: base.rich, markup: base.markup, raw: base.raw, has: base.has }) as unknown as Translator<N>;
    made.set(key, t);
  }
  return t;
}
