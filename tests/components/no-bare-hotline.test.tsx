// @vitest-environment jsdom
/**
 * Every hotline is a tel: link (issue 23, item 3), on the pages made from components rather than a
 * guide's MDX (tests/content/phones.test.ts scans those): the poster, the paper check, the household
 * sheet (its hotlines and the sentence on dialling the area code first) and the fact register. The
 * e2e (tests/e2e/previews.spec.ts) scans every page of the built site the same way.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
    createTranslator({ locale, messages: loadMessages(locale) as never, namespace: namespace as never }),
}));

const { Poster } = await import('@/components/tools/Poster');
const { PaperCheck } = await import('@/components/tools/PaperCheck');
const { Household } = await import('@/components/tools/Household');
const { FactList } = await import('@/components/sources/RulesAndSources');
const { parseHousehold } = await import('@/lib/household/link');

const ASOF = '2026-11-23';
const HOTLINE = /(?<!\d)123\d\d(?!\d)/g;

/** The public numbers written as plain text: not in a link (a tel: link, or a cited title that is a link), a cited source or a script. */
function bare(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('a[href], [data-source], script')) continue;
    for (const m of (node.textContent ?? '').matchAll(HOTLINE)) out.push(`${m[0]} in “${(node.textContent ?? '').trim().slice(0, 40)}”`);
  }
  return out;
}
const tels = (root: HTMLElement) => root.querySelectorAll('a[href^="tel:123"]').length;

const household = () => {
  const q = new URLSearchParams('hv=1');
  q.append('m', 'l.A_r.beijing_a.70_s.not-working_h.local_g.none_c.resident-active');
  q.append('m', 'l.B_r.shanghai_a.40_s.flexible_h.other-mainland_p.yes_g.none_c.none');
  return parseHousehold(q);
};

afterEach(cleanup);

describe.each(['zh-CN', 'en'] as const)('no bare hotline (%s)', (locale) => {
  it('the poster, for every kind of place', async () => {
    for (const region of ['beijing', 'shanghai', 'elsewhere'] as const) {
      const { container } = render(await Poster({ locale, region, asOf: ASOF }));
      expect(bare(container), region).toEqual([]);
      expect(tels(container), region).toBeGreaterThan(0);
      cleanup();
    }
  });

  it('the paper check', async () => {
    const { container } = render(await PaperCheck({ locale, asOf: ASOF }));
    expect(bare(container)).toEqual([]);
    expect(tels(container)).toBeGreaterThan(0);
  });

  it('the household sheet', async () => {
    const { container } = render(await Household({ locale, parsed: household(), asOf: ASOF }));
    expect(bare(container)).toEqual([]);
    // The three hotlines, and 12393 again in the sentence on the local area code.
    expect(tels(container)).toBeGreaterThan(3);
  });

  it('the fact register', async () => {
    const { container } = render(await FactList({ locale, asOf: ASOF }));
    expect(bare(container)).toEqual([]);
    expect(tels(container)).toBeGreaterThan(0);
  });
});
