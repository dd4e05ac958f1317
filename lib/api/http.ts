/**
 * How every API response is sent: JSON in UTF-8, no cookie ever, a CSP for JSON, readable from any
 * origin (the data is public and the API takes no credentials), and a Cache-Control: the rules and
 * the schemas are public and a CDN may keep them; an answer of /evaluate carries someone's answers
 * in its URL (such as 低保 or 残疾), so, like a result page, no cache keeps it.
 */
import { API_CSP } from './paths';

export const JSON_TYPE = 'application/json; charset=utf-8';

/** The rules and the schemas change only with a new build: a CDN may keep them a day. */
export const CACHE_STATIC = 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400';
/**
 * Every answer of /evaluate, and its errors (which repeat the answers sent): as the result pages
 * (lib/security/headers.ts), no cache — shared or the browser's — keeps a copy keyed by someone's
 * answers. The rules behind them are public and cached (CACHE_STATIC).
 */
export const CACHE_PRIVATE = 'private, no-store';
/** What the API refuses before looking at a request (a method, a query string beyond the bounds). */
export const CACHE_REFUSAL = 'no-store';

export function apiHeaders(cacheControl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'content-type': JSON_TYPE,
    'cache-control': cacheControl,
    'content-security-policy': API_CSP,
    'x-content-type-options': 'nosniff',
    'access-control-allow-origin': '*',
    ...extra,
  };
}

/** JSON as the API sends it: two-space indented so that `curl` output can be read as it is. */
export const jsonText = (body: unknown) => `${JSON.stringify(body, null, 2)}\n`;

/** A JSON response. */
export function jsonResponse(body: unknown, { status = 200, cacheControl, headers = {} }: { status?: number; cacheControl: string; headers?: Record<string, string> }): Response {
  return new Response(jsonText(body), { status, headers: apiHeaders(cacheControl, headers) });
}

/** An error in the API's shape: `error` (a stable id) and `message` in both languages. */
export function apiError(status: number, error: string, message: { 'zh-CN': string; en: string }, { cacheControl = CACHE_REFUSAL, headers = {}, extra = {} }: { cacheControl?: string; headers?: Record<string, string>; extra?: Record<string, unknown> } = {}): Response {
  return jsonResponse({ error, message, ...extra }, { status, cacheControl, headers });
}

/**
 * Whether an `If-None-Match` header matches `etag` (RFC 9110 §13.1.2: the weak comparison, so a
 * copy a proxy compressed and marked weak, `W/"…"`, still matches; `*` matches any).
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
