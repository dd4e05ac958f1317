import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, routing, type Locale } from './lib/i18n/routing';
import { DEFERRED_MARK, DOCUMENT_HEADER, DOCUMENT_MARK, cacheControlFor, contentSecurityPolicy } from './lib/security/headers';
import { INLINE_SCRIPT_HASHES, PRERENDERED_SCRIPT_HASHES } from './lib/security/inline-scripts';
import { queryLimitResponse, shortPage } from './lib/security/limits';
import { NOT_FOUND_HEADER } from './lib/security/not-found';
import { stripUntrustedHeaders } from './lib/security/request-headers';
import { isDeferredRuntimePath, isDocumentOnlyPath, isDocumentRoutePath, isKnownPath } from './lib/known-paths';
import { CHECK_PAGE_CSP } from './lib/security/pages-route';
import { isApiPath } from './lib/api/paths';
import { OG_IMAGE } from './lib/metadata';
import { apiMethodNotAllowed, apiProxy, apiQueryLimitResponse } from './lib/api/proxy';

const handleI18nRouting = createMiddleware(routing);

/**
 * Files at the root that Next serves itself (app/icon.svg, app/robots.ts, app/sitemap.ts, and the
 * preview images in public/, lib/metadata.ts): exact names.
 */
const ROOT_FILES = new Set(['/icon.svg', '/robots.txt', '/sitemap.xml', ...routing.locales.map(OG_IMAGE.path)]);

/**
 * The policies that do not change from request to request (no nonce), made once: with nothing for
 * scripts (root files), the care mode's script (prerendered pages), the hashed enhancements (the
 * check's pages).
 */
const CSP_NONE = contentSecurityPolicy();
const CSP_PRERENDERED = contentSecurityPolicy({ hashes: PRERENDERED_SCRIPT_HASHES });

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Paths whose decoded form still holds a "%" (e.g. /en/%25), or that do not decode, would make
 * Next fail to decode route params: they get the 404 page.
 */
function isSafePath(pathname: string): boolean {
  try {
    return !decodeURIComponent(pathname).includes('%');
  } catch {
    return false;
  }
}

/**
 * The localized 404 page, status 404, without a rewrite here: the request is marked, and the
 * rewrite in next.config.ts serves `/{locale}/missing` (why: lib/security/not-found.ts).
 */
function notFound(request: NextRequest, locale: Locale): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(NOT_FOUND_HEADER, locale);
  return NextResponse.next({ status: 404, request: { headers } });
}

/**
 * Every request except Next's static files comes through here (`config` below), and gets, in order:
 * - 405 with a short page for any method but GET and HEAD (the site has no forms that post);
 * - 414/400 with a short page for a query string beyond the site's own formats (lib/security/limits.ts);
 *   under /api, these two are JSON (lib/api/proxy.ts);
 * - 404 with a short page for Next's internal paths this site does not use (/_next/data, /_next/image);
 * - a 308 without the trailing slash, carrying the security headers;
 * - locale routing (next-intl; the redirect from `/` varies with Accept-Language), or the localized 404;
 * - the CSP. Prerendered pages carry no script at all and get a policy that allows none. The check's
 *   pages (rendered per request) are documents too: they get a policy that allows only the hashed
 *   enhancement scripts, and a mark (DOCUMENT_HEADER) on their response, by which the standalone
 *   server removes Next's scripts from them (scripts/postbuild/document-response.mjs). Other pages
 *   rendered per request (the 404 page) get a fresh nonce: Next reads it from the request's
 *   Content-Security-Policy header and puts it on its own scripts. The two forms that carry React
 *   (the household editor, the quick entry) get a nonce too, and a mark by which the standalone
 *   server makes their scripts load at the first focus or tap in the form. In `next dev` every page
 *   is rendered per request with its scripts, so every page gets a nonce there.
 */
