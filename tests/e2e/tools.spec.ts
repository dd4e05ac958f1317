/** The community tools that are documents: the paper check (issue "Household check and tools"). */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Pages in a PDF: Chromium writes one /Type /Page object per page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function noScript(page: Page, path: string) {
  const res = await page.request.get(path);
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).not.toMatch(/<script(?![^>]*type="application\/(?:ld\+)?json")/);
  expect(res.headers()['content-security-policy']).toContain("script-src 'none'");
  return html;
}

for (const locale of ['zh-CN', 'en'] as const) {
  test.describe(`paper check (${locale})`, () => {
    const path = `/${locale}/check/paper`;

    test('is a document: no script, every question with boxes, the outcome table', async ({ page }) => {
      await noScript(page, path);
      await page.goto(path);
      await expect(page.locator('[data-question]')).toHaveCount(13);
      await expect(page.locator('[data-question="birth-date"]')).toContainText(locale === 'zh-CN' ? '仅当第 2 题' : 'Only if you ticked, in question 2');
      await expect(page.locator('tr[data-situation]')).toHaveCount(7);
      await expect(page.locator('tr[data-situation="flexible"]')).toContainText(locale === 'zh-CN' ? '城乡居民' : 'resident');
    });

    for (const width of [375, 1280]) {
      test(`axe finds nothing and nothing overflows at ${width}px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        const result = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }

    test('prints on at most two A4 pages, with the site’s header and footer left out', async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
      expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    });
  });
}
