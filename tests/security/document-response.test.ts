import { afterEach, describe, expect, it, vi } from 'vitest';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  DOCUMENT_HEADER as SERVER_HEADER, RenderTurns, ResponseCache, documentHtml, documentResponses, encodingFor, redirectNote, scriptHashesOf, todayInChina,
// @ts-expect-error: a plain ES module copied into the standalone server; it has no type declarations.
} from '../../scripts/postbuild/document-response.mjs';
import { DOCUMENT_HEADER } from '@/lib/security/headers';
import { CARE_SCRIPT, INLINE_SCRIPT_HASHES, READ_ALOUD_SCRIPT, SHARE_SCRIPT, scriptHash } from '@/lib/security/inline-scripts';
import { contentSecurityPolicy } from '@/lib/security/headers';
import { todayInShanghai } from '@/lib/wizard/today';

// The standalone server's layer for the check's pages (scripts/postbuild/document-response.mjs),
// in front of a stand-in for Next's request handler, over real HTTP.
const CSP = contentSecurityPolicy({ hashes: INLINE_SCRIPT_HASHES });
const page = (body = '<main><h1>你今年多少岁？</h1></main>') => [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script><title>你今年多少岁？ | 医保参保向导</title></head><body>',
  body,
  `<script>${SHARE_SCRIPT}</script>`,
  '<script>alert("not allowed")</script>',
  '<script>self.__next_f.push([1,"0:{}"])</script>',
  '</body></html>',
].join('');

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
let server: http.Server | null = null;

async function serve(handle: Handler, options: Record<string, unknown> = {}) {
  const layer = documentResponses(handle, { log: () => {}, ...options });
  server = http.createServer((req, res) => void layer(req, res));
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return (path: string, init: { method?: string; headers?: Record<string, string> } = {}) => new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = null;
});

/** A stand-in for Next: sets headers, flushes them, then streams the page in two chunks, as Next does. */
function nextLike({ marked = true, html = page(), status = 200, type = 'text/html; charset=utf-8', location = '' } = {}) {
  const seen: Array<{ url: string; acceptEncoding: string | undefined }> = [];
  const handle: Handler = async (req, res) => {
    seen.push({ url: req.url ?? '', acceptEncoding: req.headers['accept-encoding'] as string | undefined });
    res.statusCode = status;
    res.setHeader('content-type', type);
    res.setHeader('content-security-policy', CSP);
    res.setHeader('cache-control', 'private, no-store');
    if (marked) res.setHeader(DOCUMENT_HEADER, '1');
    if (location) res.setHeader('location', location);
    res.flushHeaders();
    const bytes = Buffer.from(html);
    const cut = Math.floor(bytes.length / 2);
    res.write(bytes.subarray(0, cut));
    await new Promise((r) => setTimeout(r, 5));
    await new Promise<void>((r) => res.end(bytes.subarray(cut), () => r()));
  };
  return { handle, seen };
}

