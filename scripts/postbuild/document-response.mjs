// The check's pages leave the standalone server as documents, like the guides: no Next runtime.
//
// Why here. The check's pages (the questions, "check your answers", the result) are rendered per
// request, because they read the answers from the query string. Next puts its client runtime
// (React DOM, the router) and a second copy of every page (the RSC payload) into each page it
// renders, and has no switch to leave them out of a page rendered per request; a route handler
// cannot render the pages instead (react-dom/server is not available under React Server
// Components' module conditions, and the layout, metadata and CSS would have to be written twice).
// These pages need none of it: each step is a <form method="get"> that the server checks, links are
// links, and the only things a browser does with a script are the result's copy, share and print
// buttons, which are small inline scripts allowed by hash (lib/security/inline-scripts.ts). So the
// pages stay ordinary App Router pages, rendered by one code path, and the standalone server
// (server.mjs) sends their answers through documentResponses() below, which:
//  - lets every other request through untouched (guides, static files, the reminder…), but for the
//    site icon, whose content-hashed address it lets the browser keep (keepForAYear);
//  - buffers the answer to a request for /{locale}/check/<page> and, if the proxy marked it as a
//    document (DOCUMENT_HEADER, set only for the pages the build checked: lib/known-paths.ts),
//    removes every script the page's own Content-Security-Policy would refuse to run — Next's
//    scripts, its RSC payload and its script preloads — keeping the inline scripts whose hash the
//    policy lists (stripRuntime, shared with strip-prerendered.mjs);
//  - sends a redirect (a question answered) with a short note instead of the error-page shell Next
//    puts in its body for its client router;
//  - compresses what it sends itself, as Next would have (gzip), or with brotli where the browser
//    takes it: a result is about 12% smaller, which keeps the longest within 12 kB on the wire.
//
// It fails closed. The build refuses a check route that uses a client component whose HTML is not
// complete without its script (strip-prerendered.mjs, DOCUMENT_ROUTES); here, a page that still holds a
// part only a script would reveal (a streamed Suspense boundary), or whose <title> is not in its
// <head>, is not sent half-done: it is answered with a short 500 page and logged.
//
// It makes results cheap to serve. With no nonce on these pages, no cookie, and the metadata in the
// <head> for every user agent (htmlLimitedBots in next.config.ts), an answer depends only on its URL
// and the date. So the answers to GET requests for marked pages are kept in memory (ResponseCache:
// bounded, least recently used first out, never written anywhere), keyed by the date in China and
// the request's path and query — no other part of the request: no header, no address. The entries
// are the answers Next gave, as sent: status, the response's own headers, the document, and the
// encodings clients have asked for (each made the first time one is asked for: a new page is
// compressed once, in the encoding its client takes, not in every encoding a later client might).
import { createHash } from 'node:crypto';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { stripRuntime } from './strip-prerendered.mjs';
import { LAYER_PATH } from './document-routes.mjs';

/** The proxy's mark on a response to strip (lib/security/headers.ts names it too; a test checks they agree). */
export const DOCUMENT_HEADER = 'x-yibao-document';

/**
 * Requests this layer looks at (LAYER_PATH): a page of a route in document-routes.mjs — the
 * questions, "check your answers", the result, the poster, the household list and its editor, the
 * quick entry; Next's client-router headers are removed from every request first
 * (stripUntrustedHeaders). Only those the proxy marks are changed: DOCUMENT_MARK (sent as documents,
 * kept in memory) or DEFERRED_MARK (the two forms that carry React — the household editor and the
 * quick entry, /check/all — whose runtime loads on intent: deferRuntime).
 */
/** The values of DOCUMENT_HEADER (lib/security/headers.ts names them too). */
export const DOCUMENT_MARK = '1';
export const DEFERRED_MARK = 'defer';
/**
 * Request headers no client may send to this site, removed from every request before Next sees it
 * (the proxy removes them too: lib/security/request-headers.ts, which a test compares with this):
 * the site's internal marks (x-yibao-*), and Next's client-router headers, which no page uses and
 * by which no answer may differ (one `RSC: 1` made a page a redirect to `<page>?_rsc=…`).
 */
