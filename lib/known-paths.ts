import { guideSlugs } from '@/lib/content/catalogue';
import { QUESTION_IDS } from '@/lib/rules/flow';
import { routing } from '@/lib/i18n/routing';

const pages = new Set<string>(['', '/guides', '/check', '/check/answers', '/check/result', '/check/reminder',
  ...guideSlugs.map((s) => `/guides/${s}`), ...QUESTION_IDS.map((q) => `/check/${q}`)]);

/** Whether `pathname` (already locale-prefixed) names a page of the site. */
export function isKnownPath(pathname: string): boolean {
  const m = /^\/([^/]+)(\/.*)?$/.exec(pathname.replace(/\/$/, '') || '/');
  if (!m || !(routing.locales as readonly string[]).includes(m[1] ?? '')) return false;
  return pages.has(m[2] ?? '');
}

const documentOnly = new Set<string>(['', '/guides', ...guideSlugs.map((s) => `/guides/${s}`)]);

/**
 * Whether `pathname` is a prerendered page, served without any script (home, guide index, guides;
 * see scripts/postbuild/document-only.mjs). Every other page is rendered per request.
 */
export function isDocumentOnlyPath(pathname: string): boolean {
  const m = /^\/([^/]+)(\/.*)?$/.exec(pathname.replace(/\/$/, '') || '/');
  if (!m || !(routing.locales as readonly string[]).includes(m[1] ?? '')) return false;
  return documentOnly.has(m[2] ?? '');
}
