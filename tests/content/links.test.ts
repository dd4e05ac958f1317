/**
 * No guide or message links live outside the link policy (lib/rules/link-policy.json): every
 * address written into a guide (both locales) or a message is https on a government host or a named
 * state outlet. The renderer (mdx-components.tsx → OutboundLink) would show any other address as
 * text; this keeps the source files themselves clean, so a reviewer never has to rely on that.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '@/lib/i18n/routing';
import { linkable } from '@/lib/rules/link-policy';

const root = path.resolve(__dirname, '../..');
const guidesDir = path.join(root, 'content/guides');
const slugs = readdirSync(guidesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

/** Every absolute or protocol-relative address in a text: markdown links, JSX href, bare URLs. */
function addressesIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/https?:\/\/[^\s)"'<>\]]+/gi)) found.add(m[0]);
  for (const m of text.matchAll(/(?:\]\(|href=["'{`])\s*(\/\/[^\s)"'`]+)/gi)) if (m[1]) found.add(m[1]);
  return [...found];
}

describe('addresses in guides and messages', () => {
  it('finds the addresses it must check', () => {
    expect(addressesIn('见 [x](http://carmay.cn/a) 和 <a href="//evil.example/x">y</a>，https://www.gov.cn/zhengce/。')).toEqual(['http://carmay.cn/a', 'https://www.gov.cn/zhengce/。', '//evil.example/x']);
    expect(linkable('http://carmay.cn/a')).toBe(false);
  });

  it.each(slugs)('guide %s, in every locale, links only where the policy allows', (slug) => {
    for (const locale of routing.locales) {
      const file = path.join(guidesDir, slug, `${locale}.mdx`);
      const bad = addressesIn(readFileSync(file, 'utf8')).map((a) => (a.startsWith('//') ? `https:${a}` : a)).filter((a) => !linkable(a.replace(/[。，；、]+$/, '')));
      expect(bad, `${slug}/${locale}.mdx`).toEqual([]);
    }
  });

  it('the message files name no address outside the policy', () => {
    const files = ['content/messages', 'content/messages/rules'].flatMap((d) => routing.locales.map((l) => path.join(root, d, `${l}.json`)));
    for (const file of files) {
      const bad = addressesIn(readFileSync(file, 'utf8')).filter((a) => !linkable(a.replace(/[。，；、]+$/, '')));
      expect(bad, file).toEqual([]);
    }
  });
});
