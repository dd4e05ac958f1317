'use client';

import { Suspense } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { SwitchLink, switchLocalePath } from './SwitchLink';

export { switchLocalePath };

type Props = { current: Locale; label: string; ariaLabel: string };

/**
 * A page rendered per request whose query string holds answers: the check's steps, answers and
 * result (/{locale}/check/<step>, not the prerendered paper check), the household list and the poster.
 */
export function keepsQuery(pathname: string): boolean {
  return /^\/[^/]+\/(?:check\/(?!paper$)[^/]+|household(?:\/edit)?|poster)$/.test(pathname);
}


/** On the check's pages: the same link with the whole query string, so no answer is lost. */
function WithQuery({ path, target, label, ariaLabel }: { path: string; target: Locale; label: string; ariaLabel: string }) {
  // Read while the server renders the page (these pages are rendered per request); the link is
  // complete in the HTML, and no script is needed to follow it.
  const query = useSearchParams()?.toString() ?? '';
  return <SwitchLink href={query ? `${path}?${query}` : path} target={target} label={label} ariaLabel={ariaLabel} />;
}

/**
 * The link to the same page in the other language, complete as the server renders it: it runs no
 * script in the browser (the pages that carry it are served without Next's scripts). A client
 * component only because the layout does not know the page's path. On the check's pages it keeps
 * the query string (the answers); prerendered pages have none, and never read it (which would make
 * Next render them in the browser).
 */
export function LanguageSwitcher({ current, label, ariaLabel }: Props) {
  const pathname = usePathname() ?? `/${current}`;
  const target: Locale = current === 'zh-CN' ? 'en' : 'zh-CN';
  const path = switchLocalePath(pathname, target);
  const plain = <SwitchLink href={path} target={target} label={label} ariaLabel={ariaLabel} />;
  if (!keepsQuery(pathname)) return plain;
  // Rendered per request, the query is there at once and the boundary resolves in the HTML; the
  // fallback only serves Next's attempt to prerender the route at build time, which it then drops.
  // (Were it ever left unresolved, the standalone server would refuse the page: document-response.mjs.)
  return <Suspense fallback={plain}><WithQuery path={path} target={target} label={label} ariaLabel={ariaLabel} /></Suspense>;
}
