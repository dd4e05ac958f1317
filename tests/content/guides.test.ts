import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { routing } from '@/lib/i18n/routing';
import { FACTS } from '@/lib/rules/facts';
import { guideSlugs } from '@/lib/content/catalogue';
import { guideSources } from '@/lib/content/frontmatter';
import { listGuides, parseGuideFrontmatter, publishedSlugs, readGuideMeta, lastReviewed } from '@/lib/content/guides';

const valid = `---
title: A title
summary: A summary that is long enough.
audiences: [everyone]
facts: [F1.1]
sources: [gbf38Full, dazhou2026]
reviewed: 2026-11-23
---

Body`;

describe('guide frontmatter', () => {
  it('accepts a complete frontmatter block', () => {
    expect(parseGuideFrontmatter(valid, 'x.mdx').title).toBe('A title');
  });

  it('names the file and the field when a field is missing', () => {
    const broken = valid.replace('summary: A summary that is long enough.\n', '');
    expect(() => parseGuideFrontmatter(broken, 'content/guides/x/en.mdx')).toThrow(
      /Invalid frontmatter in content\/guides\/x\/en\.mdx:\n {2}- summary:/,
    );
  });

  it('rejects a guide without sources, a bad date, an unknown field, an unknown source id and a restated source', () => {
    expect(() => parseGuideFrontmatter(valid.replace('sources: [gbf38Full, dazhou2026]', 'sources: []'), 'a.mdx')).toThrow(/sources/);
    expect(() => parseGuideFrontmatter(valid.replace('reviewed: 2026-11-23', 'reviewed: 23/11/2026'), 'a.mdx')).toThrow(/reviewed/);
    expect(() => parseGuideFrontmatter(valid.replace('reviewed:', 'colour: red\nreviewed:'), 'a.mdx')).toThrow(/colour|Unrecognized/);
    expect(() => parseGuideFrontmatter(valid.replace('dazhou2026', 'noSuchSource'), 'a.mdx')).toThrow(/sources\.1: unknown source id "noSuchSource"/);
    expect(() => parseGuideFrontmatter(valid.replace('dazhou2026', 'gbf38Full'), 'a.mdx')).toThrow(/listed twice/);
    expect(() => parseGuideFrontmatter(valid.replace('sources: [gbf38Full, dazhou2026]', 'sources:\n  - title: T\n    publisher: P\n    url: https://example.gov.cn/a\n    date: 2024-08-01'), 'a.mdx')).toThrow(/sources/);
  });

  it('gives the page the registry entries, in the order cited', () => {
    const meta = parseGuideFrontmatter(valid, 'x.mdx');
    expect(guideSources(meta).map((s) => s.id)).toEqual(['gbf38Full', 'dazhou2026']);
  });

  it('reports a file without frontmatter', () => {
    expect(() => parseGuideFrontmatter('# Just a heading', 'b.mdx')).toThrow(/Missing frontmatter in b\.mdx/);
  });
});

describe('the guides in content/guides', () => {
  it('are all catalogued topics, and G1 is published', () => {
    const folders = readdirSync(path.join(process.cwd(), 'content', 'guides'));
    for (const f of folders) expect(guideSlugs).toContain(f);
    expect(publishedSlugs()).toContain('which-scheme');
  });

  it('have valid frontmatter with at least one source in every locale', () => {
    for (const locale of routing.locales) {
      for (const slug of publishedSlugs()) {
        const meta = readGuideMeta(slug, locale);
        expect(meta.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it('list the same guides in the same order in both locales', () => {
    const [a, b] = routing.locales.map((l) => listGuides(l).map((g) => g.slug));
    expect(a).toEqual(b);
  });

  it('cite the same sources and review date in both locales', () => {
    for (const slug of publishedSlugs()) {
      const [zh, en] = routing.locales.map((l) => readGuideMeta(slug, l));
      expect(en?.sources).toEqual(zh?.sources);
      expect(en?.reviewed).toBe(zh?.reviewed);
    }
  });

  it('cite sources by registry id only, each shown by the one rule', () => {
    for (const locale of routing.locales) {
      for (const slug of publishedSlugs()) {
        const meta = readGuideMeta(slug, locale);
        for (const id of meta.sources) expect(typeof id, `${slug}/${locale}`).toBe('string');
        for (const s of guideSources(meta)) expect(s.url, `${slug}/${locale} ${s.id}`).toMatch(/^https?:\/\//);
      }
    }
  });

  it('give the footer a last-reviewed date', () => {
    expect(lastReviewed()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('guide citations', () => {
  const facts = new Set(FACTS.map((f) => f.id));

  it('cite only fact IDs that exist in FACTS (lib/rules/facts.ts)', () => {
    expect(facts.size).toBeGreaterThan(50);
    for (const locale of routing.locales) {
      for (const slug of publishedSlugs()) {
        const meta = readGuideMeta(slug, locale);
        const cited = meta.facts;
        for (const f of cited) expect(facts.has(f), `${meta.file} cites ${f}`).toBe(true);
      }
    }
  });
});
