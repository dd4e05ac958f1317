// What the standalone server (server.mjs) answers itself, before Next sees a request, or when
// Node's HTTP parser cannot read one. Next answered these with a 500 (TRACE, a POST to a static
// file, the `*` request-target), echoed an absolute request-target into a redirect
// (`GET http://evil.example/x` → `Location: http://evil.example/x`), and Node closed unreadable
// requests with a blank 400 or 431. Now each gets a short page in both languages, in the same
// markup as the proxy's (lib/security/limits.ts, shortPage; a test compares them), or JSON under
// /api (lib/api/proxy.ts, apiMethodNotAllowed).
//
// Raw UTF-8 in a request line (docs/link-format.md's `m=l.奶奶_…` pasted into a tool that does not encode
// it) is refused by Node's parser (HPE_INVALID_URL) before any code of the site runs; accepting it
// would need Node's lenient parser for everything, which also accepts request smuggling. A browser
// always percent-encodes what is pasted into its address bar, so that request comes only from
// tools: it gets a 400 that says to percent-encode the link.

/** The headers next.config.ts gives every answer (lib/security/headers.ts, staticSecurityHeaders, in production; a test compares them). */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': [
    'accelerometer=()', 'autoplay=()', 'camera=()', 'display-capture=()', 'encrypted-media=()', 'fullscreen=()',
    'geolocation=()', 'gyroscope=()', 'magnetometer=()', 'microphone=()', 'midi=()', 'payment=()',
    'picture-in-picture=()', 'publickey-credentials-get=()', 'screen-wake-lock=()', 'sync-xhr=()', 'usb=()',
    'xr-spatial-tracking=()', 'interest-cohort=()', 'browsing-topics=()',
  ].join(', '),
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
};
const SHORT_PAGE_HEADERS = {
  ...SECURITY_HEADERS,
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'cache-control': 'no-store',
};
const API_HEADERS = {
  ...SECURITY_HEADERS,
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'access-control-allow-origin': '*',
};

/** The proxy's short page (lib/security/limits.ts, shortPage): status, what happened, the way home. */
export function shortPageHtml(status, title, text) {
  return '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">' +
    `<title>${status} ${title.zh} / ${title.en}</title></head><body><main>` +
    `<h1>${status} ${title.zh} <span lang="en">/ ${title.en}</span></h1>` +
    `<p>${text.zh}</p><p lang="en">${text.en}</p>` +
    '<p><a href="/zh-CN">返回首页</a> · <a href="/en" lang="en">Go to the home page</a></p>' +
    '</main></body></html>\n';
}

export const PAGES = {
  method: [405, { zh: '不支持此请求方法', en: 'Method not allowed' }, { zh: '本站只接受 GET 和 HEAD 请求。', en: 'This site only answers GET and HEAD requests.' }],
  target: [400, { zh: '请求地址无效', en: 'Bad request' }, { zh: '本站只接受以“/”开头的本站地址。', en: 'This site only answers requests for its own addresses, which start with “/”.' }],
  encoding: [400, { zh: '链接无效', en: 'Invalid link' }, {
    zh: '链接里有未经编码的字符（如汉字或空格）。在浏览器地址栏里打开链接，浏览器会自动编码；用程序发送请求时，请先对链接做百分号编码（如“奶奶”写作 %E5%A5%B6%E5%A5%B6）。',
    en: 'The link holds characters that were not encoded (such as Chinese characters or spaces). Open it in a browser, which encodes it for you; from a program, percent-encode the link first (奶奶 becomes %E5%A5%B6%E5%A5%B6).',
  }],
  headers: [431, { zh: '请求头过大', en: 'Request headers too large' }, {
    zh: '这个请求的请求头（通常是 Cookie）过大。本站不使用 Cookie：请清除本站的 Cookie 后再试。',
    en: 'The headers of this request (usually cookies) are too large. This site uses no cookies: clear its cookies and try again.',
  }],
  timeout: [408, { zh: '请求超时', en: 'Request timeout' }, { zh: '请求没有及时发送完毕，请重试。', en: 'The request was not sent in time. Please try again.' }],
  bad: [400, { zh: '请求无效', en: 'Bad request' }, { zh: '服务器无法读取这个请求。请检查链接后再试。', en: 'The server could not read this request. Check the link and try again.' }],
};

