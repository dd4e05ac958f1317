import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { publicPaths } from './pages';

const result = '/zh-CN/check/result?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=none';
// Prerendered pages ship no script (scripts/postbuild/document-only.mjs); the others run Next's
// scripts under a per-request nonce.
const documentOnly = ['/zh-CN', '/en/guides', '/en/guides/resident-insurance', '/zh-CN/guides/faq', '/zh-CN/check'];
const perRequest = ['/en/check/who?v=1', '/en/check/answers?v=1', result, '/en/no-such-page'];

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
  for (const url of perRequest) {
    test(`${url} carries CSP with a nonce and the other security headers`, async ({ request }) => {
      const res = await request.get(url, { maxRedirects: 0 });
      const csp = expectSecurityHeaders(res.headers());
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      const scripts = executable(await res.text());
      expect(scripts.length).toBeGreaterThan(0);
      for (const s of scripts) expect(s, 'every script carries this response\'s nonce').toContain(`nonce="${nonce}"`);
    });
  }

  for (const url of documentOnly) {
    test(`${url} is served without any script, under a CSP that allows none, with the other security headers`, async ({ request }) => {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status()).toBe(200);
      const csp = expectSecurityHeaders(res.headers());
      expect(csp).toContain("script-src 'none'");
      const body = await res.text();
      expect(executable(body)).toEqual([]);
      expect(body, 'no script is preloaded either').not.toMatch(/<link[^>]+as="script"/);
      expect(body).toContain('<main');
    });
  }

  test('guides and results may be cached by a CDN; question pages may not', async ({ request }) => {
    expect((await request.get('/en/guides/faq')).headers()['cache-control']).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect((await request.get(result)).headers()['cache-control']).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect((await request.get('/en/check/age?v=1&w=self&r=beijing')).headers()['cache-control']).toContain('no-store');
  });
});

test('scripts run under the CSP: no violations, the wizard hydrates and works', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  // Chromium reports some CSP blocks (e.g. an eval probe) only as DevTools issues, not on the console.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Audits.enable');
  cdp.on('Audits.issueAdded', (e) => { if (e.issue.code === 'ContentSecurityPolicyIssue') violations.push(JSON.stringify(e.issue.details)); });
  await page.goto('/en/check/who?v=1');
  await expect(page.locator('form[data-hydrated="true"]')).toBeVisible();
  await page.locator('input[value="self"]').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/en\/check\/region\?v=1&w=self$/);
  await page.goto('/zh-CN/guides/faq');
  await page.goto(result);
  expect(violations).toEqual([]);
});

test('no cookie is ever set (not even the language preference: the locale is in the URL)', async ({ page, context }) => {
  await page.goto('/');
  for (const url of [...publicPaths().slice(0, 6), '/en/check/who?v=1', result]) await page.goto(url);
  const ics = await page.request.get('/en/check/reminder?v=1&w=self&r=elsewhere&a=40&s=not-working&h=local&g=none&c=none');
  expect(ics.headers()['set-cookie']).toBeUndefined();
  await page.goto('/en/check/who?v=1');
  await page.locator('form[data-hydrated="true"] input[value="helper"]').check();
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
  // vnu writes its JSON report to stderr.
  const run = spawnSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--format', 'json', '--exit-zero-always', ...files], { encoding: 'utf8' });
  const messages = JSON.parse(run.stderr).messages as Array<{ type: string; message: string; url: string }>;
  const errors = messages.filter((m) => m.type === 'error').map((m) => `${urls[Number(path.basename(m.url).replace(/\D/g, ''))]}: ${m.message}`);
  expect(errors).toEqual([]);
});

test('the server logs nothing a person answers', async () => {
  const { spawn } = await import('node:child_process');
  const port = 3124;
  const server = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  server.stdout.on('data', (d) => { output += String(d); });
  server.stderr.on('data', (d) => { output += String(d); });
  try {
    const base = `http://localhost:${port}`;
    for (let i = 0; i < 50; i++) {
      try { if ((await fetch(`${base}/en`)).ok) break; } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 200));
    }
    const secret = 'MARKER7741';
    for (const url of [`/en/check/result?v=1&w=self&r=chengdu&a=47&s=flexible&h=local&g=none&c=none&note=${secret}`,
      `/zh-CN/check/age?v=1&w=helper&r=beijing&a=${secret}&go=1`, `/en/check/reminder?v=1&w=self&r=elsewhere&a=47&s=not-working&h=local&g=none&c=none&${secret}=1`]) {
      expect((await fetch(base + url)).status).toBeLessThan(500);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(output).not.toContain(secret);
    expect(output).not.toMatch(/a=47|chengdu/);
  } finally {
    process.kill(-(server.pid ?? 0), 'SIGTERM');
  }
});