export const INTERNAL_HEADER_PREFIX = 'x-yibao-';
export const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-router-stale-time', 'next-url', 'next-action', 'next-hmr-refresh', 'next-test-fetch-priority'];

/** Removes those headers from a Node request, in place. */
export function stripUntrustedHeaders(req) {
  for (const name of Object.keys(req.headers)) {
    if (name.startsWith(INTERNAL_HEADER_PREFIX) || name.startsWith('next-router-') || ROUTER_HEADERS.includes(name)) delete req.headers[name];
  }
}
/** Headers that describe one transfer, not the answer: never kept, set again when sending. */
const TRANSFER_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date']);
/** What a turn gives back for a request whose client left before its turn came: nothing is sent. */
const GONE = Symbol('gone');
const CACHEABLE_STATUS = new Set([200, 301, 302, 303, 307, 308]);
/** Below this, compressing costs more than it saves (Next's compression uses the same threshold). */
const COMPRESS_MIN_BYTES = 1024;

/** Made once: building a formatter with a time zone costs far more than formatting with it. */
const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in China (Asia/Shanghai), YYYY-MM-DD, or CHECK_TODAY when it pins one: the same rule
 * as lib/wizard/today.ts, by which the pages work out their answers (a test checks they agree).
 */
export function todayInChina(now = new Date()) {
  const pinned = process.env.CHECK_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return chinaDate.format(now);
}

/** The base64 sha256 digests a Content-Security-Policy allows scripts by (`script-src 'sha256-…'`). */
export function scriptHashesOf(csp) {
  const directive = String(csp ?? '').split(';').map((d) => d.trim()).find((d) => /^script-src\s/i.test(d)) ?? '';
  return new Set([...directive.matchAll(/'sha256-([A-Za-z0-9+/=]+)'/g)].map((m) => m[1]));
}

/**
 * The digest of an inline script's content. A page's inline scripts are the same few constants
 * (lib/security/inline-scripts.ts) on every page: each is hashed once (the last few dozen kept).
 */
const digests = new Map();
const sha256 = (text) => {
  let digest = digests.get(text);
  if (digest === undefined) {
    digest = createHash('sha256').update(text, 'utf8').digest('base64');
    // Only short ones: Next's own scripts (its payload) differ from page to page.
    if (text.length <= 4096) {
      if (digests.size >= 64) digests.clear();
      digests.set(text, digest);
    }
  }
  return digest;
};

/** scriptHashesOf, for the few policies the proxy gives documents (constants), each read once. */
const policies = new Map();
function allowedHashes(csp) {
  let allowed = policies.get(csp);
  if (allowed === undefined) {
    allowed = scriptHashesOf(csp);
    if (policies.size >= 16) policies.clear();
    policies.set(csp, allowed);
  }
  return allowed;
}

/**
 * The page as a document: every script removed but the inline ones `csp` allows by hash. Throws if
 * the page has parts only a script would reveal, or its <title> is not in its <head> (streamed
 * metadata: next.config.ts asks for it in the <head> for every user agent).
 */
export function documentHtml(html, csp) {
  const allowed = allowedHashes(String(csp ?? ''));
  const out = stripRuntime(html, { keep: (content) => allowed.has(sha256(content)) });
  const head = out.indexOf('</head>');
  const title = out.indexOf('<title');
  if (head < 0 || title < 0 || title > head) throw new Error('the page has no <title> in its <head> (was its metadata streamed?)');
  return out;
}

/** The per-request nonce a Content-Security-Policy allows scripts by (`script-src 'nonce-…'`), or null. */
export function nonceOf(csp) {
  const directive = String(csp ?? '').split(';').map((d) => d.trim()).find((d) => /^script-src\s/i.test(d)) ?? '';
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(directive)?.[1] ?? null;
}

/**
 * Runs in the browser (as the source of an inline script; keep it self-contained, in plain ES2017):
 * the page's React runtime, loaded at the first sign that someone is about to use the form. Until
 * then the page is the document the server rendered — a complete GET form — and nothing runs. Once
 * the page has loaded, the scripts are fetched at the lowest priority, without running, so they
 * are at hand when wanted.
 */
