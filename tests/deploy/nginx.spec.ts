import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import https from 'node:https';
import tls from 'node:tls';
import path from 'node:path';
// @ts-expect-error: a plain ES module; it has no type declarations.
import { signalInstance, startInstance, stopInstance, waitForInstance } from '../../scripts/deploy/stack.mjs';
import { MAX_QUERY_LENGTH, REQUEST_LINE_KB } from '../../lib/security/limits';

// The deployment of docs/deploying.md, as tests/deploy/setup.ts started it: three instances of the
// standalone server (two render instances and the pages instance; SITE_URL set, each on its own port
// of 127.0.0.1) behind nginx with deploy/nginx.conf, over TLS. The checks run in this file's order; the last one reads every log
// the others made, failures included.

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

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string; ms: number };

/**
 * A GET through nginx from a client address of our own (any 127.x.y.z is this machine): nginx's
 * per-client limits count each address apart, as they would a household, or an office behind NAT.
 */
function clientFor(address: string): https.Agent {
  return new https.Agent({ keepAlive: true, maxSockets: 64, localAddress: address, rejectUnauthorized: false });
}
function fetchVia(agent: https.Agent, p: string, headers: Record<string, string> = {}): Promise<Answer> {
  const started = Date.now();
  return new Promise((resolve) => {
    const req = https.get(site(p), { agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: Date.now() - started }));
      res.on('error', (e) => resolve({ status: -1, headers: {}, body: String(e), ms: Date.now() - started }));
    });
    req.on('error', (e) => resolve({ status: -1, headers: {}, body: String(e), ms: Date.now() - started }));
  });
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const instancePorts = () => env('YIBAO_DEPLOY_APP_PORTS').split(',').map(Number);
const pagesPorts = () => env('YIBAO_DEPLOY_PAGES_PORTS').split(',').map(Number);
const renderPorts = () => instancePorts().filter((p) => !pagesPorts().includes(p));
const accessLog = () => path.join(env('YIBAO_DEPLOY_DIR'), 'logs', 'yibao.access.log');
const logSize = () => statSync(accessLog()).size;
const logSince = (offset: number) => readFileSync(accessLog()).subarray(offset).toString('utf8');

/** A result no one has asked for yet (so it is rendered, not served from an instance's memory). */
let freshCounter = 0;
function freshResult(): string {
  const n = freshCounter++;
  const places = ['beijing', 'shanghai', 'guangzhou', 'hangzhou', 'chengdu', 'elsewhere'];
  const groups = ['dibao', 'disability', 'tekun', 'none'];
  return `/zh-CN/check/result?v=1&w=self&r=${places[n % 6]}&a=${18 + (Math.floor(n / 6) % 50)}&s=not-working&h=local&g=${groups[Math.floor(n / 300) % 4]}&c=none`;
}

// The values the last check looks for in every log: the check's answers, a household label (often a
// real name), search words; sent in the query string and the Referer, during failures too.
const LABEL = '奶奶';
const household = `/zh-CN/household?hv=1&m=${encodeURIComponent(`l.${LABEL}_r.beijing_a.70_s.not-working_h.local_g.dibao_c.resident-active`)}`;
const SEARCH_TERM = 'tangniaobing-xunzhao';
const search = `/zh-CN/search?q=${SEARCH_TERM}`;

