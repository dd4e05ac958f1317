import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { publicPaths } from './pages';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The sources pages are checked the same way, with more time (they are long), in sources.spec.ts.
const pages = [...publicPaths().filter((p) => !/\/sources(\/(registry|parameters|places|facts)(\/[^/]+)?)?$/.test(p)), '/zh-CN/no-such-page', '/en/no-such-page'];

for (const width of [375, 1280]) {
  test.describe(`at ${width}px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const path of pages) {
      test(`${path}: axe finds nothing, nothing overflows, text ≥ 16px, no other host is asked`, async ({ page }) => {
        const foreign: string[] = [];
        page.on('request', (r) => {
          const url = new URL(r.url());
          if (url.protocol !== 'data:' && url.host !== new URL(page.url() || 'http://localhost').host && !url.hostname.match(/^(localhost|127\.0\.0\.1)$/)) foreign.push(r.url());
        });
        await page.goto(path, { waitUntil: 'networkidle' });
        const result = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        const { scrollWidth, clientWidth, fontSize } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          fontSize: parseFloat(getComputedStyle(document.body).fontSize),
        }));
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        expect(fontSize).toBeGreaterThanOrEqual(16);
        expect(foreign).toEqual([]);
      });
    }
  });
}

test('keyboard focus is visible and the skip link jumps to the content', async ({ page }) => {
  await page.goto('/en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('print: navigation hidden, black on white, link URLs shown, nothing cut off', async ({ page }) => {
  await page.goto('/en/guides/which-scheme');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header nav')).toBeHidden();
  const styles = await page.evaluate(() => {
    const p = document.querySelector('main p') as HTMLElement;
    const a = document.querySelector('#sources ~ ol a[href^="http"]') as HTMLElement;
    return {
      color: getComputedStyle(p).color,
      background: getComputedStyle(document.body).backgroundColor,
      after: getComputedStyle(a, '::after').content,
      tableBreak: getComputedStyle(document.querySelector('main table') as HTMLElement).breakInside,
    };
  });
  expect(styles.color).toBe('rgb(0, 0, 0)');
  expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(styles.background);
  expect(styles.after).toContain('http');
  expect(styles.tableBreak).toBe('avoid');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
