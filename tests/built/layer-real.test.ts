import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DOCUMENT_ROUTES, MANIFEST, SERVED_ROUTES, routeOfPage } from '@/scripts/postbuild/document-routes.mjs';
import { QUESTION_IDS } from '@/lib/rules';
import { DEFERRED_MARK, DOCUMENT_HEADER, DOCUMENT_MARK } from '@/lib/security/headers';
// @ts-expect-error: plain ES modules run by node after `next build`; they have no type declarations.
import { LAYOUT_ROUTER, TESTED_NEXT_VERSION, careScript, checkDocumentRoute, checkPagesRoute, pagePath, parseRsc, stripRuntime } from '../../scripts/postbuild/strip-prerendered.mjs';
// @ts-expect-error: see above.
import { deferRuntime, documentHtml, nonceOf, scriptHashesOf } from '../../scripts/postbuild/document-response.mjs';

// The layer (scripts/postbuild) on what a real build emitted, not on hand-written pages: the pages
// Next renders per request, fetched from the standalone server `npm run build` made, with and
// without the layer in front (tests/built/serve-both.mjs), and the prerendered pages, payloads and
// client-reference manifests in its build folder. scripts/test-all.sh runs this file after the
// build (vitest.built.config.mts); without a build it fails, it does not skip.
const root = path.resolve(__dirname, '../..');
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const standalone = path.join(root, distDir, 'standalone');
const buildDir = path.join(standalone, distDir);
const appDir = path.join(buildDir, 'server', 'app');

const ANSWERS = 'v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=none';
const PEOPLE = 'hv=1&m=l.Gran_r.beijing_a.70_s.not-working_h.local_g.none_c.resident-active';
/** A page of every route the layer serves (document-routes.mjs); a test below checks none is missing. */
const SAMPLES = [
  `/zh-CN/check/${QUESTION_IDS[0]}?v=1`,
  `/en/check/answers?${ANSWERS}`,
  `/zh-CN/check/result?${ANSWERS}`,
  `/en/check/result?${ANSWERS}`,
  '/en/poster?r=beijing',
  `/zh-CN/household?${PEOPLE}`,
  `/zh-CN/household/edit?${PEOPLE}`,
  '/en/check/all?v=1&r=guangzhou',
];
const routeOf = (url: string) => routeOfPage(new URL(url, 'http://x').pathname.replace(/^\/[^/]+/, ''));

