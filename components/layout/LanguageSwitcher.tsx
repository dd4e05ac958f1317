'use client';

import { Suspense } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { routing, type Locale } from '@/lib/i18n/routing';

type Props = { current: Locale; label: string; ariaLabel: string };

/** Swaps the locale segment of the current path, so the reader stays on the same page. */
export function switchLocalePath(pathname: string, target: Locale): string {
  const parts = pathname.split('/');
  if ((routing.locales as readonly string[]).includes(parts[1] ?? '')) parts[1] = target;
  else parts.splice(1, 0, target);
  return parts.join('/') || `/${target}`;
}

/**
 * A page rendered per request whose query string holds answers: the check's steps, answers and
 * result (/{locale}/check/<step>, not the prerendered paper check), the household list and the poster.
 */
export function keepsQuery(pathname: string): boolean {
  return /^\/[^/]+\/(?:check\/(?!paper$)[^/]+|household(?:\/edit)?|poster)$/.test(pathname);
}

const className = 'inline-flex min-h-12 min-w-12 items-center justify-center whitespace-nowrap rounded-md border-2 border-brand px-3 font-semibold no-underline hover:bg-brand-light';

function SwitchLink({ href, target, label, ariaLabel }: { href: string; target: Locale; label: string; ariaLabel: string }) {
  return <a href={href} hrefLang={target} lang={target} aria-label={ariaLabel} className={className}>{label}</a>;
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
