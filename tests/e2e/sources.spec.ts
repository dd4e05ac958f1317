import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PRERENDERED_SCRIPT_SRC, locales, sourcesPaths, withoutCare } from './pages';
import { readFileSync } from 'node:fs';
import { API_PATHS } from '../../lib/api/paths';

// The registry's ids from its data file; the parameters' ids from /api/v1/rules (tests/api shows that
// it lists exactly PARAMETERS; the rules library itself does not load in Playwright's runner).
const REGISTRY = JSON.parse(readFileSync('lib/rules/sources.data.json', 'utf8')) as Record<string, { kind: string }>;
const SOURCE_IDS = Object.keys(REGISTRY).sort();

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BEIJING = 'v=1&w=self&r=beijing&a=35&s=flexible&h=local&g=none&c=none';
const JSON_TYPE = 'application/json; charset=utf-8';
/** The sources index, its parts and the split parts' pages (lib/sources-links.ts). */
const PARTS = sourcesPaths().filter((p) => p !== '/sources/changes');
/** The pages axe and the layout check visit: the index, each part's own page, and the largest of each split part's pages. */
const AXE_PARTS = ['/sources', '/sources/registry', '/sources/registry/commercial-unverified', '/sources/parameters', '/sources/places', '/sources/places/hangzhou', '/sources/facts'];

