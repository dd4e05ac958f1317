import { guideSlugs } from '@/lib/content/catalogue';
import { QUESTION_IDS } from '@/lib/rules/flow';
import { routing } from '@/lib/i18n/routing';

const pages = new Set<string>(['', '/guides', '/check', '/check/answers', '/check/result', '/check/reminder',
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

const documentOnly = new Set<string>(['', '/guides', '/check', ...guideSlugs.map((s) => `/guides/${s}`)]);

/**
 * Whether `pathname` is a prerendered page, served without any script (home, guide index, the
 * check's start page, guides; see scripts/postbuild/document-only.mjs). Every other page is
 * rendered per request.
 */
export function isDocumentOnlyPath(pathname: string): boolean {
  const page = pagePart(pathname);
  return page !== null && documentOnly.has(page);
}