function loadOnIntent(srcs) {
  var form = document.querySelector('form[data-people-editor]');
  var target = form || document;
  var nonce = (document.currentScript && document.currentScript.nonce) || '';
  var events = ['pointerdown', 'touchstart', 'focusin', 'keydown', 'input', 'change'];
  var started = false;
  function add(parent, tag, props) {
    var el = document.createElement(tag);
    for (var k in props) el[k] = props[k];
    if (nonce) el.nonce = nonce;
    parent.appendChild(el);
  }
  function start() {
    if (started) return;
    started = true;
    events.forEach(function (e) { target.removeEventListener(e, start, true); });
    srcs.forEach(function (src) { add(document.body, 'script', { src: src, async: true }); });
  }
  events.forEach(function (e) { target.addEventListener(e, start, { capture: true, passive: true }); });
  function warm() {
    if (!started) srcs.forEach(function (src) { add(document.head, 'link', { rel: 'prefetch', as: 'script', href: src }); });
  }
  if (document.readyState === 'complete') setTimeout(warm, 0);
  else window.addEventListener('load', function () { setTimeout(warm, 0); });
}

/**
 * The page with its React runtime loaded on intent (loadOnIntent above): Next's external scripts
 * (`<script src>`, not `nomodule`) and their preloads come out, and one inline script carrying the
 * request's `nonce` loads them, in the same order, at the first focus, tap or key in the form. Next's
 * inline scripts stay where they are (its payload and bootstrap only queue data for the runtime),
 * so when the runtime arrives React hydrates the page as it would have at load. A page without
 * external scripts, or a policy without a nonce, is returned as it is.
 */
export function deferRuntime(html, csp) {
  const nonce = nonceOf(csp);
  const srcs = [];
  const out = html
    .replace(/<script\b([^>]*)><\/script>/g, (tag, attributes) => {
      const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
      if (!src || /\bnomodule\b/i.test(attributes) || !src.startsWith('/_next/static/')) return tag;
      srcs.push(src);
      return '';
    })
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>/g, '');
  const end = out.lastIndexOf('</body>');
  if (!nonce || srcs.length === 0 || end < 0) return html;
  const list = JSON.stringify(srcs).replace(/</g, '\\u003c');
  const script = `<script nonce="${escapeHtml(nonce)}">(${loadOnIntent.toString()})(${list})</script>`;
  return out.slice(0, end) + script + out.slice(end);
}

/** The bytes an entry holds: its key, its document and the encodings made of it, and a little for the rest. */
function sizeOf(key, entry) {
  let size = key.length + entry.body.length + 512;
  for (const encoded of Object.values(entry.encoded ?? {})) size += encoded.length;
  return size;
}

/** In-memory answers, least recently used first out, bounded by count and by bytes. */
export class ResponseCache {
  constructor({ maxEntries = 2000, maxBytes = 32 * 1024 * 1024 } = {}) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.entries = new Map();
    this.bytes = 0;
  }

  get(key) {
    const entry = this.entries.get(key);
    if (entry) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key, entry) {
    const size = sizeOf(key, entry);
    if (size > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, { ...entry, size });
    this.bytes += size;
    this.trim();
  }

  /** The entry kept under `key` has grown (an encoding was added to it): counts its bytes again. */
  resize(key) {
    const e = this.entries.get(key);
    if (!e) return;
    const size = sizeOf(key, e);
    this.bytes += size - e.size;
    e.size = size;
    this.trim();
  }

  /** Drops the least recently used entries until the cache is within its bounds. */
  trim() {
    for (const [oldest, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= e.size;
    }
  }

  delete(key) {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.size;
  }

  /** Forgets every entry not made on `day` (the answers depend on the date). */
  keepOnly(day) {
    for (const key of [...this.entries.keys()]) if (!key.startsWith(`${day} `)) this.delete(key);
  }

  get size() {
    return this.entries.size;
  }
}