async function staticFile(request: APIRequestContext): Promise<string> {
  // The stylesheet: the check's pages carry no script file (they are served as documents).
  const html = await (await get(request, site('/en/check/who?v=1'))).text();
  const file = /\/_next\/static\/[^"]+\.css/.exec(html)?.[0];
  expect(file).toBeTruthy();
  return file ?? '';
}

test('a request with Next\'s router headers or the site\'s internal ones never changes what the next visitor gets', async ({ request }) => {
  // Each attack on a page nginx has not cached yet: the attacker's answer is what would be stored.
  const attacks: Array<[string, Record<string, string>]> = [
    ['/zh-CN/guides/which-scheme', { rsc: '1' }],
    ['/en', { rsc: '1' }],
    ['/zh-CN/guides?_rsc=x1', { rsc: '1' }],
    ['/en/check', { rsc: '1', 'next-router-prefetch': '1' }],
    ['/en/guides/employee-insurance', { rsc: '1', 'next-router-segment-prefetch': '/_tree' }],
    ['/zh-CN/guides/flexible-workers', { 'next-router-state-tree': encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }, null, null, true])) }],
    ['/zh-CN/guides/special-groups', { 'next-url': '/zh-CN/check/result' }],
    ['/en/guides/retirement', { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }],
    ['/zh-CN/guides/missed-payment', { 'x-nextjs-data': '1' }],
    ['/en/guides/refunds', { 'x-yibao-not-found': 'en' }],
    ['/zh-CN/guides/family-sharing', { 'x-yibao-document': 'document', rsc: '1' }],
  ];
  for (const [p, headers] of attacks) {
    const what = `${p} after ${JSON.stringify(headers)}`;
    const attack = await get(request, site(p), headers);
    expect(attack.status(), `the attack itself: ${what}`).toBe(200);
    for (let i = 0; i < 2; i++) {
      const res = await get(request, site(p.split('?')[0] ?? p));
      expect(res.status(), what).toBe(200);
      expect(res.headers()['location'], what).toBeUndefined();
      expect(res.headers()['content-type'], what).toMatch(/^text\/html/);
      const body = await res.text();
      expect(body, what).toMatch(/^<!DOCTYPE html>/i);
      expect(body, what).toMatch(/<h1[^>]*>[^<]+/);
      expect(body, what).not.toContain('_rsc');
      expectSecurityHeadersOnce(res, what);
    }
  }
  // A conditional request on a page not cached yet: the site's 304 must not become what is kept.
  for (const p of ['/en/guides/digital-credential-and-card', '/api/v1/schema/answers.json']) {
    await get(request, site(p), { 'if-none-match': '*', 'if-modified-since': new Date(Date.now() + 86_400_000).toUTCString() });
    const res = await get(request, site(p));
    expect(res.status(), p).toBe(200);
    expect((await res.body()).length, p).toBeGreaterThan(100);
  }
  // The site's internal header turned an API answer into the HTML 404 page.
  for (const p of ['/api/v1/rules', '/api/v1/evaluate?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=none']) {
    const res = await get(request, site(p), { 'x-yibao-not-found': 'zh-CN' });
    expect(res.status(), p).toBe(200);
    expect(res.headers()['content-type'], p).toMatch(/^application\/json/);
  }
});

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
  // Just over the bound the site's own largest links set (lib/security/limits.ts), and far over it (past the request line's buffers).
  const over = MAX_QUERY_LENGTH + 1;
  for (const query of ['x'.repeat(over), 'x'.repeat(over + 10_000), '&g=none'.repeat(Math.ceil(over / 7)), '&x'.repeat(Math.ceil(over / 2))]) {
    const res = await get(request, site(`${reminder}${query}`));
    expect(res.status(), `${query.length} characters`).toBe(414);
    expect(await res.text()).toMatch(/<h1>414 链接过长 <span lang=.en.>\/ Link too long<\/span><\/h1>/);
    expectSecurityHeadersOnce(res, `${query.length} characters`);
  }
  // Raw UTF-8 in the link (docs/link-format.md's household example pasted into a tool; browsers encode it).
  const raw = await new Promise<string>((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port: Number(new URL(site('/')).port), rejectUnauthorized: false, ALPNProtocols: ['http/1.1'] }, () => {
      socket.write(Buffer.from(`GET ${household.replace(encodeURIComponent(`l.${LABEL}`), `l.${LABEL}`)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'utf8'));
    });
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => { text += chunk; });
    socket.on('end', () => resolve(text));
    socket.on('error', (e) => resolve(String(e)));
  });
  expect(raw).toMatch(/^HTTP\/1\.1 400 /);
  expect(raw).toMatch(/<h1>400 请求有误 <span lang=.en.>\/ Bad request<\/span><\/h1>/);
  expect(raw).toMatch(/\r\nCache-Control: no-store\r\n/i);
  // One header line longer than nginx's header buffers (sized from the same bound).
  const big = await get(request, site('/en'), { 'x-padding': 'y'.repeat((REQUEST_LINE_KB + 1) * 1024) });
  expect(big.status()).toBe(400);
  expect(await big.text()).toMatch(/<h1>400 请求有误 <span lang=.en.>\/ Bad request<\/span><\/h1>/);
  expectSecurityHeadersOnce(big, 'a header over the buffers');
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

test('API answers and household lists are never stored; a guide with a query is served from the cache, and no query is ever stored', async ({ request }) => {
  const evaluate = '/api/v1/evaluate?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=dibao&c=none';
  for (const p of [evaluate, household]) {
    for (let i = 0; i < 2; i++) expect((await get(request, site(p))).headers()['x-cache-status'], p).toBe('BYPASS');
  }
  // Conditional requests are answered by nginx from the cached answer's ETag.
  const rules = await get(request, site('/api/v1/rules'));
  const etag = rules.headers()['etag'] ?? '';
  expect(etag).toMatch(/^(W\/)?"/);
  const unchanged = await get(request, site('/api/v1/rules'), { 'if-none-match': etag });
  expect(unchanged.status()).toBe(304);
  await get(request, site('/zh-CN/guides/retirement'));
  const shared = await get(request, site('/zh-CN/guides/retirement?from=timeline&isappinstalled=0'));
  expect(shared.status()).toBe(200);
  expect(shared.headers()['x-cache-status']).toBe('HIT');
  // A query never reaches the cache's keys (but the icon's, which is its content hash).
  await get(request, site('/en/guides/staying-safe?g=dibao'));
  await get(request, site('/en/guides/staying-safe?g=dibao'));
  const keys = cachedKeys();
  expect(keys.filter((k) => k.includes('?') && !/\/icon\.svg\?icon\.[\w-]+\.svg$/.test(k))).toEqual([]);
  expect(keys.filter((k) => /evaluate|household|dibao/.test(k))).toEqual([]);
});

test('a render instance crashes under load and comes back, and no page or result fails', async () => {
  test.setTimeout(90_000);
  const dir = env('YIBAO_DEPLOY_DIR');
  const [crashing] = renderPorts();
  const pages = () => [freshResult(), '/zh-CN/check/age?v=1&w=self&r=beijing', freshResult(), '/zh-CN/guides/resident-insurance', '/en/check/who?v=1'];
  const failures: string[] = [];
  let done = 0;
  let running = true;
  // Ten clients going through pages and results without pause, each request from the next of 100
  // addresses (100 people, well within the per-client limits).
  const addresses = Array.from({ length: 100 }, (_, i) => clientFor(`127.0.1.${i + 1}`));
  let next = 0;
  const people = Array.from({ length: 10 }, async () => {
    while (running) {
      for (const p of pages()) {
        const res = await fetchVia(addresses[next++ % addresses.length] as https.Agent, p);
        done += 1;
        if (res.status !== 200 || !res.body.trimEnd().endsWith('</html>')) failures.push(`${res.status} ${p}: ${res.body.slice(0, 120)}`);
      }
    }
  });
  // Warm: the first results an instance renders load its code.
  for (let waited = 0; done < 30 && waited < 30_000; waited += 250) await sleep(250);
  const beforeCrash = done;
  await stopInstance(dir, crashing, 'SIGKILL');
  await sleep(1500);
  const duringCrash = done;
  startInstance(dir, crashing);
  await waitForInstance(crashing);
  // Back in nginx's rotation: it answers requests again.
  const restartedAt = logSize();
  const until = Date.now() + 20_000;
  while (!new RegExp(`upstream="127\\.0\\.0\\.1:${crashing}" upstream_status="200"`).test(logSince(restartedAt)) && Date.now() < until) await sleep(250);
  running = false;
  await Promise.all(people);
  for (const agent of addresses) agent.destroy();
  expect(failures).toEqual([]);
  expect(beforeCrash).toBeGreaterThan(10);
  expect(duringCrash).toBeGreaterThan(beforeCrash);
  expect(logSince(restartedAt), 'the instance that crashed answers again').toMatch(new RegExp(`upstream="127\\.0\\.0\\.1:${crashing}" upstream_status="200"`));
});

test('a hung instance: what it holds gets the bilingual 504 page after 10 s, the other instance answers the rest, and guides come from the cache', async ({ request }) => {
  test.setTimeout(60_000);
  const dir = env('YIBAO_DEPLOY_DIR');
  const [, hung] = renderPorts();
  await get(request, site('/zh-CN/guides/checking-records'));
  const agent = clientFor('127.0.3.1');
  signalInstance(dir, hung, 'SIGSTOP');
  try {
    // Round robin: some of these reach the hung instance.
    const [answers, guide] = await Promise.all([
      Promise.all([0, 1, 2, 3].map(() => fetchVia(agent, freshResult(), { referer: site(household) }))),
      (async () => { await sleep(500); return fetchVia(clientFor('127.0.3.2'), '/zh-CN/guides/checking-records'); })(),
    ]);
    expect(guide.status).toBe(200);
    expect(guide.ms).toBeLessThan(2000);
    const slow = answers.filter((a) => a.status === 504);
    expect(answers.filter((a) => a.status !== 200 && a.status !== 504)).toEqual([]);
    expect(slow.length).toBeGreaterThanOrEqual(1);
    expect(slow.length).toBeLessThan(4);
    for (const a of slow) {
      expect(a.ms).toBeGreaterThan(9000);
      expect(a.ms).toBeLessThan(14_000);
      expect(a.body).toMatch(/<h1>504 网站太忙 <span lang=.en.>\/ The site is too busy<\/span><\/h1>/);
      expect(a.headers['cache-control']).toBe('no-store');
      expect(a.headers['content-security-policy']).toMatch(/default-src 'none'/);
    }
  } finally {
    signalInstance(dir, hung, 'SIGCONT');
    agent.destroy();
  }
});

/**
 * Runs deploy/yibao-watchdog@.service's command for the instance on `port`, its timeouts scaled down
 * (10 s a try → 1.5 s, 5 s apart → 1 s), with the Node running this test and a `systemctl` that
 * only writes down what it is asked. Resolves to those calls.
 */
async function runWatchdog(port: number): Promise<string> {
  const unit = readFileSync('deploy/yibao-watchdog@.service', 'utf8');
  let script = /^ExecStart=\/bin\/sh -c '(.*)'$/m.exec(unit)?.[1] ?? '';
  const scale = (from: string, to: string) => {
    expect(script, `the watchdog's command has ${from}`).toContain(from);
    script = script.split(from).join(to);
  };
  scale('AbortSignal.timeout(10000)', 'AbortSignal.timeout(1500)');
  scale('sleep 5;', 'sleep 1;');
  scale('/usr/bin/node ', `${process.execPath} `);
  script = script.split('%i').join(String(port));
  const bin = mkdtempSync(path.join(os.tmpdir(), 'yibao-watchdog-'));
  writeFileSync(path.join(bin, 'systemctl'), `#!/bin/sh\necho "$*" >> ${bin}/calls\n`);
  chmodSync(path.join(bin, 'systemctl'), 0o755);
  writeFileSync(path.join(bin, 'calls'), '');
  const status = await new Promise<number | string>((resolve) => {
    execFile('/bin/sh', ['-c', script], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }, timeout: 30_000 },
      (error, _stdout, stderr) => resolve(error ? `${error.code ?? error.signal}: ${stderr}` : 0));
  });
  expect(status).toBe(0);
  return readFileSync(path.join(bin, 'calls'), 'utf8');
}

