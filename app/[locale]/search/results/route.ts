/**
 * `/{locale}/search?q=…` (next.config.ts rewrites requests with a `q` here; this path on its own is
 * not a page: the proxy answers it with the 404). It takes the prerendered, script-free search page
 * from the build and fills in the results (lib/search/html.ts), so a search answer is one small
 * document, like a guide, that works and reads the same without JavaScript. Nothing is logged or
 * stored; the answer is `private, no-store`, because a query can say something about the reader.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { translations } from '@/lib/i18n/translations';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import { search } from '@/lib/search';
import { fillSearchPage, resultsHtml } from '@/lib/search/html';

export const dynamic = 'force-dynamic';

const pages = new Map<Locale, string>();

/** The prerendered search page of `locale`, as the build left it (without scripts). */
async function prerenderedPage(locale: Locale, request: Request): Promise<string> {
  const hit = pages.get(locale);
  if (hit) return hit;
  const file = path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.YIBAO_DIST_DIR ?? '.next', 'server', 'app', locale, 'search.html');
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch {
    // `next dev` prerenders nothing: ask the dev server for the page instead.
    if (process.env.NODE_ENV !== 'development') throw new Error(`search: ${file} is missing; build with npm run build`);
    html = await (await fetch(new URL(`/${locale}/search`, request.url))).text();
  }
  if (process.env.NODE_ENV === 'production') pages.set(locale, html);
  return html;
}

export async function GET(request: Request, { params }: RouteContext<'/[locale]/search/results'>) {
  const { locale: raw } = await params;
  if (!isLocale(raw)) return new Response('Not found', { status: 404 });
  const locale: Locale = raw;
  const q = new URL(request.url).searchParams.get('q') ?? '';
  const t = translations({ locale, namespace: 'Search' });
  const site = translations({ locale, namespace: 'Site' });
  const { query, results } = search(q, locale);
  const page = await prerenderedPage(locale, request);
  const html = query.text
    ? fillSearchPage(page, {
        locale,
        query: query.text,
        title: `${t('pageTitle', { query: query.text })} | ${site('name')}`,
        results: (tips) => resultsHtml(locale, results, {
          resultsTitle: t('resultsTitle', { query: query.text }),
          found: t('found', { count: results.length }),
          noResults: t('noResults', { query: query.text }),
          allGuides: t('allGuides'),
          inSection: (heading) => t('inSection', { heading }),
        }, tips),
      })
    : page;
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex',
    },
  });
}
