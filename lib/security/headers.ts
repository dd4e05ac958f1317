/**
 * Security headers for every response. Scripts run only from this origin and only what each kind of
 * page needs (no 'unsafe-eval', no 'unsafe-inline' for scripts):
 * - prerendered pages ship no script but the care mode's (scripts/postbuild/strip-prerendered.mjs), allowed
 *   by its hash alone (`PRERENDERED_SCRIPT_HASHES`, docs/care-mode.md); root files get `script-src 'none'`;
 * - the check's pages are documents too (the standalone server removes Next's runtime from them) and
 *   run only the small inline enhancements listed by hash (`hashes`, lib/security/inline-scripts.ts);
 * - any other page rendered per request (the 404 page, or every page in `next dev`) runs Next's
 *   scripts with the per-request `nonce`, plus the hashed enhancements.
 * Styles allow inline style attributes, which React and the QR code use; no style is ever loaded from
 * elsewhere.
 */
export function contentSecurityPolicy({ nonce = null, hashes = [], dev = false }: { nonce?: string | null; hashes?: readonly string[]; dev?: boolean } = {}): string {
  const scripts = nonce !== null
    // 'strict-dynamic' lets Next's own nonce-carrying bootstrap load its chunks; dev needs eval for HMR.
    ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${hashes.map((h) => ` ${h}`).join('')}${dev ? " 'unsafe-eval'" : ''}`
    : hashes.length > 0 ? `script-src ${hashes.join(' ')}` : "script-src 'none'";
  return [
    "default-src 'self'",
    scripts,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join('; ');
}

/**
 * Marks a response for the standalone server (scripts/postbuild/document-response.mjs, which names it
 * too), which removes the header as it sends it. DOCUMENT_MARK: the check's pages, from which it
 * removes Next's scripts; only the proxy sets it, on the responses of the pages the build checked
 * (lib/known-paths.ts). DEFERRED_MARK: the two forms that carry React (the household editor, the
 * quick entry), whose scripts it makes load at the first focus or tap in the form.
 */
export const DOCUMENT_HEADER = 'x-yibao-document';
/** DOCUMENT_HEADER's values: a document (no Next runtime), or a form whose runtime loads on intent. */
export const DOCUMENT_MARK = '1';
export const DEFERRED_MARK = 'defer';

/** Features this site never uses, switched off for it and anything it might embed. */
export const permissionsPolicy = [
  'accelerometer=()', 'autoplay=()', 'camera=()', 'display-capture=()', 'encrypted-media=()', 'fullscreen=()',
  'geolocation=()', 'gyroscope=()', 'magnetometer=()', 'microphone=()', 'midi=()', 'payment=()',
  'picture-in-picture=()', 'publickey-credentials-get=()', 'screen-wake-lock=()', 'sync-xhr=()', 'usb=()',
  'xr-spatial-tracking=()', 'interest-cohort=()', 'browsing-topics=()',
].join(', ');

/** Headers for every response (next.config.ts adds them; the proxy adds the CSP). */
export const staticSecurityHeaders: Array<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: permissionsPolicy },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // HSTS only matters over HTTPS; browsers ignore it on http://localhost.
  ...(process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
];

/**
 * Prerendered pages (`prerendered`, from lib/known-paths.ts: home, guide index, guides, the check's
 * start page; and the changelog's feed) hold nothing about the reader, so a CDN or the reverse proxy may keep them for a while.
 * Results carry answers in their URL (such as 低保 or 残疾), so they are `private, no-store`: no
 * shared cache keeps them (see docs/serving.md for the trade-off).
 * Question pages with answers get Next's own `no-store` (null here). A search with a query
 * (`search`, the URL's query string) is `private, no-store` too: a query can say something about
 * the reader, and no shared cache should key a copy by it.
 * (No imports here: next.config.ts loads this file too.)
 */
export function cacheControlFor(pathname: string, prerendered: boolean, search = ''): string | null {
  if (/^\/(zh-CN|en)\/check\/result$/.test(pathname)) return 'private, no-store';
  if (/^\/(zh-CN|en)\/search$/.test(pathname) && new URLSearchParams(search).has('q')) return 'private, no-store';
  // The changelog's Atom feed is prerendered too (a route, not an HTML page): cached like the pages,
  // so that a feed reader sees a new entry within the hour after a deploy.
  if (prerendered || /^\/(zh-CN|en)\/sources\/changes\.xml$/.test(pathname)) return 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400';
  return null;
}