/**
 * The check's pages are rendered one at a time (`max`, RENDER_CONCURRENCY: 1 by default), each in
 * its own turn of the event loop, first come first served.
 *
 * Why. A render is a chain of promises with no I/O in it: it runs to the end in the microtasks after
 * the callback that read its request. One turn of the event loop reads every request that has come
 * in, and so rendered all of them back to back: in a rush, a turn took ~100 ms. Node (libuv ≥ 1.45)
 * takes one new connection a turn, so people arriving in a rush waited seconds before they were even
 * heard (the bench's first requests of 50 new connections: up to 3.6 s), and timers, compressed pages
 * coming back from the thread pool, a guide or a kept result all waited for the turn to end. Here a
 * request that must be rendered takes a ticket and waits; one render runs per turn (in the turn's
 * check phase, setImmediate), and the next starts in the next turn. A turn is then one render plus
 * what else came in (~7 ms), new connections are taken at the rate results are made, and results
 * come out in the order they were asked for. The work is the same: the rate does not drop.
 * A request whose client has left while it waited is not rendered (`gone`).
 */
export class RenderTurns {
  /**
   * `limitMs`: a render that has not settled by then gives its turn back (it goes on, and is sent
   * when it ends): one render that never ends must not stop every other (10 s: the reverse proxy's
   * own timeout for a page, deploy/nginx.conf).
   */
  constructor(max = 1, { limitMs = 10_000 } = {}) {
    this.max = Math.max(1, Math.floor(Number(max)) || 1);
    this.limitMs = limitMs;
    this.busy = 0;
    this.waiting = [];
  }

  /** How many wait for their turn. */
  get queued() {
    return this.waiting.length;
  }

  /** Runs `work` in its turn, or resolves with `skipped` without running it if `gone()` says so by then. */
  async run(work, { gone = () => false, skipped = undefined } = {}) {
    if (this.busy < this.max && this.waiting.length === 0) {
      this.busy += 1;
      // Not now: the rest of this turn reads the other requests that have come in.
      await new Promise((resolve) => setImmediate(resolve));
    } else {
      await new Promise((resolve) => this.waiting.push(resolve));
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The next one starts in the next turn (busy stays), or the turn is given back.
      if (next) setImmediate(next);
      else this.busy -= 1;
    };
    const limit = setTimeout(release, this.limitMs);
    limit.unref?.();
    try {
      return gone() ? skipped : await work();
    } finally {
      clearTimeout(limit);
      release();
    }
  }
}

/** The encoding to send for an Accept-Encoding header: 'br', 'gzip' or null ("gzip;q=0" refuses it). */
export function encodingFor(header) {
  const accepted = new Set();
  for (const part of String(header ?? '').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (!(q && Number(q.slice(2)) === 0)) accepted.add(coding);
  }
  return accepted.has('br') ? 'br' : accepted.has('gzip') || accepted.has('*') ? 'gzip' : null;
}

/**
 * A body in one encoding: gzip, or brotli (quality 6: about a millisecond) where the browser takes
 * it. Compressed in libuv's thread pool, not on the event loop: a rush of new results then renders
 * on one core while their pages are compressed on the other (docs/benchmark.md).
 */
function compress(body, encoding) {
  return new Promise((resolve, reject) => {
    const done = (error, out) => (error ? reject(error) : resolve(out));
    if (encoding === 'br') brotliCompress(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }, done);
    else gzip(body, done);
  });
}

/**
 * Makes the entry's body in `encoding` if it is compressed at all and not yet in that encoding (each
 * encoding once, the first time a client takes it). Resolves true if it made one (the entry grew).
 * Two requests that need the same new encoding at once share one compression.
 */
async function encode(entry, encoding) {
  if (!encoding || !entry.encoded || entry.encoded[encoding]) return false;
  entry.pending ??= {};
  const mine = !entry.pending[encoding];
  entry.pending[encoding] ??= compress(entry.body, encoding);
  try {
    const out = await entry.pending[encoding];
    if (!mine) return false;
    entry.encoded[encoding] = out;
    return true;
  } finally {
    if (mine) delete entry.pending[encoding];
  }
}

const compressible = (contentType) => /^(?:text\/|application\/(?:json|javascript|xml))/i.test(String(contentType ?? ''));

