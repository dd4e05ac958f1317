/**
 * How an unknown path reaches the localized 404 page without a proxy rewrite.
 *
 * A rewrite made in proxy.ts is an absolute URL, and Next compares its origin with the address the
 * server is bound to. Bound to 127.0.0.1 (as behind a reverse proxy), Next's NextURL has turned
 * the request's host into `localhost`, so the rewrite looks external and is proxied over HTTP to
 * the server itself (vercel/next.js#94745): a loop until a 30 s timeout, or, with
 * `X-Forwarded-Proto: https`, an immediate 500. So the proxy only marks the request (this header,
 * valued with the locale) and answers it with status 404, and a rewrite in next.config.ts, which Next
 * applies internally whatever the binding, sends it to `/{locale}/missing` once.
 *
 * The proxy removes the header from every request it sees, so only the proxy can set it; the
 * rewrite leaves `/_next/static/`, the one path the proxy does not see, alone.
 * (No imports here: next.config.ts loads this file.)
 */
export const NOT_FOUND_HEADER = 'x-yibao-not-found';

export const notFoundRewrite = {
  source: '/:path((?!_next/static/).*)',
  has: [{ type: 'header' as const, key: NOT_FOUND_HEADER, value: '(?<locale>zh-CN|en)' }],
  destination: '/:locale/missing',
};
