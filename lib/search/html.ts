/**
 * The search results as HTML, put into the prerendered search page by the results route. Plain
 * strings: a route handler cannot render React to HTML, and the page must stay free of scripts.
 * Everything from the query or the guides is escaped.
 */
import type { Locale } from '@/lib/i18n/routing';
import type { Result } from './index';

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export type ResultsWords = {
  resultsTitle: string;
  found: string;
  noResults: string;
  allGuides: string;
  inSection: (heading: string) => string;
};

export function resultsHtml(locale: Locale, results: Result[], w: ResultsWords, tips: string): string {
  const items = results.map((r) => {
    const href = `/${locale}/guides/${r.slug}${r.anchor ? `#${encodeURIComponent(r.anchor)}` : ''}`;
    const snippet = r.snippet.map((p) => (p.mark ? `<mark>${esc(p.text)}</mark>` : esc(p.text))).join('');
    return [
      `<li class="rounded-lg border border-gray-300 p-4" data-result="${esc(r.slug)}">`,
      `<h3 class="text-xl"><a href="${esc(href)}">${esc(r.title)}</a></h3>`,
      r.heading ? `<p class="mt-1 text-base font-semibold text-ink-muted" data-section="${esc(r.anchor)}">${esc(w.inSection(r.heading))}</p>` : '',
      snippet ? `<p class="mt-2 search-snippet">${snippet}</p>` : '',
      '</li>',
    ].join('');
  });
  return [
    `<section aria-labelledby="search-results-title" class="my-8" data-results="${results.length}">`,
    `<h2 id="search-results-title" class="text-2xl">${esc(w.resultsTitle)}</h2>`,
    results.length > 0
      ? `<p class="mt-2">${esc(w.found)}</p><ol class="mt-4 space-y-4" data-result-list="">${items.join('')}</ol>`
      : `<p class="mt-2" data-no-results="">${esc(w.noResults)}</p>`,
    `<p class="mt-4"><a href="/${locale}/guides">${esc(w.allGuides)}</a></p>`,
    '</section>',
    results.length > 0 ? '' : tips,
  ].join('');
}

/**
 * The prerendered search page with a query: the results in place of the common questions (kept
 * when nothing is found), the query in the page's search box, the page title, `noindex`, and the
 * language switch carrying the query. Throws if the page no longer has the markers.
 */
export function fillSearchPage(page: string, o: { locale: Locale; query: string; title: string; results: (tips: string) => string }): string {
  const start = page.indexOf('<i hidden="" data-search-slot="start">');
  const endMarker = '<i hidden="" data-search-slot="end"></i>';
  const end = page.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error('search page: the result markers are missing');
  const afterStart = page.indexOf('</i>', start) + 4;
  const tips = page.slice(afterStart, end);
  const other = o.locale === 'zh-CN' ? 'en' : 'zh-CN';
  const q = encodeURIComponent(o.query);
  let out = page.slice(0, afterStart) + o.results(tips) + page.slice(end);
  out = out.replace(/<title>[^<]*<\/title>/, `<title>${esc(o.title)}</title>`);
  out = out.replace('</head>', '<meta name="robots" content="noindex"/></head>');
  out = out.replace(/<input([^>]*?)\sdata-q=""([^>]*?)\/?>/, (_m, a: string, b: string) => {
    const attrs = `${a} data-q=""${b}`.replace(/\svalue="[^"]*"/g, '');
    return `<input${attrs} value="${esc(o.query)}"/>`;
  });
  out = out.split(`href="/${other}/search"`).join(`href="/${other}/search?q=${esc(q)}"`);
  return out;
}
