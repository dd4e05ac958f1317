import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';
import { ROUTER_HEADERS, stripUntrustedHeaders } from '@/lib/security/request-headers';
import { NOT_FOUND_HEADER } from '@/lib/security/not-found';
import { DOCUMENT_HEADER } from '@/lib/security/headers';
import {
  INTERNAL_HEADER_PREFIX as SERVER_PREFIX, ROUTER_HEADERS as SERVER_ROUTER_HEADERS, documentResponses,
// @ts-expect-error: a plain ES module copied into the standalone server; it has no type declarations.
} from '../../scripts/postbuild/document-response.mjs';

// Issue 24, defect 2: one request with `RSC: 1` made nginx cache a redirect to `<page>?_rsc` for
// every visitor; a client-sent `x-yibao-not-found` turned an API answer into the HTML 404 page.
// The proxy removes both kinds of header from every request it passes on (Next then drops from
// the request every header the proxy's answer does not list), and so does the standalone server
// before Next sees the request.

// next-intl's middleware, as it passes a locale-prefixed page on: with the request's headers.
vi.mock('next-intl/middleware', async () => {
  const { NextResponse } = await import('next/server');
  return { default: () => (req: NextRequest) => NextResponse.next({ request: { headers: new Headers(req.headers) } }) };
});

const ATTACK: Record<string, string> = {
  RSC: '1',
  'Next-Router-State-Tree': '%5B%22%22%5D',
  'Next-Router-Prefetch': '1',
  'Next-Router-Segment-Prefetch': '/_tree',
  'Next-URL': '/en',
  'X-Yibao-Not-Found': 'en',
  'X-Yibao-Document': '1',
  'X-Yibao-Anything-Else': 'x',
};
const FORBIDDEN = Object.keys(ATTACK).map((h) => h.toLowerCase());

beforeEach(() => {
  vi.resetModules();
  vi.stubEnv('NODE_ENV', 'production');
});
afterEach(() => vi.unstubAllEnvs());

/** The request headers Next passes on after the proxy's answer (its override list), or null if the answer does not pass the request on. */
function passedOn(res: Response): { names: string[]; get: (n: string) => string | null } | null {
  const list = res.headers.get('x-middleware-override-headers');
  if (list === null) return null;
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  return { names, get: (n) => res.headers.get(`x-middleware-request-${n}`) };
}

describe('the proxy removes headers no client may set', () => {
  it('strips x-yibao-* always, and the client router\'s headers outside next dev', () => {
    const h = new Headers({ ...ATTACK, accept: 'text/html', 'x-forwarded-proto': 'https' });
    expect(stripUntrustedHeaders(h).sort()).toEqual([...FORBIDDEN].sort());
    expect([...h.keys()].sort()).toEqual(['accept', 'x-forwarded-proto']);
    const dev = new Headers(ATTACK);
    stripUntrustedHeaders(dev, { dev: true });
    expect([...dev.keys()].sort()).toEqual(FORBIDDEN.filter((n) => !n.startsWith('x-yibao-')).sort());
  });

  it.each([
    ['a guide', '/zh-CN/guides/resident-insurance'],
    ['the home page', '/en'],
    ['the check', '/zh-CN/check'],
    ['a result', '/zh-CN/check/result?v=1&w=self&r=beijing&a=35&s=flexible&h=local&g=none&c=none'],
    ['the rules (API)', '/api/v1/rules'],
    ['an answer (API)', '/api/v1/evaluate?v=1&w=self&r=beijing&a=35&s=flexible&h=local&g=none&c=none&asOf=2026-11-23'],
    ['a root file', '/robots.txt'],
  ])('%s is passed on without them, whatever the client sent', async (_what, path) => {
    const { default: proxy } = await import('@/proxy');
    const plain = proxy(new NextRequest(`http://localhost${path}`));
    const attacked = proxy(new NextRequest(`http://localhost${path}`, { headers: { ...ATTACK, accept: 'text/html' } }));
    const on = passedOn(attacked);
    expect(on, 'the request is passed on with the proxy\'s headers').not.toBeNull();
    for (const name of FORBIDDEN) expect(on!.names).not.toContain(name);
    expect(on!.names).toContain('accept');
    // The answer the proxy gives is the same as without them.
    expect(attacked.status).toBe(plain.status);
    expect(attacked.headers.get('location')).toBe(plain.headers.get('location'));
    expect(attacked.headers.get('cache-control')).toBe(plain.headers.get('cache-control'));
  });

  it('an unknown page gets the proxy\'s own 404 mark (its locale), never the client\'s', async () => {
    const { default: proxy } = await import('@/proxy');
    const res = proxy(new NextRequest('http://localhost/zh-CN/nope', { headers: ATTACK }));
    expect(res.status).toBe(404);
    const on = passedOn(res)!;
    expect(on.names.filter((n) => FORBIDDEN.includes(n))).toEqual([NOT_FOUND_HEADER]);
    expect(on.get(NOT_FOUND_HEADER)).toBe('zh-CN');
  });

  it('names the same headers as the standalone server', () => {
    expect(SERVER_PREFIX).toBe('x-yibao-');
    expect(DOCUMENT_HEADER.startsWith(SERVER_PREFIX) && NOT_FOUND_HEADER.startsWith(SERVER_PREFIX)).toBe(true);
    expect([...SERVER_ROUTER_HEADERS].sort()).toEqual([...ROUTER_HEADERS].sort());
  });
});

describe('the standalone server removes them before Next sees the request', () => {
  let server: http.Server | null = null;
  afterEach(async () => {
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    server = null;
  });

  it('for the check\'s pages (which it still sends as documents) and for every other path', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const layer = documentResponses((req: http.IncomingMessage, res: http.ServerResponse) => {
      seen.push({ ...req.headers });
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!DOCTYPE html><html><head><title>t</title></head><body>ok</body></html>');
    }, { log: () => {} });
    server = http.createServer((req, res) => void layer(req, res));
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as AddressInfo;
    for (const path of ['/zh-CN/check/age?v=1&w=self', '/zh-CN/guides/resident-insurance', '/api/v1/rules']) {
      await new Promise<void>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port, path, headers: { ...ATTACK, accept: 'text/html' } }, (res) => {
          res.resume();
          res.on('end', () => resolve());
        }).on('error', reject);
      });
    }
    expect(seen).toHaveLength(3);
    for (const headers of seen) {
      for (const name of FORBIDDEN) expect(headers[name]).toBeUndefined();
      expect(headers.accept).toBe('text/html');
    }
  });
});
