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

const householdQuery = (() => {
  const p = new URLSearchParams();
  p.set('hv', '1');
  p.append('m', 'l.奶奶_r.beijing_a.70_s.not-working_h.local_g.none_c.resident-active');
  p.append('m', 'l.爸爸_r.beijing_a.40_s.employee_h.local_g.none_c.employee-active');
  p.append('m', 'l.宝宝_r.beijing_a.0_b.2026-10-20_h.local_g.none_c.none');
  return p.toString();
})();

test.describe('household list', () => {
  test.use({ javaScriptEnabled: false });

  test('one card per person, the most urgent deadline first, papers merged with whose, totals only of what is known', async ({ page }) => {
    await page.goto(`/zh-CN/household?${householdQuery}`);
    await expect(page.locator('[data-person]')).toHaveCount(3);
    await expect(page.locator('[data-section="headline"]')).toContainText('宝宝');
    await expect(page.locator('[data-section="headline"] [data-deadline="sourced"]')).toBeVisible();
    await expect(page.locator('[data-material="id-card"]')).toContainText('奶奶');
    await expect(page.locator('[data-person="0"] [data-cost="unknown"]')).toBeVisible();
    await expect(page.locator('[data-section="total"]')).toContainText('435');
    await expect(page.locator('[data-section="sharing"]')).toContainText('爸爸');
    await expect(page.locator('[data-section="share"]')).toContainText('链接里包含全家人的回答');
  });

  test('removing a person is a plain link to the household without them', async ({ page }) => {
    await page.goto(`/en/household?${householdQuery}`);
    await page.getByRole('link', { name: 'Remove 爸爸 from the list' }).click();
    await expect(page.locator('[data-person]')).toHaveCount(2);
    await expect(page.locator('[data-section="sharing"]')).toHaveCount(0);
    expect(new URL(page.url()).searchParams.getAll('m')).toHaveLength(2);
  });

  test('adding a person is one GET form: every problem at once, then the new link', async ({ page }) => {
    await page.goto(`/en/household?${householdQuery}`);
    await page.getByRole('link', { name: 'Add another person' }).click();
    const form = page.locator('[data-person-form]');
    await form.locator('#n-l').fill('Mum');
    await form.locator('#n-r').selectOption('beijing');
    await form.locator('#n-a').fill('３８');
    await form.getByRole('button', { name: 'Add to the list' }).click();
    // Situation, hukou, groups and coverage are still missing: all listed at once, the answers kept.
    await expect(page.locator('[data-error-summary] li')).toHaveCount(4);
    await expect(page).toHaveTitle(/Household/);
    await expect(form.locator('#n-a')).toHaveValue('３８');
    await form.locator('#n-s').selectOption('flexible');
    await form.locator('#n-h').selectOption('local');
    await form.getByLabel('None of these').check();
    await form.locator('#n-c').selectOption('none');
    await form.getByRole('button', { name: 'Add to the list' }).click();
    await expect(page.locator('[data-person]')).toHaveCount(4);
    await expect(page.locator('[data-person="3"]')).toContainText('Mum');
    expect(new URL(page.url()).searchParams.getAll('m')).toHaveLength(4);
    // Changing her: the same form, filled in from the link.
    await page.getByRole('link', { name: 'Change the answers for Mum' }).click();
    await expect(page.locator('#n-a')).toHaveValue('38');
    await page.locator('#n-a').fill('39');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await expect(page.locator('[data-person]')).toHaveCount(4);
    expect(new URL(page.url()).searchParams.getAll('m')[3]).toContain('a.39');
  });

  test('more than ten people: a notice, and no way to add another', async ({ page }) => {
    const p = new URLSearchParams('hv=1');
    for (let i = 0; i < 12; i++) p.append('m', 'r.beijing_a.30_s.not-working_h.local_g.none_c.none');
    await page.goto(`/en/household?${p.toString()}`);
    await expect(page.locator('[data-person]')).toHaveCount(10);
    await expect(page.locator('[data-notice="overflow"]')).toContainText('2 more');
    await expect(page.locator('[data-notice="full"]')).toBeVisible();
  });
});

test.describe('household: axe (axe itself needs JavaScript, so these run with it on)', () => {
  test.use({ javaScriptEnabled: true });
  for (const width of [375, 1280]) {
    for (const path of [`/zh-CN/household?${householdQuery}`, `/en/household?${householdQuery}&add=1`]) {
      test(`axe finds nothing and nothing overflows at ${width}px: ${path.slice(0, 22)}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        await expect(page.locator('[data-person]')).toHaveCount(3);
        const result = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
});

test.describe('poster', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    test(`a document with a QR code to the check with the place answered, and this season's facts for it (${locale})`, async ({ page }) => {
      const res = await page.request.get(`/${locale}/poster?r=beijing`);
      expect(res.status()).toBe(200);
      expect(await res.text()).not.toMatch(/<script(?![^>]*type="application\/(?:ld\+)?json")/);
      await page.goto(`/${locale}/poster?r=beijing`);
      await expect(page.locator('article.poster')).toHaveAttribute('data-region', 'beijing');
      // Beijing's 2027年度 dates are not in our sources: the poster says they are local and gives last year's.
      await expect(page.locator('[data-dates="local"]')).toBeVisible();
      await expect(page.locator('.poster')).toContainText('2025');
      await expect(page.locator('.poster .break-all')).toContainText(`/${locale}/check/who?v=1&r=beijing`);
      const result = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);
    });
  }

  test('prints on one A4 page with a QR code at least 60 mm wide, in black and white', async ({ page }) => {
    await page.goto('/zh-CN/poster?r=shanghai');
    await page.emulateMedia({ media: 'print' });
    const mm = await page.locator('.poster-qr svg').evaluate((el) => el.getBoundingClientRect().width * 25.4 / 96);
    expect(mm).toBeGreaterThanOrEqual(60);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pageCount(pdf)).toBe(1);
  });

  test('an unknown place falls back to the national rules', async ({ page }) => {
    await page.goto('/en/poster?r=atlantis');
    await expect(page.locator('article.poster')).toHaveAttribute('data-region', 'elsewhere');
  });
});
