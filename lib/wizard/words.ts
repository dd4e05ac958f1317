import { createTranslator } from 'next-intl';
import rulesZhCN from '@/content/messages/rules/zh-CN.json';
import rulesEn from '@/content/messages/rules/en.json';
import type { Locale } from '@/lib/i18n/routing';
import { isIsoDate, regionMessages, ruleFigures, type Who } from '@/lib/rules';
import { Lru } from '@/lib/lru';

export type Words = {
  (key: string, values?: Record<string, string | number>): string;
  has: (key: string) => boolean;
};

/**
 * The wording of the rules library's ids (content/messages/rules/*.json). The keys are built
 * from ids at run time, so they are looked up untyped here; tests/rules checks that every id
 * the library can emit has wording in both locales.
 *
 * The words read no clock: the date whose figures they state (`asOf`) is given by the caller — the
 * page, which works out today once per request (lib/wizard/today.ts), or the API, which takes it
 * from its `asOf` parameter — so a result for a given date is worded with that date's figures.
 */
type Base = {
  translate: (key: string, values?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
};
/** One translator per locale (the voice is an argument): next-intl keeps its compiled messages with it. */
const bases = new Map<string, Base>();
/** The words bound to a date, and the figures of a date: keyed by dates the API may be asked for, so bounded. */
const bound = new Lru<string, Words>(64);
const figures = new Lru<string, Record<string, number>>(64);
/**
 * Sentences already made, by locale, voice, date, key and arguments: most of a result's sentences
 * (features, channels, materials, reasons) are the same for many people, and formatting one through
 * next-intl costs far more than looking it up. Bounded: arguments come from answers.
 */
const sentences = new Lru<string, string>(5000);
/** Keys looked up (has): bounded by the messages, kept only up to this many. */
const MAX_KEYS = 10_000;

type Tree = { [key: string]: Tree | string };

function merge(into: Tree, from: Tree): Tree {
  const out: Tree = { ...into };
  for (const [k, v] of Object.entries(from)) {
    const here = out[k];
    out[k] = typeof v === 'object' && typeof here === 'object' ? merge(here, v) : v;
  }
  return out;
}

/**
 * The rules messages with the words the region files hold (place names, local group labels): a
 * place's name is kept once, in its file (lib/rules/regions/<id>.json).
 */
export function withRegionMessages(messages: Record<string, unknown>, locale: Locale): Record<string, unknown> {
  return merge(messages as Tree, regionMessages(locale) as unknown as Tree);
}

function baseFor(locale: Locale): Base {
  const hit = bases.get(locale);
  if (hit) return hit;
  const messages = withRegionMessages((locale === 'en' ? rulesEn : rulesZhCN) as Record<string, unknown>, locale);
  const translate = createTranslator({ locale, messages: messages as never }) as unknown as Base['translate'];
  const known = new Map<string, boolean>();
  const has = (key: string) => {
    const seen = known.get(key);
    if (seen !== undefined) return seen;
    let node: unknown = messages;
    for (const part of key.split('.')) {
      if (node === null || typeof node !== 'object' || !(part in node)) {
        node = undefined;
        break;
      }
      node = (node as Record<string, unknown>)[part];
    }
    const found = typeof node === 'string';
    if (known.size < MAX_KEYS) known.set(key, found);
    return found;
  };
  const base = { translate, has };
  bases.set(locale, base);
  return base;
}

/**
 * The voice: who the sentences are about. Every message is formatted with `who` (the answer `w`),
 * and a message that speaks about the person says so once, with an ICU select:
 * `{who, select, helper {TA} other {你}}已参加居民医保…`. In helper mode the person helped is "TA" /
 * "they"; the helper is still "你"/"you" only in the messages lib/wizard/voice.ts lists as speaking
 * to the helper. tests/rules/voice.test.ts holds every helper-mode result of the sweep to that.
 *
 * `asOf` (YYYY-MM-DD): the date whose national figures the sentences state, and whose benefit years
 * the questions name.
 */
export function rulesWords(locale: Locale, { asOf, who = 'self' }: { asOf: string; who?: Who }): Words {
  if (!isIsoDate(asOf)) throw new Error(`rulesWords: asOf must be a date (YYYY-MM-DD), not ${JSON.stringify(asOf)}`);
  const cacheKey = `${locale}:${who}:${asOf}`;
  const hit = bound.get(cacheKey);
  if (hit) return hit;
  const { translate, has } = baseFor(locale);
  // Sentences that state a national figure take it from the parameters (lib/rules/figures.ts).
  // Questions name benefit years by number ("{thisYear} 年度"), so "this year's" is never ambiguous in
  // the autumn, when next year's resident contributions are being collected.
  const year = Number(asOf.slice(0, 4));
  const dated = { ...figures.getOrMake(asOf, () => ruleFigures(asOf)), thisYear: year, nextYear: year + 1 };
  // A place is named once (regionNames); messages say {regionName}, the rules pass the slug as `region`.
  const regionName = (values?: Record<string, string | number>): Record<string, string> =>
    typeof values?.region === 'string' && has(`regionNames.${values.region}`) ? { regionName: translate(`regionNames.${values.region}`, { who }) } : {};
  const words = ((key: string, values?: Record<string, string | number>) => {
    if (!has(key)) return key;
    const memo = `${cacheKey}\u0000${key}\u0000${values ? JSON.stringify(values) : ''}`;
    return sentences.get(memo) ?? sentences.set(memo, translate(key, { ...dated, ...values, who, ...regionName(values) }));
  }) as Words;
  words.has = has;
  return bound.set(cacheKey, words);
}
