import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The deployment of README "Deploying", as tests/deploy/setup.ts started it: the standalone server
// (SITE_URL set, bound to 127.0.0.1) behind nginx with deploy/nginx.conf, over TLS.

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests with -c tests/deploy/playwright.config.ts`);
  return value;
}
const site = (p: string) => `${env('YIBAO_DEPLOY_HTTPS')}${p}`;
const SITE_URL = 'https://yibao.example.org';

const result = '/zh-CN/check/result?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=dibao&c=none';
const reminder = '/en/check/reminder?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=none';
const securityHeaders = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy',
  'cross-origin-opener-policy', 'strict-transport-security', 'permissions-policy'];

/** Every security header exactly once (nginx adds them only where the site has not). */
function expectSecurityHeadersOnce(res: APIResponse, what: string) {
  const names = res.headersArray().map((h) => h.name.toLowerCase());
  for (const name of securityHeaders) expect(names.filter((n) => n === name), `${what}: ${name}`).toHaveLength(1);
  expect(res.headers()['x-frame-options']).toBe('DENY');
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
}

async function get(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  return request.get(url, { headers, maxRedirects: 0 });
}

async function staticFile(request: APIRequestContext): Promise<string> {
  // The stylesheet: the check's pages carry no script file (they are served as documents).
  const html = await (await get(request, site('/en/check/who?v=1'))).text();
  const file = /\/_next\/static\/[^"]+\.css/.exec(html)?.[0];
  expect(file).toBeTruthy();
  return file ?? '';
}

test('pages answer 200 through nginx over TLS, each with one set of security headers', async ({ request }) => {
  const pages = ['/zh-CN', '/en', '/zh-CN/guides', '/en/guides/resident-insurance', '/zh-CN/check', '/en/check/who?v=1',
    '/en/check/answers?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=none', result];
  for (const p of pages) {
    const res = await get(request, site(p));
    expect(res.status(), p).toBe(200);
    expect(await res.text(), p).toMatch(/<h1[^>]*>[^<]+/);
    expectSecurityHeadersOnce(res, p);
  }
  for (const p of ['/sitemap.xml', '/robots.txt', '/icon.svg', await staticFile(request)]) {
    const res = await get(request, site(p));
    expect(res.status(), p).toBe(200);
    expectSecurityHeadersOnce(res, p);
  }
});

test('the server reads SITE_URL at run time: the result page links to the public address', async ({ request }) => {
  const html = await (await get(request, site(result))).text();
  expect(html).toContain(`${SITE_URL}/zh-CN/check/result?`);
  expect(html).not.toContain('http://localhost:3000/zh-CN/check/result');
});

test('an unknown path is the localized 404 page in under a second, through nginx (https) and straight from the server bound to 127.0.0.1', async ({ request }) => {
  await get(request, site('/en/warm-up-the-404-page'));
  const cases: Array<[string, Record<string, string>, string, string]> = [
    [site('/zh-CN/no-such-page'), {}, '找不到这个页面', 'zh-CN'],
    [site('/en/guides/no-such-guide'), {}, 'Page not found', 'en'],
    [`${env('YIBAO_DEPLOY_APP')}/en/no-such-page`, {}, 'Page not found', 'en'],
    [`${env('YIBAO_DEPLOY_APP')}/zh-CN/no-such-page`, { 'x-forwarded-proto': 'https' }, '找不到这个页面', 'zh-CN'],
  ];
  for (const [url, headers, heading, lang] of cases) {
    const started = Date.now();
    const res = await get(request, url, headers);
    const body = await res.text();
    const ms = Date.now() - started;
    expect(res.status(), url).toBe(404);
    expect(ms, `${url} took ${ms} ms`).toBeLessThan(1000);
    expect(body).toContain(`<html lang="${lang}"`);
    expect(body).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`));
  }
});

test('TRACE, TRACK and every method but GET and HEAD: 405 with a short page and the security headers', async ({ request }) => {
  const asset = await staticFile(request);
  for (const [method, p] of [['TRACE', '/en'], ['TRACK', '/en'], ['POST', reminder], ['PUT', '/zh-CN'], ['DELETE', reminder],
    ['OPTIONS', '/en/guides'], ['POST', asset], ['PATCH', '/robots.txt']] as const) {
    const res = await request.fetch(site(p), { method, maxRedirects: 0 });
    expect(res.status(), `${method} ${p}`).toBe(405);
    expect(res.headers()['allow']).toBe('GET, HEAD');
    expect(await res.text(), `${method} ${p}`).toMatch(/<h1>405 不支持此请求方法 <span lang=.en.>\/ Method not allowed<\/span><\/h1>/);
    expectSecurityHeadersOnce(res, `${method} ${p}`);
  }
  expect((await request.head(site('/en/guides'))).status()).toBe(200);
});

