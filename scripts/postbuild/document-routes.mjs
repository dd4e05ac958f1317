// Which pages rendered per request leave the standalone server without Next's runtime: the one
// list. Plain data and one matcher, with no import, so that every side reads the same thing:
//  - strip-prerendered.mjs (at build time) checks each `document` route's client-reference manifest
//    and lists the routes in the build's manifest;
//  - document-response.mjs (in the standalone server) buffers the answers to requests for any of
//    these pages (layerPath), and changes those the proxy marked;
//  - lib/known-paths.ts (the proxy) marks a page `document` or `deferred` by the route it belongs
//    to (routeOfPage), the document ones only if the build's manifest lists their route;
//  - lib/document-manifest.ts names the manifest file by MANIFEST.
// standalone.mjs copies this file next to the server (SERVER_FILES). Type declarations:
// document-routes.d.mts. Routes are App Router routes (app/…), but those marked `router: 'pages'`,
// which the Pages Router renders (pages/…, without Next's runtime: docs/decisions/0006-result-pipeline.md);
// `[locale]` is the locale segment.

/** The build's list of pages served as documents, in its build folder (and in the standalone server's copy). */
export const MANIFEST = 'documents.json';

/**
 * `document`: sent as a document, every script removed but the hashed enhancements the page's CSP
 * allows (the questions, "check your answers", the result, the poster, the household list).
 * `deferred`: the two forms that carry React (the household editor, the quick entry): their runtime
 * is loaded at the first sign of use (deferRuntime in document-response.mjs).
 */
export const SERVED_ROUTES = Object.freeze([
  { route: '/[locale]/check/[step]', serve: 'document' },
  { route: '/[locale]/check/answers', serve: 'document' },
  { route: '/[locale]/check/result', serve: 'document', router: 'pages' },
  { route: '/[locale]/poster', serve: 'document' },
  { route: '/[locale]/household', serve: 'document' },
  { route: '/[locale]/household/edit', serve: 'deferred' },
  { route: '/[locale]/check/all', serve: 'deferred' },
].map((r) => Object.freeze(r)));

/** The routes served as documents (`serve: 'document'`), as the build checks them and its manifest lists them. */
export const DOCUMENT_ROUTES = Object.freeze(SERVED_ROUTES.filter((r) => r.serve === 'document').map((r) => r.route));

/** A route's segments after `[locale]`. */
const segmentsOf = (route) => route.split('/').filter(Boolean).slice(1);
const isParam = (segment) => /^\[[^\]]+\]$/.test(segment);

/**
 * The listed route that serves `page`, the part of a path after its locale ('/check/age',
 * '/household/edit'), with its dynamic segments, or null. A static segment wins over a dynamic one,
 * as in the App Router ('/check/all' is its own route, not a [step]).
 */
export function routeOfPage(page) {
  const parts = String(page).split('/').filter(Boolean);
  let best = null;
  for (const entry of SERVED_ROUTES) {
    const segments = segmentsOf(entry.route);
    if (segments.length !== parts.length) continue;
    const params = {};
    let staticCount = 0;
    let ok = true;
    for (let i = 0; i < segments.length && ok; i++) {
      const segment = segments[i];
      if (isParam(segment)) params[segment.slice(1, -1)] = parts[i];
      else if (segment === parts[i]) staticCount += 1;
      else ok = false;
    }
    if (ok && (!best || staticCount > best.staticCount)) best = { ...entry, params, staticCount };
  }
  if (!best) return null;
  return { route: best.route, serve: best.serve, ...(best.router ? { router: best.router } : {}), params: best.params };
}

/**
 * The request paths (with their query) the server's layer buffers: a locale, then a page of a listed
 * route. Any value fills a dynamic segment here; the proxy decides which pages are really marked.
 */
export const LAYER_PATH = new RegExp(`^/[^/?#]+/(?:${SERVED_ROUTES.map((r) =>
  segmentsOf(r.route).map((s) => (isParam(s) ? '[^/?#]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')).join('|')})(?:\\?|$)`);