export default function proxy(request: NextRequest) {
  const dev = process.env.NODE_ENV === 'development';
  // Only this proxy may mark a request (x-yibao-*), and no answer differs by Next's client-router
  // headers (lib/security/request-headers.ts). Every response below that passes the request on
  // passes these headers with it: Next then drops from the request what is not among them.
  stripUntrustedHeaders(request.headers, { dev });
  const { pathname } = request.nextUrl;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    if (isApiPath(pathname)) return apiMethodNotAllowed();
    return shortPage(405, { zh: '不支持此请求方法', en: 'Method not allowed' },
      { zh: '本站只接受 GET 和 HEAD 请求。', en: 'This site only answers GET and HEAD requests.' }, { allow: 'GET, HEAD' });
  }
  const tooLarge = isApiPath(pathname) ? apiQueryLimitResponse(request.url) : queryLimitResponse(request.url);
  if (tooLarge) return tooLarge;

  // The JSON API (/api/v1/*): no locale, a CSP for JSON, and a JSON 404 for unknown paths (lib/api/proxy.ts).
  if (isApiPath(pathname)) return apiProxy(request);
  // Next presents /_next/data/<build>/<page>.json (the Pages Router's data, unused here) as the
  // page's own path, marked with this header.
  if (!dev && (request.headers.has('x-nextjs-data') || pathname.startsWith('/_next/'))) {
    return shortPage(404, { zh: '找不到这个地址', en: 'Not found' }, { zh: '本站不使用这个地址。', en: 'This site does not use this address.' });
  }

  const prerendered = isDocumentOnlyPath(pathname);
  // The check's pages, served without Next's scripts by the standalone server (lib/known-paths.ts).
  const checkPage = !dev && isDocumentRoutePath(pathname);
  // Prerendered pages run the care mode's script only (lib/security/inline-scripts.ts); root files none.
  const csp = !dev && ROOT_FILES.has(pathname) ? CSP_NONE
    : !dev && prerendered ? CSP_PRERENDERED
    : checkPage ? CHECK_PAGE_CSP
    : contentSecurityPolicy({ nonce: nonce(), hashes: INLINE_SCRIPT_HASHES, dev });
  request.headers.set('content-security-policy', csp);
  const first = pathname.split('/')[1];
  const prefixed = isLocale(first);
  let response: NextResponse;
  if (pathname.length > 1 && pathname.endsWith('/')) {
    response = NextResponse.redirect(new URL(`${pathname.replace(/\/+$/, '') || '/'}${request.nextUrl.search}`, request.url), 308);
  } else if (ROOT_FILES.has(pathname)) {
    response = NextResponse.next({ request: { headers: request.headers } });
  } else if (!isSafePath(pathname) || (prefixed && !isKnownPath(pathname))) {
    response = notFound(request, prefixed ? first : routing.defaultLocale);
  } else {
    response = handleI18nRouting(request);
    // Which locale `/` (or any unprefixed path) redirects to depends on Accept-Language.
    if (!prefixed) response.headers.append('vary', 'Accept-Language');
  }
  response.headers.set('content-security-policy', csp);
  if (checkPage && response.status === 200) response.headers.set(DOCUMENT_HEADER, DOCUMENT_MARK);
  else if (!dev && response.status === 200 && isDeferredRuntimePath(pathname)) response.headers.set(DOCUMENT_HEADER, DEFERRED_MARK);
  const cacheControl = response.status === 200 ? cacheControlFor(pathname, prerendered, request.nextUrl.search) : null;
  if (cacheControl) response.headers.set('cache-control', cacheControl);
  return response;
}

// Every path except Next's static files, which are served as they are (running the proxy for them
// too made them 7 times slower), and the result, the one page the Pages Router renders
// (document-routes.mjs, `router: 'pages'`): it does what the proxy would do for it itself
// (lib/security/pages-route.ts), because Next's adapter around the proxy cost more than the work
// (docs/benchmark.md). Only that exact path is left out, in each locale: `/zh-CN/check/result/`
// still gets its redirect here. A test checks the locales and the route against routing.ts and
// document-routes.mjs (a matcher must be a literal). A POST to a static file never reaches Next: the
// standalone server answers it with a 405 (scripts/postbuild/bare-requests.mjs), as the reverse proxy
// does (deploy/nginx.conf). The files at the root come through here by their exact names.
export const config = { matcher: '/((?!_next/static/|(?:zh-CN|en)/check/result$).*)' };