test('a hung pages instance: question pages and search wait at most about 3 s, once, then the render instances answer them; the watchdog kills it', async () => {
  test.setTimeout(90_000);
  const dir = env('YIBAO_DEPLOY_DIR');
  const hung = pagesPorts()[0] ?? 0;
  const live = renderPorts()[0] ?? 0;
  const addresses = Array.from({ length: 50 }, (_, i) => clientFor(`127.0.5.${i + 1}`));
  let next = 0;
  let n = 0;
  const pages = () => [`/zh-CN/check/age?v=1&w=self&r=beijing&x=${n++}`, '/en/check/who?v=1', `/zh-CN/search?q=hung${n}`, '/zh-CN/check/situation?v=1&w=self&r=beijing&a=40'];
  // Warm: the pages instance holds these.
  for (const p of pages()) expect((await fetchVia(addresses[0] as https.Agent, p)).status).toBe(200);
  signalInstance(dir, hung, 'SIGSTOP');
  const answers: (Answer & { path: string })[] = [];
  try {
    const until = Date.now() + 8000;
    const [calls] = await Promise.all([
      // The watchdog, meanwhile (it runs outside nginx, as systemd would run it).
      sleep(200).then(() => runWatchdog(hung)),
      // Five people going through question pages and search without pause.
      ...Array.from({ length: 5 }, async () => {
        while (Date.now() < until) {
          for (const p of pages()) answers.push({ ...(await fetchVia(addresses[next++ % addresses.length] as https.Agent, p)), path: p });
        }
      }),
    ]);
    expect(calls).toBe(`is-active --quiet yibao@${hung}.service\nkill --signal=SIGKILL yibao@${hung}.service\n`);
  } finally {
    signalInstance(dir, hung, 'SIGCONT');
  }
  for (const agent of addresses) agent.destroy();
  expect(answers.filter((a) => a.status !== 200 || !a.body.trimEnd().endsWith('</html>')).map((a) => `${a.status} ${a.path}`)).toEqual([]);
  const slow = answers.filter((a) => a.ms > 2500);
  // Those in flight when it hung, and at most one probe after fail_timeout (10 s): 3 s, then the next instance.
  expect(slow.length).toBeLessThanOrEqual(10);
  for (const a of slow) expect(a.ms).toBeLessThan(6000);
  expect(answers.length).toBeGreaterThan(40);
  // A live instance: the watchdog asks, and leaves it alone.
  expect(await runWatchdog(live)).toBe(`is-active --quiet yibao@${live}.service\n`);
  // Back: after fail_timeout, nginx sends it requests again.
  const since = logSize();
  const until = Date.now() + 25_000;
  const back = new RegExp(`upstream="127\\.0\\.0\\.1:${hung}" upstream_status="200"`);
  const agent = clientFor('127.0.5.100');
  while (!back.test(logSince(since)) && Date.now() < until) {
    await fetchVia(agent, pages()[0] as string);
    await sleep(500);
  }
  agent.destroy();
  expect(logSince(since), 'the pages instance answers again').toMatch(back);
});