test('an oversized query or header: 414 or 400 with a short page, before the site does any work', async ({ request }) => {
  for (const query of ['x'.repeat(3000), 'x'.repeat(10_000), '&g=none'.repeat(1000), '&x'.repeat(4000)]) {
    const res = await get(request, site(`${reminder}${query}`));
    expect(res.status(), `${query.length} characters`).toBe(414);
    expect(await res.text()).toMatch(/<h1>414 链接过长 <span lang=.en.>\/ Link too long<\/span><\/h1>/);
    expectSecurityHeadersOnce(res, `${query.length} characters`);
  }
  const big = await get(request, site('/en'), { 'x-padding': 'y'.repeat(9000) });
  expect(big.status()).toBe(400);
  expect(await big.text()).toMatch(/<h1>400 请求有误 <span lang=.en.>\/ Bad request<\/span><\/h1>/);
  expectSecurityHeadersOnce(big, 'a 9 kB header');
});

/** The cache keys nginx has stored (each cache file starts with a "KEY: …" line). */
function cachedKeys(): string[] {
  const dir = path.join(env('YIBAO_DEPLOY_DIR'), 'cache');
  const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)).filter((f) => !f.endsWith('/') && /[0-9a-f]{32}$/.test(f));
  return files.map((f) => /\nKEY: ([^\n]+)/.exec(readFileSync(f, 'latin1'))?.[1] ?? '');
}

test('results, question pages and reminders are never cached; guides, the check start page and static files are', async ({ request }) => {
  for (const p of [result, '/en/check/age?v=1&w=self&r=beijing', reminder]) {
    for (let i = 0; i < 2; i++) {
      const res = await get(request, site(p));
      expect(res.headers()['x-cache-status'], p).toBe('BYPASS');
    }
  }
  const res = await get(request, site(result));
  expect(res.headers()['cache-control']).toBe('private, no-store');

  for (const p of ['/en/guides/faq', '/zh-CN/check', await staticFile(request)]) {
    await get(request, site(p));
    const again = await get(request, site(p));
    expect(again.status(), p).toBe(200);
    expect(again.headers()['x-cache-status'], p).toBe('HIT');
    expectSecurityHeadersOnce(again, `${p} from the cache`);
  }
  const keys = cachedKeys();
  expect(keys.some((k) => k.endsWith('/en/guides/faq'))).toBe(true);
  expect(keys.filter((k) => k.includes('/check/'))).toEqual([]);
});

test('redirects carry the security headers: http → https, //path, a trailing slash, and / by Accept-Language (Vary)', async ({ request }) => {
  const toHttps = await get(request, `${env('YIBAO_DEPLOY_HTTP')}/en/guides`);
  expect(toHttps.status()).toBe(301);
  expect(toHttps.headers()['location']).toMatch(/^https:\/\/[^/]+\/en\/guides$/);
  expectSecurityHeadersOnce(toHttps, 'http → https');

  for (const [p, location] of [['//zh-CN', '/zh-CN'], ['/zh-CN/', '/zh-CN'], ['/en/guides/?a=1', '/en/guides?a=1']] as const) {
    const res = await get(request, site(p));
    expect(res.status(), p).toBe(308);
    expect(res.headers()['location'], p).toBe(location);
    expectSecurityHeadersOnce(res, p);
  }
  const root = await get(request, site('/'), { 'accept-language': 'en-GB,en;q=0.8' });
  expect(root.status()).toBe(307);
  expect(root.headers()['location']).toBe('/en');
  expect(root.headers()['vary']).toMatch(/accept-language/i);
  expectSecurityHeadersOnce(root, '/');
});

test('nginx compresses pages and says so', async ({ request }) => {
  const res = await get(request, site('/en/guides/resident-insurance'), { 'accept-encoding': 'gzip' });
  expect(res.headers()['content-encoding']).toBe('gzip');
  expect(res.headers()['vary']).toMatch(/accept-encoding/i);
});
