/**
 * The site search form: a plain GET form to /{locale}/search, so it works without any script.
 * In the header the label is only for screen readers; the search page's own form carries `data-q`,
 * which the results route fills with the query (app/[locale]/search/results/route.ts).
 */
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { MAX_QUERY } from '@/lib/search/query';

export function SearchForm({ locale, id, where }: { locale: Locale; id: string; where: 'header' | 'index' | 'search' }) {
  const compact = where === 'header';
  const t = translations({ locale, namespace: 'Search' });
  const label = compact ? t('headerLabel') : t('label');
  return (
    <form role="search" aria-label={label} action={`/${locale}/search`} method="get" className={compact ? 'w-full sm:w-auto' : 'my-6'} data-search-form={where}>
      <label htmlFor={id} className={compact ? 'sr-only' : 'mb-1 block font-bold'}>{label}</label>
      <div className="flex gap-2">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue=""
          maxLength={MAX_QUERY}
          enterKeyHint="search"
          placeholder={t('placeholder')}
          className={`min-h-12 min-w-0 flex-1 rounded-md border-2 border-gray-500 bg-white px-3 text-base placeholder:text-gray-600 ${compact ? 'sm:w-56' : ''}`}
          {...(where === 'search' ? { 'data-q': '' } : {})}
        />
        <button type="submit" className="inline-flex min-h-12 shrink-0 items-center rounded-md bg-brand px-4 font-bold text-white hover:bg-brand-dark">
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
