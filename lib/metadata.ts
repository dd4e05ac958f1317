import type { Metadata } from 'next';
import { routing, type Locale } from '@/lib/i18n/routing';

/**
 * Per-page title, description, canonical URL and hreflang alternates.
 * `path` is the locale-free path, e.g. '' for home or '/guides/which-scheme'.
 */
export function pageMetadata({ locale, path, title, description }: {
  locale: Locale; path: string; title?: string; description: string;
}): Metadata {
  const languages = Object.fromEntries(routing.locales.map((l) => [l, `/${l}${path}`]));
  return {
    ...(title ? { title } : {}),
    description,
    alternates: {
      canonical: `/${locale}${path}`,
      languages: { ...languages, 'x-default': `/${routing.defaultLocale}${path}` },
    },
    openGraph: { title, description, locale: locale === 'zh-CN' ? 'zh_CN' : 'en_US', type: 'website' },
  };
}
