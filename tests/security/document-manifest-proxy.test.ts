import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { guideSlugs } from '@/lib/content/catalogue';
import { QUESTION_IDS } from '@/lib/rules/flow';
import { DEFERRED_MARK, DOCUMENT_HEADER } from '@/lib/security/headers';
import { INLINE_SCRIPT_HASHES, PRERENDERED_SCRIPT_HASHES } from '@/lib/security/inline-scripts';
import { DOCUMENT_ROUTES } from '@/scripts/postbuild/document-routes.mjs';

// next-intl's middleware imports `next/server` in a way vitest's resolver does not follow; for
// locale-prefixed pages it passes the request on, as this stand-in does.
vi.mock('next-intl/middleware', async () => {
  const { NextResponse: Response } = await import('next/server');
  return { default: () => () => Response.next() };
});

// The proxy takes the script-free pages and routes from the manifest the post-build step wrote
// (lib/document-manifest.ts), not from a list of its own: exactly the pages listed there get
// `script-src` with the care script's hash alone and the CDN-cacheable Cache-Control; the check's pages of the routes listed
// there get a policy allowing only the hashed enhancement scripts, and the mark by which the
// standalone server strips them; every other page gets a nonce.
const locales = ['zh-CN', 'en'];
const stripped = locales.flatMap((l) => ['', '/guides', '/check', ...guideSlugs.map((s) => `/guides/${s}`)].map((p) => `/${l}${p}`));
const perRequest = locales.flatMap((l) => ['/check/answers', '/check/result', '/poster', '/household', ...QUESTION_IDS.map((q) => `/check/${q}`)].map((p) => `/${l}${p}`));
const ROUTES = [...DOCUMENT_ROUTES];
const HASHES = `script-src ${INLINE_SCRIPT_HASHES.join(' ')}`;

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'document-manifest-proxy-'));
  vi.resetModules();
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('YIBAO_DIST_DIR', path.join(dir, '.next'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function writeManifest(pages: string[], routes = ROUTES, special = ['/_global-error', '/_not-found']) {
  mkdirSync(path.join(dir, '.next'), { recursive: true });
  writeFileSync(path.join(dir, '.next', 'documents.json'), JSON.stringify({ format: 2, next: '16.4.6', pages, special, routes }));
}

/** The Pages Router's page, outside the proxy's matcher (proxy.ts, `config`): it sets its headers itself. */
const PAGES_ROUTER_PAGE = /^\/(?:zh-CN|en)\/check\/result$/;

/** A page's policy, Cache-Control and mark, from the proxy or, for the result, from the page's own step. */
async function cspOf(pathname: string): Promise<{ csp: string; cache: string | null; marked: boolean }> {
  if (PAGES_ROUTER_PAGE.test(pathname)) {
    const { answerAsCheckPage } = await import('@/lib/security/pages-route');
    const headers = new Map<string, string>();
    const res = { statusCode: 200, setHeader: (k: string, v: string) => headers.set(k.toLowerCase(), v), end: () => {} };
    const answered = await answerAsCheckPage({ url: pathname, method: 'GET' } as never, res as never, process.env.NODE_ENV === 'development');
    expect(answered, pathname).toBe(false);
    return { csp: headers.get('content-security-policy') ?? '', cache: headers.get('cache-control') ?? null, marked: headers.has(DOCUMENT_HEADER) };
  }
  const { default: proxy } = await import('@/proxy');
  const res = proxy(new NextRequest(`http://localhost${pathname}`));
  return { csp: res.headers.get('content-security-policy') ?? '', cache: res.headers.get('cache-control'), marked: res.headers.has(DOCUMENT_HEADER) };
}

describe('the proxy\'s prerendered pages are the manifest\'s', () => {
  it('every page the manifest lists, and no other page, is served under a script-src of the care script alone and may be cached by a CDN', async () => {
    writeManifest(stripped);
    const { isDocumentOnlyPath } = await import('@/lib/known-paths');
    for (const page of [...stripped, ...perRequest]) {
      const listed = stripped.includes(page);
      expect(isDocumentOnlyPath(page), page).toBe(listed);
      expect(isDocumentOnlyPath(`${page}/`), `${page}/`).toBe(listed);
      const { csp, cache, marked } = await cspOf(page);
      if (listed) {
        // The care mode's script alone (docs/care-mode.md).
        expect(csp, page).toContain(`script-src ${PRERENDERED_SCRIPT_HASHES.join(' ')};`);
        expect(cache, page).toMatch(/^public, .*s-maxage=/);
      } else {
        // The check's pages: only the hashed enhancements may run, and the standalone server strips them.
        expect(csp, page).toContain(`${HASHES};`);
        expect(csp, page).not.toContain('nonce');
      }
      expect(marked, page).toBe(!listed);
    }
    // The reminder (a route handler) and unknown steps are neither.
    for (const p of ['/en/check/reminder', '/en/check/nope', '/en/missing']) {
      const { csp, marked } = await cspOf(p);
      expect(csp, p).toMatch(/script-src 'self' 'nonce-/);
      expect(marked, p).toBe(false);
    }
    // The two forms that carry React keep a nonce, with the mark that makes their runtime load on intent.
    for (const p of ['/zh-CN/household/edit', '/en/check/all']) {
      const { default: proxy } = await import('@/proxy');
      const res = proxy(new NextRequest(`http://localhost${p}`));
      expect(res.headers.get('content-security-policy'), p).toMatch(/script-src 'self' 'nonce-/);
      expect(res.headers.get(DOCUMENT_HEADER), p).toBe(DEFERRED_MARK);
    }
    // Next's special pages are listed apart and never matched by a path.
    for (const p of ['/_not-found', '/_global-error', '/en/_not-found', '/', '/fr/guides']) expect(isDocumentOnlyPath(p), p).toBe(false);
  });

  it('follows the manifest, whatever it lists (a page the build stopped prerendering, or a route it did not check, gets a nonce)', async () => {
    writeManifest(['/en/guides/faq'], ['/[locale]/check/result']);
    const { isDocumentOnlyPath, isDocumentRoutePath } = await import('@/lib/known-paths');
    expect(stripped.filter((p) => isDocumentOnlyPath(p))).toEqual(['/en/guides/faq']);
    expect(perRequest.filter((p) => isDocumentRoutePath(p))).toEqual(['/zh-CN/check/result', '/en/check/result']);
    expect((await cspOf('/zh-CN/guides/faq')).csp).toMatch(/'nonce-/);
    const question = await cspOf('/zh-CN/check/age');
    expect(question.csp).toMatch(/'nonce-/);
    expect(question.marked).toBe(false);
  });

  it('without a manifest, or with one it cannot read, no page goes without a nonce (the result, with no script at all, keeps its hashes), and it says so once', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { isDocumentOnlyPath, isDocumentRoutePath } = await import('@/lib/known-paths');
    expect(stripped.some((p) => isDocumentOnlyPath(p))).toBe(false);
    expect(perRequest.some((p) => isDocumentRoutePath(p))).toBe(false);
    expect((await cspOf('/en/guides')).csp).toMatch(/'nonce-/);
    // The result, which carries no Next script in production, keeps its policy; unmarked, it is not kept.
    const result = await cspOf('/en/check/result');
    expect(result.csp).toContain(`${HASHES};`);
    expect(result.csp).not.toContain('nonce');
    expect(result.marked).toBe(false);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/documents\.json not found; every page gets a nonce/);

    vi.resetModules();
    mkdirSync(path.join(dir, '.next'), { recursive: true });
    writeFileSync(path.join(dir, '.next', 'documents.json'), JSON.stringify({ format: 1, next: '16.4.6', pages: stripped, special: [] }));
    const again = await import('@/lib/known-paths');
    expect(stripped.some((p) => again.isDocumentOnlyPath(p))).toBe(false);
    expect(String(log.mock.calls[1]?.[0])).toMatch(/cannot be read \(not a documents manifest of format 2/);
  });

  it('in next dev no page goes without a nonce, even with a manifest from an earlier build; the enhancements still run', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    writeManifest(stripped);
    const { isDocumentOnlyPath, isDocumentRoutePath } = await import('@/lib/known-paths');
    expect(stripped.some((p) => isDocumentOnlyPath(p))).toBe(false);
    expect(perRequest.some((p) => isDocumentRoutePath(p))).toBe(false);
    const { csp, marked } = await cspOf('/en/check/answers');
    expect(csp).toMatch(/'nonce-[^']+' 'strict-dynamic' 'sha256-/);
    expect(marked).toBe(false);
    // The result (outside the proxy) sets no policy in dev: Next's dev scripts run.
    expect(await cspOf('/en/check/result')).toEqual({ csp: '', cache: 'private, no-store', marked: false });
  });
});
