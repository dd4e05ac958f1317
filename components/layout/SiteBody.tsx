import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { SiteHeader } from './SiteHeader';
import { SiteFooter } from './SiteFooter';

/**
 * What every page's <body> holds around its content: the header, <main>, the footer. One component
 * for both routers: the App Router's layout (app/[locale]/layout.tsx) and the result page, which the
 * Pages Router renders (pages/[locale]/check/result.tsx, which gives `url`: see SiteHeader).
 * `reviewed`: lastReviewed() (lib/content/guides.ts), given by the caller: this reads no file.
 */
export function SiteBody({ locale, url, reviewed, children }: { locale: Locale; url?: { path: string; query: string }; reviewed: string; children: ReactNode }) {
  return (
    <>
      <SiteHeader locale={locale} url={url} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pt-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter locale={locale} reviewed={reviewed} />
    </>
  );
}

/** The class of every page's <body> (both routers). */
export const BODY_CLASS = 'flex min-h-screen flex-col';
