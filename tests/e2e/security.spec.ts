import { expect, test, type APIResponse } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { PRERENDERED_SCRIPT_SRC, locales, publicPaths, withoutCare } from './pages';
import { QUESTION_IDS } from '../../lib/rules/flow';

const result = '/zh-CN/check/result?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=none';
// Prerendered pages ship no script but the care mode's (scripts/postbuild/strip-prerendered.mjs, docs/care-mode.md); the check's pages are
// served without Next's scripts by the standalone server and allow only the hashed enhancements
// (tests/e2e/wizard-weight.spec.ts); the 404 page runs Next's scripts under a per-request nonce.
// Which pages were stripped is the manifest the build wrote, read here from where the server under
// test reads it (its own build folder).
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const manifest = JSON.parse(readFileSync(path.join(distDir, 'standalone', distDir, 'documents.json'), 'utf8')) as { pages: string[]; next: string; routes: string[] };
const documentOnly = manifest.pages;
const checkPages = ['/en/check/who?v=1', '/en/check/answers?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=none', result];
const perRequest = ['/en/no-such-page'];

function expectSecurityHeaders(h: Record<string, string>) {
  const csp = h['content-security-policy'] ?? '';
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  for (const d of ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'", "default-src 'self'"]) expect(csp).toContain(d);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['permissions-policy']).toContain('geolocation=()');
  expect(h['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  return csp;
}

const executable = (body: string) => [...body.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>/g)].map((m) => m[0]);

test.describe('security headers', () => {
  for (const url of checkPages) {
    test(`${url} carries a CSP that allows only hashed scripts, and the other security headers`, async ({ request }) => {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status()).toBe(200);
      const csp = expectSecurityHeaders(res.headers());
      expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(?: 'sha256-[A-Za-z0-9+/=]+')*;/);
      expect(csp).not.toContain('nonce');
      for (const s of executable(await res.text())) expect(s, 'no script file, no nonce').toBe('<script>');
    });
  }

  for (const url of perRequest) {
    test(`${url} carries CSP with a nonce and the other security headers`, async ({ request }) => {
      const res = await request.get(url, { maxRedirects: 0 });
      const csp = expectSecurityHeaders(res.headers());
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      // The care mode's script is allowed by its hash (docs/care-mode.md); every other carries the nonce.
      const scripts = executable(withoutCare(await res.text()));
      expect(scripts.length).toBeGreaterThan(0);
      for (const s of scripts) expect(s, 'every script carries this response\'s nonce').toContain(`nonce="${nonce}"`);
    });
  }

  test('the build stripped every public page and checked the check\'s routes; the proxy serves them all without Next\'s scripts', async ({ request }) => {
    expect([...documentOnly].sort()).toEqual(publicPaths().sort());
    expect(manifest.routes).toEqual(['/[locale]/check/[step]', '/[locale]/check/answers', '/[locale]/check/result', '/[locale]/poster', '/[locale]/household']);
    const known = [...publicPaths(), ...locales.flatMap((l) => ['/check/answers', '/check/result', ...QUESTION_IDS.map((q) => `/check/${q}`)].map((p) => `/${l}${p}`))];
    for (const url of known) {
      const res = await request.get(documentOnly.includes(url) ? url : `${url}?v=1`, { maxRedirects: 0 });
      // (The answers and result pages redirect to the first question when the link holds no answer.)
      expect(res.status(), url).toBeLessThan(400);
      const csp = res.headers()['content-security-policy'] ?? '';
      if (documentOnly.includes(url)) expect(csp, url).toContain(PRERENDERED_SCRIPT_SRC);
      else expect(csp, url).toMatch(/script-src 'sha256-/);
      expect(executable(await res.text()).filter((s) => s !== '<script>'), url).toEqual([]);
    }
  });

  for (const url of documentOnly) {
    test(`${url} is served without any script but the care mode's, under a CSP that allows that one, with the other security headers`, async ({ request }) => {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status()).toBe(200);
      const csp = expectSecurityHeaders(res.headers());
      expect(csp).toContain(PRERENDERED_SCRIPT_SRC);
      const body = await res.text();
      expect(executable(withoutCare(body))).toEqual([]);
      expect(body, 'no script is preloaded either').not.toMatch(/<link[^>]+as="script"/);
      expect(body).toContain('<main');
    });
  }

  test('guides may be cached by a CDN; results (answers in the URL) and question pages only by the browser, not on disk', async ({ request }) => {
    for (const url of ['/en/guides/faq', '/zh-CN', '/en/check']) {
      expect((await request.get(url)).headers()['cache-control'], url).toMatch(/^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/);
    }
    for (const url of [result, '/en/check/result?v=1&w=helper&r=chengdu&a=70&s=retired&ry=10&h=local&g=disability&c=none']) {
      const cacheControl = (await request.get(url)).headers()['cache-control'] ?? '';
      expect(cacheControl, url).toBe('private, no-store');
    }
    expect((await request.get('/en/check/age?v=1&w=self&r=beijing')).headers()['cache-control']).toContain('no-store');
  });
});

