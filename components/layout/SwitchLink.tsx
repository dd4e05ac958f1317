import { routing, type Locale } from '@/lib/i18n/routing';

const className = 'inline-flex min-h-12 min-w-12 items-center justify-center whitespace-nowrap rounded-md border-2 border-brand px-3 font-semibold no-underline hover:bg-brand-light';

/**
 * The link to the same page in the other language (LanguageSwitcher works out `href` from the path;
 * a page that knows its own URL, the result under the Pages Router, gives it to SiteHeader).
 */
export function SwitchLink({ href, target, label, ariaLabel }: { href: string; target: Locale; label: string; ariaLabel: string }) {
  return <a href={href} hrefLang={target} lang={target} aria-label={ariaLabel} className={className}>{label}</a>;
}

/** Swaps the locale segment of the current path, so the reader stays on the same page. */
export function switchLocalePath(pathname: string, target: Locale): string {
  const parts = pathname.split('/');
  if ((routing.locales as readonly string[]).includes(parts[1] ?? '')) parts[1] = target;
  else parts.splice(1, 0, target);
  return parts.join('/') || `/${target}`;
}
