import type { MetadataRoute } from 'next';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site';
import { publishedSlugs, readGuideMeta } from '@/lib/content/guides';
import { ALL_SOURCES_PAGES, pagePath } from '@/lib/sources-links';

export default function sitemap(): MetadataRoute.Sitemap {
  const pages: Array<{ path: string; lastModified?: string }> = [
    { path: '' },
    { path: '/guides' },
    { path: '/search' },
    { path: '/check' },
    { path: '/check/paper' },
    ...ALL_SOURCES_PAGES.map((page) => ({ path: pagePath(page) })),
    { path: '/sources/changes' },
    ...publishedSlugs().map((slug) => ({ path: `/guides/${slug}`, lastModified: readGuideMeta(slug, routing.defaultLocale).reviewed })),
  ];
  return routing.locales.flatMap((locale) =>
    pages.map(({ path, lastModified }) => ({
      url: `${siteUrl}/${locale}${path}`,
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, `${siteUrl}/${l}${path}`])) },
    })),
  );
}
