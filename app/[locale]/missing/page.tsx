import { connection } from 'next/server';
import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { shareMetadata } from '@/lib/metadata';
import { NotFoundContent } from '@/components/layout/NotFoundContent';

/**
 * The 404 page for unknown paths. The proxy rewrites them here with status 404, because Next
 * does not server-render notFound() on per-request routes (vercel/next.js#62228): without this,
 * a mistyped link would be a blank page without JavaScript.
 */
export async function generateMetadata({ params }: PageProps<'/[locale]/missing'>) {
  const locale = (await params).locale as Locale;
  const t = translations({ locale, namespace: 'NotFound' });
  const site = translations({ locale, namespace: 'Site' });
  return { title: t('title'), robots: { index: false }, ...shareMetadata({ locale, title: t('title'), description: site('description') }) };
}

export default async function Missing({ params }: PageProps<'/[locale]/missing'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await connection();
  return <NotFoundContent locale={locale} />;
}
