import { expect, test, type Page } from '@playwright/test';
import { CHECK_PAGES } from './wizard';

// For older readers (China's 适老化 guidance for websites: large text, high contrast, large
// targets): 48×48 px targets, tel: links, no grey text under 16 px, a focus ring that shows.
const pages = [
  '/zh-CN', '/en', '/zh-CN/check', '/en/guides',
  ...['zh-CN', 'en'].flatMap((l) => CHECK_PAGES.map((p) => p.replace('LOCALE', l))),
];

/** Visible targets smaller than 48×48 px: buttons, the labels of choices, and every link not set inside a line of text. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>('header a, main a, footer a, button, summary, label:has(input), input[type="text"], input[type="date"]');
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || el.closest('.sr-only')) continue;
      // A link inside a sentence is exempt (WCAG 2.5.8 "inline"); every other link is a target of its own.
      if (el.tagName === 'A' && style.display === 'inline') continue;
      if (box.width < 48 || box.height < 48) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return out;
  });
}

/** Text in a grey (not the ink colour) below 16 px. */
async function smallGreyText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest('.sr-only, [hidden], script, style')) continue;
      const style = getComputedStyle(el);
      const [r = 0, g = 0, b = 0] = (style.color.match(/\d+/g) ?? []).map(Number);
      const grey = Math.max(r, g, b) - Math.min(r, g, b) < 40 && Math.max(r, g, b) > 40 && Math.max(r, g, b) < 200;
      if (grey && parseFloat(style.fontSize) < 16) out.push(`"${node.textContent.trim().slice(0, 30)}" ${style.color} ${style.fontSize}`);
    }
    return out;
  });
}

for (const width of [375, 1280]) {
  test.describe(`at ${width}px`, () => {
    test.use({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    test('every tap target is at least 48×48 px (修改 links, home cards, the language switch, tel: links); no grey text under 16 px', async ({ page }) => {
      for (const url of pages) {
        await page.goto(url);
        expect(await smallTargets(page), url).toEqual([]);
        expect(await smallGreyText(page), url).toEqual([]);
      }
    });
  });
}

test('the named targets are there and large: 修改, the home page cards, the language switch', async ({ page }) => {
  await page.goto('/zh-CN/check/answers?v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=none&c=none');
  const change = page.getByRole('link', { name: /^修改/ });
  expect(await change.count()).toBeGreaterThan(5);
  for (const link of await change.all()) {
    const box = await link.boundingBox();
    expect(box && box.width >= 48 && box.height >= 48).toBe(true);
  }
  await page.goto('/en');
  for (const link of await page.locator('#schemes + ul a').all()) expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);
  const lang = await page.getByRole('link', { name: '切换到简体中文' }).boundingBox();
  expect(lang && lang.width >= 48 && lang.height >= 48).toBe(true);
});

test('phone numbers are tel: links wherever the site names them (footer, result)', async ({ page }) => {
  for (const url of ['/zh-CN', '/en/check/age?v=1&w=self&r=beijing', '/zh-CN/check/result?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=none']) {
    await page.goto(url);
    for (const n of ['12393', '12366', '12333', '12345']) {
      await expect(page.locator(`footer a[href="tel:${n}"]`).first(), `${url} ${n}`).toBeVisible();
    }
    const bare = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('footer') as Node, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/\b123\d\d\b/.test(n.textContent ?? '') && !n.parentElement?.closest('a')) out.push(n.textContent ?? '');
      return out;
    });
    expect(bare, url).toEqual([]);
  }
});

test('the keyboard focus ring shows on the brand colour: a yellow band inside a near-black ring; a focused link turns yellow', async ({ page }) => {
  await page.goto('/zh-CN/check/age?v=1&w=self&r=beijing');
  const button = page.getByRole('button', { name: '继续' });
  await page.locator('#a-field').focus();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  const ring = await button.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, offset: s.outlineOffset, shadow: s.boxShadow, background: s.backgroundColor };
  });
  // The button is the brand green; round it a 3 px yellow band, then a near-black ring 3 px off it.
  expect(ring.background).toBe('rgb(15, 81, 50)');
  expect(ring.outline).toBe('solid 3px rgb(27, 31, 35)');
  expect(ring.offset).toBe('3px');
  expect(ring.shadow).toBe('rgb(255, 221, 0) 0px 0px 0px 3px');
  // Contrast: yellow on the green ≥ 3:1 and the black ring on white ≥ 3:1 (WCAG 2.4.13, focus appearance).
  const luminance = ([r, g, b]: number[]) => {
    const c = [r, g, b].map((v) => { const x = (v ?? 0) / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
  };
  const contrast = (a: number[], b: number[]) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05); };
  expect(contrast([255, 221, 0], [15, 81, 50])).toBeGreaterThan(3);
  expect(contrast([27, 31, 35], [255, 255, 255])).toBeGreaterThan(3);
  expect(contrast([27, 31, 35], [255, 221, 0])).toBeGreaterThan(3);
  await page.getByRole('link', { name: '重新开始' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '重新开始' })).toBeFocused();
  expect(await page.getByRole('link', { name: '重新开始' }).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 221, 0)');
});
