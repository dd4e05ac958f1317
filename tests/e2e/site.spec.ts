import { expect, test } from '@playwright/test';
import { CARE_SCRIPT, publicPaths, sitemapPaths } from './pages';

test.describe('locale routing', () => {
  for (const [acceptLanguage, expected] of [['zh-CN,zh;q=0.9', '/zh-CN'], ['en-GB,en;q=0.8', '/en'], ['fr-FR', '/zh-CN'], ['', '/zh-CN']] as const) {
    test(`/ with Accept-Language "${acceptLanguage}" goes to ${expected}`, async ({ request }) => {
      const res = await request.get('/', { headers: { 'accept-language': acceptLanguage }, maxRedirects: 0 });
      expect(res.status()).toBe(307);
      expect(res.headers()['location']).toBe(expected);
    });
  }

  test('unprefixed paths are redirected into a locale', async ({ request }) => {
    const res = await request.get('/guides/which-scheme', { headers: { 'accept-language': 'en' }, maxRedirects: 0 });
    expect(res.headers()['location']).toBe('/en/guides/which-scheme');
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    test(`${locale}: <html lang>, title, description and hreflang alternates on every page`, async ({ page, request }) => {
      const paths = (await sitemapPaths(request)).filter((p) => p.startsWith(`/${locale}`));
      expect(paths.length).toBeGreaterThanOrEqual(3);
      const titles = new Set<string>();
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        const title = await page.title();
        expect(title.length, path).toBeGreaterThan(2);
        titles.add(title);
        await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
        const rest = path.slice(locale.length + 1);
        await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', new RegExp(`/zh-CN${rest}$`));
        await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`/en${rest}$`));
        await expect(page.locator('h1')).toHaveCount(1);
      }
      expect(titles.size, 'each page has its own title').toBe(paths.length);
    });
  }
});

test('the language switcher keeps the current page', async ({ page }) => {
  await page.goto('/zh-CN/guides/which-scheme');
  await expect(page.locator('h1')).toHaveText('我该参加哪种医保？');
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await expect(page).toHaveURL(/\/en\/guides\/which-scheme$/);
  await expect(page.locator('h1')).toHaveText('Which scheme is mine?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: '切换到简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-CN\/guides\/which-scheme$/);
});

test('the home page explains the site and links the three schemes or marks them as coming', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('h1')).toContainText('Which medical insurance');
  const schemes = page.locator('#schemes + ul > li');
  await expect(schemes).toHaveCount(3);
  await page.getByRole('link', { name: 'Read first: which scheme is mine?' }).click();
  await expect(page.locator('h1')).toHaveText('Which scheme is mine?');
});

test('the guide index lists every published guide, and each guide ends with sources and a review date', async ({ page }) => {
  for (const [locale, sources, reviewed] of [['zh-CN', '资料来源', '最后审核'], ['en', 'Sources', 'Last reviewed']] as const) {
    await page.goto(`/${locale}/guides`);
    const links = page.locator('main section li h3 a');
    expect(await links.count()).toBeGreaterThanOrEqual(1);
    await links.first().click();
    await expect(page.getByRole('heading', { name: sources })).toBeVisible();
    expect(await page.locator('#sources ~ ol li [data-source]').count()).toBeGreaterThan(0);
    await expect(page.getByText(reviewed).last()).toBeVisible();
  }
});

test('the footer gives 12393, says nothing is stored, and shows the last-reviewed date', async ({ page }) => {
  await page.goto('/zh-CN');
  const footer = page.locator('footer');
  await expect(footer).toContainText('12393');
  await expect(footer).toContainText('我们不保存任何关于你的信息');
  await expect(footer).toContainText(/内容最后审核：\d{4}年\d{1,2}月\d{1,2}日/);
  await page.goto('/en');
  await expect(page.locator('footer')).toContainText('We store nothing about you');
});

test('unknown pages get a localized 404', async ({ page }) => {
  for (const [locale, heading] of [['zh-CN', '找不到这个页面'], ['en', 'Page not found']] as const) {
    const res = await page.goto(`/${locale}/no-such-page`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText(heading);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
  }
  const unknownGuide = await page.goto('/en/guides/no-such-guide');
  expect(unknownGuide?.status()).toBe(404);
});

test('sitemap.xml lists both locales with alternates, and robots.txt points to it', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('/zh-CN/guides/which-scheme</loc>');
  expect(xml).toContain('/en/guides/which-scheme</loc>');
  expect(xml).toMatch(/hreflang="en"/);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  expect((await request.get('/icon.svg')).headers()['content-type']).toContain('svg');
});

test('pages read fine with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh-CN/guides/which-scheme');
  await expect(page.locator('h1')).toHaveText('我该参加哪种医保？');
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await expect(page.locator('h1')).toHaveText('Which scheme is mine?');
  await context.close();
});

test('the sitemap lists every public page, and every internal link on every page resolves', async ({ page, request }) => {
  test.setTimeout(180_000);
  expect((await sitemapPaths(request)).sort()).toEqual(publicPaths().sort());
  const seen = new Set<string>();
  for (const path of publicPaths()) {
    await page.goto(path);
    // Every public page is prerendered and a document only (scripts/postbuild/strip-prerendered.mjs);
    // only the question, answers and result pages, reached with answers in the URL, run scripts.
    // The one exception: the care mode's script in the header (docs/care-mode.md).
    expect(await page.locator('script:not([type="application/ld+json"])').evaluateAll((ss, care) => ss.filter((s) => s.textContent !== care).length, CARE_SCRIPT),
      `${path} runs no script but the care mode's`).toBe(0);
    // In the page, in one pass: the sources page alone has hundreds of in-page links.
    const unmatched = await page.locator('main a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')
      .filter((h) => document.querySelectorAll(`#${CSS.escape(decodeURIComponent(h.slice(1)))}`).length !== 1));
    expect(unmatched, `${path}: in-page links without exactly one target`).toEqual([]);
    const hrefs = await page.locator('main a[href^="/"], header a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const target = href.split('#')[0] ?? '';
      if (!target || seen.has(target)) continue;
      seen.add(target);
      const res = await request.get(target);
      expect(res.status(), `${path} links to ${target}`).toBe(200);
    }
  }
  expect(seen.size).toBeGreaterThan(40);
});
