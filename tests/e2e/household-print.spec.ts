/**
 * The household sheet on paper (issue 23, item 5): everything a single result prints — the hotlines,
 * where to pay, the caveats, the date and "not a government site" — for a family of five, in at
 * most two A4 pages; and copy, share and print on the page as on a result.
 */
import { expect, test, type Page } from '@playwright/test';
import { householdQuery } from './household';
import { pageCount } from './pages';

/** Five people, as many kinds of result as a family holds: a resident renewing where this season is not in our sources, an employee, a newborn, a flexible worker, a pupil. */
const FIVE = householdQuery(
  'l.妈妈_r.beijing_a.38_s.flexible_h.other-mainland_p.yes_g.none_c.none',
  'l.哥哥_r.shanghai_a.19_s.university_h.other-mainland_p.no_g.dibao_c.resident-lapsed_ly.2',
);

const words = {
  'zh-CN': { pay: '在哪里交', notGov: '不是政府网站', caveats: '请注意', copied: '链接已复制', line: '全家参保清单：', copy: '复制链接', print: '打印清单' },
  en: { pay: 'Where to pay', notGov: 'not a government site', caveats: 'Please note', copied: 'Link copied', line: 'Household check: ', copy: 'Copy link', print: 'Print the checklist' },
} as const;

async function printed(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

for (const locale of ['zh-CN', 'en'] as const) {
  test.describe(`household sheet on paper (${locale}), without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('five people print in at most two A4 pages, with the hotlines, where to pay, the caveats, the date and "not a government site"', async ({ page }) => {
      await page.goto(`/${locale}/household?${FIVE}`);
      await expect(page.locator('[data-person]')).toHaveCount(5);
      await expect(page.locator('[data-incomplete]')).toHaveCount(0);
      const text = await printed(page);
      // The hotlines, once for the family, as tel: links.
      for (const n of ['12393', '12366', '12333']) {
        expect(text).toContain(n);
        await expect(page.locator(`[data-section="channels"] .hotlines a[href="tel:${n}"]`)).toBeVisible();
      }
      // Where to pay: every person with a result is on a line, each line names the ways to pay.
      await expect(page.locator('[data-section="channels"]')).toBeVisible();
      await expect(page.locator('[data-section="channels"] h2')).toContainText(words[locale].pay);
      const payLines = await page.locator('[data-pay]').allInnerTexts();
      expect(payLines.length).toBeGreaterThan(0);
      for (const who of ['奶奶', '爸爸', '宝宝', '妈妈', '哥哥']) expect(payLines.filter((l) => l.includes(who))).toHaveLength(1);
      // The caveats each person's result prints.
      await expect(page.locator('[data-section="caveats"]')).toBeVisible();
      expect(await page.locator('[data-caveat]').count()).toBeGreaterThan(2);
      // The date it was made and the site's disclaimer; the QR code back to the list; no buttons.
      await expect(page.locator('[data-print-asof]')).toBeVisible();
      await expect(page.locator('.household .not-gov')).toBeVisible();
      expect(text).toContain(words[locale].notGov);
      await expect(page.locator('[data-section="share"] svg')).toBeVisible();
      await expect(page.locator('#share-tools')).toBeHidden();
      // The per-person links and the buttons are for the screen.
      for (const a of await page.locator('[data-person] a').all()) await expect(a).toBeHidden();
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
      expect(pageCount(pdf)).toBeLessThanOrEqual(2);
      if (process.env.HOUSEHOLD_PDF_DIR) (await import('node:fs')).writeFileSync(`${process.env.HOUSEHOLD_PDF_DIR}/household-${locale}.pdf`, pdf);
    });
  });

  test(`copy, share and print on the household page as on a result (${locale}, JavaScript on)`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => { (window as unknown as { printed: number }).printed += 1; };
    });
    await page.goto(`/${locale}/household?${FIVE}`);
    const link = (await page.locator('[data-section="share"] [data-link]').innerText()).trim();
    expect(link).toContain(`/${locale}/household?hv=1&m=`);
    await page.getByRole('button', { name: words[locale].copy }).click();
    await expect(page.locator('#share-status')).toHaveText(words[locale].copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${words[locale].line}${link}`);
    await page.getByRole('button', { name: words[locale].print }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expect(page.locator('#print-hint')).toBeHidden();
  });
}
