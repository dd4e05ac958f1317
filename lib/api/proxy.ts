/**
 * The proxy's part for `/api/...` (proxy.ts calls it before any locale routing): a known endpoint
 * goes through to its route handler with a CSP for JSON; anything else under /api is a JSON 404
 * that lists the endpoints. (Methods other than GET and HEAD were refused before this.)
 */
import { NextResponse, type NextRequest } from 'next/server';
import { jsonResponse } from './http';
import { API_CSP, API_PATHS, isKnownApiPath } from './paths';

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
