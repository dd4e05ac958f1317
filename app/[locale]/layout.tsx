import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site';
import { shareMetadata, THEME_COLOR } from '@/lib/metadata';
import { lastReviewed } from '@/lib/content/guides';
import { BODY_CLASS, SiteBody } from '@/components/layout/SiteBody';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const dynamicParams = false;

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: THEME_COLOR };

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = translations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl),
    title: { default: t('name'), template: `%s | ${t('name')}` },
    description: t('description'),
    applicationName: t('name'),
    formatDetection: { telephone: false },
    // Every page previews when shared (og:*, twitter:*): pages give their own title and description
    // (lib/metadata.ts); a page that gives none previews as the site.
    ...shareMetadata({ locale, description: t('description') }),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className={BODY_CLASS}>
        <SiteBody locale={locale} reviewed={lastReviewed()}>{children}</SiteBody>
      </body>
    </html>
  );
}
