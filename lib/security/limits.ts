/**
 * The work a request may ask for, and the short pages for requests the site refuses.
 *
 * The bounds come from the largest query strings the site itself makes, worked out below from
 * the formats (not from a count made once): the household editor's GET form sent without
 * JavaScript for MAX_PEOPLE people with every field filled and every box ticked, and a household
 * link (hv=1) for MAX_PEOPLE people; both with labels of MAX_LABEL characters that take four bytes
 * each in UTF-8 (12 characters each once percent-encoded; a Chinese character takes 9). A query
 * string beyond the bounds is not one of the site's: it gets a short 4xx page before anything
 * parses it. Next's own query handling is quadratic in repeated keys (4,000 keys cost it about
 * 0.4 s before any of the site's code runs; a few hundred, nothing to speak of), so the proxy
 * applies this to every path it sees, and the API and the reminder route again to their own URL.
 * In front of the site, the reverse proxy refuses the same queries and sizes its request-line
 * buffer from the same numbers (deploy/nginx.conf; tests/security/limits-nginx.test.ts checks it).
 */
import { MAX_LABEL, MAX_PEOPLE } from '@/lib/household/limits';
import { EDITOR_FIELDS, EDITOR_QUESTIONS, LABEL_KEY, NONE_VALUE, editorFieldName } from '@/lib/household/fields';

/** A label as long as it may be, of characters that take the most room in a link (4 bytes in UTF-8). */
export const LONGEST_LABEL = '\u{20BB7}'.repeat(MAX_LABEL);

/** The longest value a field of the editor sends that the check accepts (a number: its bound's digits). */
function longestValues(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [i, f] of EDITOR_FIELDS.entries()) {
    const q = EDITOR_QUESTIONS[i]!;
    const longest = f.input === 'number' ? '9'.repeat(String(q.max ?? 0).length)
      : f.input === 'date' ? '2026-12-31'
      : f.values.reduce((a, b) => (b.length > a.length ? b : a), '');
    out.set(f.key, longest);
  }
  return out;
}

/**
 * The largest submission of the household editor's form without JavaScript: MAX_PEOPLE people,
 * each with a label, every field filled with its longest value and every box ticked (a browser
 * sends each select and text field, filled or not, and each ticked box), and the longest button.
 */
export function largestEditorQuery(): string {
  const longest = longestValues();
  const q = new URLSearchParams();
  for (let i = 0; i < MAX_PEOPLE; i++) {
    q.append(editorFieldName(i, LABEL_KEY), LONGEST_LABEL);
    for (const f of EDITOR_FIELDS) {
      if (f.input === 'checkbox') for (const v of f.values) q.append(editorFieldName(i, f.key), v);
      else q.append(editorFieldName(i, f.key), longest.get(f.key)!);
    }
  }
  q.append('remove', String(MAX_PEOPLE - 1));
  return q.toString();
}

/** The largest household link's query (lib/household/link.ts): hv=1 and one `m` per person, every box ticked. */
export function largestHouseholdQuery(): string {
  const longest = longestValues();
  const person = [`${LABEL_KEY}.${LONGEST_LABEL}`, ...EDITOR_FIELDS.flatMap((f) => (f.input === 'checkbox'
    ? f.values.filter((v) => v !== NONE_VALUE).map((v) => `${f.key}.${v}`)
    : [`${f.key}.${longest.get(f.key)!}`]))].join('_');
  const q = new URLSearchParams({ hv: '1' });
  for (let i = 0; i < MAX_PEOPLE; i++) q.append('m', person);
  return q.toString();
}

const paramCount = (query: string) => query.split('&').length;
const roundUp = (n: number, step: number) => Math.ceil(n / step) * step;
/** Room beyond the largest query the site makes: half as much again (a format may grow a field). */
const MARGIN = 1.5;

const largest = [largestEditorQuery(), largestHouseholdQuery()];
/** The longest query string accepted, in characters as sent (percent-encoded). */
export const MAX_QUERY_LENGTH = roundUp(Math.max(...largest.map((q) => q.length)) * MARGIN, 512);
/** The most parameters accepted (counted by their `&` separators). */
export const MAX_QUERY_PARAMS = roundUp(Math.max(...largest.map(paramCount)) * MARGIN, 10);
/**
 * The reverse proxy's buffer for the request line (and each header line), in kB: the longest query
 * plus room for the method, the path and the protocol (nginx: `large_client_header_buffers 4 <n>k`).
 */
export const REQUEST_LINE_KB = Math.ceil((MAX_QUERY_LENGTH + 1024) / 1024);

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
export function queryLimitStatus(url: string): 414 | 400 | null {
  const start = url.indexOf('?');
  if (start < 0) return null;
  const hash = url.indexOf('#', start);
  const end = hash < 0 ? url.length : hash;
  if (end - start - 1 > MAX_QUERY_LENGTH) return 414;
  let params = 1;
  for (let i = start + 1; i < end; i++) if (url.charCodeAt(i) === 38 /* & */) params += 1;
  return params > MAX_QUERY_PARAMS ? 400 : null;
}

/** The short page for a query string beyond the bounds (queryLimitStatus), or null. */
export function queryLimitResponse(url: string): Response | null {
  const status = queryLimitStatus(url);
  if (status === 414) {
    return shortPage(414, { zh: '链接过长', en: 'Link too long' },
      { zh: '本站的链接不会这么长：这个链接可能被改动过。', en: 'This site never makes links this long: this one may have been altered.' });
  }
  if (status === 400) {
    return shortPage(400, { zh: '链接参数过多', en: 'Too many parameters' },
      { zh: '本站的链接不会有这么多参数：这个链接可能被改动过。', en: 'This site never makes links with this many parameters: this one may have been altered.' });
  }
  return null;
}
