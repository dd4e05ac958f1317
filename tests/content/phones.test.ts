/**
 * Every phone number in a guide is a tel: link (issue 23): written <Tel>12393</Tel> in the MDX
 * (mdx-components.tsx), which renders the link the results and the footer use (components/ui/Phones.tsx).
 * This scans every guide in both locales for a phone number left bare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Tel } from '@/components/ui/Phones';

/**
 * What reads as a phone number in a Chinese text: a public service line (12xxx: 12393, 12333,
 * 12366, 12345…; 95xxx and 96xxx service lines), a landline with its area code (010-12345678,
 * 0755 12345678), a mobile (13912345678), a 400 or 800 number. Not a year, a date or an amount (12000元).
 */
const PHONE = /(?<![\d\w.])(?:12\d{3}|9[56]\d{3}|0\d{2,3}[- ]?\d{7,8}|1[3-9]\d{9}|[48]00[- ]?\d{3}[- ]?\d{4})(?!\d|\s*(?:元|年|yuan))/g;

const TEL = /<Tel>([^<]*)<\/Tel>/g;

/** A guide's text where a bare number would show: no front matter, no link targets or URLs, no <Tel> numbers. */
function barePhones(mdx: string): string[] {
  const text = mdx
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(TEL, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/(?:href|src)="[^"]*"/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  return [...text.matchAll(PHONE)].map((m) => m[0]);
}

const dir = path.join(process.cwd(), 'content', 'guides');
const guides = readdirSync(dir).flatMap((slug) =>
  readdirSync(path.join(dir, slug)).filter((f) => f.endsWith('.mdx')).map((file) => ({ file: `${slug}/${file}`, mdx: readFileSync(path.join(dir, slug, file), 'utf8') })));

describe('phone numbers in the guides', () => {
  it('the scan finds what reads as a phone number, and leaves years, amounts and links alone', () => {
    expect(barePhones('打 12393 或 12333；北京 010-12345678，0755 12345678，手机 13912345678，400-123-4567。')).toEqual(
      ['12393', '12333', '010-12345678', '0755 12345678', '13912345678', '400-123-4567']);
    expect(barePhones('2026年 1月1日 400元 12000元，12000 yuan')).toEqual([]);
    expect(barePhones('打 <Tel>12393</Tel>。见[通知](https://www.nhsa.gov.cn/art/2025/12393.html)，https://x.cn/12333')).toEqual([]);
    expect(barePhones('---\ntitle: 12393\n---\n正文')).toEqual([]);
  });

  it('finds the guides, and the hotlines in them as links', () => {
    expect(guides.length).toBeGreaterThan(20);
    const tels = guides.flatMap((g) => [...g.mdx.matchAll(TEL)].map((m) => m[1]));
    expect(tels.length).toBeGreaterThan(60);
    for (const n of ['12393', '12366', '12333']) expect(tels).toContain(n);
  });

  it.each(guides.map((g) => [g.file, g.mdx] as const))('%s: no bare phone number, and every <Tel> holds one number', (_file, mdx) => {
    expect(barePhones(mdx)).toEqual([]);
    for (const m of mdx.matchAll(TEL)) expect(m[1]?.match(PHONE)?.[0], m[0]).toBe(m[1]);
  });

  it('<Tel> is a tel: link that dials the number without its dashes or spaces', () => {
    expect(renderToStaticMarkup(Tel({ children: '12393' }))).toMatch(/^<a href="tel:12393"[^>]*>12393<\/a>$/);
    expect(renderToStaticMarkup(Tel({ children: '010-12345678' }))).toMatch(/^<a href="tel:01012345678"[^>]*>010-12345678<\/a>$/);
  });
});
