import { guideSlugs } from '@/lib/content/catalogue';
import { QUESTION_IDS } from '@/lib/rules/flow';
import { routing } from '@/lib/i18n/routing';
import { manifestFile, readDocumentOnlyPages } from '@/lib/document-only';

const pages = new Set<string>(['', '/guides', '/search', '/sources', '/check', '/check/answers', '/check/result', '/check/reminder', '/check/paper', '/household',
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

let documentOnly: ReadonlySet<string> | undefined;

/**
 * The pages the build served without scripts, as the post-build step listed them in its manifest
 * (lib/document-only.ts), read once. Outside production (`next dev`, which renders every page with
 * its scripts) there are none, and every page gets a nonce.
 */
function documentOnlyPages(): ReadonlySet<string> {
  documentOnly ??= process.env.NODE_ENV === 'production' ? readDocumentOnlyPages(manifestFile()) : new Set();
  return documentOnly;
}

/**
 * Whether `pathname` is a prerendered page, served without any script (home, guide index, the
 * check's start page, guides: whatever scripts/postbuild/document-only.mjs stripped and listed in
 * its manifest). Every other page is rendered per request. A trailing slash is ignored; Next's own
 * special pages (listed apart in the manifest) are never matched by a path.
 */
export function isDocumentOnlyPath(pathname: string): boolean {
  const page = pathname.replace(/\/$/, '');
  return pagePart(page) !== null && documentOnlyPages().has(page);
}
