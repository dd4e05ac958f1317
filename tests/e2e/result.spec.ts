import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SEASON_YEAR, placeWithoutYear } from './data';
import { pageCount } from './pages';

// The result page: a to-do list first, the options compared, and an A4 sheet for the counter.
// Pinned to CHECK_TODAY = 2026-11-23 (playwright.config.ts).
const r = (locale: string, q: string) => `/${locale}/check/result?v=1&${q}`;
const flexibleBeijing = 'w=self&r=beijing&a=35&s=flexible&h=local&g=none&c=none';
const newbornHelper = 'w=helper&r=elsewhere&a=0&b=2026-10-01&s=preschool&h=local&g=none&c=none';
// Guangzhou holds its own newborn rule (F4.2, B): the only newborn limit with a countdown and a reminder.
const newbornGuangzhou = 'w=helper&r=guangzhou&a=0&b=2026-10-01&s=preschool&h=local&g=none&c=none';
const retiree = 'w=self&r=shanghai&a=65&s=retired&ry=30&h=local&g=none&c=employee-active';
const hukouNotAccepted = 'w=self&r=hangzhou&a=40&s=not-working&h=other-mainland&p=yes&g=none&c=none';
// A place whose SEASON_YEAR window and amounts are not in our sources, read from the region files (never today's data: issue 21).
const noNext = placeWithoutYear();
const flexibleNoNext = `w=self&r=${noNext.region}&a=35&s=flexible&h=local&g=none&c=none`;
const adultNoNext = `w=self&r=${noNext.region}&a=40&s=not-working&h=local&g=none&c=none`;
// Three options and eight warnings: the longest sheet there is.
const threeOptions = 'w=helper&r=beijing&a=40&s=flexible&h=other-mainland&p=yes&g=dibao&c=resident-active';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });

  test('the to-do comes first on a phone: what to join, next steps, by when, what it costs', async ({ page }) => {
    // The first screen of a small phone (375×667) shows all four, for the longest to-dos too.
    await page.setViewportSize({ width: 375, height: 667 });
    for (const q of [newbornHelper, hukouNotAccepted]) {
      await page.goto(r('zh-CN', q));
      for (const part of ['join', 'steps', 'deadline', 'cost']) await expect(page.locator(`[data-todo="${part}"]`)).toBeInViewport();
    }
    await page.goto(r('zh-CN', flexibleBeijing));
    const todo = page.locator('[data-section="todo"]');
    await expect(todo).toBeVisible();
    for (const part of ['join', 'steps', 'deadline', 'cost']) await expect(todo.locator(`[data-todo="${part}"]`)).toBeInViewport();
    await expect(todo.locator('[data-todo="join"]')).toContainText('职工医保，以灵活就业人员身份参保');
    await expect(todo.locator('[data-todo="steps"] ol > li')).not.toHaveCount(0);
    await expect(todo.locator('[data-todo="steps"] a[href="tel:12393"]')).toBeVisible();
    // Nothing else comes before it.
    const first = await page.locator('main [data-section]').first().getAttribute('data-section');
    expect(first).toBe('todo');
    // No buttons that would do nothing without JavaScript.
    await expect(page.getByRole('button', { name: '复制链接' })).toHaveCount(0);
  });

  test('the comparison is a compact table then a card per option (folded) on a phone, and a table on a wide screen', async ({ page }) => {
    await page.goto(r('en', flexibleNoNext));
    const compare = page.locator('[data-section="compare"]');
    // The compact table comes first (tests/e2e/compare.spec.ts); the full cards open from a <details>.
    await expect(compare.locator('.compare-compact table')).toBeVisible();
    await expect(compare.locator('.compare-compact tbody[data-row="amount"] td[data-option="1"]')).toContainText(`Our sources do not yet have the ${SEASON_YEAR} amount`);
    await expect(compare.locator('article[data-option]')).toHaveCount(2);
    await expect(compare.locator('article[data-option]').first()).toBeHidden();
    await compare.locator('details.compare-cards > summary').click();
    await expect(compare.locator('article[data-option]').first()).toBeVisible();
    await expect(compare.locator('.compare-table table')).toBeHidden();
    for (const card of await compare.locator('article[data-option]').all()) {
      await expect(card.locator('[data-row="amount"] [data-amount]')).toBeVisible();
    }
    await expect(compare.locator('article[data-option="1"] [data-row="amount"]')).toContainText(`Our sources do not yet have the ${SEASON_YEAR} amount`);
    await expect(compare.locator('article[data-option="1"] [data-row="amount"]')).toContainText(`benefit year ${noNext.lastYear}`);

    await page.setViewportSize({ width: 1280, height: 800 });
    const table = compare.locator('.compare-table table');
    await expect(table).toBeVisible();
    await expect(compare.locator('.compare-compact')).toBeHidden();
    await expect(compare.locator('article[data-option]').first()).toBeHidden();
    await expect(table.getByRole('columnheader')).toHaveCount(2);
    await expect(table.locator('tr[data-row="amount"] td [data-amount]')).toHaveCount(2);
  });

  test('a deadline reads per its kind: a countdown only for a sourced date, advice otherwise', async ({ page }) => {
    await page.goto(r('zh-CN', newbornGuangzhou));
    const deadline = page.locator('[data-todo="deadline"]');
    await expect(deadline).toContainText('请在 2026年12月29日 前为孩子办好参保');
    await expect(deadline).toContainText('还剩 37 天');
    await expect(page.getByRole('link', { name: '下载日历提醒（.ics）' })).toBeVisible();

    // Where the place's own newborn rule is not in our sources, other places' shortest rule is advice.
    await page.goto(r('zh-CN', newbornHelper));
    await expect(deadline).toContainText('为稳妥起见，请在 2026年12月29日 前办好。');
    await expect(deadline).toContainText('按其他地方最短的规定');
    await expect(deadline).not.toContainText('还剩');
    await expect(page.getByRole('link', { name: '下载日历提醒（.ics）' })).toHaveCount(0);

    // Where the dates for the season are not in our sources: the safe day to act by (the earliest close seen, 20 December).
    await page.goto(r('zh-CN', hukouNotAccepted));
    await expect(deadline).toContainText(`为稳妥起见，请在 ${SEASON_YEAR - 1}年12月20日 前办好。`);
    await expect(deadline).not.toContainText('还剩');
    await expect(deadline).not.toContainText('截止');
    await expect(page.getByRole('link', { name: '下载日历提醒（.ics）' })).toHaveCount(0);

    // In a place whose dates and amount for the season are not in our sources (read from the data): the same safe day,
    // last year's local dates named with their year, and the amount said to be missing.
    await page.goto(r('zh-CN', adultNoNext));
    await expect(deadline).toContainText(`为稳妥起见，请在 ${SEASON_YEAR - 1}年12月20日 前办好。`);
    await expect(deadline).toContainText(`本站尚未收录当地 ${SEASON_YEAR} 年度的缴费日期`);
    await expect(deadline).toContainText(`（${noNext.lastYear} 年度）`);
    await expect(deadline).not.toContainText('还剩');
    await expect(page.getByRole('link', { name: '下载日历提醒（.ics）' })).toHaveCount(0);
    await expect(page.locator('[data-todo="cost"]')).toContainText(`本站尚未收录 ${SEASON_YEAR} 年度金额`);

    await page.goto(r('en', retiree));
    await expect(deadline).toContainText('Nothing has to be done by a particular day.');
    await expect(page.locator('[data-section="compare"]')).toHaveCount(0);
  });

  test('at most three warnings show; the rest, with reasons and sources, open without JavaScript', async ({ page }) => {
    await page.goto(r('en', threeOptions));
    const visible = page.locator('[data-section="warnings"] li[data-warning]');
    expect(await visible.count()).toBeLessThanOrEqual(3);
    const why = page.locator('[data-section="why"]');
    await expect(why.locator('[data-reason]').first()).toBeHidden();
    await why.locator('summary').click();
    await expect(why.locator('[data-warning]').first()).toBeVisible();
    // Each reason cites its sources (a copy as text, an official page or library as a link: docs/sources.md).
    await expect(why.locator('[data-reason] [data-source]').first()).toBeVisible();
  });
});

