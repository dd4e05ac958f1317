import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { routing, type Locale } from '@/lib/i18n/routing';
import { guideCatalogue, type GuideSlug } from './catalogue';
import { GuideFrontmatter, describeIssues } from './frontmatter';

export const guidesDir = path.join(process.cwd(), 'content', 'guides');

export type GuideMeta = GuideFrontmatter & { slug: GuideSlug; topic: string; file: string };

export function guideFile(slug: string, locale: Locale): string {
  return path.join(guidesDir, slug, `${locale}.mdx`);
}

/**
 * Parses and validates the frontmatter of one guide's source. Throws an error that names
 * `file` and every invalid field, so a broken guide fails the build and the tests clearly.
 */
export function parseGuideFrontmatter(source: string, file: string): GuideFrontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) throw new Error(`Missing frontmatter in ${file}: the file must start with a --- block`);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (e) {
    throw new Error(`Unreadable frontmatter in ${file}: ${(e as Error).message}`);
  }
  const parsed = GuideFrontmatter.safeParse(data);
  if (!parsed.success) throw new Error(`Invalid frontmatter in ${file}:\n${describeIssues(parsed.error)}`);
  return parsed.data;
}

// Guides do not change while a production server runs: read and validate each file once.
const cache = new Map<string, GuideMeta>();
const cached = process.env.NODE_ENV === 'production';

/** Reads and validates one guide's frontmatter. */
export function readGuideMeta(slug: GuideSlug, locale: Locale): GuideMeta {
  const key = `${slug}/${locale}`;
  const hit = cached ? cache.get(key) : undefined;
  if (hit) return hit;
  const meta = readGuideMetaUncached(slug, locale);
  if (cached) cache.set(key, meta);
  return meta;
}

function readGuideMetaUncached(slug: GuideSlug, locale: Locale): GuideMeta {
  const file = guideFile(slug, locale);
  const relative = path.relative(process.cwd(), file);
  const meta = parseGuideFrontmatter(readFileSync(file, 'utf8'), relative);
  const topic = guideCatalogue.find((g) => g.slug === slug)?.topic ?? '';
  return { ...meta, slug, topic, file: relative };
}

const published = new Map<GuideSlug, boolean>();

/** A guide is published when it exists in every locale. */
export function isPublished(slug: GuideSlug): boolean {
  const hit = cached ? published.get(slug) : undefined;
  if (hit !== undefined) return hit;
  const value = routing.locales.every((l) => existsSync(guideFile(slug, l)));
  if (cached) published.set(slug, value);
  return value;
}

export function publishedSlugs(): GuideSlug[] {
  return guideCatalogue.map((g) => g.slug).filter(isPublished);
}

export function listGuides(locale: Locale): GuideMeta[] {
  return publishedSlugs().map((slug) => readGuideMeta(slug, locale));
}

let reviewed: string | undefined;

/** The most recent review date of any guide: the site-wide "last reviewed" in the footer (every page's: worked out once in production). */
export function lastReviewed(): string {
  if (cached && reviewed !== undefined) return reviewed;
  const dates = routing.locales.flatMap((l) => listGuides(l).map((g) => g.reviewed));
  const latest = dates.sort().at(-1) ?? '';
  if (cached) reviewed = latest;
  return latest;
}
