import { createTranslator } from 'next-intl';
import rulesZhCN from '@/content/messages/rules/zh-CN.json';
import rulesEn from '@/content/messages/rules/en.json';
import type { Locale } from '@/lib/i18n/routing';
import { regionMessages, ruleFigures, type Who } from '@/lib/rules';
import { todayInShanghai } from './today';

export type Words = {
  (key: string, values?: Record<string, string | number>): string;
  has: (key: string) => boolean;
};

/**
 * The wording of the rules library's ids (content/messages/rules/*.json). The keys are built
 * from ids at run time, so they are looked up untyped here; tests/rules checks that every id
 * the library can emit has wording in both locales.
 */
const byLocale = new Map<string, Words>();
const figures = new Map<string, Record<string, number>>();

function figuresFor(asOf: string): Record<string, number> {
  let f = figures.get(asOf);
  if (!f) {
    f = ruleFigures(asOf);
    figures.set(asOf, f);
  }
  return f;
}

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

/**
 * The voice: who the sentences are about. Every message is formatted with `who` (the answer `w`),
 * and a message that speaks about the person says so once, with an ICU select:
 * `{who, select, helper {TA} other {你}}已参加居民医保…`. In helper mode the person helped is "TA" /
 * "they"; the helper is still "你"/"you" only in the messages lib/wizard/voice.ts lists as speaking
 * to the helper. tests/rules/voice.test.ts holds every helper-mode result of the sweep to that.
 */
export function rulesWords(locale: Locale, who: Who = 'self'): Words {
  const cacheKey = `${locale}:${who}`;
  const hit = byLocale.get(cacheKey);
  if (hit) return hit;
  const messages = withRegionMessages((locale === 'en' ? rulesEn : rulesZhCN) as Record<string, unknown>, locale);
  const translate = createTranslator({ locale, messages: messages as never }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const has = (key: string) => {
    let node: unknown = messages;
    for (const part of key.split('.')) {
      if (node === null || typeof node !== 'object' || !(part in node)) return false;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === 'string';
  };
  // Sentences that state a national figure take it from the parameters (lib/rules/figures.ts).
  // A place is named once (regionNames); messages say {regionName}, the rules pass the slug as `region`.
  const regionName = (values?: Record<string, string | number>): Record<string, string> =>
    typeof values?.region === 'string' && has(`regionNames.${values.region}`) ? { regionName: translate(`regionNames.${values.region}`, { who }) } : {};
  // Questions name benefit years by number ("{thisYear} 年度"), so "this year's" is never ambiguous in
  // the autumn, when next year's resident contributions are being collected.
  const years = (today: string) => ({ thisYear: Number(today.slice(0, 4)), nextYear: Number(today.slice(0, 4)) + 1 });
  const words = ((key: string, values?: Record<string, string | number>) => {
    if (!has(key)) return key;
    const today = todayInShanghai();
    return translate(key, { ...figuresFor(today), ...years(today), ...values, who, ...regionName(values) });
  }) as Words;
  words.has = has;
  byLocale.set(cacheKey, words);
  return words;
}