/** The PDF's text, where poppler's pdftotext is installed (the count and the DOM checks run everywhere). */
function pdfText(pdf: Buffer): string | null {
  try {
    return execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');
  } catch {
    return null;
  }
}

async function printed(page: Page, path: string) {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format: 'A4' });
}

test.describe('the printed sheet', () => {
  for (const [name, path] of [
    ['helper, newborn (zh-CN)', r('zh-CN', newbornHelper)],
    ['flexible worker, two options (en)', r('en', flexibleNoNext)],
    ['three options, eight warnings (en)', r('en', threeOptions)],
    ['three options, eight warnings (zh-CN)', r('zh-CN', threeOptions)],
    ['retiree (en)', r('en', retiree)],
  ] as const) {
    test(`fits on at most two A4 pages and says it is not a government site: ${name}`, async ({ page }) => {
      const pdf = await printed(page, path);
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
      expect(pageCount(pdf)).toBeLessThanOrEqual(2);
      const notGov = page.locator('.result .not-gov');
      await expect(notGov).toBeVisible();
      await expect(notGov).toContainText(path.startsWith('/en') ? 'not a government site' : '不是政府网站');
      const text = pdfText(pdf);
      if (text !== null) expect(text.replace(/\s+/g, '')).toContain(path.startsWith('/en') ? 'notagovernmentsite' : '不是政府网站');
    });
  }

  test('is addressed to the person helped, says "as of" instead of counting down, and keeps only what paper can use', async ({ page }) => {
    const pdf = await printed(page, r('zh-CN', newbornHelper));
    expect(pageCount(pdf)).toBe(1);
    await expect(page.locator('[data-print-name]')).toBeVisible();
    await expect(page.locator('[data-print-name]')).toContainText('姓名：____');
    await expect(page.getByText('按 2026年11月23日 的资料')).toBeVisible();
    await expect(page.locator('.countdown')).toBeHidden();
    await expect(page.locator('[data-todo="deadline"]')).toContainText('2026年12月29日');
    // The answers it rests on, the to-do, and the top warnings print; buttons, links lists and "why" do not.
    await expect(page.locator('[data-section="answers"]')).toContainText('出生日期：2026年10月1日');
    await expect(page.locator('[data-section="todo"]')).toBeVisible();
    await expect(page.locator('[data-section="warnings"] li[data-warning]').first()).toBeVisible();
    for (const hidden of ['[data-section="why"]', '[data-section="guides"]', 'a[download]', 'body header', 'body footer']) {
      await expect(page.locator(hidden).first()).toBeHidden();
    }
    // Body text at least 11pt (≈ 14.67 CSS px), and a QR code at least 35 mm (≈ 132 CSS px) wide.
    const size = await page.locator('[data-todo="steps"] li').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(14.6);
    const qr = await page.locator('[data-section="share"] svg[role="img"]').boundingBox();
    expect(qr?.width).toBeGreaterThanOrEqual(132);
  });

  test('keeps the comparison as a table and the confirm-locally notes that are folded on screen', async ({ page }) => {
    await printed(page, r('en', threeOptions));
    await expect(page.locator('[data-section="compare"] .compare-table table')).toBeVisible();
    await expect(page.locator('[data-section="compare"] .compare-compact')).toBeHidden();
    await expect(page.locator('[data-section="compare"] article').first()).toBeHidden();
    await expect(page.locator('[data-print-flags] li').first()).toBeVisible();
  });
});

const axePages = [flexibleBeijing, newbornHelper, retiree, hukouNotAccepted, threeOptions];
for (const width of [375, 1280]) {
  for (const locale of ['zh-CN', 'en']) {
    for (const q of axePages) {
      test(`axe finds nothing at ${width}px on ${r(locale, q)}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(r(locale, q));
        await page.locator('[data-section="why"] summary').click();
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
}
