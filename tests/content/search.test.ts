/**
 * Site search as data: the questions people actually type, and the guide each must find first.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { search, guideSections, snippet } from '@/lib/search';
import { parseQuery } from '@/lib/search/query';
import { fold, tokens } from '@/lib/search/text';
import { guideFile, publishedSlugs } from '@/lib/content/guides';
import { QUESTIONS } from '@/lib/search/questions';

describe.each(['zh-CN', 'en'] as const)('search (%s)', (locale) => {
  it.each(QUESTIONS[locale])('"%s" finds %s first', (q, slug) => {
    const { results } = search(q, locale);
    expect(results.map((r) => r.slug).slice(0, 3), q).toContain(slug);
    expect(results[0]?.slug, `${q}: ${results.map((r) => `${r.slug} ${r.score.toFixed(1)}`).join(', ')}`).toBe(slug);
  });

  it('has at least 20 questions, covering most guides', () => {
    expect(QUESTIONS[locale].length).toBeGreaterThanOrEqual(20);
    const covered = new Set(QUESTIONS[locale].map(([, s]) => s));
    expect(covered.size).toBeGreaterThanOrEqual(publishedSlugs().length - 3);
  });

  it('each result names the section it found, with its id on the page, and a snippet with the words marked', () => {
    const { results } = search(locale === 'en' ? 'waiting period' : '等待期', locale);
    expect(results.length).toBeGreaterThan(1);
    for (const r of results) {
      const ids = new Set<string>();
      const slugger = new GithubSlugger();
      for (const line of readFileSync(guideFile(r.slug, locale), 'utf8').split('\n')) {
        const m = /^#{1,6}\s+(.+?)\s*$/.exec(line);
        if (m) ids.add(slugger.slug(m[1]?.replace(/[*_`]/g, '') ?? ''));
      }
      if (r.anchor) expect(ids, `${r.slug}#${r.anchor}`).toContain(r.anchor);
      expect(r.snippet.some((p) => p.mark), r.slug).toBe(true);
    }
  });

  it('a retired member of the resident scheme is answered "keep paying every year", never "退休后不用再交" (the employee scheme\'s rule)', () => {
    const questions = locale === 'en'
      ? ['retired, do I still pay resident insurance', 'do retirees pay resident insurance', 'retired resident insurance']
      : ['退休了还交居民医保吗', '居民医保退休了还要交吗', '退休老人交居民医保吗', '老人居民医保要一直交吗'];
    for (const q of questions) {
      const [first] = search(q, locale).results;
      expect(first?.slug, q).toBe('retirement');
      // The section found is the resident scheme's, whose heading says they keep paying.
      expect(first?.anchor, q).toMatch(locale === 'en' ? /resident-insurance.*keep-paying/ : /居民医保.*每年还要交/);
    }
  });

  it('an empty query, or one of question words only, finds nothing and does not throw', () => {
    expect(search('', locale).results).toEqual([]);
    expect(search('   ', locale).results).toEqual([]);
    expect(search(locale === 'en' ? 'how what which' : '怎么办吗', locale).results).toEqual([]);
    expect(search('<script>alert(1)</script>', locale).results.length).toBeLessThanOrEqual(8);
  });
});

describe('the pieces', () => {
  it('Chinese is indexed as pairs of characters, with 缴 = 交 and full-width folded', () => {
    expect(tokens('断缴', 'zh-CN')).toContain('断交');
    expect(tokens('补缴', 'zh-CN')).toEqual(tokens('补交', 'zh-CN'));
    expect(fold('ＡＢＣ１２３')).toBe('abc123');
    expect(tokens('Paying payments. Resident', 'en')).toEqual(['pay', 'payment', 'pay_payment', 'resident']);
  });

  it('synonyms widen what people type to the words the guides use', () => {
    const q = parseQuery('新农合怎么交', 'zh-CN');
    expect(q.own).toContain('居民');
    expect(q.own).not.toContain('怎么');
    expect(parseQuery('医保卡', 'zh-CN').own).toContain('社保');
    expect(parseQuery('断保', 'zh-CN').own).toContain('断交');
    expect(parseQuery('个体户', 'zh-CN').own).toContain('灵活');
    expect(parseQuery('freelancer', 'en').own).toContain('flexible');
    expect(parseQuery('x'.repeat(500), 'en').text.length).toBe(100);
  });

  it('sections follow the guide headings, with their ids, and drop figure components', () => {
    const s = guideSections('---\ntitle: x\n---\n\nIntro\n\n## First *one*\n\nText <NationalStandard /> more\n\n### A question?\n\nAnswer\n\n## First one\n');
    expect(s.map((x) => [x.anchor, x.heading])).toEqual([['', ''], ['first-one', 'First one'], ['a-question', 'A question?'], ['first-one-1', 'First one']]);
    expect(s[1]?.text).toBe('Text more');
  });

  it('a snippet cuts around the first match and marks it', () => {
    const parts = snippet('a'.repeat(200) + '断缴以后' + 'b'.repeat(200), ['断缴'], 'zh-CN');
    expect(parts[0]?.text).toBe('…');
    expect(parts.find((p) => p.mark)?.text).toBe('断缴');
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(80);
  });
});
