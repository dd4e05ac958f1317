/**
 * How every API response is sent: JSON in UTF-8, no cookie ever, a CSP for JSON, readable from any
 * origin (the data is public and the API takes no credentials), and a Cache-Control a shared cache
 * may follow: every answer depends only on its URL (and, for /evaluate without `asOf`, on the day).
 */
import { API_CSP } from './paths';

export const JSON_TYPE = 'application/json; charset=utf-8';

/** The rules and the schemas change only with a new build: a CDN may keep them a day. */
export const CACHE_STATIC = 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400';
/** An answer for a given `asOf` (or an error, which depends on nothing else) never changes within a build. */
export const CACHE_BY_URL = 'public, max-age=3600, s-maxage=86400';

/**
 * An answer for "today" (no `asOf`) holds until midnight in China (UTC+8, no daylight saving time),
 * for at most an hour.
 */
export function cacheUntilMidnightInChina(now: number = Date.now()): string {
  const secondsIntoDay = Math.floor(now / 1000 + 8 * 3600) % 86_400;
  const left = Math.max(1, Math.min(3600, 86_400 - secondsIntoDay));
  return `public, max-age=${left}, s-maxage=${left}`;
}

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

/** A JSON response; two-space indented so that `curl` output can be read as it is. */
export function jsonResponse(body: unknown, { status = 200, cacheControl, headers = {} }: { status?: number; cacheControl: string; headers?: Record<string, string> }): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { status, headers: apiHeaders(cacheControl, headers) });
}
