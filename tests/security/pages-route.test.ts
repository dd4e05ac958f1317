import { describe, expect, it, vi } from 'vitest';
import { routing } from '@/lib/i18n/routing';
import { MAX_QUERY_LENGTH, MAX_QUERY_PARAMS } from '@/lib/security/limits';
import { answerAsCheckPage } from '@/lib/security/pages-route';
import { SERVED_ROUTES } from '@/scripts/postbuild/document-routes.mjs';

// next-intl's middleware imports `next/server` in a way vitest's resolver does not follow.
vi.mock('next-intl/middleware', async () => {
  const { NextResponse: Response } = await import('next/server');
  return { default: () => () => Response.next() };
});

// The result (the Pages Router's page) is outside the proxy's matcher and does the proxy's work itself
// (lib/security/pages-route.ts). A matcher must be a literal, so the locales and the route it leaves
// out are written there by hand: they must be exactly routing's locales and document-routes' Pages
// Router routes. tests/built/layer-real.test.ts checks the matcher Next really compiled.
describe('the proxy leaves out the Pages Router\'s pages, and only those', () => {
  it('names every locale and every Pages Router route in its exception, as exact paths', async () => {
    const pagesRoutes = SERVED_ROUTES.filter((r) => r.router === 'pages').map((r) => r.route.replace(/^\/\[locale\]\//, ''));
    const { config } = await import('@/proxy');
    const routes = pagesRoutes.length === 1 ? pagesRoutes[0] : `(?:${pagesRoutes.join('|')})`;
    const exception = `(?:${routing.locales.join('|')})/${routes}$`;
    expect(config.matcher).toBe(`/((?!_next/static/|${exception}).*)`);
  });

  it('answers a link beyond the query\'s bounds itself, with the short page the proxy gives (414, 400), and renders nothing', async () => {
    const cases: [string, number][] = [
      [`/zh-CN/check/result?v=1&x=${'a'.repeat(MAX_QUERY_LENGTH)}`, 414],
      [`/en/check/result?${Array.from({ length: MAX_QUERY_PARAMS + 1 }, (_, i) => `k${i}=1`).join('&')}`, 400],
    ];
    for (const [url, status] of cases) {
      for (const method of ['GET', 'HEAD']) {
        const label = `${status} ${method}`;
        const headers = new Map<string, string>();
        let body: unknown = 'not ended';
        const res = { statusCode: 200, setHeader: (k: string, v: string) => headers.set(k.toLowerCase(), v), end: (b?: unknown) => { body = b; } };
        expect(await answerAsCheckPage({ url, method } as never, res as never, false), label).toBe(true);
        expect(res.statusCode, label).toBe(status);
        expect(headers.get('content-type'), label).toMatch(/^text\/html/);
        if (method === 'GET') expect(String(body), label).toContain(`<title>${status} `);
        else expect(body, label).toBeUndefined();
      }
    }
    // Within the bounds: headers only, the page renders.
    const res = { statusCode: 200, setHeader: () => {}, end: () => { throw new Error('ended'); } };
    expect(await answerAsCheckPage({ url: '/zh-CN/check/result?v=1&w=self', method: 'GET' } as never, res as never, false)).toBe(false);
  });
});
