/**
 * Issue 14 in the browser: the season notice, guides that read on a 360 px phone, the guide index
 * with its reader filter, and site search — all without JavaScript, and axe-clean.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { guideCatalogue } from '../../lib/content/catalogue';
import { QUESTIONS } from '../../lib/search/questions';
import { PRERENDERED_SCRIPT_SRC, locales, withoutCare } from './pages';

test.use({ javaScriptEnabled: false });

const guides = guideCatalogue.map((g) => g.slug);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Elements reaching past the right edge of the viewport (ignoring the visually hidden ones). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (getComputedStyle(el).clipPath.startsWith('inset(50%')) continue;
      if (el.closest('.sr-only, thead')) continue;
      if (r.right > width + 0.5 || r.left < -0.5) out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 30)}" ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return out.slice(0, 5);
  });
}

test.describe('every guide at 360 px, in both languages', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const locale of locales) {
    test(`${locale}: nothing wider than the screen, tables as cards, no column one character wide, dates in one piece`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const slug of guides) {
        await page.goto(`/${locale}/guides/${slug}`);
        // Open every collapsed part, so its tables are measured too.
        const closed = page.locator('main details:not([open]) > summary');
        while ((await closed.count()) > 0) await closed.first().click();
        expect(await overflowing(page), slug).toEqual([]);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        expect(scrollWidth, slug).toBeLessThanOrEqual(clientWidth);
        const cells = await page.locator('main table.stack > tbody > tr > :is(td, th)').evaluateAll((els) =>
          els.map((el) => ({ display: getComputedStyle(el).display, width: el.getBoundingClientRect().width, text: (el.textContent ?? '').slice(0, 20) })));
        for (const c of cells) {
          expect(c.display, `${slug} "${c.text}"`).toBe('block');
          expect(c.width, `${slug} "${c.text}"`).toBeGreaterThan(250);
        }
        const dates = await page.locator('main .no-break').evaluateAll((els) => els.map((el) => ({
          lines: el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '28'), text: el.textContent ?? '',
        })));
        for (const d of dates) expect(d.lines, `${slug} "${d.text}"`).toBeLessThan(1.6);
      }
    });
  }

  test('a stacked row still names each column, and the table keeps its headers for screen readers', async ({ page }) => {
    await page.goto('/zh-CN/guides/lapses-and-waiting-periods');
    const table = page.locator('[data-figure="waiting-resident"] table');
    await expect(table.locator('thead th').first()).toHaveText('情况');
    const card = table.locator('tr[data-row="fixed"]');
    await expect(card.locator('.cell-label')).toHaveText('等待期');
    await expect(card.locator('.cell-label')).toBeVisible();
    await expect(card.locator('.cell-label')).toHaveAttribute('aria-hidden', 'true');
    await expect(card.locator('[data-confidence]')).toHaveText(/官方文件/);
  });
});

test.describe('the season notice', () => {
  for (const locale of locales) {
    test(`${locale}: home and the paying guides say which benefit year is collected, worked out from the rules for the day shown`, async ({ page }) => {
      for (const path of ['', '/guides/resident-insurance', '/guides/missed-payment', '/guides/family-sharing']) {
        await page.goto(`/${locale}${path}`);
        const notice = page.locator('[data-season]');
        await expect(notice, path).toHaveCount(1);
        const asOf = (await notice.getAttribute('data-as-of')) ?? '';
        expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // Worked out by the rules (lib/content/season.ts, tested in tests/content/season.test.ts):
        // the benefit year is this year's or next year's, and the page says so in words.
        const year = Number(await notice.getAttribute('data-benefit-year'));
        expect([Number(asOf.slice(0, 4)), Number(asOf.slice(0, 4)) + 1]).toContain(year);
        const underWay = (await notice.getAttribute('data-under-way')) === 'true';
        await expect(notice.locator('#season-title')).toContainText(String(year));
        await expect(notice.locator('#season-title')).toContainText(underWay ? (locale === 'en' ? 'being collected now' : '现在交的是') : (locale === 'en' ? 'has not started' : '还没开始'));
        await expect(notice.locator('[data-as-of-line]')).toContainText(asOf.slice(0, 4));
        if ((await notice.locator('[data-places="none"]').count()) > 0) await expect(notice.locator('[data-places="none"]')).toContainText(locale === 'en' ? 'not in our sources yet' : '本站尚未收录');
        await expect(notice.locator('[data-national]')).toHaveCount(1);
        if ((await notice.locator('[data-national="not-in-sources"]').count()) > 0) await expect(notice.locator('[data-national]')).toContainText(locale === 'en' ? 'not in our sources yet' : '本站尚未收录');
      }
    });
  }

  test('the tables show only the season being collected and the one before', async ({ page }) => {
    await page.goto('/zh-CN/guides/resident-insurance');
    const year = Number(await page.locator('[data-season]').getAttribute('data-benefit-year'));
    const shown = await page.locator('[data-figure="enrollment-windows"] thead th[data-year]').evaluateAll((ths) => ths.map((th) => Number(th.getAttribute('data-year'))));
    expect(shown).toEqual([year - 1, year]);
    const national = await page.locator('[data-figure="national-standard"] tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-year'))));
    expect(national).toEqual([year - 1, year]);
    await expect(page.locator('main')).not.toContainText('未公布');
  });

  test('the resident guide starts with its key points, and its city tables open without a script', async ({ page }) => {
    await page.goto('/zh-CN/guides/resident-insurance');
    const first = page.locator('.prose-guide > *').first();
    await expect(first).toHaveAttribute('data-callout', 'summary');
    const windows = page.locator('details', { has: page.locator('[data-figure="enrollment-windows"]') });
    await expect(windows.locator('[data-figure="enrollment-windows"]')).toBeHidden();
    await windows.locator('summary').click();
    await expect(windows.locator('[data-figure="enrollment-windows"]')).toBeVisible();
  });

  test('every source a figure rests on is in the page\'s source list', async ({ page }) => {
    for (const slug of ['resident-insurance', 'missed-payment', 'lapses-and-waiting-periods', 'special-groups']) {
      await page.goto(`/en/guides/${slug}`);
      const cited = (await page.locator('[data-figure-sources]').evaluateAll((els) => els.flatMap((el) => (el.getAttribute('data-figure-sources') ?? '').split(' ')))).filter(Boolean);
      expect(cited.length, slug).toBeGreaterThan(0);
      for (const id of new Set(cited)) await expect(page.locator(`#sources ~ ol li#source-${id}`), `${slug} ${id}`).toHaveCount(1);
    }
  });
});

test.describe('the guide index', () => {
  for (const locale of locales) {
    test(`${locale}: each guide once, grouped by main reader, with a filter by reader that needs no script`, async ({ page }) => {
      await page.goto(`/${locale}/guides`);
      const cards = page.locator('[data-guide]');
      const slugs = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-guide')));
      expect(slugs.sort()).toEqual([...guides].sort());
      await page.locator('a[data-filter="student"]').click();
      await expect(page).toHaveURL(/#for-student$/);
      const visible = await page.locator('[data-guide]:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-for') ?? ''));
      expect(visible.length).toBeGreaterThan(0);
      expect(visible.length).toBeLessThan(guides.length);
      for (const f of visible) expect(f.split(' ')).toContain('student');
      await expect(page.locator('[data-status="student"]')).toBeVisible();
      await page.locator('[data-status="student"] a').click();
      await expect(page.locator('[data-guide]:visible')).toHaveCount(guides.length);
    });
  }

});

test.describe('axe on the new pages (axe itself needs JavaScript; the pages have none)', () => {
  test.use({ javaScriptEnabled: true });
  for (const width of [375, 1280]) {
    for (const path of ['/zh-CN/guides#for-family', '/en/guides#for-older', '/zh-CN/search', '/zh-CN/search?q=断缴了怎么办', '/en/search?q=lost%20my%20card', '/en/search?q=zzzz']) {
      test(`axe at ${width}px: ${path}`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        await axe(page);
        expect(await overflowing(page), path).toEqual([]);
      });
    }
  }
});

test.describe('site search', () => {
  for (const locale of locales) {
    test(`${locale}: the header form finds the right guide first for the common questions, with a script-free answer`, async ({ page, request }) => {
      test.setTimeout(90_000);
      for (const [q, slug] of QUESTIONS[locale].slice(0, 12)) {
        await page.goto(`/${locale}/guides/which-scheme`);
        await page.locator('form[data-search-form="header"] input[name="q"]').fill(q);
        await page.locator('form[data-search-form="header"] button').click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=`));
        await expect(page.locator('[data-result]').first(), q).toHaveAttribute('data-result', slug);
        await expect(page.locator('form[data-search-form="search"] input[name="q"]')).toHaveValue(q);
      }
      const res = await request.get(`/${locale}/search?q=${encodeURIComponent(QUESTIONS[locale][0]?.[0] ?? '')}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['cache-control']).toBe('private, no-store');
      expect(res.headers()['content-security-policy']).toContain(PRERENDERED_SCRIPT_SRC);
      const html = await res.text();
      expect(withoutCare(html)).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
      expect(html).toContain('<meta name="robots" content="noindex"/>');
    });
  }

  test('a result links to the section it found, and the snippet marks the words', async ({ page }) => {
    await page.goto('/zh-CN/search?q=' + encodeURIComponent('社保卡丢了怎么补办'));
    const first = page.locator('[data-result]').first();
    await expect(first).toHaveAttribute('data-result', 'digital-credential-and-card');
    await expect(first.locator('mark').first()).toBeVisible();
    const href = (await first.locator('h3 a').getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/zh-CN\/guides\/digital-credential-and-card#/);
    await first.locator('h3 a').click();
    const id = decodeURIComponent(href.split('#')[1] ?? '');
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  });

  test('no results: says so, keeps the common questions and the check; the query is text, never markup', async ({ page }) => {
    await page.goto('/en/search?q=' + encodeURIComponent('<img src=x onerror=alert(1)> zzqx'));
    await expect(page.locator('[data-no-results]')).toBeVisible();
    await expect(page.locator('[data-search-tips] a').first()).toBeVisible();
    await expect(page.locator('main img')).toHaveCount(0);
    await expect(page.locator('h2#search-results-title')).toContainText('<img src=x');
    await expect(page.locator('main a[href="/en/check"]')).toBeVisible();
    await expect(page).toHaveTitle(/Results for/);
  });

  test('the language switch keeps the query; the search page alone is the prerendered page; its route is not a page', async ({ page, request }) => {
    await page.goto('/zh-CN/search?q=' + encodeURIComponent('新生儿'));
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=%E6%96%B0%E7%94%9F%E5%84%BF$/);
    await page.goto('/en/search');
    await expect(page.locator('h1')).toHaveText('Search the guides');
    await expect(page.locator('[data-search-tips] a')).toHaveCount(10);
    await expect(page.locator('form[data-search-form="header"]')).toBeHidden();
    expect((await request.get('/en/search/results?q=x')).status()).toBe(404);
  });
});
