import { expect, test } from '@playwright/test';
import { answer } from './wizard';

// The smaller pass with JavaScript on: the same documents, plus the result's enhancements (a few
// hundred bytes of inline script allowed by hash), which must work and show only what works.
const result = '/en/check/result?v=1&w=self&r=beijing&a=35&s=flexible&h=local&g=none&c=none';

test('copy link puts a short line with the full result link on the clipboard ("Medical insurance check result: <link>") and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(result);
  const copy = page.getByRole('button', { name: 'Copy link' });
  await expect(copy).toBeVisible();
  const href = await page.locator('[data-section="share"] .result-link a').getAttribute('href');
  await copy.click();
  await expect(page.locator('#share-status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`Medical insurance check result: ${href}`);
});

test('print opens the print dialog, and replaces the "use your browser\'s Print" hint; share shows only where the browser has a share sheet', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => { (window as unknown as { printed: number }).printed += 1; };
  });
  await page.goto(result);
  await page.getByRole('button', { name: 'Print the checklist' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.locator('#print-hint')).toBeHidden();
  const canShare = await page.evaluate(() => typeof navigator.share === 'function');
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(canShare ? 1 : 0);
});

test('the share sheet, where there is one, gets the title and the link', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => { (window as unknown as { shared: ShareData }).shared = data; return Promise.resolve(); } });
  });
  await page.goto(result);
  await page.getByRole('button', { name: 'Share' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
  expect(shared.url).toBe(await page.locator('[data-section="share"] .result-link a').getAttribute('href'));
  expect(shared.title).toBe(await page.title());
});

test('where copying cannot work (no Clipboard API), no copy button is shown', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.goto(result);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.locator('[data-section="share"] .result-link a')).toBeVisible();
});

test('the forms work the same with JavaScript on: the server checks and moves on', async ({ page }) => {
  await page.goto('/zh-CN/check/age?v=1&w=self&r=beijing');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page).toHaveTitle(/^错误：/);
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  await answer(page, ['a', '42']);
  await expect(page).toHaveURL(/\/zh-CN\/check\/situation\?v=1&w=self&r=beijing&a=42$/);
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await expect(page).toHaveURL(/\/en\/check\/situation\?v=1&w=self&r=beijing&a=42$/);
});