// Issue 15: hard to break in production. The e2e server is bound to 127.0.0.1 (playwright.config.ts),
// as a server behind a reverse proxy is.
test.describe('answers that hold up behind a reverse proxy', () => {
  const plainSecurityHeaders = (res: APIResponse, what: string) => {
    const h = res.headers();
    expect(h['content-security-policy'], what).toContain("default-src 'none'");
    expect(h['x-content-type-options'], what).toBe('nosniff');
    expect(h['x-frame-options'], what).toBe('DENY');
    expect(h['strict-transport-security'], what).toMatch(/max-age=\d{7,}/);
    expect(h['content-type'], what).toBe('text/html; charset=utf-8');
  };

  test('an unknown path is the localized 404 page at once, also with X-Forwarded-Proto: https (no rewrite loop)', async ({ request }) => {
    await request.get('/en/warm-up-the-404-page');
    const cases = [['/zh-CN/no-such-page', 'zh-CN', '找不到这个页面'], ['/en/no-such-page', 'en', 'Page not found'],
      ['/en/guides/no-such-guide', 'en', 'Page not found'], ['/zh-CN/check/no-such-step', 'zh-CN', '找不到这个页面'],
      ['/en/%25', 'en', 'Page not found'], ['/%E0%A4%A', 'zh-CN', '找不到这个页面'], ['/en/missing', 'en', 'Page not found']] as const;
    const forwarded: Array<Record<string, string>> = [{}, { 'x-forwarded-proto': 'https' }, { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'yibao.example.org' }];
    for (const headers of forwarded) {
      for (const [url, lang, heading] of cases) {
        // A rewrite loop never answers (or answers 5xx): the request's own timeout catches it, with no
        // wall-clock assertion that a busy machine could break.
        const res = await request.get(url, { headers, maxRedirects: 0, timeout: 15_000 });
        const body = await res.text();
        const what = `${url} ${JSON.stringify(headers)}`;
        expect(res.status(), what).toBe(404);
        expect(body, what).toContain(`<html lang="${lang}"`);
        expect(body, what).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`));
        expect(res.headers()['content-security-policy'], what).toMatch(/script-src 'self' 'nonce-/);
      }
    }
  });

  test('only the proxy marks a path as unknown: the header sent by a client changes nothing', async ({ request }) => {
    for (const url of ['/en/guides/faq', '/zh-CN/check/who?v=1']) {
      const res = await request.get(url, { headers: { 'x-yibao-not-found': 'en' } });
      expect(res.status(), url).toBe(200);
      const h1 = /<h1[^>]*>([^<]+)/.exec(await res.text())?.[1];
      expect(h1, url).toBeTruthy();
      expect(h1, url).not.toMatch(/Page not found|找不到这个页面/);
    }
  });

  test('a query string far beyond any link of the site: a short 414 or 400 page before any parsing', async ({ request }) => {
    const reminder = '/en/check/reminder?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=none';
    for (const [url, status, text] of [
      [`${reminder}${'&x'.repeat(4000)}`, 414, '414 链接过长 <span lang="en">/ Link too long</span></h1>'],
      [`${reminder}${'&g=none'.repeat(1200)}`, 414, 'Link too long'],
      [`/zh-CN/check/result?v=1${'&x'.repeat(300)}`, 400, '400 链接参数过多 <span lang="en">/ Too many parameters</span></h1>'],
      // The result is outside the proxy (its own step answers: lib/security/pages-route.ts).
      [`/en/check/result?v=1&x=${'y'.repeat(7700)}`, 414, 'Link too long'],
      [`/en/guides/faq?${'y'.repeat(7700)}`, 414, 'Link too long'],
    ] as const) {
      const res = await request.get(url);
      expect(res.status(), url.slice(0, 60)).toBe(status);
      const body = await res.text();
      expect(body).toContain(text);
      expect(body.length).toBeLessThan(1000);
      plainSecurityHeaders(res, url.slice(0, 60));
    }
    // A real link, with every answer and the repeatable one repeated, is far from the bound.
    expect((await request.get(`${reminder.replace('g=none', 'g=dibao&g=tekun&g=orphan&g=disability&g=monitored&g=veteran')}&go=1&ret=answers`)).status()).not.toBe(414);
  });

  test('methods the site does not use: 405 with Allow, a short page and the security headers', async ({ request }) => {
    const reminder = '/en/check/reminder?v=1&w=self&r=elsewhere&a=40&s=not-working&h=local&g=none&c=none';
    for (const [method, url] of [['OPTIONS', '/en/guides'], ['OPTIONS', '/zh-CN/check/who?v=1'], ['POST', reminder], ['PUT', reminder],
      ['DELETE', reminder], ['POST', '/zh-CN/check/result'], ['PATCH', '/robots.txt']] as const) {
      const res = await request.fetch(url, { method, maxRedirects: 0 });
      expect(res.status(), `${method} ${url}`).toBe(405);
      expect(res.headers()['allow']).toBe('GET, HEAD');
      expect(await res.text()).toContain('<h1>405 不支持此请求方法 <span lang="en">/ Method not allowed</span></h1>');
      plainSecurityHeaders(res, `${method} ${url}`);
    }
  });

  test('no answer differs by Next\'s client-router headers or the site\'s internal ones (issue 24: RSC: 1 cached a redirect to ?_rsc)', async ({ request }) => {
    const attack = { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-State-Tree': '%5B%22%22%5D', 'Next-URL': '/en', 'X-Yibao-Not-Found': 'en', 'X-Yibao-Document': '1' };
    for (const url of ['/zh-CN/guides/resident-insurance', '/zh-CN', '/zh-CN/check', result, '/zh-CN/check/who?v=1', '/api/v1/rules']) {
      const plain = await request.get(url, { maxRedirects: 0 });
      const attacked = await request.get(url, { headers: attack, maxRedirects: 0 });
      expect(attacked.status(), url).toBe(plain.status());
      expect(attacked.headers()['location'], url).toBeUndefined();
      expect(attacked.headers()['content-type'], url).toBe(plain.headers()['content-type']);
      expect(attacked.headers()['cache-control'], url).toBe(plain.headers()['cache-control']);
      const body = await attacked.text();
      if (url.startsWith('/api/')) expect(JSON.parse(body).api, url).toBe('yibao-guide/v1');
      else expect(body, url).toContain('<!DOCTYPE html>');
    }
  });

  test('the API: 4xx in JSON (405, 414, too many parameters), private answers, a 304 for the current rules', async ({ request }) => {
    const json = 'application/json; charset=utf-8';
    for (const [method, url, status] of [['POST', '/api/v1/evaluate', 405], ['PUT', '/api/v1/rules', 405], ['GET', `/api/v1/evaluate?x=${'y'.repeat(8000)}`, 414],
      ['GET', `/api/v1/evaluate?${'a=1&'.repeat(300)}`, 400], ['GET', '/api/v1/nope', 404]] as const) {
      const res = await request.fetch(url, { method, maxRedirects: 0 });
      expect(res.status(), `${method} ${url.slice(0, 40)}`).toBe(status);
      expect(res.headers()['content-type'], `${method} ${url.slice(0, 40)}`).toBe(json);
      expect(typeof (await res.json()).error).toBe('string');
    }
    const answer = await request.get('/api/v1/evaluate?v=1&w=self&r=beijing&a=35&s=employee&h=local&g=none&c=none&asOf=1998-12-13');
    expect(answer.status()).toBe(200);
    expect(answer.headers()['cache-control']).toBe('private, no-store');
    const rules = await request.get('/api/v1/rules');
    const etag = rules.headers()['etag'] ?? '';
    expect(etag).toMatch(/^"sha256-[0-9a-f]{16}"$/);
    const again = await request.get('/api/v1/rules', { headers: { 'if-none-match': etag } });
    expect(again.status()).toBe(304);
    expect((await again.body()).length).toBe(0);
  });

  test('the bare server: TRACE, a POST to a static file and the * target get short pages; an absolute target is never echoed', async ({ request, baseURL }) => {
    const { connect } = await import('node:net');
    const { port } = new URL(baseURL ?? '');
    const raw = (text: string | Buffer) => new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
      let out = '';
      socket.on('data', (d) => { out += String(d); });
      socket.on('close', () => resolve(out));
      socket.on('error', reject);
    });
    const line = (l: string, extra = '') => `${l}\r\nHost: 127.0.0.1\r\n${extra}Connection: close\r\n\r\n`;
    for (const [l, status] of [['TRACE / HTTP/1.1', 405], ['POST /icon.svg HTTP/1.1', 405], ['OPTIONS * HTTP/1.1', 400], ['GET http://evil.example/zh-CN/ HTTP/1.1', 400]] as const) {
      const out = await raw(line(l, 'Content-Length: 0\r\n'));
      expect(out, l).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(out, l).not.toMatch(/^location:/im);
      expect(out, l).not.toContain('evil.example');
      expect(out, l).toContain('<span lang="en">');
    }
    const statics = (await (await request.get('/zh-CN')).text()).match(/\/_next\/static\/[^"]+\.css/)?.[0];
    expect(statics).toBeTruthy();
    expect(await raw(line(`POST ${statics} HTTP/1.1`, 'Content-Length: 0\r\n'))).toMatch(/^HTTP\/1\.1 405 /);
    // Raw UTF-8 in the link, and headers too large: a short page in both languages, not a blank answer.
    const utf8 = await raw(Buffer.from(line('GET /zh-CN/household?hv=1&m=l.奶奶_r.beijing HTTP/1.1'), 'utf8'));
    expect(utf8).toMatch(/^HTTP\/1\.1 400 /);
    expect(utf8).toContain('%E5%A5%B6%E5%A5%B6');
    const big = await raw(line('GET /zh-CN HTTP/1.1', `Cookie: a=${'x'.repeat(20_000)}\r\n`));
    expect(big).toMatch(/^HTTP\/1\.1 431 /);
    expect(big).toContain('<span lang="en">');
  });

  test("Next's internal paths this site does not use answer 404 with a short page: /_next/data, /_next/image", async ({ request }) => {
    const html = await (await request.get('/en/check/who?v=1')).text();
    expect(html).not.toContain('/_next/image');
    for (const url of ['/_next/data/any-build/en.json', '/_next/data/any-build/index.json', '/_next/data/any-build/en/guides/faq.json',
      '/_next/image?url=%2Ficon.svg&w=64&q=75', '/_next/image?url=%2Fen%2Fguides&w=64&q=75', '/_next/nothing']) {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status(), url).toBe(404);
      expect(await res.text(), url).toContain('<h1>404 找不到这个地址 <span lang="en">/ Not found</span></h1>');
      plainSecurityHeaders(res, url);
    }
  });

  test('files at the root are matched by their exact names: look-alikes get the CSP and a 404', async ({ request }) => {
    for (const url of ['/robots.txt', '/sitemap.xml', '/icon.svg']) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      expect(res.headers()['content-security-policy'], url).toContain("script-src 'none'");
    }
    for (const url of ['/favicon.ico', '/robots.txt/x', '/icon.svg.html', '/sitemap.xml.gz', '/_vercel/insights/script.js']) {
      const res = await request.get(url, { headers: { 'accept-language': 'en' } });
      expect(res.status(), url).toBe(404);
      expect(res.headers()['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(await res.text(), url).toContain('Page not found');
    }
  });

  test('redirects carry the security headers; the one from / varies with Accept-Language', async ({ request }) => {
    for (const [url, location] of [['/zh-CN/', '/zh-CN'], ['/en/guides/', '/en/guides'], ['/en/check/who/?v=1', '/en/check/who?v=1']] as const) {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status(), url).toBe(308);
      expect(res.headers()['location'], url).toBe(location);
      expectSecurityHeaders(res.headers());
    }
    for (const url of ['/', '/guides/faq']) {
      const res = await request.get(url, { headers: { 'accept-language': 'en' }, maxRedirects: 0 });
      expect(res.status(), url).toBe(307);
      expect(res.headers()['vary'], url).toMatch(/accept-language/i);
      expectSecurityHeaders(res.headers());
    }
  });
});

test('scripts run under the CSP: no violations on the check\'s pages, the guides or the 404 page (which keeps Next\'s scripts)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  // Chromium reports some CSP blocks (e.g. an eval probe) only as DevTools issues, not on the console.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Audits.enable');
  cdp.on('Audits.issueAdded', (e) => { if (e.issue.code === 'ContentSecurityPolicyIssue') violations.push(JSON.stringify(e.issue.details)); });
  await page.goto('/en/check/who?v=1');
  await page.locator('input[value="self"]').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/en\/check\/region\?v=1&w=self$/);
  await page.goto('/zh-CN/guides/faq');
  await page.goto(result);
  await expect(page.getByRole('button', { name: '打印清单' })).toBeVisible();
  await page.goto('/en/no-such-page', { waitUntil: 'networkidle' });
  expect(violations).toEqual([]);
});

test('no cookie is ever set (not even the language preference: the locale is in the URL)', async ({ page, context }) => {
  await page.goto('/');
  for (const url of [...publicPaths().slice(0, 6), '/en/check/who?v=1', result]) await page.goto(url);
  const ics = await page.request.get('/en/check/reminder?v=1&w=self&r=elsewhere&a=40&s=not-working&h=local&g=none&c=none');
  expect(ics.headers()['set-cookie']).toBeUndefined();
  await page.goto('/en/check/who?v=1');
  await page.locator('input[value="helper"]').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/region/);
  const names = (await context.cookies()).map((c) => c.name);
  expect(names).toEqual([]);
});

test('2,000 generated requests over the wizard, the result and random paths: no 5xx, no blank page, a notice for every dropped parameter', async ({ request }) => {
  test.setTimeout(600_000);
  const param = fc.tuple(
    fc.constantFrom('v', 'w', 'r', 'a', 'b', 's', 'ry', 'h', 'p', 'g', 'c', 'gm', 'ly', 'go', 'ret', '__proto__', 'constructor', 'x'),
    fc.oneof(fc.constantFrom('1', '-0', '1e309', '0', '120', 'none', 'self', 'helper', 'beijing', 'flexible', 'local', 'yes', 'dibao', 'employee-lapsed', 'answers', '2026-10-01', '💥'), fc.string({ maxLength: 8 })),
  );
  const route = fc.oneof(
    fc.constantFrom('/zh-CN/check/result', '/en/check/result', '/en/check/answers', '/zh-CN/check/age', '/en/check/special-groups', '/en/check/coverage', '/zh-CN/check/employee-gap', '/en/check/reminder'),
    fc.string({ maxLength: 12 }).map((s) => `/${['zh-CN', 'en', 'xx'][s.length % 3]}/${encodeURIComponent(s)}`),
  );
  const samples = fc.sample(fc.tuple(route, fc.array(param, { maxLength: 10 })), { numRuns: 2000, seed: 20261123 });
  let notices = 0;
  async function check([path, params]: (typeof samples)[number]) {
    const query = params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
    const url = query ? `${path}?${query}` : path;
    const res = await request.get(url, { maxRedirects: 5 });
    expect(res.status(), url).toBeLessThan(500);
    if (path.endsWith('/reminder')) return;
    const body = await res.text();
    expect(body, url).toMatch(/<h1[^>]*>[^<]+/);
    // Next itself removes a `__proto__` key from the URL before any of our code runs, so only
    // keys that reach the app are expected to produce a notice.
    const dropsAnswer = params.some(([k]) => ['constructor', 'x'].includes(k));
    if (res.status() === 200 && /\/check\/(result|answers|age|special-groups|coverage|employee-gap)$/.test(path) && dropsAnswer && !params.some(([k]) => k === 'go')) {
      expect(body, url).toContain('data-testid="link-notice"');
      notices += 1;
    }
  }
  // Four requests at a time, like a few people using the site at once.
  for (let i = 0; i < samples.length; i += 4) await Promise.all(samples.slice(i, i + 4).map(check));
  expect(notices).toBeGreaterThan(100);
});

test('every page is valid HTML (Nu Html Checker)', async ({ request }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  const urls = [...publicPaths(), '/en/check/who?v=1', '/zh-CN/check/age?v=1&w=helper&r=beijing', '/en/check/special-groups?v=1&w=self&r=beijing&a=30&s=flexible&h=local',
    '/en/check/answers?v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=none&c=none', result, '/en/check/result?v=1&w=helper&r=chengdu&a=0&b=2026-10-01&s=preschool&h=other-mainland&p=yes&g=none&c=none',
    '/en/check/result?v=1&r=mars', '/zh-CN/no-such-page'];
  const files = await Promise.all(urls.map(async (u, i) => {
    const file = path.join(dir, `${i}.html`);
    writeFileSync(file, await (await request.get(u)).text());
    return file;
  }));
  // vnu writes its JSON report to stderr: errors only (its notes and warnings on every page passed a
  // megabyte, spawnSync's default buffer, once the sources pages were split), with room to spare, and
  // a run that failed or was cut short fails here rather than as a parse error.
  const run = spawnSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--format', 'json', '--errors-only', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(run.error, String(run.error)).toBeUndefined();
  expect(run.status).toBe(0);
  const messages = JSON.parse(run.stderr).messages as Array<{ type: string; message: string; url: string }>;
  const errors = messages.filter((m) => m.type === 'error').map((m) => `${urls[Number(path.basename(m.url).replace(/\D/g, ''))]}: ${m.message}`);
  expect(errors).toEqual([]);
});

test('the server logs nothing a person answers', async () => {
  const { spawn } = await import('node:child_process');
  const { createServer } = await import('node:net');
  // A free port, so that another run on the same machine cannot answer in this server's place.
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
  const server = spawn('node', ['server.js'], { cwd: path.join(process.env.NEXT_DIST_DIR ?? '.next', 'standalone'), stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    env: { ...process.env, HOSTNAME: '127.0.0.1', PORT: String(port), NEXT_TELEMETRY_DISABLED: '1', SITE_URL: 'http://localhost:3000' } });
  let output = '';
  server.stdout.on('data', (d) => { output += String(d); });
  server.stderr.on('data', (d) => { output += String(d); });
  // Each request gives up after 5 s, so that a hanging answer fails the test and still stops the server.
  const get = (url: string) => fetch(url, { signal: AbortSignal.timeout(5_000) });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i++) {
      expect(server.exitCode, output).toBeNull();
      try { if ((await get(`${base}/en`)).ok) break; } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 200));
    }
    const secret = 'MARKER7741';
    for (const url of [`/en/check/result?v=1&w=self&r=chengdu&a=47&s=flexible&h=local&g=none&c=none&note=${secret}`,
      `/zh-CN/check/age?v=1&w=helper&r=beijing&a=${secret}&go=1`, `/en/check/reminder?v=1&w=self&r=elsewhere&a=47&s=not-working&h=local&g=none&c=none&${secret}=1`,
      // The image optimizer fetched the path in url= and logged it when that failed.
      `/_next/image?url=${encodeURIComponent(`/en/check/${secret}`)}&w=64&q=75`, `/_next/image?url=${encodeURIComponent(`/zh-CN/guides/${secret}`)}&w=64&q=75`]) {
      expect((await get(base + url)).status).toBeLessThan(500);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(output).not.toContain(secret);
    expect(output).not.toMatch(/a=47|chengdu/);
  } finally {
    // Next waits for requests in flight before it exits on SIGTERM: a hanging one must not keep it.
    process.kill(-(server.pid ?? 0), 'SIGKILL');
  }
});
