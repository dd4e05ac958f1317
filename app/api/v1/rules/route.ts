import { CACHE_STATIC, apiHeaders, ifNoneMatchHits, jsonText } from '@/lib/api/http';
import { rulesDocument } from '@/lib/api/rules';

let sent: { body: string; etag: string } | undefined;

/** The document as sent, built once, and its strong ETag: the document's `version`, a hash of its data. */
function rulesBody(): { body: string; etag: string } {
  if (!sent) {
    const doc = rulesDocument();
    sent = { body: jsonText(doc), etag: `"${doc.version}"` };
  }
  return sent;
}

/**
 * GET /api/v1/rules: every parameter with its dated values, the source registry and the fact
 * records. Answered per request from the copy built once (not prerendered: Next's copy of a
 * prerendered route never answers `If-None-Match`), so that a client holding the current ETag
 * gets a 304 without the body.
 */
export function GET(request?: Request): Response {
  const { body, etag } = rulesBody();
  if (ifNoneMatchHits(request?.headers.get('if-none-match') ?? null, etag)) {
    return new Response(null, { status: 304, headers: { etag, 'cache-control': CACHE_STATIC } });
  }
  return new Response(body, { status: 200, headers: apiHeaders(CACHE_STATIC, { etag }) });
}
