/**
 * What the proxy removes from every request before anything reads it (proxy.ts):
 * - the site's own internal headers, `x-yibao-*` (the 404 mark, lib/security/not-found.ts; the
 *   document mark, lib/security/headers.ts): only the site may set them, never a client;
 * - the headers of Next's client router (`RSC`, `Next-Router-*`, `Next-URL`, …). No page of the site
 *   uses that router (pages are documents and GET forms; the two forms that load React navigate with
 *   ordinary links), so no answer may differ by them: one `RSC: 1` made Next answer a page with a
 *   redirect to `<page>?_rsc=…`, which a shared cache then gave everyone (issue 24). In `next dev`
 *   the router is used (hot reloading), so they are kept there.
 * (No imports here: proxy.ts loads this file.)
 */
export const INTERNAL_HEADER_PREFIX = 'x-yibao-';

/** Next's client-router request headers (next/dist/client/components/app-router-headers). */
export const ROUTER_HEADERS: readonly string[] = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-router-stale-time',
  'next-url',
  'next-action',
  'next-hmr-refresh',
  'next-test-fetch-priority',
];

const isRouterHeader = (name: string) => ROUTER_HEADERS.includes(name) || name.startsWith('next-router-');

/** Removes, in place, the headers no client may set (and, outside `next dev`, the client router's). Returns their names. */
export function stripUntrustedHeaders(headers: Headers, { dev = false }: { dev?: boolean } = {}): string[] {
  const names: string[] = [];
  headers.forEach((_value, name) => {
    const n = name.toLowerCase();
    if (n.startsWith(INTERNAL_HEADER_PREFIX) || (!dev && isRouterHeader(n))) names.push(n);
  });
  for (const n of names) headers.delete(n);
  return names;
}