test('all instances down: cached guides are still served; the rest get the bilingual 502 page; then they come back', async ({ request }) => {
  test.setTimeout(60_000);
  const dir = env('YIBAO_DEPLOY_DIR');
  const ports = instancePorts();
  await get(request, site('/en/guides/faq'));
  for (const port of ports) await stopInstance(dir, port, 'SIGKILL');
  try {
    const guide = await get(request, site('/en/guides/faq'));
    expect(guide.status()).toBe(200);
    expect(guide.headers()['x-cache-status']).toMatch(/HIT|STALE/);
    for (const p of [freshResult(), household, search, '/zh-CN/check/age?v=1&w=self&r=beijing&g=dibao']) {
      const res = await get(request, site(p), { referer: site(freshResult()) });
      expect(res.status(), p).toBe(502);
      expect(await res.text(), p).toMatch(/<h1>502 服务暂时不可用 <span lang=.en.>\/ Service unavailable<\/span><\/h1><p>网站正在重启或维护/);
      expect(res.headers()['cache-control'], p).toBe('no-store');
      expectSecurityHeadersOnce(res, `502 for ${p}`);
    }
  } finally {
    for (const port of ports) startInstance(dir, port);
    for (const port of ports) await waitForInstance(port);
  }
  const until = Date.now() + 15_000;
  let status = 0;
  while (status !== 200 && Date.now() < until) {
    status = (await get(request, site(freshResult()))).status();
    if (status !== 200) await sleep(500);
  }
  expect(status).toBe(200);
});

