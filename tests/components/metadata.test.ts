/**
 * Previews when a link is shared (issue 23): every page type has og:title, og:description,
 * og:image (the locale's static PNG) and twitter:card, from its own generateMetadata or the
 * layout's; a result's metadata says what the page is and carries none of its answers. The result
 * is rendered by the Pages Router (docs/decisions/0006-result-pipeline.md): its <head> comes from
 * resultHeadTags (components/layout/HeadTags.tsx), read here as the tags it writes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement, Fragment } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Metadata } from 'next';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

vi.mock('next-intl/server', () => import('../intl-server'));

const { OG_IMAGE } = await import('@/lib/metadata');
const { answersToSearchParams } = await import('@/lib/rules');
const { rulesWords } = await import('@/lib/wizard/words');
const { sweepAnswers } = await import('../rules/sweep');

type Generate = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string | string[]>> }) => Promise<Metadata>;
const load = async (file: string) => (await import(/* @vite-ignore */ `@/app/[locale]/${file}`)).generateMetadata as Generate;

const layout = await load('layout.tsx');
const { resultHeadTags } = await import('@/components/layout/HeadTags');
const { renderToStaticMarkup } = await import('react-dom/server');
const { siteUrl } = await import('@/lib/site');

/** The result's <head>, as Metadata: title, description, robots, openGraph and twitter (what the tags say). */
function resultMetadata(locale: Locale, who: 'self' | 'helper' = 'self'): Metadata & { html: string } {
  const html = renderToStaticMarkup(createElement(Fragment, null, ...resultHeadTags({ locale, who, icon: '/icon.svg' })));
  const tag = (attr: string, key: string) => [...html.matchAll(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`, 'g'))].map((m) => m[1]!);
  const one = (attr: string, key: string) => tag(attr, key)[0];
  const rel = (url: string | undefined) => url?.replace(siteUrl, '');
  const images = tag('property', 'og:image').map((url, i) => ({ url: rel(url)!, width: Number(tag('property', 'og:image:width')[i]), height: Number(tag('property', 'og:image:height')[i]) }));
  return {
    html,
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/ \| [^|]+$/, ''),
    description: one('name', 'description'),
    robots: one('name', 'robots'),
    openGraph: { title: one('property', 'og:title'), description: one('property', 'og:description'), siteName: one('property', 'og:site_name'), url: one('property', 'og:url'), images },
    twitter: { card: one('name', 'twitter:card'), title: one('name', 'twitter:title'), images: tag('name', 'twitter:image').map((url, i) => ({ url: rel(url)!, width: Number(tag('name', 'twitter:image:width')[i]), height: Number(tag('name', 'twitter:image:height')[i]) })) },
  } as Metadata & { html: string };
}

/** The metadata a page ends up with: the layout's, each key the page gives replacing it (Next merges them so). */
async function metadataOf(file: string, params: Record<string, string>, search: Record<string, string | string[]> = {}): Promise<Metadata> {
  if (file === RESULT_PAGE) return resultMetadata(params.locale as Locale);
  const page = await load(file);
  const args = { params: Promise.resolve(params), searchParams: Promise.resolve(search) };
  return { ...(await layout(args)), ...(await page(args)) };
}

/** The result: pages/[locale]/check/result.tsx (the Pages Router). */
const RESULT_PAGE = 'pages/[locale]/check/result.tsx';
const query = (q: string) => Object.fromEntries(new URLSearchParams(q)) as Record<string, string>;
const RESULT = 'v=1&w=self&r=beijing&a=35&s=flexible&h=local&g=dibao&c=none';

/** Every page type, by its route file, with the params and query a real request would bring. */
const PAGES: Array<[name: string, file: string, params: Record<string, string>, search?: Record<string, string>]> = [
  ['home', 'page.tsx', {}],
  ['guide index', 'guides/page.tsx', {}],
  ['a guide', 'guides/[slug]/page.tsx', { slug: 'which-scheme' }],
  ['the FAQ', 'guides/[slug]/page.tsx', { slug: 'faq' }],
  ['check start', 'check/page.tsx', {}],
  ['first question', 'check/[step]/page.tsx', { step: 'who' }],
  ['a question with answers', 'check/[step]/page.tsx', { step: 'age' }, query('v=1&w=self&r=beijing')],
  ['check your answers', 'check/answers/page.tsx', {}, query(RESULT)],
  ['a result', RESULT_PAGE, {}, query(RESULT)],
  ['quick entry', 'check/all/page.tsx', {}],
  ['paper check', 'check/paper/page.tsx', {}],
  ['household', 'household/page.tsx', {}],
  ['household editor', 'household/edit/page.tsx', {}],
  ['poster', 'poster/page.tsx', {}],
  ['sources', 'sources/page.tsx', {}],
  ['search', 'search/page.tsx', {}],
  ['not found', 'missing/page.tsx', {}],
];

describe('every page previews when shared', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it.each(PAGES)(`${locale}: %s`, async (_name, file, params, search) => {
      const m = await metadataOf(file, { locale, ...params }, search);
      const og = m.openGraph as { title?: string; description?: string; siteName?: string; images?: Array<{ url: string; width: number; height: number }> };
      const twitter = m.twitter as { card?: string; title?: string; images?: unknown[] };
      expect(og.title).toBeTruthy();
      expect(og.description).toBeTruthy();
      expect(og.siteName).toBe(loadMessages(locale).Site.name);
      expect(og.images).toEqual([expect.objectContaining({ url: `/og-${locale}.png`, width: OG_IMAGE.width, height: OG_IMAGE.height })]);
      expect(twitter.card).toBe('summary_large_image');
      expect(twitter.title).toBe(og.title);
      expect(twitter.images).toEqual(og.images);
      // A page with its own title previews with it (the preview is the page's, not only the site's).
      if (typeof m.title === 'string') expect(og.title).toBe(file === RESULT_PAGE ? loadMessages(locale).Check.share.title : m.title);
    });
  }

  it('the preview image of each locale is in public/ (a 1200×630 PNG), made from the words the messages hold now', async () => {
    const { ogFingerprint } = await import('../../scripts/og-image.mjs');
    const made = JSON.parse(readFileSync(path.join('scripts', 'og-images.json'), 'utf8')) as Record<string, string>;
    // Changed the site's name, the home page's title or the footer's disclaimer? Run `node scripts/og-image.mjs`.
    for (const locale of ['zh-CN', 'en'] as const) expect(made[locale], locale).toBe(ogFingerprint(locale));
    for (const locale of ['zh-CN', 'en'] as const) {
      const png = readFileSync(path.join('public', OG_IMAGE.path(locale)));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_IMAGE.width, OG_IMAGE.height]);
    }
  });
});

describe("a result's preview carries none of its answers", () => {
  /** Every string in the metadata (titles, descriptions, URLs, alt texts), and the keys of objects. */
  const strings = (m: unknown): string[] => (typeof m === 'string' ? [m] : Array.isArray(m) ? m.flatMap(strings)
    : m && typeof m === 'object' ? Object.entries(m).flatMap(([k, v]) => [k, ...strings(v)]) : []);

  it('says what the page is: a medical insurance check result, with the site; no link repeated, no canonical', async () => {
    const m = await metadataOf(RESULT_PAGE, { locale: 'zh-CN' }, query(RESULT));
    expect((m.openGraph as { title: string }).title).toBe('医保参保检查结果');
    expect(m.robots).toBe('noindex');
    expect(m.title).toBe('检查结果');
    expect((m.openGraph as { url?: string }).url).toBeUndefined();
    expect(m.alternates).toBeUndefined();
    const all = strings(m).join('\n');
    // Beijing, 35, flexible work, local hukou, 低保: none of them.
    for (const w of ['北京', '35', '灵活就业', '本地', '低保', 'beijing', 'dibao', 'r=', 'a=']) expect(all).not.toContain(w);
  });

  it('for any answers, a result\'s metadata is the same (the voice of its title aside): nothing in it comes from an answer', async () => {
    // The page's head is made from the locale and the voice alone (pages/[locale]/check/result.tsx);
    // what it says is checked against every answer set of the sample all the same.
    const all = sweepAnswers();
    // A sample across the sweep: every 199th answer set (regions, ages, groups, hukou, coverage all vary).
    const sample = all.filter((_, i) => i % 199 === 0);
    expect(sample.length).toBeGreaterThan(150);
    for (const locale of ['zh-CN', 'en'] as const) {
      const w = rulesWords(locale, { asOf: '2026-11-20' });
      const seen = new Map<string, string>();
      for (const answers of sample) {
        expect(answersToSearchParams(answers).toString()).not.toBe('');
        const { html, ...m } = resultMetadata(locale, answers.who);
        expect(html).toContain('<title>');
        const text = strings(m).join('\n');
        const key = answers.who;
        const before = seen.get(key);
        if (before === undefined) seen.set(key, text);
        else expect(text, JSON.stringify(answers)).toBe(before);
        // And, directly: not the place, not the age, not a group.
        expect(text).not.toContain(w(`questions.region.options.${answers.region}`));
        expect(text).not.toMatch(new RegExp(`(?<!\\d)${answers.age}(?!\\d)`));
        for (const g of answers.groups) expect(text).not.toContain(w(`questions.special-groups.options.${g}`));
      }
    }
  });
});
