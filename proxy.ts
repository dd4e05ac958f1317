import createMiddleware from 'next-intl/middleware';
import type { NextRequest } from 'next/server';
import { routing } from './lib/i18n/routing';
import { cacheControlFor, contentSecurityPolicy } from './lib/security/headers';

const handleI18nRouting = createMiddleware(routing);

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Locale routing (next-intl) plus a fresh CSP nonce per request. Next reads the nonce from the
 * request's Content-Security-Policy header and puts it on its own scripts.
 */
export default function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy(nonce(), { dev: process.env.NODE_ENV === 'development' });
  request.headers.set('content-security-policy', csp);
  const response = handleI18nRouting(request);
  response.headers.set('content-security-policy', csp);
  const cacheControl = response.status === 200 ? cacheControlFor(request.nextUrl.pathname) : null;
  if (cacheControl) response.headers.set('cache-control', cacheControl);
  return response;
}

// Everything except Next internals and files with an extension (icon.svg, robots.txt, sitemap.xml).
export const config = { matcher: '/((?!api|_next|_vercel|.*\\..*).*)' };