test.describe('the sources page (规则与来源)', () => {
  for (const locale of locales) {
    test(`/${locale}/sources, its four parts and their pages are documents: no script, prerendered, cacheable, every parameter and source on its page`, async ({ request }) => {
      const rules = await (await request.get('/api/v1/rules')).json() as { parameters: Array<{ id: string }> };
      expect(rules.parameters.length).toBeGreaterThan(30);
      const html: Record<string, string> = {};
      for (const part of PARTS) {
        const res = await request.get(`/${locale}${part}`);
        expect(res.status(), part).toBe(200);
        const h = res.headers();
        expect(h['content-security-policy'], part).toContain(PRERENDERED_SCRIPT_SRC);
        expect(h['cache-control'], part).toMatch(/^public, /);
        expect(h['set-cookie'], part).toBeUndefined();
        html[part] = await res.text();
        expect(withoutCare(html[part]), part).not.toMatch(/<script\b/);
      }
      // National parameters on one part, a place's on its place's page, a source on its kind's page (lib/sources-links.ts).
      for (const p of rules.parameters) expect(html[p.id.startsWith('national.') ? '/sources/parameters' : `/sources/places/${p.id.split('.')[0]}`], p.id).toContain(`id="param-${p.id}"`);
      for (const id of SOURCE_IDS) expect(html[`/sources/registry/${REGISTRY[id]?.kind}`], id).toContain(`id="source-${id}"`);
      // The index links each part; a split part's own page (an old bookmark) links each of its pages.
      for (const part of ['/sources/registry', '/sources/parameters', '/sources/places', '/sources/facts']) expect(html['/sources'], part).toContain(`href="/${locale}${part}"`);
      for (const page of PARTS.filter((p) => /^\/sources\/(registry|places)\//.test(p))) expect(html[page.slice(0, page.lastIndexOf('/'))], page).toContain(`href="/${locale}${page}"`);
    });
  }

  for (const width of [375, 1280]) {
    for (const locale of locales) {
      for (const part of AXE_PARTS) {
        test(`/${locale}${part} at ${width}px: axe finds nothing, nothing is wider than the screen`, async ({ page }) => {
          // Long reference pages (the parameters: about 4,000 elements): axe takes a while on a busy machine.
          test.setTimeout(180_000);
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`/${locale}${part}`);
          const result = await new AxeBuilder({ page }).withTags(tags).analyze();
          expect(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
          const overflow = await page.evaluate(() => ({
            page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            wide: [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((el) => el.outerHTML.slice(0, 80)).slice(0, 5),
          }));
          expect(overflow).toEqual({ page: 0, wide: [] });
        });
      }
    }
  }

  test('links between the parts land on their entry; print hides the page nav and keeps the entries', async ({ page }) => {
    await page.goto('/en/sources/registry/official-site');
    const firstParameterLink = page.locator('[data-source-entry] [data-backs="parameters"] a').first();
    const target = (await firstParameterLink.getAttribute('href')) ?? '';
    expect(target).toMatch(/^\/en\/sources\/(parameters|places\/[a-z-]+)#param-/);
    await firstParameterLink.click();
    await expect(page).toHaveURL(new RegExp(`${target.replace(/[.]/g, '\\.')}$`));
    await expect(page.locator(`[id="${target.split('#')[1]}"]`)).toBeInViewport();
    // The registry's own page (an old bookmark) lists its kinds' pages, official sources first; each
    // kind's page marks itself among them.
    await page.goto('/en/sources/registry');
    await page.locator('[data-group] a').first().click();
    await expect(page).toHaveURL(/\/en\/sources\/registry\/official-site$/);
    await expect(page.locator('nav[aria-labelledby="pages-title"] [aria-current="page"]')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav[aria-labelledby="parts-title"]')).toBeHidden();
    await expect(page.locator('[data-source-entry]').first()).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  });

  test('a parameter\'s link lands on its entry and its value in force; older values are folded, and printed', async ({ page }) => {
    // The first place's page with a folded entry (the places' own page lists them).
    await page.goto('/en/sources/places');
    let at = '';
    for (const href of await page.locator('[data-group] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      await page.goto(href);
      if (await page.locator('[data-parameter]:has(details)').count() > 0) { at = href; break; }
    }
    expect(at).not.toBe('');
    const entry = page.locator('[data-parameter]:has(details)').first();
    const id = (await entry.getAttribute('id')) ?? '';
    await page.goto('/en/sources/registry');
    await page.goto(`${at}#${id}`);
    await expect(entry).toBeInViewport();
    await expect(entry.locator('xpath=./ol/li').first()).toBeVisible();
    await expect(entry.locator('details [data-from]').first()).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(entry.locator('details [data-from]').first()).toBeVisible();
  });

  test('the footer links to it from every page, and a result\'s "why" links to it', async ({ page }) => {
    await page.goto('/zh-CN');
    await page.locator('footer a[data-footer-link="sources"]').click();
    await expect(page).toHaveURL(/\/zh-CN\/sources$/);
    await expect(page.locator('h1')).toHaveText('规则与来源');
    await page.goto(`/en/check/result?${BEIJING}`);
    await page.locator('[data-section="why"] summary').click();
    await page.locator('[data-section="why"] a[data-why-link="sources"]').click();
    await expect(page).toHaveURL(/\/en\/sources$/);
    await expect(page.locator('h1')).toHaveText('Rules and sources');
  });
});

test.describe('the JSON API over HTTP', () => {
  test('every endpoint: JSON, no cookie, the rules cacheable and answers private, a CSP for JSON, GET and HEAD only', async ({ request }) => {
    for (const path of API_PATHS) {
      const url = path.endsWith('/evaluate') ? `${path}?${BEIJING}&asOf=2026-11-23&locale=en` : path;
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status(), url).toBe(200);
      const h = res.headers();
      expect(h['content-type'], url).toBe(JSON_TYPE);
      expect(h['set-cookie'], url).toBeUndefined();
      // The rules are the same for everyone; an evaluation carries a person's answers, so it is never stored (issue 24).
      if (path.endsWith('/evaluate')) expect(h['cache-control'], url).toBe('private, no-store');
      else expect(h['cache-control'], url).toMatch(/^public, max-age=\d+/);
      expect(h['content-security-policy'], url).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
      expect(h['x-content-type-options']).toBe('nosniff');
      JSON.parse(await res.text());
      const head = await request.head(url);
      expect(head.status(), `HEAD ${url}`).toBe(200);
      expect(head.headers()['content-type']).toBe(JSON_TYPE);
      for (const method of ['POST', 'PUT', 'DELETE']) expect((await request.fetch(url, { method })).status(), `${method} ${url}`).toBe(405);
    }
  });

  test('/api/v1/rules: every parameter, and the registry', async ({ request }) => {
    const body = await (await request.get('/api/v1/rules')).json() as { parameters: Array<{ id: string }>; sources: Record<string, unknown>; version: string };
    let html = '';
    for (const page of PARTS.filter((p) => p === '/sources/parameters' || p.startsWith('/sources/places/'))) html += await (await request.get(`/zh-CN${page}`)).text();
    expect([...html.matchAll(/data-parameter="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(body.parameters.map((p) => p.id).sort());
    expect(Object.keys(body.sources).sort()).toEqual(SOURCE_IDS);
    // The sources page shows the same data version.
    expect(await (await request.get('/en/sources')).text()).toContain(body.version);
  });

  test('/api/v1/evaluate: a result for today in China (pinned), the page\'s reasons on 400', async ({ request }) => {
    const ok = await request.get(`/api/v1/evaluate?${BEIJING}&locale=zh-CN`);
    expect(ok.status()).toBe(200);
    const body = await ok.json() as { asOf: string; asOfFrom: string; words: { options: Array<{ group: string }> } };
    expect(body).toMatchObject({ asOf: '2026-11-23', asOfFrom: 'today-in-shanghai' });
    expect(body.words.options[0]?.group).toContain('职工');
    const bad = await request.get('/api/v1/evaluate?v=1&w=self&r=atlantis&locale=en');
    expect(bad.status()).toBe(400);
    expect(bad.headers()['content-type']).toBe(JSON_TYPE);
    const err = await bad.json() as { error: string; dropped: Array<{ key: string; reason: string; message: string }> };
    expect(err.error).toBe('invalid-answers');
    expect(err.dropped).toEqual([expect.objectContaining({ key: 'r', reason: 'invalid' })]);
    for (const q of ['asOf=2026-13-01', 'locale=fr']) expect((await request.get(`/api/v1/evaluate?${BEIJING}&${q}`)).status(), q).toBe(400);
  });

  test('no locale redirect under /api, and unknown API paths are a JSON 404', async ({ request }) => {
    for (const url of ['/api', '/api/v1/', '/api/v2/rules', '/api/v1/schema/nope.json', '/api/v1/rules/extra']) {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status(), url).toBe(404);
      expect(res.headers()['content-type'], url).toBe(JSON_TYPE);
      expect(res.headers().location, url).toBeUndefined();
      expect((await res.json() as { error: string }).error).toBe('not-found');
    }
  });
});
