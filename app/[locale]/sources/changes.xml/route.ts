import { hasLocale } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site';
import { atomFeed } from '@/lib/api/changes';
import { feedWords } from '@/lib/api/changes-words';

// Prerendered at build time, one per locale: the changelog changes only with a new build.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/**
 * GET /{locale}/sources/changes.xml: the changelog of the rules data as an Atom feed
 * (lib/api/changes.ts), with absolute links from SITE_URL as the sitemap has them.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const xml = atomFeed({ locale, site: siteUrl, words: await feedWords(locale) });
  return new Response(xml, {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}
