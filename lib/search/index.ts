/**
 * Site search over the guides: no service, nothing stored, nothing logged.
 *
 * The index is built from the guides' MDX sources — each `##`/`###` section with its heading, its
 * text, and the guide's title and summary — once per server process, when the first search comes
 * in (and when `next build` prerenders the search page, so a guide the index cannot read fails the
 * build). Ranking is BM25-like with field weights: a match in the guide's title or a section
 * heading counts far more than one in the text. Results are one per guide: its best section, with
 * a snippet around the first match.
 */
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import type { Locale } from '@/lib/i18n/routing';
import { guideFile, listGuides } from '@/lib/content/guides';
import type { GuideSlug } from '@/lib/content/catalogue';
import { plainText } from '@/lib/content/outline';
import { fold, isUnigram, tokens, type Token } from './text';
import { parseQuery, type Query } from './query';

const FIELDS = ['title', 'heading', 'summary', 'text'] as const;
type Field = (typeof FIELDS)[number];
/** A word in a guide's title or a section's heading weighs more than one in the running text. */
const WEIGHT: Record<Field, number> = { title: 5, heading: 4, summary: 1.5, text: 1 };
/** The FAQ repeats the other guides in short: on a tie the guide that covers the topic comes first. */
const GUIDE_WEIGHT: Partial<Record<GuideSlug, number>> = { faq: 0.8 };
/** Words the synonyms add count for less than the words typed. */
const ADDED_WEIGHT = 0.5;
/** A single Chinese character says little; a pair of characters much more. */
const UNIGRAM_WEIGHT = 0.25;

export type Section = {
  slug: GuideSlug;
  guideTitle: string;
  /** The heading's id on the guide page (rehype-slug), or '' for the text before the first heading. */
  anchor: string;
  heading: string;
  /** Plain text of the section, for snippets. */
  text: string;
  counts: Record<Field, Map<Token, number>>;
};

export type Index = { locale: Locale; sections: Section[]; df: Map<Token, number> };

function count(list: Token[]): Map<Token, number> {
  const m = new Map<Token, number>();
  for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * The readable text of an MDX block: a Callout's title and a <summary> stay (they are read like
 * headings), figure components and their props go, Markdown marks go.
 */
export function mdxText(block: string): string {
  return plainText(
    block
      // A phone number's link (<Tel>12393</Tel>) reads as the number, in its sentence.
      .replace(/<Tel>([^<]*)<\/Tel>/g, '$1')
      .replace(/<Callout\b[^>]*\btitle="([^"]*)"[^>]*>/g, '\n$1 — \n')
      .replace(/<([A-Z]\w*)\b[^>]*\/>/g, ' ')
      .replace(/\{[^{}]*\}/g, ' '),
  );
}

/** A heading's text as rehype-slug sees it (the text of the rendered heading): no Markdown marks, numbers kept. */
export function headingText(md: string): string {
  return md.replace(/<[^>]+>/g, '').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').trim();
}

