import { expect, test } from '@playwright/test';

// Comparing options on a phone (issue 23, item 8): one row read across the options without
// scrolling past whole cards. Without JavaScript, at 375 px, both locales. Pinned to CHECK_TODAY.
const r = (locale: string, q: string) => `/${locale}/check/result?v=1&${q}`;
const cases = [
  { name: 'two options', q: 'w=self&r=beijing&a=35&s=flexible&h=local&g=none&c=none', options: 2 },
  { name: 'three options, eight warnings', q: 'w=helper&r=beijing&a=40&s=flexible&h=other-mainland&p=yes&g=dibao&c=resident-active', options: 3 },
];
const HEIGHT = 800;

test.use({ javaScriptEnabled: false, viewport: { width: 375, height: HEIGHT } });

for (const locale of ['zh-CN', 'en']) {
  for (const c of cases) {
    test(`a compact table reads each row across the options, right after the to-do (${c.name}, ${locale})`, async ({ page }) => {
      await page.goto(r(locale, c.q));
      const compact = page.locator('[data-section="compare"] .compare-compact');
      const table = compact.getByRole('table');
      await expect(table).toBeVisible();
      // One column per option, four rows (what it costs, by when, the wait, cover start), a value in every cell.
      await expect(table.getByRole('columnheader')).toHaveCount(c.options);
      await expect(table.getByRole('rowheader')).toHaveCount(4);
      const cells = table.locator('tbody td');
      await expect(cells).toHaveCount(4 * c.options);
      for (const text of await cells.allTextContents()) expect(text.trim()).not.toBe('');
      // The wide table is for wider screens and paper; the full cards are folded below.
      await expect(page.locator('[data-section="compare"] .compare-table')).toBeHidden();
      await expect(page.locator('[data-section="compare"] article[data-option]').first()).toBeHidden();

      // Where it sits: it starts within half a screen of the to-do's end and ends within 1.5 screens of it.
      const box = await page.evaluate(() => {
        const todo = document.querySelector('[data-section="todo"]')?.getBoundingClientRect();
        const t = document.querySelector('.compare-compact table')?.getBoundingClientRect();
        return { todoBottom: todo?.bottom ?? NaN, top: t?.top ?? NaN, bottom: t?.bottom ?? NaN };
      });
      expect(box.top - box.todoBottom).toBeLessThan(0.5 * HEIGHT);
      expect(box.bottom - box.todoBottom).toBeLessThanOrEqual(1.5 * HEIGHT);

      // No sideways scroll: not of the page, and not inside the table either.
      const widths = await page.evaluate(() => {
        const wrap = document.querySelector('.compare-compact') as HTMLElement;
        return { page: document.documentElement.scrollWidth, view: window.innerWidth, scroll: wrap.scrollWidth, client: wrap.clientWidth };
      });
      expect(widths.page).toBeLessThanOrEqual(widths.view);
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);

      // Everything else about each option opens without JavaScript.
      await page.locator('details.compare-cards > summary').click();
      await expect(page.locator('[data-section="compare"] article[data-option]')).toHaveCount(c.options);
      await expect(page.locator('[data-section="compare"] article[data-option]').first()).toBeVisible();
    });
  }
}

test('on a wide screen the full table stays and the compact one is not shown', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: HEIGHT });
  await page.goto(r('zh-CN', cases[1]?.q ?? ''));
  await expect(page.locator('[data-section="compare"] .compare-table table')).toBeVisible();
  await expect(page.locator('[data-section="compare"] .compare-compact')).toBeHidden();
  await expect(page.locator('[data-section="compare"] details.compare-cards')).toBeHidden();
});