const isApi = (url) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

function send(req, res, status, headers, body) {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Answers a request Next should not see, and returns true; otherwise returns false:
 * - a request-target that is not a path of the site (`*`, an absolute URL, anything not starting
 *   with `/`): 400, never a redirect (the target is never put into any header);
 * - any method but GET and HEAD (TRACE, a POST to a static file…): 405, JSON under /api.
 */
export function refuseBareRequest(req, res) {
  const url = req.url ?? '';
  if (!url.startsWith('/')) {
    const [status, title, text] = PAGES.target;
    send(req, res, status, SHORT_PAGE_HEADERS, shortPageHtml(status, title, text));
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    if (isApi(url)) {
      const body = `${JSON.stringify({ error: 'method-not-allowed', message: { 'zh-CN': '本接口只接受 GET 和 HEAD 请求。', en: 'The API only answers GET and HEAD requests.' } }, null, 2)}\n`;
      send(req, res, 405, { ...API_HEADERS, allow: 'GET, HEAD' }, body);
    } else {
      const [status, title, text] = PAGES.method;
      send(req, res, status, { ...SHORT_PAGE_HEADERS, allow: 'GET, HEAD' }, shortPageHtml(status, title, text));
    }
    return true;
  }
  return false;
}

/** Which page a parser error gets (Node's own statuses: 431 for headers too large, 408 for a timeout, else 400). */
export function pageForClientError(code) {
  if (code === 'HPE_HEADER_OVERFLOW') return PAGES.headers;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return PAGES.timeout;
  if (code === 'HPE_INVALID_URL') return PAGES.encoding;
  return PAGES.bad;
}

/** The whole HTTP/1.1 response written to the socket for a request Node could not parse. */
export function clientErrorResponse(code) {
  const [status, title, text] = pageForClientError(code);
  const body = shortPageHtml(status, title, text);
  const reason = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }[status];
  const head = [`HTTP/1.1 ${status} ${reason}`, ...Object.entries(SHORT_PAGE_HEADERS).map(([k, v]) => `${k}: ${v}`),
    `content-length: ${Buffer.byteLength(body)}`, 'connection: close'];
  return `${head.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * server.on('clientError', onClientError): as Node's own handler (a response only when the socket
 * can still take one and no response has begun on it), but with a body.
 */
export function onClientError(error, socket) {
  const started = socket._httpMessage && socket._httpMessage.headersSent;
  if (error?.code === 'ECONNRESET' || !socket.writable || started) {
    socket.destroy(error);
    return;
  }
  socket.end(clientErrorResponse(error?.code));
}

/**
 * Why the server must not start with this environment's SITE_URL, or null. Unset, every share link,
 * QR code, printed link and `.ics` reminder of a page rendered per request would silently point to
 * http://localhost:3000 (lib/site.ts): so it must be set, to the public address — or, to run the
 * site on one's own machine, explicitly to http://localhost:3000.
 */
export function siteUrlProblem(env) {
  const value = env.SITE_URL;
  const how = 'Set SITE_URL to the public address (SITE_URL=https://yibao.example.org), or, to run the site on this machine, ' +
    'SITE_URL=http://localhost:3000 (docs/deploying.md).';
  if (value === undefined || value.trim() === '') {
    return `SITE_URL is not set: the share links, QR codes, printed links and .ics reminders would point to http://localhost:3000. ${how}`;
  }
  let url = null;
  try {
    url = new URL(value);
  } catch { /* reported below */ }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username || url.password) {
    return `SITE_URL=${JSON.stringify(value)} is not an http(s) address without query or fragment. ${how}`;
  }
  return null;
}
