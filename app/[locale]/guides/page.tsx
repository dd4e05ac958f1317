import Link from 'next/link';
import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { listGuides } from '@/lib/content/guides';
import { audiences, type Audience } from '@/lib/content/catalogue';
import { SearchForm } from '@/components/search/SearchForm';

export async function generateMetadata({ params }: PageProps<'/[locale]/guides'>) {
  const locale = (await params).locale as Locale;
  const t = translations({ locale, namespace: 'Guides' });
  return pageMetadata({ locale, path: '/guides', title: t('indexTitle'), description: t('indexLead') });
}

/**
 * The reader filter works without a script: each "for …" link targets an empty anchor placed
 * before the list (`#for-family`), and this stylesheet, built from the audience list, hides every
 * guide (and every group left empty) that is not for the targeted reader while it is the URL's
 * fragment. With no fragment, every guide shows.
 */
function filterCss(): string {
  return audiences
    .map((a) => [
      `#for-${a}:target ~ .guide-groups li[data-for]:not([data-for~="${a}"]) { display: none; }`,
      `#for-${a}:target ~ .guide-groups section:not(:has(li[data-for~="${a}"])) { display: none; }`,
      `#for-${a}:target ~ .filter-status [data-status="${a}"] { display: block; }`,
      `#for-${a}:target ~ .filter-status [data-status="all"] { display: none; }`,
    ].join('\n'))
    .join('\n');
}

/** Every guide once, grouped by its main reader (the first audience in its frontmatter), with the other readers it is also for. */
export default async function GuidesIndex({ params }: PageProps<'/[locale]/guides'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = translations({ locale, namespace: 'Guides' });
  const guides = listGuides(locale);
  const main = (a: readonly Audience[]) => a[0] as Audience;
  const groups = audiences
    .map((a) => ({ audience: a, guides: guides.filter((g) => main(g.audiences) === a) }))
    .filter((g) => g.guides.length > 0);
  const name = (a: Audience) => t(`audiences.${a}`);
  const sep = locale === 'zh-CN' ? '、' : ', ';
  return (
    <div className="max-w-prose">
      <style>{filterCss()}</style>
      <h1 className="text-3xl">{t('indexTitle')}</h1>
      <p className="my-4">{t('indexLead')}</p>
      <SearchForm locale={locale} id="guides-search" where="index" />
      <nav aria-labelledby="filter-title" className="my-6">
        <h2 id="filter-title" className="text-lg">{t('filterTitle')}</h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {audiences.map((a) => (
            <li key={a}>
              <a href={`#for-${a}`} className="inline-flex min-h-12 items-center rounded-md border border-gray-500 px-3" data-filter={a}>{name(a)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {audiences.map((a) => <span key={a} id={`for-${a}`} className="block scroll-mt-4" />)}
      <div className="filter-status my-4">
        <p data-status="all" className="font-semibold">{t('showingAll', { count: guides.length })}</p>
        {audiences.map((a) => (
          <p key={a} data-status={a} className="hidden font-semibold">
            {t('showingFor', { reader: name(a) })} <a href="#filter-title">{t('showAll')}</a>
          </p>
        ))}
      </div>
      <div className="guide-groups">
        {groups.map(({ audience, guides: list }) => (
          <section key={audience} aria-labelledby={`group-${audience}`} className="mt-8">
            <h2 id={`group-${audience}`} className="text-2xl">{t('mainlyFor', { reader: name(audience) })}</h2>
            <ul className="my-4 space-y-4">
              {list.map((g) => (
                <li key={g.slug} className="rounded-lg border border-gray-300 p-4" data-guide={g.slug} data-for={g.audiences.join(' ')}>
                  <h3 className="text-xl"><Link href={`/${locale}/guides/${g.slug}`} prefetch={false}>{g.title}</Link></h3>
                  <p className="mt-2">{g.summary}</p>
                  {g.audiences.length > 1 && (
                    <p className="mt-2 text-base text-ink-muted" data-also="">{t('alsoFor', { list: g.audiences.slice(1).map(name).join(sep) })}</p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