test('one client over the per-client limits gets the bilingual 429 page; everyone else is served', async () => {
  const crowd = clientFor('127.0.4.1');
  const neighbour = clientFor('127.0.4.2');
  const started = Date.now();
  const [answers, others] = await Promise.all([
    Promise.all(Array.from({ length: 70 }, () => fetchVia(crowd, freshResult()))),
    (async () => { await sleep(100); return Promise.all([fetchVia(neighbour, freshResult()), fetchVia(neighbour, '/zh-CN/guides/resident-insurance'), fetchVia(neighbour, household)]); })(),
  ]);
  crowd.destroy();
  neighbour.destroy();
  const seconds = Math.ceil((Date.now() - started) / 1000);
  const refused = answers.filter((a) => a.status === 429);
  const served = answers.filter((a) => a.status === 200);
  expect(answers.filter((a) => a.status !== 200 && a.status !== 429)).toEqual([]);
  // Results: 3 a second per address with bursts of 30 (deploy/nginx.conf), 20 at once.
  expect(served.length).toBeLessThanOrEqual(31 + 3 * seconds);
  expect(served.length).toBeGreaterThanOrEqual(10);
  expect(refused.length).toBeGreaterThanOrEqual(20);
  for (const a of refused.slice(0, 3)) {
    expect(a.body).toMatch(/<h1>429 访问太频繁 <span lang=.en.>\/ Too many requests<\/span><\/h1>/);
    expect(a.headers['retry-after']).toBe('10');
    expect(a.headers['cache-control']).toBe('no-store');
    expect(a.headers['x-frame-options']).toBe('DENY');
  }
  expect(others.map((a) => a.status)).toEqual([200, 200, 200]);
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

test('pages are compressed once: nginx keeps a guide gzipped and unpacks it only for a browser without gzip; the check\'s pages come in the instance\'s own encoding', async ({ request }) => {
  const guide = '/en/guides/resident-insurance';
  await get(request, site(guide));
  const res = await get(request, site(guide), { 'accept-encoding': 'gzip' });
  expect(res.headers()['x-cache-status']).toBe('HIT');
  expect(res.headers()['content-encoding']).toBe('gzip');
  expect(res.headers()['vary']).toMatch(/accept-encoding/i);
  expect(await res.text()).toMatch(/<\/html>\s*$/);
  // What the cache holds is the gzip copy (nginx compresses nothing per request).
  const dir = path.join(env('YIBAO_DEPLOY_DIR'), 'cache');
  const file = (readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f))
    .find((f) => /[0-9a-f]{32}$/.test(f) && new RegExp(`\nKEY: [^\n]*${guide}\n`).test(readFileSync(f, 'latin1')));
  expect(file).toBeTruthy();
  expect(readFileSync(file ?? '', 'latin1')).toMatch(/\r\nContent-Encoding: gzip\r\n/i);
  // A browser without gzip: the page itself, from the same copy.
  const agent = clientFor('127.0.6.1');
  const plain = await fetchVia(agent, guide, { 'accept-encoding': 'identity' });
  expect(plain.status).toBe(200);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\s*$/i);
  // A question page, never cached: the brotli encoding the instance made once, passed on.
  const question = await fetchVia(agent, '/en/check/who?v=1', { 'accept-encoding': 'gzip, deflate, br' });
  agent.destroy();
  expect(question.status).toBe(200);
  expect(question.headers['content-encoding']).toBe('br');
});

