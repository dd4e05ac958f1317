import type { Metadata } from 'next';
import { routing, type Locale } from '@/lib/i18n/routing';
import { siteName } from '@/lib/site';

/** The browser's colour for the site (viewport themeColor; the Pages Router's result writes it too). */
export const THEME_COLOR = '#0f5132';

/**
 * The preview image of every page in a locale (og:image, twitter:image): a static PNG in public/,
 * made by scripts/og-image.mjs and committed, the same for every page (results too: it shows no
 * answer). Served at the root, by its exact name (proxy.ts, ROOT_FILES).
 */
export const OG_IMAGE = { width: 1200, height: 630, path: (locale: Locale) => `/og-${locale}.png` } as const;

/**
 * What a link previews as when shared in a chat or on a social site: og:title, og:description,
 * og:image, og:site_name, og:locale, and twitter:card with the same. `url` only for a page whose
 * address carries no answer (a result's link is never repeated in its metadata).
 */
export function shareMetadata({ locale, title, description, url }: {
  locale: Locale; title?: string; description: string; url?: string;
}): Pick<Metadata, 'openGraph' | 'twitter'> {
  const name = siteName[locale];
  const images = [{ url: OG_IMAGE.path(locale), width: OG_IMAGE.width, height: OG_IMAGE.height, alt: name }];
  const shown = title ?? name;
  return {
    openGraph: {
      title: shown, description, siteName: name, locale: locale === 'zh-CN' ? 'zh_CN' : 'en_US', type: 'website', images,
      ...(url ? { url } : {}),
    },
    twitter: { card: 'summary_large_image', title: shown, description, images },
  };
}

/**
 * Per-page title, description, canonical URL and hreflang alternates, and the preview (shareMetadata).
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
    ...shareMetadata({ locale, title, description, url: `/${locale}${path}` }),
  };
}
