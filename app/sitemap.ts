import type { MetadataRoute } from 'next';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site';
import { publishedSlugs, readGuideMeta } from '@/lib/content/guides';

export default function sitemap(): MetadataRoute.Sitemap {
  const pages: Array<{ path: string; lastModified?: string }> = [
    { path: '' },
    { path: '/guides' },
    { path: '/search' },
    { path: '/check' },
    { path: '/check/paper' },
    { path: '/sources' },
    { path: '/sources/changes' },
    { path: '/sources/registry' }, { path: '/sources/parameters' }, { path: '/sources/places' }, { path: '/sources/facts' },
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