describe('the check\'s pages leave the standalone server as documents', () => {
  it('names the same mark as the proxy, and the same day as the pages', () => {
    expect(SERVER_HEADER).toBe(DOCUMENT_HEADER);
    vi.stubEnv('CHECK_TODAY', '');
    for (const t of ['2026-11-22T15:59:00Z', '2026-11-22T16:00:00Z', '2026-12-31T17:00:00Z']) {
      expect(todayInChina(new Date(t)), t).toBe(todayInShanghai(new Date(t)));
    }
    vi.stubEnv('CHECK_TODAY', '2026-11-23');
    expect(todayInChina()).toBe('2026-11-23');
    vi.unstubAllEnvs();
  });

  it('keeps only the inline scripts the page\'s CSP allows by hash', () => {
    expect([...scriptHashesOf(CSP)].map((h) => `'sha256-${h}'`)).toEqual([SHARE_SCRIPT, CARE_SCRIPT, READ_ALOUD_SCRIPT].map(scriptHash));
    const out: string = documentHtml(page(), CSP);
    expect(out).toContain(`<script>${SHARE_SCRIPT}</script>`);
    expect(out).not.toContain('not allowed');
    expect(out).not.toContain('__next_f');
    expect(out).not.toMatch(/<script[^>]*src=/);
    expect(out).not.toContain('as="script"');
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    // Under a policy that allows no script, none is kept.
    expect(documentHtml(page(), contentSecurityPolicy())).not.toContain('<script');
  });

  it('strips a marked page as it sends it, removes the mark, and compresses it when asked', async () => {
    const next = nextLike();
    const get = await serve(next.handle);
    const plain = await get('/zh-CN/check/age?v=1&w=self');
    expect(plain.status).toBe(200);
    const html = plain.body.toString();
    expect(html).toBe(documentHtml(page(), CSP));
    expect(plain.headers[DOCUMENT_HEADER]).toBeUndefined();
    expect(plain.headers['content-length']).toBe(String(plain.body.length));
    expect(plain.headers['content-security-policy']).toBe(CSP);
    expect(plain.headers['cache-control']).toBe('private, no-store');
    // Next is asked for the plain page (this layer compresses), whatever the browser accepts.
    const br = await get('/zh-CN/check/age?v=1&w=helper', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(next.seen.at(-1)?.acceptEncoding).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    const gz = await get('/zh-CN/check/age?v=1&w=helper', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(html);
    expect((await get('/zh-CN/check/age?v=1&w=helper', { headers: { 'accept-encoding': 'gzip;q=0' } })).headers['content-encoding']).toBeUndefined();
    expect(encodingFor('br;q=0, gzip')).toBe('gzip');
    expect(encodingFor('*')).toBe('gzip');
    expect(encodingFor('identity')).toBeNull();
  });

  it('keeps answers in memory by the date in China and the URL only; never by any header', async () => {
    const next = nextLike();
    let day = '2026-11-23';
    const cache = new ResponseCache();
    const get = await serve(next.handle, { cache, today: () => day });
    const url = '/en/check/result?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=none';
    const first = await get(url);
    const again = await get(url, { headers: { 'accept-encoding': 'gzip', 'user-agent': 'other', 'x-forwarded-for': '10.0.0.9', cookie: 'a=b' } });
    expect(next.seen).toHaveLength(1);
    expect(gunzipSync(again.body).toString()).toBe(first.body.toString());
    expect(again.headers['content-security-policy']).toBe(CSP);
    expect([...cache.entries.keys()]).toEqual([`2026-11-23 ${url}`]);
    expect(JSON.stringify([...cache.entries.values()].map((e: { headers: unknown }) => e.headers))).not.toMatch(/10\.0\.0\.9|other|a=b/);
    // Another query is another answer; another day forgets the old ones.
    await get(`${url}&x=1`);
    expect(next.seen).toHaveLength(2);
    day = '2026-11-24';
    await get(url);
    expect(next.seen).toHaveLength(3);
    expect([...cache.entries.keys()]).toEqual([`2026-11-24 ${url}`]);
    // HEAD is never answered from memory; Next's client-router headers are dropped (no page uses
    // that router), so such a request gets the same document as anyone (issue 24).
    await get(url, { method: 'HEAD' });
    expect(next.seen).toHaveLength(4);
    const rsc = await get(url, { headers: { rsc: '1', 'next-router-prefetch': '1' } });
    expect(next.seen).toHaveLength(4);
    expect(rsc.body.toString()).toBe(first.body.toString());
  });

  it('keeps redirects (a question answered), never what the proxy did not mark', async () => {
    const redirect = nextLike({ html: page(), status: 307, location: '/en/check/situation?v=1&a=35' });
    const cache = new ResponseCache();
    const get = await serve(redirect.handle, { cache, today: () => '2026-11-23' });
    const first = await get('/en/check/age?v=1&a=35&go=1');
    await get('/en/check/age?v=1&a=35&go=1');
    expect(redirect.seen).toHaveLength(1);
    // Sent with a short note linking where it goes, not the page shell Next puts in it.
    expect(first.status).toBe(307);
    expect(first.headers.location).toBe('/en/check/situation?v=1&a=35');
    expect(first.body.toString()).toBe(redirectNote('/en/check/situation?v=1&a=35'));
    expect(redirectNote('/x?a=1&b="<>"')).toContain('href="/x?a=1&#38;b=&#34;&#60;&#62;&#34;"');
    await new Promise<void>((r) => server?.close(() => r()));
    const unmarked = nextLike({ marked: false });
    const get2 = await serve(unmarked.handle, { cache: new ResponseCache(), today: () => '2026-11-23' });
    const res = await get2('/en/check/reminder?v=1');
    await get2('/en/check/reminder?v=1');
    expect(unmarked.seen).toHaveLength(2);
    // Not marked: sent as Next made it, scripts and all.
    expect(res.body.toString()).toBe(page());
  });

  it('lets every other request through untouched, without buffering or changing it', async () => {
    const calls: Array<{ url: string; acceptEncoding: unknown }> = [];
    const get = await serve((req, res) => {
      calls.push({ url: req.url ?? '', acceptEncoding: req.headers['accept-encoding'] });
      res.setHeader('content-type', 'text/html');
      res.setHeader(DOCUMENT_HEADER, '1');
      res.end(page());
    });
    for (const url of ['/zh-CN/guides/faq', '/zh-CN/check', '/_next/static/chunks/a.css', '/en']) {
      const res = await get(url, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.body.toString(), url).toBe(page());
    }
    expect(calls.map((c) => c.acceptEncoding)).toEqual(['gzip', 'gzip', 'gzip', 'gzip']);
  });

  it('fails closed: a page that still needs a script, or whose title was streamed into the body, is a 500, logged', async () => {
    for (const [body, why] of [
      ['<main><!--$?--><template id="B:0"></template><p>Loading</p><!--/$--></main>', /template/],
      ['<main><!--$!--><p>fallback</p><!--/$--></main>', /Suspense/],
    ] as const) {
      const log = vi.fn();
      const next = nextLike({ html: page(body) });
      const cache = new ResponseCache();
      const get = await serve(next.handle, { log, cache });
      const res = await get('/zh-CN/check/result?v=1');
      expect(res.status).toBe(500);
      expect(res.body.toString()).toContain('500 出错了');
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      expect(log.mock.calls[0]?.[0]).toMatch(why);
      expect(cache.size).toBe(0);
      await new Promise<void>((r) => server?.close(() => r()));
      server = null;
    }
    const log = vi.fn();
    const streamed = page().replace(/<title>.*<\/title>/, '').replace('<main>', '<div hidden><title>late</title></div><main>');
    const get = await serve(nextLike({ html: streamed }).handle, { log });
    expect((await get('/zh-CN/check/age?v=1')).status).toBe(500);
    expect(log.mock.calls[0]?.[0]).toMatch(/no <title> in its <head>/);
  });

  it('compresses a page only in the encoding its client takes, and adds another when one is asked for', async () => {
    const next = nextLike();
    const cache = new ResponseCache();
    const get = await serve(next.handle, { cache, today: () => '2026-11-23' });
    const url = '/zh-CN/check/result?v=1&w=self&r=beijing&a=41&s=not-working&h=local&g=none&c=none';
    const key = `2026-11-23 ${url}`;
    const br = await get(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    const entry = cache.entries.get(key) as { body: Buffer; encoded: Record<string, Buffer>; size: number };
    // Only brotli was made for the first client: no gzip built to be thrown away.
    expect(Object.keys(entry.encoded)).toEqual(['br']);
    const before = cache.bytes;
    const gz = await get(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(next.seen).toHaveLength(1);
    expect(gunzipSync(gz.body).toString()).toBe(brotliDecompressSync(br.body).toString());
    expect(Object.keys(entry.encoded).sort()).toEqual(['br', 'gzip']);
    // The second encoding is counted in the cache's bytes.
    expect(cache.bytes).toBe(before + (entry.encoded.gzip?.length ?? 0));
    expect(entry.size).toBe(cache.bytes);
    // A client that takes neither gets the document as it is, and nothing new is made.
    const plain = await get(url, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(gunzipSync(gz.body).toString());
    expect(Object.keys(entry.encoded).sort()).toEqual(['br', 'gzip']);
  });

  it('stays within its bytes when a kept answer grows by an encoding', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 3_000 });
    cache.set('d a', { status: 200, headers: {}, body: Buffer.alloc(1_000), encoded: {} });
    cache.set('d b', { status: 200, headers: {}, body: Buffer.alloc(1_000), encoded: {} });
    const b = cache.get('d b') as { encoded: Record<string, Buffer> };
    b.encoded.gzip = Buffer.alloc(800);
    cache.resize('d b');
    expect([...cache.entries.keys()]).toEqual(['d b']);
    expect(cache.bytes).toBeLessThanOrEqual(3_000);
  });

  it('bounds its memory: least recently used first out, by count and by bytes', () => {
    const entry = (n: number) => ({ status: 200, headers: {}, body: Buffer.alloc(n), encoded: null });
    const cache = new ResponseCache({ maxEntries: 2, maxBytes: 10_000 });
    cache.set('d a', entry(10));
    cache.set('d b', entry(10));
    cache.get('d a');
    cache.set('d c', entry(10));
    expect([...cache.entries.keys()]).toEqual(['d a', 'd c']);
    cache.set('d big', entry(9_000));
    expect([...cache.entries.keys()]).toEqual(['d big']);
    cache.set('d huge', entry(20_000));
    expect(cache.get('d huge')).toBeUndefined();
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
  });
});

describe('the site icon, linked by its content hash', () => {
  it('may be kept by the browser; any other icon address is left as Next answers it', async () => {
    const get = await serve((req, res) => {
      res.setHeader('content-type', 'image/svg+xml');
      res.setHeader('cache-control', 'public, max-age=0, must-revalidate');
      res.writeHead(200);
      res.end('<svg/>');
    });
    expect((await get('/icon.svg?icon.0_mhin_arvx41.svg')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/icon.svg', '/icon.svg?x=1', '/en/icon.svg?icon.a.svg']) {
      expect((await get(url)).headers['cache-control'], url).toBe('public, max-age=0, must-revalidate');
    }
  });
});

describe('no memory at all (DOCUMENT_CACHE_ENTRIES=0)', () => {
  it('renders every request', async () => {
    const next = nextLike();
    const get = await serve(next.handle, { cache: new ResponseCache({ maxEntries: 0 }) });
    await get('/en/check/who?v=1');
    await get('/en/check/who?v=1');
    expect(next.seen).toHaveLength(2);
  });
});

describe('a rush of pages to render (RenderTurns)', () => {
  /** A render as Next's is: a chain of promises with no I/O, that takes `ms` of the thread. */
  const render = (log: string[], name: string, ms = 5) => async () => {
    log.push(`start ${name}`);
    for (let i = 0; i < 3; i += 1) {
      await Promise.resolve();
      const until = performance.now() + ms / 3;
      while (performance.now() < until) { /* the thread is busy */ }
    }
    log.push(`end ${name}`);
    return name;
  };

  it('renders one at a time, in the order asked, one per turn of the event loop: a timer due meanwhile runs between two renders', async () => {
    const turns = new RenderTurns();
    const log: string[] = [];
    // Five requests read in the same turn, and a timer that is due at once.
    const done = ['a', 'b', 'c', 'd', 'e'].map((n) => turns.run(render(log, n)));
    setTimeout(() => log.push('timer'), 0);
    expect(turns.queued).toBe(4);
    expect(await Promise.all(done)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const renders = log.filter((l) => l !== 'timer');
    expect(renders).toEqual(['a', 'b', 'c', 'd', 'e'].flatMap((n) => [`start ${n}`, `end ${n}`]));
    // Called directly, all five would run in this turn's microtasks, and the timer after the last.
    expect(log.indexOf('timer')).toBeGreaterThan(-1);
    expect(log.indexOf('timer')).toBeLessThan(log.indexOf('start c'));
    expect(turns.queued).toBe(0);
    expect(turns.busy).toBe(0);
  });

  it('never runs more than `max` at once, and gives every turn back, even when a render fails', async () => {
    const turns = new RenderTurns(2);
    let running = 0;
    let most = 0;
    const job = (fail: boolean) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 2));
      running -= 1;
      if (fail) throw new Error('render failed');
      return 'ok';
    };
    const results = await Promise.allSettled(Array.from({ length: 9 }, (_, i) => turns.run(job(i % 3 === 0))));
    expect(most).toBe(2);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(3);
    expect(turns.busy).toBe(0);
    expect(await turns.run(async () => 'after')).toBe('after');
  });

  it('does not render for a client that left while it waited', async () => {
    const turns = new RenderTurns();
    const log: string[] = [];
    const first = turns.run(render(log, 'first'));
    const skipped = turns.run(render(log, 'left'), { gone: () => true, skipped: 'skipped' });
    const last = turns.run(render(log, 'last'));
    expect(await Promise.all([first, skipped, last])).toEqual(['first', 'skipped', 'last']);
    expect(log).toEqual(['start first', 'end first', 'start last', 'end last']);
  });

  it('gives the turn back after its time limit when a render never ends: one stuck render does not stop the others', async () => {
    const turns = new RenderTurns(1, { limitMs: 50 });
    const stuck = turns.run(() => new Promise<string>(() => {}));
    const started = performance.now();
    expect(await turns.run(async () => 'next')).toBe('next');
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(performance.now() - started).toBeLessThan(2000);
    void stuck;
  });

  it('in the layer: a client that leaves while Next renders, and a Next that then never ends the answer, do not hold the turn', async () => {
    const { handle } = nextLike();
    let stuck = 0;
    const get = await serve(async (req, res) => {
      // Next aborts its render when the connection closes, and may then never end the answer.
      if (req.url?.includes('stuck=1')) {
        stuck += 1;
        await new Promise((r) => res.once('close', r));
        return;
      }
      return handle(req, res);
    }, { turns: new RenderTurns(1, { limitMs: 60_000 }) });
    const { port } = server!.address() as AddressInfo;
    await new Promise<void>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/zh-CN/check/age?v=1&stuck=1' });
      req.on('error', () => resolve());
      req.end();
      setTimeout(() => { req.destroy(); resolve(); }, 100);
    });
    const started = performance.now();
    const after = await get('/zh-CN/check/age?v=1&after=1');
    expect(stuck).toBe(1);
    expect(after.status).toBe(200);
    // Well inside the turn's limit (60 s): the capture settled when the connection closed.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('in the layer: pages to render wait their turn, and a kept page is answered between two renders', async () => {
    let rendering = 0;
    let most = 0;
    const { handle } = nextLike();
    const slow: Handler = async (req, res) => {
      rendering += 1;
      most = Math.max(most, rendering);
      await new Promise((r) => setTimeout(r, 20));
      rendering -= 1;
      return handle(req, res);
    };
    const get = await serve(slow);
    await get('/zh-CN/check/age?v=1&kept=1');
    const order: string[] = [];
    const fresh = Array.from({ length: 6 }, (_, i) => get(`/zh-CN/check/age?v=1&n=${i}`).then((a) => { order.push(`n=${i}`); return a; }));
    const kept = await get('/zh-CN/check/age?v=1&kept=1');
    order.push('kept');
    expect(kept.status).toBe(200);
    const answers = await Promise.all(fresh);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(most).toBe(1);
    // The kept page did not wait for the six renders (20 ms each, one after another).
    expect(order.indexOf('kept')).toBeLessThan(order.length - 1);
  });
});
