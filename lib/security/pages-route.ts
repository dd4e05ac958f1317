import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOCUMENT_HEADER, DOCUMENT_MARK, cacheControlFor, contentSecurityPolicy } from './headers';
import { INLINE_SCRIPT_HASHES } from './inline-scripts';
import { queryLimitResponse } from './limits';
import { isDocumentRoutePath } from '../known-paths';

/**
 * The policy of the check's pages served as documents: the hashed enhancement scripts
 * (inline-scripts.ts) and nothing else, no nonce. One string, made once: the proxy gives it to the
 * App Router's check pages, and the result (Pages Router) sets it itself (below).
 */
export const CHECK_PAGE_CSP = contentSecurityPolicy({ hashes: INLINE_SCRIPT_HASHES });

/**
 * What the proxy does for a check page, done by the result (the Pages Router's page, which is outside
 * the proxy's matcher: proxy.ts, `config`). Next's adapter around the proxy cost a new result about
 * 0.5–1 ms of its ~12 ms of CPU, more than the proxy's own work (docs/benchmark.md). In order:
 * - the query's bounds (lib/security/limits.ts): a link beyond them gets the same short 414 or 400
 *   page as anywhere else, and nothing is rendered (the response is ended: Next then renders nothing);
 * - in production, the policy above (the page carries no Next script there), and, on a route the
 *   build checked, the mark by which the standalone server sends the page as a document and keeps it
 *   (scripts/postbuild/document-response.mjs); `next dev` renders the page with its scripts, and sets
 *   no policy for it;
 * - the page's Cache-Control (cacheControlFor: `private, no-store`).
 * The rest of what the proxy does cannot apply here: the standalone server refuses methods other than
 * GET and HEAD and strips the headers no client may send before Next sees the request
 * (scripts/postbuild/bare-requests.mjs, document-response.mjs); the path is exactly the result's in a
 * known locale (the matcher's exception), so no 404, no trailing slash, no locale routing.
 * Resolves true when it has answered the request itself.
 */
export async function answerAsCheckPage(req: IncomingMessage, res: ServerResponse, dev = process.env.NODE_ENV === 'development'): Promise<boolean> {
  const url = req.url ?? '/';
  const limited = queryLimitResponse(url);
  if (limited) {
    res.statusCode = limited.status;
    limited.headers.forEach((value, name) => res.setHeader(name, value));
    res.end(req.method === 'HEAD' ? undefined : await limited.text());
    return true;
  }
  const q = url.indexOf('?');
  const pathname = q < 0 ? url : url.slice(0, q);
  if (!dev) {
    // The page carries no Next script in production (`unstable_runtimeJS: false`): the policy holds
    // even when the build did not check the route; only then is it marked.
    res.setHeader('content-security-policy', CHECK_PAGE_CSP);
    if (isDocumentRoutePath(pathname)) res.setHeader(DOCUMENT_HEADER, DOCUMENT_MARK);
  }
  const cacheControl = cacheControlFor(pathname, false, q < 0 ? '' : url.slice(q));
  if (cacheControl) res.setHeader('cache-control', cacheControl);
  return false;
}
