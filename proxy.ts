import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, routing } from './lib/i18n/routing';
import { cacheControlFor, contentSecurityPolicy } from './lib/security/headers';
import { isDocumentOnlyPath, isKnownPath } from './lib/known-paths';

const handleI18nRouting = createMiddleware(routing);

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Unknown paths under a locale are rewritten to the 404 page with status 404. Paths whose decoded
 * form still holds a "%" (e.g. /en/%25) would otherwise make Next fail to decode route params.
 */
function isSafePath(pathname: string): boolean {
  try {
    return !decodeURIComponent(pathname).includes('%');
  } catch {
    return false;
  }
}

function notFound(request: NextRequest): NextResponse {
  const first = request.nextUrl.pathname.split('/')[1];
  const locale = isLocale(first) ? first : routing.defaultLocale;
  return NextResponse.rewrite(new URL(`/${locale}/missing`, request.url), { status: 404, request: { headers: request.headers } });
}

/**
 * Locale routing (next-intl) plus the CSP. Pages rendered per request get a fresh nonce: Next reads
 * it from the request's Content-Security-Policy header and puts it on its own scripts. Prerendered
 * pages carry no script at all and get a policy that allows none (in `next dev` every page is
 * rendered per request with its scripts, so every page gets a nonce there).
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const dev = process.env.NODE_ENV === 'development';
  const prerendered = isDocumentOnlyPath(pathname);
  const csp = contentSecurityPolicy(!dev && prerendered ? null : nonce(), { dev });
  request.headers.set('content-security-policy', csp);
  const prefixed = isLocale(pathname.split('/')[1]);
  const response = !isSafePath(pathname) || (prefixed && !isKnownPath(pathname)) ? notFound(request) : handleI18nRouting(request);
  response.headers.set('content-security-policy', csp);
  const cacheControl = response.status === 200 ? cacheControlFor(pathname, prerendered) : null;
  if (cacheControl) response.headers.set('cache-control', cacheControl);
  return response;
}

// Everything except Next's own files and the few files at the root; paths with a dot under a
// locale (e.g. /en/x.y) still get the locale's 404 page.
export const config = { matcher: '/((?!_next/|_vercel|icon\\.svg|robots\\.txt|sitemap\\.xml|favicon\\.ico).*)' };
