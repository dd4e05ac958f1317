import Link from 'next/link';
import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { isPublished } from '@/lib/content/guides';
import type { GuideSlug } from '@/lib/content/catalogue';
import { primaryButton } from '@/components/ui/buttons';
import { SeasonNotice } from '@/components/guide/SeasonNotice';

export async function generateMetadata({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  const t = translations({ locale, namespace: 'Site' });
  return pageMetadata({ locale, path: '', description: t('description') });
}

function GuideLinkOrLater({ locale, slug, children, later }: {
  locale: Locale; slug: GuideSlug; children: React.ReactNode; later: string;
}) {
  // Unwritten guides are named but never linked, so no link leads to a 404.
  // A whole-width, 48 px tall target (older readers, 适老化).
  if (isPublished(slug)) return <Link href={`/${locale}/guides/${slug}`} prefetch={false} className="flex min-h-12 items-center">{children}</Link>;
  return <>{children} <span className="text-ink-muted">{later}</span></>;
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = translations({ locale, namespace: 'Home' });
  const schemes = [
    { key: 'employee', slug: 'employee-insurance' },
    { key: 'flexible', slug: 'flexible-workers' },
    { key: 'resident', slug: 'resident-insurance' },
  ] as const;
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl sm:text-4xl">{t('title')}</h1>
      <p className="my-4 text-xl">{t('lead')}</p>
      <p className="my-4">{t('forWhom')}</p>

      <SeasonNotice locale={locale} />

      <section aria-labelledby="start" className="my-8 rounded-lg border-2 border-brand bg-brand-light p-5">
        <h2 id="start" className="text-2xl">{t('startTitle')}</h2>
        <p className="mt-3">{t('checkText')}</p>
        <p className="mt-4">
          <Link href={`/${locale}/check`} prefetch={false}
            className={primaryButton}>
            {t('checkCta')}
          </Link>
        </p>
        <p className="mt-4">
          <Link href={`/${locale}/guides/which-scheme`} prefetch={false} className="inline-flex min-h-12 items-center text-lg font-bold">{t('startGuide')}</Link>
        </p>
        <p className="mt-2">
          <Link href={`/${locale}/guides`} prefetch={false} className="inline-flex min-h-12 items-center">{t('allGuides')}</Link>
        </p>
      </section>

      <section aria-labelledby="schemes">
        <h2 id="schemes" className="mb-4 text-2xl">{t('schemesTitle')}</h2>
        <ul className="space-y-5">
          {schemes.map(({ key, slug }) => (
            <li key={key} className="rounded-lg border border-gray-300 p-4">
              <h3 className="text-xl">
                <GuideLinkOrLater locale={locale} slug={slug} later={t('comingLater')}>{t(key)}</GuideLinkOrLater>
              </h3>
              <p className="mt-2">{t(`${key}Text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy" className="my-8">
        <h2 id="privacy" className="text-xl">{t('privacyTitle')}</h2>
        <p className="mt-2">{t('privacyText')}</p>
      </section>
    </div>
  );
}
