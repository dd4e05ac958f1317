import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PRERENDERED_SCRIPT_SRC, locales, withoutCare } from './pages';

// The changelog's ids from its data file (the rules library itself does not load in Playwright's runner).
const ENTRIES = (JSON.parse(readFileSync('lib/rules/changelog.json', 'utf8')) as { entries: Array<{ id: string; date: string }> }).entries;

test.describe('the changelog of the rules: page and Atom feed', () => {
  for (const locale of locales) {
    test(`/${locale}/sources/changes is a document listing every change, and points to the feed`, async ({ request }) => {
      const res = await request.get(`/${locale}/sources/changes`);
      expect(res.status()).toBe(200);
      const h = res.headers();
      expect(h['content-security-policy']).toContain(PRERENDERED_SCRIPT_SRC);
      expect(h['cache-control']).toMatch(/^public, /);
      expect(h['set-cookie']).toBeUndefined();
      const html = await res.text();
      expect(withoutCare(html)).not.toMatch(/<script\b/);
      expect([...html.matchAll(/data-change="([^"]+)"/g)].map((m) => m[1])).toEqual(ENTRIES.map((e) => e.id));
      expect(html).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" href="https?://[^"/]+/${locale}/sources/changes\\.xml" title="[^"]+"/>`));
    });

    test(`/${locale}/sources/changes.xml is an Atom feed, prerendered, cacheable, with every entry`, async ({ request }) => {
      const res = await request.get(`/${locale}/sources/changes.xml`);
      expect(res.status()).toBe(200);
      const h = res.headers();
      expect(h['content-type']).toBe('application/atom+xml; charset=utf-8');
      expect(h['cache-control']).toBe('public, max-age=0, s-maxage=3600, stale-while-revalidate=86400');
      expect(h['set-cookie']).toBeUndefined();
      const xml = await res.text();
      expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
      // Absolute, from SITE_URL at build time (as in the sitemap).
      expect(xml).toMatch(new RegExp(`<link rel="self" type="application/atom\\+xml" href="https?://[^"/]+/${locale}/sources/changes\\.xml"/>`));
      expect([...xml.matchAll(/<id>[^<]*#change-([^<]+)<\/id>/g)].map((m) => m[1])).toEqual(ENTRIES.map((e) => e.id));
      expect((await request.head(`/${locale}/sources/changes.xml`)).status()).toBe(200);
      expect((await request.fetch(`/${locale}/sources/changes.xml`, { method: 'POST' })).status()).toBe(405);
    });
  }

  test('the sources page links the changes and the feed; unknown neighbours are 404', async ({ page, request }) => {
    await page.goto('/en/sources');
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/en\/sources\/changes\.xml$/);
    await page.locator('[data-recent-changes] a[data-changes-link]').click();
    await expect(page).toHaveURL(/\/en\/sources\/changes$/);
    await expect(page.locator('[data-change]')).toHaveCount(ENTRIES.length);
    for (const p of ['/en/sources/changes.atom', '/en/sources/nope', '/fr/sources/changes.xml']) expect((await request.get(p)).status(), p).toBe(404);
  });
  // axe, overflow and text size on the page: layout.spec.ts (it is a public page, tests/e2e/pages.ts).
});
