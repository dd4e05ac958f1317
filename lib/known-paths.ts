import { guideSlugs } from '@/lib/content/catalogue';
import { QUESTION_IDS } from '@/lib/rules';
import { routing } from '@/lib/i18n/routing';
import { ALL_SOURCES_PAGES, pagePath } from '@/lib/sources-links';
import { manifestFile, readDocumentManifest, type Documents } from '@/lib/document-manifest';
import { routeOfPage } from '@/scripts/postbuild/document-routes.mjs';

const pages = new Set<string>(['', '/guides', '/search', '/sources', '/sources/changes', '/sources/changes.xml', '/check', '/check/answers', '/check/result', '/check/reminder', '/check/paper', '/check/all', '/household', '/household/edit', '/poster',
  ...ALL_SOURCES_PAGES.map(pagePath),
  ...guideSlugs.map((s) => `/guides/${s}`), ...QUESTION_IDS.map((q) => `/check/${q}`)]);

/** The part of a locale-prefixed path after the locale ('' for the home page), or null. */
function pagePart(pathname: string): string | null {
  const m = /^\/([^/]+)(\/.*)?$/.exec(pathname.replace(/\/$/, '') || '/');
  if (!m || !(routing.locales as readonly string[]).includes(m[1] ?? '')) return null;
  return m[2] ?? '';
}

/** Whether `pathname` (already locale-prefixed) names a page of the site. */
export function isKnownPath(pathname: string): boolean {
  const page = pagePart(pathname);
  return page !== null && pages.has(page);
}

let documentOnly: Documents | undefined;

/**
 * The pages and routes the build checked and serves without Next's scripts, as the post-build step
 * listed them in its manifest (lib/document-manifest.ts), read once. Outside production (`next dev`,
 * which renders every page with its scripts) there are none, and every page gets a nonce.
 */
function documentOnlyManifest(): Documents {
  documentOnly ??= process.env.NODE_ENV === 'production' ? readDocumentManifest(manifestFile()) : { pages: new Set(), routes: new Set() };
  return documentOnly;
}

/**
 * Whether `pathname` is a prerendered page, served without any script (home, guide index, the
 * check's start page, guides: whatever scripts/postbuild/strip-prerendered.mjs stripped and listed in
 * its manifest). A trailing slash is ignored; Next's own special pages (listed apart in the
 * manifest) are never matched by a path.
 */
export function isDocumentOnlyPath(pathname: string): boolean {
  const page = pathname.replace(/\/$/, '');
  return pagePart(page) !== null && documentOnlyManifest().pages.has(page);
}

/**
 * The route (scripts/postbuild/document-routes.mjs) that serves `pathname` if it is a page rendered
 * per request that leaves the server without Next's runtime, and how, or null. A [step] must be a
 * question of the check (the reminder, the paper form and unknown steps are not).
 */
function servedRouteOf(pathname: string): { route: string; serve: 'document' | 'deferred'; router?: 'pages' } | null {
  const page = pagePart(pathname.replace(/\/$/, ''));
  const served = page === null ? null : routeOfPage(page);
  if (!served) return null;
  const step = served.params.step;
  if (step !== undefined && !(QUESTION_IDS as readonly string[]).includes(step)) return null;
  return served;
}

/** The App Router route of a page served as a document (a question, "check your answers", the result, the poster, the household list), or null. */
export function checkRouteOf(pathname: string): string | null {
  const served = servedRouteOf(pathname);
  return served?.serve === 'document' ? served.route : null;
}

/**
 * Whether `pathname` is a page of the check rendered per request (a question, "check your answers",
 * the result) whose route the build checked and listed in the manifest's `routes`: the standalone
 * server takes Next's scripts out of its HTML, and only the hashed enhancement scripts may run on it.
 */
export function isDocumentRoutePath(pathname: string): boolean {
  const route = checkRouteOf(pathname);
  return route !== null && documentOnlyManifest().routes.has(route);
}

/**
 * Whether `pathname` is one of the two pages that carry React (the household editor and the quick
 * entry, lib/household/editor.ts): complete GET forms as sent, whose runtime the standalone server
 * makes load at the first focus or tap in the form (deferRuntime, scripts/postbuild/document-response.mjs).
 */
export function isDeferredRuntimePath(pathname: string): boolean {
  return servedRouteOf(pathname)?.serve === 'deferred';
}

/**
 * The site icon's address with its content hash, as the App Router writes it into every page's
 * <head> (the post-build step reads it off a prerendered page into the manifest): for the result,
 * which the Pages Router renders (components/layout/HeadTags.tsx). Without a manifest, the plain address.
 */
export function siteIconHref(): string {
  return documentOnlyManifest().icon ?? '/icon.svg';
}