test('no log holds a query value: not the access log, not the error logs, not the server\'s output (after failures, slow answers and refusals)', async ({ request }) => {
  // A few more, with the values in the query and the Referer.
  await get(request, site(search), { referer: site(household) });
  await get(request, site('/zh-CN/guides/faq'), { referer: site(`/zh-CN/check/result?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=disability&c=none`) });
  await get(request, site(`/en/no-such-page?q=${SEARCH_TERM}`));
  await sleep(300);
  const dir = env('YIBAO_DEPLOY_DIR');
  // Every file nginx and the servers write: logs, nginx's own output, temporary files (not the copy
  // of the site, the certificate, the configuration, or the cache, which the checks above read by key).
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => !/^(app|tls|cache)(\/|$)|\.conf$/.test(f))
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
  const hex = (s: string) => [...Buffer.from(s)].map((b) => b.toString(16).toUpperCase());
  const secrets = ['dibao', 'disability', 'tekun', SEARCH_TERM, LABEL, hex(LABEL).map((h) => `%${h}`).join(''), hex(LABEL).map((h) => `\\x${h}`).join(''), 'g=', 'a=40'];
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'latin1') + readFileSync(file, 'utf8');
    for (const secret of secrets) if (text.toLowerCase().includes(secret.toLowerCase())) found.push(`${path.relative(dir, file)}: ${secret}`);
  }
  expect(found).toEqual([]);
  // And the logs were written: the paths, the failures and the refusals, without a query.
  const log = readFileSync(accessLog(), 'utf8');
  expect(log).toContain('"GET /zh-CN/check/result" 200');
  expect(log).toContain('"GET /zh-CN/household" 502');
  expect(log).toMatch(/"GET \/zh-CN\/check\/result" 429/);
  expect(log).toMatch(/"GET \/zh-CN\/check\/result" 504 .* upstream_status="504"/);
  expect(log).toMatch(/"GET \/zh-CN\/check\/[a-z]+" 200 .* upstream_status="502, 200"/);
  expect(log).toMatch(/"GET \/zh-CN\/(check\/[a-z]+|search)" 200 .* upstream_status="504, 200"/);
  // Debian's own access log (the http-level default) gets nothing: the site's log replaces it.
  expect(readFileSync(path.join(dir, 'access.log'), 'utf8')).toBe('');
});
