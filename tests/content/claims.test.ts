/**
 * The guides and the season notice say nothing the check contradicts (issue 20): every claim of
 * tests/content/claims.ts found in a guide (both locales) or in the messages the guides show
 * (the season notice, the guide figures, the glossary) has its qualifier in the same paragraph,
 * list item or table row.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { routing, type Locale } from '@/lib/i18n/routing';
import zh from '@/content/messages/zh-CN.json';
import en from '@/content/messages/en.json';
import { CLAIMS, type Claim } from './claims';

type Unit = { where: string; text: string };

/** A guide body as units: paragraphs, with each list item and table row on its own (continuation lines stay with their item). */
export function mdxUnits(source: string): string[] {
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const units: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) units.push(current.join(' ').trim());
    current = [];
  };
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === '') flush();
    else if (/^\s{0,3}([-*]|\d+\.)\s|^\s*\|/.test(line)) {
      flush();
      current.push(line.trim());
    } else current.push(line.trim());
  }
  flush();
  return units.filter(Boolean);
}

const sentences = (text: string) => text.split(/(?<=[。！？；])|(?<=[.!?;])\s+/).map((s) => s.trim()).filter(Boolean);

function leaves(value: unknown, prefix: string): Array<[string, string]> {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
  return [[prefix, String(value)]];
}

/** The messages a guide page shows besides its MDX: the season notice, the guide figures, the glossary. */
const SHOWN_IN_GUIDES = ['Season', 'Figures', 'Glossary'] as const;

function units(locale: Locale): Unit[] {
  const dir = path.join(process.cwd(), 'content', 'guides');
  const out: Unit[] = [];
  for (const slug of readdirSync(dir)) {
    const text = readFileSync(path.join(dir, slug, `${locale}.mdx`), 'utf8');
    for (const u of mdxUnits(text)) out.push({ where: `${slug}/${locale}.mdx`, text: u });
  }
  const messages = locale === 'zh-CN' ? zh : en;
  for (const ns of SHOWN_IN_GUIDES) for (const [key, text] of leaves(messages[ns], ns)) if (!key.endsWith('.term')) out.push({ where: key, text }); // a glossary term is a name, not a claim
  return out;
}

/** Every sentence of `u` that makes `claim` with none of its qualifiers in the unit. */
export function bareClaims(claim: Claim, locale: Locale, u: Unit): string[] {
  if (claim.perPlace?.test(u.where)) return [];
  const qualified = claim.qualifiers[locale].some((group) => group.every((re) => re.test(u.text)));
  if (qualified) return [];
  return sentences(u.text).filter((s) => {
    const cut = claim.ignore ? s.replace(claim.ignore[locale], '') : s;
    return claim.claim[locale].every((re) => re.test(cut));
  });
}

describe.each(routing.locales)('claims the check contradicts (%s)', (locale) => {
  const all = units(locale);

  it('reads every guide and the messages shown in them', () => {
    expect(all.filter((u) => u.where.endsWith('.mdx')).length).toBeGreaterThan(200);
    expect(all.some((u) => u.where === 'Season.leadOpen')).toBe(true);
  });

  it.each(CLAIMS.map((c) => [c.id, c] as const))('%s: never without its qualifier in the same paragraph or item', (_id, claim) => {
    const found = all.flatMap((u) => bareClaims(claim, locale, u).map((s) => `${u.where}: ${s}`));
    expect(found, claim.why).toEqual([]);
  });
});

describe('the claim patterns', () => {
  const u = (text: string): Unit => ({ where: 'x', text });
  const [january, permit] = CLAIMS;
  it('catch the bare claims and pass the qualified ones', () => {
    if (!january || !permit) throw new Error('two claims expected');
    expect(bareClaims(january, 'zh-CN', u('在当地的缴费期内交了，从{cover}起看病可以报销。'))).toHaveLength(1);
    expect(bareClaims(january, 'zh-CN', u('在当地的缴费期内交了，去年也参了保的，从{cover}起看病可以报销；第一次参保的，要先过等待期。'))).toEqual([]);
    expect(bareClaims(january, 'en', u('Pay within your local collection period and your care is covered from {cover}.'))).toHaveLength(1);
    expect(bareClaims(january, 'en', u('Pay within your local collection period and, if you were enrolled last year too, your care is covered from {cover}; otherwise you wait.'))).toEqual([]);
    expect(bareClaims(permit, 'zh-CN', u('户口不在本地的，再带居住证。'))).toHaveLength(1);
    expect(bareClaims(permit, 'zh-CN', u('持港澳台居民居住证、没有工作的，可以在居住地参加居民医保。'))).toEqual([]);
    expect(bareClaims(permit, 'zh-CN', u('户口不在本地的，有的地方有居住证就能参保，有的地方不行，例如杭州。'))).toEqual([]);
    expect(bareClaims(permit, 'en', u('If your hukou is elsewhere, also bring a residence permit.'))).toHaveLength(1);
    expect(bareClaims(permit, 'en', u('If you hold a 港澳台居民居住证 (residence permit for Hong Kong, Macao and Taiwan residents), you may join.'))).toEqual([]);
  });

  it('split a guide into paragraphs, list items and table rows', () => {
    expect(mdxUnits('---\na: 1\n---\n\nOne\nstill one.\n\n- item\n  more\n- two\n\n| a | b |\n| c | d |\n')).toEqual(['One still one.', '- item more', '- two', '| a | b |', '| c | d |']);
  });
});