const EXECUTABLE = /<script\b(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;
const executable = (html: string) => [...html.matchAll(EXECUTABLE)];
const jsonLd = (html: string) => [...html.matchAll(/<script\b[^>]*type="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/g)].map((m) => m[0]);
const mainOf = (html: string) => (/<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '').replace(/<script\b[\s\S]*?<\/script>/g, '');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

type Answer = { status: number; headers: Headers; body: string };
let child: ChildProcess | null = null;
let ports = { raw: 0, layered: 0 };
const get = async (port: number, url: string): Promise<Answer> => {
  const res = await fetch(`http://127.0.0.1:${port}${url}`, { redirect: 'manual', headers: { 'accept-encoding': 'identity' } });
  return { status: res.status, headers: res.headers, body: await res.text() };
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

beforeAll(async () => {
  if (!existsSync(path.join(standalone, 'server.js')) || !existsSync(path.join(buildDir, MANIFEST))) {
    throw new Error(`${path.relative(root, standalone)} holds no complete build (server.js, ${distDir}/${MANIFEST}): these tests run on a real build. Run npm run build first (scripts/test-all.sh runs them after its build).`);
  }
  child = spawn(process.execPath, [path.join(root, 'tests/built/serve-both.mjs'), standalone], {
    cwd: root,
    env: { ...process.env, CHECK_TODAY: process.env.CHECK_TODAY ?? '2026-11-23', SITE_URL: 'http://localhost:3000', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  ports = await new Promise((resolve, reject) => {
    child!.once('exit', (code) => reject(new Error(`tests/built/serve-both.mjs exited (${code}) before it listened`)));
    const lines = createInterface({ input: child!.stdout! });
    // Next writes its own lines too; the ports come as one line of JSON.
    lines.on('line', (line) => {
      if (line.startsWith('{"raw":')) resolve(JSON.parse(line) as typeof ports);
    });
  });
}, 120_000);

afterAll(() => {
  child?.kill();
});

describe('the build the test run made', () => {
  it('lists the routes of document-routes.mjs and the pages it stripped, with the tested Next; the server runs the layer as it is in the repository', () => {
    const manifest = JSON.parse(readFileSync(path.join(buildDir, MANIFEST), 'utf8')) as { next: string; pages: string[]; special: string[]; routes: string[] };
    expect(manifest.next).toBe(TESTED_NEXT_VERSION);
    expect(manifest.routes).toEqual([...DOCUMENT_ROUTES]);
    const html = walk(appDir).filter((f) => f.endsWith('.html')).map((f) => pagePath(path.relative(appDir, f))).sort();
    expect([...manifest.pages, ...manifest.special].sort()).toEqual(html);
    for (const file of ['document-response.mjs', 'strip-prerendered.mjs', 'document-routes.mjs']) {
      expect(readFileSync(path.join(standalone, file), 'utf8'), file).toBe(readFileSync(path.join(root, 'scripts/postbuild', file), 'utf8'));
    }
  });

  it('every prerendered page is a document: no executable script, no script preload, nothing left to strip; its payload is one the step can read', () => {
    const pages = walk(appDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const name = path.relative(appDir, file);
      // The one script a prerendered page keeps is the care mode's, exactly (docs/care-mode.md).
      const care = careScript() as string;
      expect(executable(html).filter((m) => m[1] !== care).map((m) => m[0].slice(0, 80)), name).toEqual([]);
      expect(executable(html).filter((m) => m[1] === care).length, name).toBeLessThanOrEqual(1);
      expect(html, name).not.toMatch(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"/);
      expect(stripRuntime(html, { keep: (content: string) => content === care }), name).toBe(html);
      // Next's own special pages (not found, global error) carry the metadata Next gives them.
      if (!name.startsWith('_')) expect(html, name).toMatch(/<title>[^<]+<\/title>[\s\S]*<\/head>/);
      const rows = parseRsc(readFileSync(file.replace(/\.html$/, '.rsc')));
      expect(rows.some((r: { tag: string }) => r.tag === 'I'), name).toBe(true);
    }
  });

  it('the client-reference manifest of every App Router document route names Next\'s layout router, and no client component the step does not allow; the Pages Router\'s route is in its manifest', () => {
    for (const { route, serve, router } of SERVED_ROUTES) {
      if (serve !== 'document') continue;
      if (router === 'pages') {
        expect(() => checkPagesRoute(buildDir, route), route).not.toThrow();
        continue;
      }
      const modules = checkDocumentRoute(appDir, route) as string[];
      expect(modules.some((m) => LAYOUT_ROUTER.test(m)), route).toBe(true);
    }
    expect(DOCUMENT_ROUTES).toContain('/[locale]/check/result');
  });

  it('the proxy, as Next compiled its matcher, sees every path but Next\'s static files and the result\'s exact path in each locale', () => {
    const manifest = JSON.parse(readFileSync(path.join(buildDir, 'server', 'functions-config-manifest.json'), 'utf8')) as { functions: Record<string, { matchers: { regexp: string }[] }> };
    const matchers = manifest.functions['/_middleware']?.matchers.map((m) => new RegExp(m.regexp)) ?? [];
    expect(matchers.length).toBeGreaterThan(0);
    const seen = (p: string) => matchers.some((m) => m.test(p));
    // Left out: the Pages Router's page (it does the proxy's work itself: lib/security/pages-route.ts).
    for (const p of ['/zh-CN/check/result', '/en/check/result', '/_next/static/chunks/x.js']) expect(seen(p), p).toBe(false);
    // Seen: its trailing-slash form (a redirect), other spellings, other locales, the other check pages, the rest.
    for (const p of ['/zh-CN/check/result/', '/en/check/results', '/en/check/result.json', '/fr/check/result', '/zh-CN/check/resultx', '/zh-CN/check/answers',
      `/en/check/${QUESTION_IDS[0]}`, '/zh-CN/guides/faq', '/', '/api/v1/evaluate', '/_next/data/x/zh-CN/check/result.json', '/zh-CN/check/reminder', '/sitemap.xml']) expect(seen(p), p).toBe(true);
  });

  it('the Pages Router\'s 500 page (when the result fails) is prerendered without a script, in both languages', () => {
    const html = readFileSync(path.join(buildDir, 'server', 'pages', '500.html'), 'utf8');
    expect(executable(html).map((m) => m[0].slice(0, 80))).toEqual([]);
    expect(html).not.toContain('__NEXT_DATA__');
    expect(html).toMatch(/<html lang="zh-CN">/);
    expect(html).toMatch(/<title[^>]*>500 出错了 \/ Something went wrong<\/title>/);
    expect(html).toContain('data-server-error');
  });
});

describe('the check\'s pages, as Next renders them and as the layer sends them', () => {
  it('a sample page for every route the layer serves', () => {
    expect(new Set(SAMPLES.map((u) => routeOf(u)?.route))).toEqual(new Set(SERVED_ROUTES.map((r) => r.route)));
  });

  for (const url of SAMPLES) {
    const { serve, router } = routeOf(url) ?? {};
    it(`${url} (${serve}${router ? `, ${router} router` : ''})`, async () => {
      const raw = await get(ports.raw, url);
      expect(raw.status, url).toBe(200);
      const csp = raw.headers.get('content-security-policy') ?? '';
      if (router === 'pages') {
        // The Pages Router with unstable_runtimeJS: false emits no script of Next's and no page data at all.
        expect(raw.body, url).not.toMatch(/<script\b[^>]*\bsrc=/);
        expect(raw.body, url).not.toContain('__NEXT_DATA__');
        expect(raw.body, url).toContain('<div id="__next">');
      } else {
        // What Next emits: its runtime and the page again as an RSC payload (else there is nothing to test).
        expect(raw.body, url).toMatch(/<script src="\/_next\/static\/[^"]+"/);
        expect(raw.body, url).toContain('self.__next_f');
      }
      const layered = await get(ports.layered, url);
      expect(layered.status, url).toBe(200);
      expect(layered.headers.has(DOCUMENT_HEADER), url).toBe(false);

      if (serve === 'document') {
        expect(raw.headers.get(DOCUMENT_HEADER), url).toBe(DOCUMENT_MARK);
        expect(csp, url).not.toContain('nonce');
        const out = documentHtml(raw.body, csp) as string;
        // No script of Next's is left; every script left is one the page's policy allows by its hash.
        expect(out).not.toMatch(/<script\b[^>]*\bsrc=/);
        expect(out).not.toContain('self.__next_f');
        expect(out).not.toMatch(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"/);
        const allowed = scriptHashesOf(csp) as Set<string>;
        for (const [, content] of executable(out)) expect(allowed.has(sha256(content!)), content!.slice(0, 60)).toBe(true);
        // What the reader gets is untouched: the main content, the title in the head, the JSON-LD.
        expect(mainOf(out)).toBe(mainOf(raw.body));
        expect(mainOf(out).length).toBeGreaterThan(200);
        expect(jsonLd(out)).toEqual(jsonLd(raw.body));
        // And the server sends exactly that.
        expect(layered.body).toBe(out);
      } else {
        expect(raw.headers.get(DOCUMENT_HEADER), url).toBe(DEFERRED_MARK);
        const nonce = nonceOf(csp) as string;
        expect(nonce, url).toBeTruthy();
        // Next's scripts, but the polyfills for browsers without modules (`noModule`: no browser the site supports runs them).
        const nextScripts = (html: string) => [...html.matchAll(/<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+)"[^>]*>/g)].filter((m) => !/\bnomodule\b/i.test(m[0]));
        const srcs = nextScripts(raw.body).map((m) => m[1]!);
        expect(srcs.length).toBeGreaterThan(0);
        const out = deferRuntime(raw.body, csp) as string;
        expect(nextScripts(out)).toEqual([]);
        // One loader, with the request's nonce, that loads Next's scripts in their order…
        const loaders = executable(out).filter(([script]) => script.includes('function loadOnIntent('));
        expect(loaders).toHaveLength(1);
        expect(loaders[0]![0]).toContain(`nonce="${nonce}"`);
        expect(loaders[0]![0]).toContain(JSON.stringify(srcs).replace(/</g, '\\u003c'));
        // …and every script left carries the nonce or is allowed by its hash (the care mode's), or the policy would refuse it.
        const hashed = scriptHashesOf(csp) as Set<string>;
        for (const [tag, content] of executable(out)) {
          if (!tag.slice(0, tag.indexOf('>') + 1).includes(`nonce="${nonce}"`)) expect(hashed.has(sha256(content!)), `${url}: ${tag.slice(0, 60)}`).toBe(true);
        }
        expect(mainOf(out)).toBe(mainOf(raw.body));
        // The server sends the same, under its own response's nonce.
        const sentNonce = nonceOf(layered.headers.get('content-security-policy')) as string;
        expect(sentNonce).toBeTruthy();
        expect(layered.body.split(sentNonce).join('N')).toBe(out.split(nonce).join('N'));
      }
    }, 60_000);
  }
});
