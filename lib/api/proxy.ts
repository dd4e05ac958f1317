/**
 * The proxy's part for `/api/...` (proxy.ts calls it before any locale routing): a known endpoint
 * goes through to its route handler with a CSP for JSON; anything else under /api is a JSON 404
 * that lists the endpoints. What the proxy refuses under /api before this (a method, a query string
 * beyond the bounds) is refused in JSON too: every 4xx of the API is JSON.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { queryLimitStatus } from '@/lib/security/limits';
import { apiError, jsonResponse } from './http';
import { API_CSP, API_PATHS, isKnownApiPath } from './paths';

/** 405 for any method but GET and HEAD. */
export function apiMethodNotAllowed(): Response {
  return apiError(405, 'method-not-allowed', { 'zh-CN': '本接口只接受 GET 和 HEAD 请求。', en: 'The API only answers GET and HEAD requests.' }, { headers: { allow: 'GET, HEAD' } });
}

/** 414 or 400 for a query string beyond the site's bounds (lib/security/limits.ts), or null. */
export function apiQueryLimitResponse(url: string): Response | null {
  const status = queryLimitStatus(url);
  if (status === 414) return apiError(414, 'query-too-long', { 'zh-CN': '查询字符串过长：本站的链接不会这么长。', en: 'The query string is too long: this site never makes links this long.' });
  if (status === 400) return apiError(400, 'too-many-parameters', { 'zh-CN': '参数过多：本站的链接不会有这么多参数。', en: 'Too many parameters: this site never makes links with this many.' });
  return null;
}

export function apiProxy(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  if (isKnownApiPath(pathname)) {
    // The request's headers as the proxy left them (without any the client may not set).
    const response = NextResponse.next({ request: { headers: request.headers } });
    response.headers.set('content-security-policy', API_CSP);
    return response;
  }
  return jsonResponse(
    {
      error: 'not-found',
      message: { 'zh-CN': '没有这个接口。', en: 'There is no such endpoint.' },
      endpoints: API_PATHS,
    },
    { status: 404, cacheControl: 'public, max-age=600' },
  );
}
