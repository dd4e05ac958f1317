'use client';

import { usePathname } from 'next/navigation';
import { routing, type Locale } from '@/lib/i18n/routing';

type Props = { current: Locale; label: string; ariaLabel: string };

/** Swaps the locale segment of the current path, so the reader stays on the same page. */
export function switchLocalePath(pathname: string, target: Locale): string {
  const parts = pathname.split('/');
  if ((routing.locales as readonly string[]).includes(parts[1] ?? '')) parts[1] = target;
  else parts.splice(1, 0, target);
  return parts.join('/') || `/${target}`;
}

export function LanguageSwitcher({ current, label, ariaLabel }: Props) {
  const pathname = usePathname() ?? `/${current}`;
  const target: Locale = current === 'zh-CN' ? 'en' : 'zh-CN';
  const href = switchLocalePath(pathname, target);
  return (
    <a
      href={href}
      hrefLang={target}
      lang={target}
      aria-label={ariaLabel}
      className="inline-flex min-h-11 items-center rounded-md border-2 border-brand px-3 font-semibold no-underline hover:bg-brand-light"
      // Keep the wizard's answers (the query string) when switching language.
      onClick={(e) => {
        if (window.location.search) e.currentTarget.href = href + window.location.search;
      }}
    >
      {label}
    </a>
  );
}