/** The sections of one guide: the intro, then one per `##` or `###` heading, with rehype-slug's ids. */
export function guideSections(mdx: string): Array<{ anchor: string; heading: string; text: string }> {
  const bodyText = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const slugger = new GithubSlugger();
  const out: Array<{ anchor: string; heading: string; lines: string[] }> = [{ anchor: '', heading: '', lines: [] }];
  let inCode = false;
  for (const line of bodyText.split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const m = !inCode && /^(#{1,6})\s+(.+?)\s*#*$/.exec(line);
    if (m) {
      const heading = headingText(m[2] ?? '');
      const anchor = slugger.slug(heading);
      if ((m[1] ?? '').length <= 3) {
        out.push({ anchor, heading, lines: [] });
        continue;
      }
    }
    out[out.length - 1]?.lines.push(line);
  }
  return out.map((s) => ({ anchor: s.anchor, heading: s.heading, text: mdxText(s.lines.join('\n')) })).filter((s) => s.heading || s.text);
}

export function buildIndex(locale: Locale): Index {
  const sections: Section[] = [];
  for (const g of listGuides(locale)) {
    const mdx = readFileSync(guideFile(g.slug, locale), 'utf8');
    const title = tokens(g.title, locale);
    const summary = tokens(g.summary, locale);
    for (const s of guideSections(mdx)) {
      sections.push({
        slug: g.slug,
        guideTitle: g.title,
        anchor: s.anchor,
        heading: s.heading,
        text: s.text,
        counts: { title: count(title), heading: count(tokens(s.heading, locale)), summary: count(summary), text: count(tokens(s.text, locale)) },
      });
    }
  }
  const df = new Map<Token, number>();
  for (const s of sections) {
    const seen = new Set<Token>();
    for (const f of FIELDS) for (const t of s.counts[f].keys()) seen.add(t);
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return { locale, sections, df };
}

const indexes = new Map<Locale, Index>();
export function searchIndex(locale: Locale): Index {
  let i = indexes.get(locale);
  if (!i) {
    i = buildIndex(locale);
    indexes.set(locale, i);
  }
  return i;
}

export type Result = {
  slug: GuideSlug;
  title: string;
  anchor: string;
  heading: string;
  /** The snippet in parts: `mark` parts are the words that matched. */
  snippet: Array<{ text: string; mark: boolean }>;
  score: number;
};

function sectionScore(index: Index, s: Section, q: Query): number {
  const n = index.sections.length;
  let score = 0;
  let matched = 0;
  const all = [...q.own.map((t) => [t, 1] as const), ...q.added.map((t) => [t, ADDED_WEIGHT] as const)];
  for (const [t, w] of all) {
    const df = index.df.get(t) ?? 0;
    if (df === 0) continue;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    let tf = 0;
    for (const f of FIELDS) {
      const c = s.counts[f].get(t) ?? 0;
      if (c > 0) tf += WEIGHT[f] * (1 + Math.log(c));
    }
    if (tf > 0) {
      score += w * idf * tf * (isUnigram(t) ? UNIGRAM_WEIGHT : 1);
      if (w === 1 && !isUnigram(t)) matched++;
    }
  }
  // Prefer sections that match more of what was typed.
  const typed = q.own.filter((t) => !isUnigram(t)).length;
  const coverage = typed > 0 ? matched / typed : 1;
  return score * (0.5 + coverage) * (GUIDE_WEIGHT[s.slug] ?? 1);
}

/** A snippet of about `size` characters around the first of `marks` found in `text`. */
export function snippet(text: string, marks: string[], locale: Locale): Result['snippet'] {
  const size = locale === 'en' ? 180 : 70;
  const folded = fold(text);
  const terms = [...new Set(marks.map(fold))].filter(Boolean).sort((a, b) => b.length - a.length);
  let first = -1;
  for (const term of terms) {
    const i = folded.indexOf(term);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(size / 3));
  let end = Math.min(text.length, start + size);
  if (locale === 'en') {
    if (start > 0) start = text.lastIndexOf(' ', start) + 1;
    const space = text.indexOf(' ', end);
    if (end < text.length && space > 0) end = space;
  }
  const cut = text.slice(start, end);
  const foldedCut = folded.slice(start, end);
  const parts: Result['snippet'] = [];
  if (start > 0) parts.push({ text: '…', mark: false });
  let i = 0;
  while (i < cut.length) {
    const hit = terms.find((term) => foldedCut.startsWith(term, i) && (locale !== 'en' || !/[a-z0-9]/.test(foldedCut[i - 1] ?? '')));
    if (hit) {
      parts.push({ text: cut.slice(i, i + hit.length), mark: true });
      i += hit.length;
      continue;
    }
    const last = parts[parts.length - 1];
    if (last && !last.mark && last.text !== '…') last.text += cut[i];
    else parts.push({ text: cut[i] ?? '', mark: false });
    i++;
  }
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

/** The guides that answer `raw`, best first, one result per guide. */
export function search(raw: string, locale: Locale, limit = 8): { query: Query; results: Result[] } {
  const query = parseQuery(raw, locale);
  if (query.own.length === 0 && query.added.length === 0) return { query, results: [] };
  const index = searchIndex(locale);
  const best = new Map<GuideSlug, { s: Section; score: number }>();
  for (const s of index.sections) {
    const score = sectionScore(index, s, query);
    if (score <= 0) continue;
    const b = best.get(s.slug);
    if (!b || score > b.score) best.set(s.slug, { s, score });
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const top = ranked[0]?.score ?? 0;
  return {
    query,
    results: ranked
      // Leave out guides that match only faintly next to the best.
      .filter((r) => r.score >= top * 0.08)
      .slice(0, limit)
      .map(({ s, score }) => ({
        slug: s.slug,
        title: s.guideTitle,
        anchor: s.anchor,
        heading: s.heading,
        snippet: snippet(s.text || s.heading, query.marks, locale),
        score,
      })),
  };
}