/**
 * Runs `run` with `res` buffered: resolves with the body once Next ends the response, or with GONE
 * if the connection closes first. A body Next
 * gave whole, as one string (the Pages Router's, and Next's other unstreamed answers), is resolved
 * as that string, not made into bytes only to be read back as text by documentHtml; anything else
 * as a Buffer.
 */
function capture(res, run) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let text = null;
    const patched = ['writeHead', 'write', 'end', 'flushHeaders'];
    const toBuffer = (chunk, encoding) => (typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
      : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    res.writeHead = function writeHead(status, reason, headers) {
      if (typeof reason === 'string') res.statusMessage = reason;
      else headers = reason;
      res.statusCode = status;
      if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
      else if (headers) for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
      return res;
    };
    // Next flushes the headers before it streams; nothing leaves until the whole page is here.
    res.flushHeaders = function flushHeaders() {};
    res.write = function write(chunk, encoding, callback) {
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
      if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
      if (callback) process.nextTick(callback);
      return true;
    };
    res.end = function end(chunk, encoding, callback) {
      if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
      else if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
      const whole = chunks.length === 0 && typeof chunk === 'string' && (encoding === undefined || encoding === null || /^utf-?8$/i.test(encoding));
      if (whole) text = chunk;
      else if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
      // Back to the response's own methods (this also drops wrappers Next's compression put on top).
      for (const name of patched) delete res[name];
      if (callback) res.once('finish', callback);
      res.off('close', closed);
      resolve(text ?? Buffer.concat(chunks));
      return res;
    };
    // The client went before Next ended the answer: Next may stop without ending it (it aborts its
    // render when the connection closes), and a capture that never settled would hold its render's
    // turn for ever (RenderTurns). Nothing is sent to a closed connection.
    const closed = () => {
      for (const name of patched) delete res[name];
      resolve(GONE);
    };
    res.once('close', closed);
    Promise.resolve().then(run).then(() => {
      if (res.destroyed) closed();
    }).catch((error) => {
      res.off('close', closed);
      for (const name of patched) delete res[name];
      reject(error);
    });
  });
}

/**
 * Sends a kept answer: its headers, and the encoding the client takes (`encoding`: 'br', 'gzip' or
 * null). `fresh`: the answer Next has just given on this `res`, whose headers are already the
 * entry's but for the transfer headers (removed: removing and setting all of them again cost more
 * than a tenth of the layer's own time).
 */
