import Link from 'next/link';
import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { SearchForm } from '@/components/search/SearchForm';
import { EXAMPLES, QUESTIONS } from '@/lib/search/questions';
import { searchIndex } from '@/lib/search';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>) {
  const locale = (await params).locale as Locale;
  const t = translations({ locale, namespace: 'Search' });
  return pageMetadata({ locale, path: '/search', title: t('title'), description: t('metaDescription') });
}

/**
 * The search page without a query, prerendered and served without any script like the guides.
 * A query (`?q=`) is answered by app/[locale]/search/results/route.ts, which fills this same page:
 * between the two hidden markers it puts the results in place of the common questions.
 */
export default async function SearchPage({ params }: PageProps<'/[locale]/search'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = translations({ locale, namespace: 'Search' });
  // Built here too, so that `next build` fails on a guide the index cannot read.
  searchIndex(locale);
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl">{t('title')}</h1>
      <SearchForm locale={locale} id="search-q" where="search" />
      <i hidden data-search-slot="start" />
      <section aria-labelledby="search-tips" className="my-8" data-search-tips="">
        <h2 id="search-tips" className="text-2xl">{t('tipsTitle')}</h2>
        <p className="mt-2">{t('tips')}</p>
        <ul className="mt-3 flex flex-wrap gap-2">
          {QUESTIONS[locale].slice(0, EXAMPLES).map(([q]) => (
            <li key={q}>
              <a href={`/${locale}/search?q=${encodeURIComponent(q)}`} className="inline-flex min-h-12 items-center rounded-md border border-gray-500 px-3">{q}</a>
            </li>
          ))}
        </ul>
      </section>
      <i hidden data-search-slot="end" />
      <p className="my-6">
        {t('check')}{' '}
        <Link href={`/${locale}/check`} prefetch={false} className="font-bold">{t('checkCta')}</Link>
      </p>
      <p className="my-6 text-base text-ink-muted">{t('privacy')}</p>
    </div>
  );
}
