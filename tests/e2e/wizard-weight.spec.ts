import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { CHECK_PAGES, answer, scriptsOf, type Step } from './wizard';

// The check's pages are documents, as light as a guide: the standalone server sends them without
// Next's runtime (scripts/postbuild/document-response.mjs); the only script is the result's small
// enhancement, allowed by its hash. Bytes are counted, never timed.
const urls = ['zh-CN', 'en'].flatMap((l) => CHECK_PAGES.map((p) => p.replace('LOCALE', l)));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test('every check page carries no script but the enhancements its CSP allows by hash, and nothing of Next\'s runtime', async ({ request }) => {
  for (const url of urls) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    const csp = res.headers()['content-security-policy'] ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    // Only hashes: no 'self', no nonce, no 'strict-dynamic', no 'unsafe-*'.
    expect(scriptSrc.split(' ').every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s)), `${url}: ${scriptSrc}`).toBe(true);
    const html = await res.text();
    for (const { tag, text } of scriptsOf(html)) {
      expect(tag, url).toBe('<script>');
      expect(scriptSrc.split(' '), `${url}: a script the CSP does not allow`).toContain(sha256(text));
      expect(text.length, url).toBeLessThan(1000);
    }
    // The care mode's script on every page (docs/care-mode.md); on a result, read-aloud and share too.
    expect(scriptsOf(html).length, url).toBe(url.includes('/check/result') ? 3 : 1);
    expect(html, url).not.toContain('__next_f');
    expect(html, url).not.toMatch(/<link[^>]+as="script"|modulepreload/);
    expect(res.headers()['x-yibao-document'], url).toBeUndefined();
  }
});

test('with JavaScript on, a check page loads no script file and breaks no rule of its CSP', async ({ page }) => {
  const scripts: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Audits.enable');
  cdp.on('Audits.issueAdded', (e) => { if (e.issue.code === 'ContentSecurityPolicyIssue') violations.push(JSON.stringify(e.issue.details)); });
  for (const url of urls) await page.goto(url, { waitUntil: 'load' });
  expect(scripts).toEqual([]);
  expect(violations).toEqual([]);
});

/** Bytes received (headers and body, as sent) for everything a navigation asks the network for. */
async function transferred(page: Page, go: () => Promise<unknown>): Promise<{ bytes: number; what: string[] }> {
  const responses: Array<Promise<{ url: string; bytes: number }>> = [];
  const listen = (r: import('@playwright/test').Response) => {
    responses.push(r.request().sizes().then((s) => ({ url: r.url(), bytes: s.responseBodySize + s.responseHeadersSize })));
  };
  page.on('response', listen);
  await go();
  await page.waitForLoadState('load');
  page.off('response', listen);
  const list = await Promise.all(responses);
  return { bytes: list.reduce((n, r) => n + r.bytes, 0), what: list.map((r) => `${r.url.replace(/^https?:\/\/[^/]+/, '').slice(0, 60)} ${r.bytes} B`) };
}

test.describe('without JavaScript, on a phone', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });

  test('a first visit is under 40 kB; then each step of the check, and the result, is one small answer (a step at most 12 kB, the result at most 15 kB)', async ({ page }) => {
    // The browser asks for the icon after the page has loaded: wait for it, so that it counts here.
    const first = await transferred(page, async () => {
      const icon = page.waitForResponse((r) => r.url().includes('/icon.svg'));
      await page.goto('/zh-CN/check/who?v=1');
      await icon;
    });
    expect(first.bytes, first.what.join('\n')).toBeLessThanOrEqual(40 * 1024);
    const steps: Step[] = [['w', 'self'], ['r', 'shanghai'], ['a', '75'], ['s', 'not-working'], ['h', 'other-mainland'], ['p', 'yes'], ['g', ['dibao', 'disability']], ['c', 'resident-lapsed'], ['ly', '3']];
    for (const step of steps) {
      // A step: the form sent, the server's redirect to the next page, that page; the CSS is cached.
      const t = await transferred(page, () => answer(page, step));
      expect(t.bytes, `${step[0]}: ${t.what.join(', ')}`).toBeLessThanOrEqual(12 * 1024);
      expect(t.what.filter((w) => /\.css|icon\.svg/.test(w) && !w.endsWith(' 0 B')), `${step[0]}: the CSS and the icon come from the cache`).toEqual([]);
    }
    await expect(page).toHaveURL(/\/check\/answers\?/);
    const result = await transferred(page, () => page.locator('main a[href*="/check/result?"]').click());
    await expect(page.locator('[data-todo="join"]')).toBeVisible();
    // The result is the one answer that grew on purpose (issue 20): for this person (two subsidised
    // groups, three lapsed years) it now says their own share, each waiting case by name and the
    // continuity rule, with the sources of each. 12.5 kB compressed on 2026-12-04.
    // 15 kB since the result gained the phone's compact comparison and the counter's family box (2026-12-04: 14.1 kB for the heaviest).
    expect(result.bytes, result.what.join(', ')).toBeLessThanOrEqual(15 * 1024);
  });
});
