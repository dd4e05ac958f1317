import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { listGuides } from '@/lib/content/guides';
import { audiences } from '@/lib/content/catalogue';

export async function generateMetadata({ params }: PageProps<'/[locale]/guides'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Guides' });
  return pageMetadata({ locale, path: '/guides', title: t('indexTitle'), description: t('indexLead') });
}

/** Every guide, grouped by who the reader is; a guide for several readers appears in each group. */
export default async function GuidesIndex({ params }: PageProps<'/[locale]/guides'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Guides' });
  const guides = listGuides(locale);
  const groups = audiences.map((a) => ({ audience: a, guides: guides.filter((g) => g.audiences.includes(a)) })).filter((g) => g.guides.length > 0);
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl">{t('indexTitle')}</h1>
      <p className="my-4">{t('indexLead')}</p>
      <nav aria-labelledby="groups-title" className="my-6">
        <h2 id="groups-title" className="text-lg">{t('groupsTitle')}</h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {groups.map(({ audience }) => (
            <li key={audience}><a href={`#for-${audience}`} className="inline-flex min-h-12 items-center rounded-md border border-gray-500 px-3">{t(`audiences.${audience}`)}</a></li>
          ))}
        </ul>
      </nav>
      {groups.map(({ audience, guides: list }) => (
        <section key={audience} aria-labelledby={`for-${audience}`} className="mt-8">
          <h2 id={`for-${audience}`} className="text-2xl">{t(`audiences.${audience}`)}</h2>
          <ul className="my-4 space-y-4">
            {list.map((g) => (
              <li key={g.slug} className="rounded-lg border border-gray-300 p-4">
                <h3 className="text-xl"><Link href={`/${locale}/guides/${g.slug}`} prefetch={false}>{g.title}</Link></h3>
                <p className="mt-2">{g.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
