import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { listGuides } from '@/lib/content/guides';

export async function generateMetadata({ params }: PageProps<'/[locale]/guides'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Guides' });
  return pageMetadata({ locale, path: '/guides', title: t('indexTitle'), description: t('indexLead') });
}

export default async function GuidesIndex({ params }: PageProps<'/[locale]/guides'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Guides' });
  const guides = listGuides(locale);
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl">{t('indexTitle')}</h1>
      <p className="my-4">{t('indexLead')}</p>
      <ul className="my-6 space-y-5">
        {guides.map((g) => (
          <li key={g.slug} className="rounded-lg border border-gray-300 p-4">
            <h2 className="text-xl">
              <Link href={`/${locale}/guides/${g.slug}`} prefetch={false}>{g.title}</Link>
            </h2>
            <p className="mt-2">{g.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
