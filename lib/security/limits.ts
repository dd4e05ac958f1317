/**
 * The work a request may ask for, and the short pages for requests the site refuses.
 *
 * The check's answers are a dozen short parameters (the longest real link has about 200 characters
 * and 20 parameters), so a query string far beyond that is not one of the site's links: it gets a
 * short 4xx page before anything parses it. Next's own query handling is quadratic in repeated keys
 * (4,000 keys cost it about 0.4 s before any of the site's code runs), so the proxy applies this to
 * every path it sees, and the reminder route again to its own URL. In front of the site, the reverse
 * proxy refuses the same queries and caps the request line (deploy/nginx.conf).
 * (No imports here: proxy.ts and route handlers both use it.)
 */
export const MAX_QUERY_LENGTH = 2048;
export const MAX_QUERY_PARAMS = 100;

type Words = { zh: string; en: string };

const securityHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'cache-control': 'no-store',
};

/**
 * A short page in both languages (no script, no style, no request to anything), for the errors the
 * site answers before any of its pages: the status, what happened, and the way home.
 */
export function shortPage(status: number, title: Words, text: Words, headers: Record<string, string> = {}): Response {
  const html = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">' +
    `<title>${status} ${title.zh} / ${title.en}</title></head><body><main>` +
    `<h1>${status} ${title.zh} <span lang="en">/ ${title.en}</span></h1>` +
    `<p>${text.zh}</p><p lang="en">${text.en}</p>` +
    '<p><a href="/zh-CN">返回首页</a> · <a href="/en" lang="en">Go to the home page</a></p>' +
    '</main></body></html>\n';
  return new Response(html, { status, headers: { ...securityHeaders, ...headers } });
}

/**
 * Looks at the raw URL only (one scan of the query string, no parsing): 414 for a query string
 * longer than MAX_QUERY_LENGTH, 400 for more than MAX_QUERY_PARAMS parameters, otherwise null.
 */
export function queryLimitResponse(url: string): Response | null {
  const start = url.indexOf('?');
  if (start < 0) return null;
  const hash = url.indexOf('#', start);
  const end = hash < 0 ? url.length : hash;
  if (end - start - 1 > MAX_QUERY_LENGTH) {
    return shortPage(414, { zh: '链接过长', en: 'Link too long' },
      { zh: '本站的链接不会这么长：这个链接可能被改动过。', en: 'This site never makes links this long: this one may have been altered.' });
  }
  let params = 1;
  for (let i = start + 1; i < end; i++) if (url.charCodeAt(i) === 38 /* & */) params += 1;
  if (params > MAX_QUERY_PARAMS) {
    return shortPage(400, { zh: '链接参数过多', en: 'Too many parameters' },
      { zh: '本站的链接不会有这么多参数：这个链接可能被改动过。', en: 'This site never makes links with this many parameters: this one may have been altered.' });
  }
  return null;
}