function send(req, res, entry, encoding, fresh = false) {
  if (fresh) {
    // Only those it has: removing Connection or Date would leave them out of the answer altogether.
    for (const name of TRANSFER_HEADERS) if (res.hasHeader(name)) res.removeHeader(name);
  } else {
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value);
  }
  const encoded = encoding && entry.encoded ? entry.encoded[encoding] ?? null : null;
  const body = encoded ?? entry.body;
  if (encoded) res.setHeader('content-encoding', encoding);
  if (entry.encoded || compressible(entry.headers['content-type'])) {
    const vary = String(res.getHeader('vary') ?? '');
    if (!/\baccept-encoding\b/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  }
  if (req.method !== 'HEAD') res.setHeader('content-length', body.length);
  res.writeHead(entry.status);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The body of a redirect: a link to where it goes (RFC 9110 §15.4), nothing else. */
export function redirectNote(location) {
  const href = escapeHtml(location);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>→</title></head><body><p><a href="${href}">${href}</a></p></body></html>\n`;
}

function failClosed(res, log, url, error) {
  log(`document-response: ${url.split('?')[0]}: ${error.message}; answered 500 instead of a page that needs its scripts`);
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  res.writeHead(500, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'cache-control': 'no-store',
  });
  res.end('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>500 出错了 / Something went wrong</title></head><body><main><h1>500 出错了 <span lang="en">/ Something went wrong</span></h1>' +
    '<p>这个页面暂时无法显示，请稍后再试。</p><p lang="en">This page cannot be shown just now. Please try again later.</p>' +
    '<p><a href="/zh-CN">返回首页</a> · <a href="/en" lang="en">Go to the home page</a></p></main></body></html>\n');
}

/**
 * The site icon every page links to, by an address that carries its content hash (Next's
 * `app/icon.svg` convention). Next serves it with `max-age=0, must-revalidate` and no validator, so
 * the browser fetched it again, whole, with every page of the check (1.4 kB each time). Its address
 * changes when it does: it may be kept.
 */
const HASHED_ICON = /^\/icon\.svg\?icon\.[\w-]+\.svg$/;

function keepForAYear(res) {
  const writeHead = res.writeHead;
  res.writeHead = function keptWriteHead(...args) {
    if (res.statusCode === 200 || args[0] === 200) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    return writeHead.apply(this, args);
  };
}

/**
 * Wraps Next's request handler `handle(req, res)`: the check's pages the proxy marked are sent as
 * documents, and kept in `cache` (see the top of this file). Everything else passes through as it is.
 */
export function documentResponses(handle, { cache = new ResponseCache(), today = todayInChina, log = console.error, turns = new RenderTurns() } = {}) {
  let day = null;
  return async function documentLayer(req, res) {
    const url = req.url ?? '/';
    stripUntrustedHeaders(req);
    if (HASHED_ICON.test(url)) keepForAYear(res);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !LAYER_PATH.test(url)) {
      return handle(req, res);
    }
    const encoding = encodingFor(req.headers['accept-encoding']);
    const now = today();
    if (now !== day) {
      cache.keepOnly(now);
      day = now;
    }
    const key = `${now} ${url}`;
    const kept = req.method === 'GET' ? cache.get(key) : undefined;
    if (kept) {
      if (await encode(kept, encoding)) cache.resize(key);
      return send(req, res, kept, encoding);
    }

    // Next would compress the page before this layer sees it: ask it for the plain page.
    delete req.headers['accept-encoding'];
    let body;
    try {
      body = await turns.run(() => capture(res, () => handle(req, res)), { gone: () => res.destroyed || req.socket?.destroyed === true, skipped: GONE });
      if (body === GONE) return;
    } catch (error) {
      log(`document-response: ${url.split('?')[0]}: ${error?.message ?? error}`);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end('Internal Server Error');
      }
      return;
    }
    const mark = res.getHeader(DOCUMENT_HEADER);
    const marked = mark === DOCUMENT_MARK;
    const deferred = mark === DEFERRED_MARK;
    res.removeHeader(DOCUMENT_HEADER);
    const status = res.statusCode;
    const headers = {};
    for (const [name, value] of Object.entries(res.getHeaders())) if (!TRANSFER_HEADERS.has(name) && value !== undefined) headers[name] = value;
    const text = (b) => (typeof b === 'string' ? b : b.toString('utf8'));
    if (marked && status === 200 && req.method === 'GET' && /^text\/html\b/i.test(String(headers['content-type'] ?? ''))) {
      try {
        body = documentHtml(text(body), headers['content-security-policy']);
      } catch (error) {
        return failClosed(res, log, url, error);
      }
    }
    if (deferred && status === 200 && req.method === 'GET' && /^text\/html\b/i.test(String(headers['content-type'] ?? ''))) {
      body = deferRuntime(text(body), headers['content-security-policy']);
    }
    if ((marked || deferred) && status >= 300 && status < 400 && typeof headers.location === 'string' && req.method === 'GET') {
      // A question answered: Next sends its redirect with a whole error-page shell for its client
      // router (11 kB), which no browser reads after a 307. A short note with the link is enough.
      body = redirectNote(headers.location);
      headers['content-type'] = 'text/html; charset=utf-8';
      res.setHeader('content-type', headers['content-type']);
    }
    if (typeof body === 'string') body = Buffer.from(body, 'utf8');
    // `encoded`: null when the body is not worth compressing; else the encodings made so far.
    const entry = { status, headers, body, encoded: compressible(headers['content-type']) && body.length >= COMPRESS_MIN_BYTES ? {} : null };
    await encode(entry, encoding);
    if (marked && req.method === 'GET' && CACHEABLE_STATUS.has(status) && !('set-cookie' in headers)) cache.set(key, entry);
    send(req, res, entry, encoding, true);
  };
}
