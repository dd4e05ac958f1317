import { expect, test, type Page } from '@playwright/test';

// Text that scales (issue 23): with text at 200% on a 320 px (and a 375 px) phone, no page scrolls
// sideways and no short label is split between its characters ("指/南" in the header was).
//
// How the text is made 200%: the browser's default font size is set to 32 px (from 16 px) through
// the DevTools protocol (Page.setFontSizes), which is what a reader's own text-size setting changes:
// the site sizes everything in rem from `html { font-size: 100% }`, so body text goes from 18 to 36 px
// and every rem-based box with it. Chinese phones' browsers apply the system's font size this way,
// or as a page zoom, which narrows the page in CSS pixels by the same factor: the same test. Not
// Chromium's minimum font size: it lifts only text smaller than the floor and leaves 18 px text as
// it is, which is not "200% text". Not an author style (page.addStyleTag): the site's own
// `html { font-size }` would compete with it, and a reader's setting sits under the site's styles.
// Pages without JavaScript, as most of the site is served (documents).

const RESULT = 'check/result?v=1&w=self&r=beijing&a=35&s=flexible&h=other-mainland&p=yes&g=dibao&c=none';
const BABY = 'check/result?v=1&w=helper&r=shenzhen&a=0&b=2026-09-10&s=preschool&h=other-mainland&p=yes&g=none&c=none';
const HOUSEHOLD = `household?${new URLSearchParams([['hv', '1'],
  ['m', 'l.奶奶_r.beijing_a.70_s.not-working_h.local_g.none_c.resident-active'],
  ['m', 'l.爸爸_r.beijing_a.40_s.employee_h.local_g.none_c.employee-active'],
  ['m', 'l.宝宝_r.beijing_a.0_b.2026-09-10_h.local_g.none_c.none']]).toString()}`;

/** Every page type: home, guides (index, a guide, the FAQ), the check (start, first question, answers, results), the household, sources, search, the tools. */
const PAGES = ['', 'guides', 'guides/which-scheme', 'guides/resident-insurance', 'guides/faq', 'check', 'check/who',
  'check/answers?v=1&w=self&r=beijing&a=35&s=flexible&h=other-mainland&p=yes&g=dibao&c=none', RESULT, BABY,
  HOUSEHOLD, 'household/edit', 'sources', 'search?q=%E9%80%80%E8%B4%B9', 'check/all', 'check/paper', 'poster?r=beijing'];

async function largeText(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** Short labels (a word or two: nav links, buttons, the site's name…) that the browser split over lines. */
async function splitLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    /** The lines the element's text is set on: the tops of its text's boxes (not of an icon or a radio button beside it). */
    const lines = (el: Element) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) tops.add(Math.round(r.bottom));
      }
      return tops.size;
    };
    /** Whether the element's text, set whole, would fit on one line of the block it sits in. */
    const fits = (el: Element) => {
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      const range = document.createRange();
      range.selectNodeContents(el);
      const width = [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);
      return !block || width <= block.clientWidth;
    };
    // The header's labels: each on one line, always.
    for (const el of document.querySelectorAll('header nav a, header .site-name')) {
      if ((el as HTMLElement).offsetParent === null) continue;
      if (lines(el) > 1) out.push(`header "${el.textContent?.trim()}" ${lines(el)} lines`);
    }
    // Any other label of one short word standing on its own (修改, 打印清单, Print…), and any Latin word or
    // number inside a sentence (F1.3, 12393): one line, where it fits on one. (Chinese text in a sentence breaks between any
    // two characters, as Chinese is set.)
    for (const el of document.querySelectorAll('main a, main button, main summary, main label, main th, footer a')) {
      const text = (el.textContent ?? '').trim();
      if ((el as HTMLElement).offsetParent === null || !text || /\s/.test(text)) continue;
      const cjk = /[\u3400-\u9fff]/.test(text);
      const inline = getComputedStyle(el).display === 'inline';
      const word = inline ? !cjk && text.length <= 20 : cjk ? text.length <= 4 : text.length <= 12;
      // A word wider than the whole line (a long code name at 200%) has to break; any other must not.
      if (word && lines(el) > 1 && fits(el)) out.push(`"${text}" ${lines(el)} lines`);
    }
    return out;
  });
}

for (const width of [320, 375]) {
  test.describe(`200% text at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, javaScriptEnabled: false });
    for (const locale of ['zh-CN', 'en']) {
      test(`${locale}: no page scrolls sideways and no short label is split`, async ({ page }) => {
        test.setTimeout(90_000);
        await largeText(page);
        for (const p of PAGES) {
          const url = `/${locale}${p ? `/${p}` : ''}`;
          await page.goto(url);
          // The text really is twice the size (18 px body text: 36 px).
          expect(await page.evaluate(() => getComputedStyle(document.body).fontSize), url).toBe('36px');
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, clientWidth: document.scrollingElement!.clientWidth }));
          expect(scrollWidth, `${url}: the page is ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
          expect(await splitLabels(page), url).toEqual([]);
        }
      });
    }
  });
}

test('at the default text size nothing moved: 18 px text, 16 px margins, the nav on one row at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const url of ['/zh-CN', '/en']) {
    await page.goto(url);
    const nav = await page.locator('header nav').boundingBox();
    expect(nav && nav.height < 60, url).toBe(true);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), url).toBe(375);
    expect(await page.evaluate(() => [getComputedStyle(document.body).fontSize, getComputedStyle(document.querySelector('main')!).paddingLeft]), url).toEqual(['18px', '16px']);
  }
});
