import { describe, expect, it } from 'vitest';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM } from 'jsdom';
import {
  DEFERRED_MARK as SERVER_DEFERRED, DOCUMENT_MARK as SERVER_DOCUMENT, deferRuntime, documentResponses, nonceOf,
// @ts-expect-error: a plain ES module copied into the standalone server; it has no type declarations.
} from '../../scripts/postbuild/document-response.mjs';
import { DEFERRED_MARK, DOCUMENT_HEADER, DOCUMENT_MARK, contentSecurityPolicy } from '@/lib/security/headers';
import { INLINE_SCRIPT_HASHES } from '@/lib/security/inline-scripts';

// The two forms that carry React (the household editor, the quick entry) leave the standalone server
// with their runtime loaded on intent (scripts/postbuild/document-response.mjs, deferRuntime).
const NONCE = 'wKkYGl+UNOiCvla7MoG5AQ==';
const CSP = contentSecurityPolicy({ nonce: NONCE, hashes: INLINE_SCRIPT_HASHES });
const page = () => [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>',
  `<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="${NONCE}" data-precedence="next"/>`,
  `<link rel="preload" as="script" fetchPriority="low" nonce="${NONCE}" href="/_next/static/chunks/main.js"/>`,
  `<script src="/_next/static/chunks/one.js" async="" nonce="${NONCE}"></script>`,
  `<script src="/_next/static/chunks/two.js" async="" nonce="${NONCE}"></script>`,
  `<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="${NONCE}"></script>`,
  '<title>快速录入 | 医保参保向导</title></head><body><header><a href="/en/check/all">English</a></header>',
  '<main><form method="get" action="/zh-CN/check/all" data-people-editor="single"><label for="p0-a">年龄</label><input id="p0-a" name="people.0.a"/></form></main>',
  `<script nonce="${NONCE}" id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({"otherChunks":[]})</script>`,
  `<script src="/_next/static/chunks/main.js" nonce="${NONCE}" async=""></script>`,
  `<script nonce="${NONCE}">(self.__next_f=self.__next_f||[]).push([0])</script>`,
  '</body></html>',
].join('');

describe('deferRuntime', () => {
  it('takes out Next\'s external scripts and their preloads, keeps its inline ones, and loads the same scripts in order with the nonce', () => {
    expect(nonceOf(CSP)).toBe(NONCE);
    expect(nonceOf(contentSecurityPolicy({ hashes: INLINE_SCRIPT_HASHES }))).toBeNull();
    const out: string = deferRuntime(page(), CSP);
    expect(out).not.toMatch(/<script[^>]*src="\/_next\/static\/chunks\/(?:one|two|main)\.js"/);
    expect(out).not.toContain('rel="preload"');
    // The polyfills for browsers without modules stay as they are (others never fetch them).
    expect(out).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""');
    expect(out).toContain('self.__next_f');
    expect(out).toContain('id="_R_"');
    const loader = /<script nonce="([^"]+)">(\(function loadOnIntent[\s\S]*?)<\/script><\/body>/.exec(out);
    expect(loader?.[1]).toBe(NONCE);
    expect(loader?.[2]).toContain('["/_next/static/chunks/one.js","/_next/static/chunks/two.js","/_next/static/chunks/main.js"]');
  });

  it('leaves a page as it is when its policy has no nonce, or it has no runtime to defer', () => {
    expect(deferRuntime(page(), contentSecurityPolicy({ hashes: INLINE_SCRIPT_HASHES }))).toBe(page());
    const bare = '<!DOCTYPE html><html><head><title>x</title></head><body><p>x</p></body></html>';
    expect(deferRuntime(bare, CSP)).toBe(bare);
  });

  it('in a browser, nothing loads until the form is used: a link elsewhere does not count; then every script once, in order', async () => {
    const dom = new JSDOM(deferRuntime(page(), CSP), { runScripts: 'dangerously', url: 'http://localhost/zh-CN/check/all' });
    const { document, window } = dom.window;
    const added = () => [...document.querySelectorAll('body > script[src]')].map((s) => (s as HTMLScriptElement).getAttribute('src'));
    expect(added()).toEqual([]);
    document.querySelector('header a')!.dispatchEvent(new window.Event('pointerdown', { bubbles: true }));
    expect(added()).toEqual([]);
    const input = document.querySelector('#p0-a') as HTMLInputElement;
    input.dispatchEvent(new window.FocusEvent('focusin', { bubbles: true }));
    expect(added()).toEqual(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js', '/_next/static/chunks/main.js']);
    expect([...document.querySelectorAll('body > script[src]')].every((s) => (s as HTMLScriptElement).nonce === NONCE)).toBe(true);
    input.dispatchEvent(new window.Event('input', { bubbles: true }));
    expect(added()).toHaveLength(3);
    dom.window.close();
  });

  it('once the page has loaded, fetches the scripts at the lowest priority without running them', async () => {
    const dom = new JSDOM(deferRuntime(page(), CSP), { runScripts: 'dangerously', url: 'http://localhost/zh-CN/check/all' });
    await new Promise((r) => dom.window.addEventListener('load', () => setTimeout(r, 10)));
    const prefetched = [...dom.window.document.querySelectorAll('link[rel="prefetch"]')].map((l) => l.getAttribute('href'));
    expect(prefetched).toEqual(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js', '/_next/static/chunks/main.js']);
    expect(dom.window.document.querySelectorAll('body > script[src]')).toHaveLength(0);
    dom.window.close();
  });
});

describe('the standalone server\'s layer and the deferred mark', () => {
  it('names the same marks as the proxy', () => {
    expect([SERVER_DOCUMENT, SERVER_DEFERRED]).toEqual([DOCUMENT_MARK, DEFERRED_MARK]);
  });

  it('sends a page marked deferred with its runtime on intent, never keeps it (its nonce is per request), and removes the mark', async () => {
    let renders = 0;
    const handle = (req: IncomingMessage, res: ServerResponse) => {
      renders += 1;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-security-policy', CSP);
      res.setHeader(DOCUMENT_HEADER, DEFERRED_MARK);
      res.end(page());
    };
    const layer = documentResponses(handle, { log: () => {} });
    const server = http.createServer((req, res) => void layer(req, res));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as AddressInfo;
    const get = (p: string) => new Promise<{ headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path: p }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks).toString() }));
      }).on('error', reject);
    });
    for (const p of ['/zh-CN/household/edit?hv=1', '/zh-CN/household/edit?hv=1', '/en/check/all']) {
      const { headers, body } = await get(p);
      expect(body, p).toBe(deferRuntime(page(), CSP));
      expect(headers[DOCUMENT_HEADER], p).toBeUndefined();
    }
    expect(renders).toBe(3);
    await new Promise<void>((r) => server.close(() => r()));
  });
});
