/**
 * Text into search tokens, the same way for the guides and for a query.
 *
 * Chinese: `Intl.Segmenter` splits text into words, but its dictionary does not know the words of
 * 医保 (断缴 comes out as 断|缴, 医保 as 医|保), so every run of Han characters is also indexed as
 * overlapping pairs of characters (bigrams), the usual way to search Chinese without a dictionary,
 * and as single characters for one-character queries. 缴 and 交 are one character for search
 * (缴费 = 交费, 补缴 = 补交). English: lower-case words, a light suffix stemmer.
 * Full-width letters and digits are folded (NFKC) first.
 */
import type { Locale } from '@/lib/i18n/routing';

export type Token = string;

const HAN = /\p{Script=Han}/u;
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** NFKC, lower case, 缴 → 交. Keeps the length of Chinese text, so offsets still point into the original. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/缴/g, '交');
}

const EN_STOP = new Set([
  'a', 'an', 'the', 'i', 'my', 'me', 'we', 'our', 'you', 'your', 'it', 'its', 'is', 'am', 'are', 'was', 'be', 'been', 'do', 'does', 'did',
  'how', 'what', 'when', 'where', 'which', 'who', 'why', 'can', 'could', 'should', 'will', 'would', 'to', 'for', 'of', 'in', 'on', 'at',
  'and', 'or', 'with', 'if', 'get', 'got', 'much', 'many', 'now', 'there', 'this', 'that', 'so', 'any', 'about', 'from', 'by', 'as', 'not', 'no',
]);

/** A light English stemmer: enough for paying/paid/payments, enrolled/enrollment, students. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w === 'paid') return 'pay';
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es') && /(s|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** Han bigrams (and unigrams, marked with a leading '1:') of one run of Han characters. */
function hanTokens(run: string, out: Token[]): void {
  const chars = [...run];
  for (const c of chars) out.push(`1:${c}`);
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
}

/**
 * The tokens of `text`. Han runs give bigrams and unigrams; other words (Latin letters and
 * digits) give stemmed words. English stop words are dropped.
 */
export function tokens(text: string, locale: Locale | string = 'zh-CN'): Token[] {
  const out: Token[] = [];
  const folded = fold(text);
  let run = '';
  let previous = '';
  const flush = () => {
    if (run) hanTokens(run, out);
    run = '';
  };
  for (const part of segmenter(locale === 'en' ? 'en' : 'zh').segment(folded)) {
    const seg = part.segment;
    if (HAN.test(seg)) {
      // A Han word continues the current run: bigrams cross the segmenter's guesses.
      for (const ch of seg) {
        if (HAN.test(ch)) run += ch;
        else flush();
      }
      continue;
    }
    flush();
    if (!part.isWordLike) {
      // Punctuation ends a phrase; spaces do not.
      if (/[^\s]/.test(seg)) previous = '';
      continue;
    }
    const w = seg.replace(/[^a-z0-9]/g, '');
    // One letter or digit ("1." of a numbered heading, "x") says nothing.
    if (w.length < 2 || EN_STOP.has(w)) continue;
    const word = stem(w);
    out.push(word);
    // Two words in a row are also a token, so a phrase ("resident insurance") counts for more.
    if (previous) out.push(`${previous}_${word}`);
    previous = word;
  }
  flush();
  return out;
}

export const isUnigram = (t: Token) => t.startsWith('1:');
