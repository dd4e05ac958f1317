import { DocLink } from './DocLink';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SwitchLink, switchLocalePath } from './SwitchLink';
import { SearchForm } from '@/components/search/SearchForm';
import { CARE_SCRIPT } from '@/lib/security/inline-scripts';

const other = (locale: Locale): Locale => (locale === 'zh-CN' ? 'en' : 'zh-CN');

/**
 * The site's header. `url` (path and query) is given by a page that knows its own address (the
 * result, rendered by the Pages Router, pages/[locale]/check/result.tsx): the language link is then
 * made here; without it the LanguageSwitcher reads the path as the App Router renders.
 */
export function SiteHeader({ locale, url }: { locale: Locale; url?: { path: string; query: string } }) {
  const t = translations({ locale, namespace: 'Nav' });
  const site = translations({ locale, namespace: 'Site' });
  return (
    <header className="border-b-4 border-brand bg-white">
      {/* Care mode (docs/care-mode.md): before anything below is drawn, the mode the browser remembers
          (lib/security/inline-scripts.ts, allowed by its hash on every page). */}
      <script dangerouslySetInnerHTML={{ __html: CARE_SCRIPT }} />
      <a href="#main" className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2">
        {t('skip')}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        {/* At 200% text on a 320 px screen (tests/e2e/text-scale.spec.ts) the name stays whole (.site-name)
            and the nav wraps under it as a whole, each label kept on one line. */}
        <DocLink href={`/${locale}`} className="flex min-h-12 min-w-0 items-center gap-2 text-xl font-bold text-ink no-underline">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32" className="shrink-0">
            <rect width="32" height="32" rx="6" fill="#0f5132" />
            <path d="M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z" fill="#fff" />
          </svg>
          <span className="site-name">{site('name')}</span>
        </DocLink>
        {/* Care mode, a setting rather than a place (so not in the nav): beside the name, which keeps the nav
            one row at 375 px. With JavaScript the script turns the mode on or off and the browser remembers
            it; without, `#care` puts this page alone in care mode (`:target`, app/globals.css) and says so
            (#care below). */}
        <a id="care-link" href="#care" className="care-link no-print inline-flex min-h-12 items-center whitespace-nowrap px-2 font-semibold">
          <span className="care-when-off">{t('care')}</span>
          <span className="care-when-on">{t('careOff')}</span>
        </a>
        <nav aria-label={t('primary')} className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
          <DocLink href={`/${locale}/check`} className="inline-flex min-h-12 items-center whitespace-nowrap px-2 font-semibold">
            {t('check')}
          </DocLink>
          <DocLink href={`/${locale}/guides`} className="inline-flex min-h-12 items-center whitespace-nowrap px-2 font-semibold">
            {t('guides')}
          </DocLink>
          {/* On a phone the header stays two lines: a link to the search page; from 40rem, the form itself. */}
          <DocLink href={`/${locale}/search`} className="inline-flex min-h-12 items-center whitespace-nowrap px-2 font-semibold sm:hidden" data-search-link="">
            {t('search')}
          </DocLink>
          {url
            ? <SwitchLink href={`${switchLocalePath(url.path, other(locale))}${url.query ? `?${url.query}` : ''}`} target={other(locale)} label={t('switchTo')} ariaLabel={t('switchToLabel')} />
            : <LanguageSwitcher current={locale} label={t('switchTo')} ariaLabel={t('switchToLabel')} />}
        </nav>
        <div className="header-search no-print hidden sm:block">
          <SearchForm locale={locale} id="site-search" where="header" />
        </div>
      </div>
      <div id="care" className="care-note no-print mx-auto max-w-5xl px-4 pb-3">
        <p className="border-l-4 border-brand bg-brand-light px-3 py-2">{t('careNote')}</p>
        <p><a href="#main" className="inline-flex min-h-12 items-center font-semibold">{t('careNoteClose')}</a></p>
      </div>
    </header>
  );
}
