/**
 * The JSON API's paths (docs/api.md). The proxy lets exactly these through and answers any
 * other `/api/...` path with a JSON 404, so this list and the route handlers under app/api/v1 must
 * agree (tests/api checks that every path here has a handler and every handler is listed).
 * (No imports here: proxy.ts loads this file, and it should stay small.)
 */
export const API_BASE = '/api/v1';

/** The JSON Schemas served under /api/v1/schema/<name>.json (lib/api/schemas.ts makes them). */
export const SCHEMA_NAMES = ['answers', 'partial-answers', 'source', 'fact', 'change'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

export const API_PATHS: readonly string[] = [
  API_BASE,
  `${API_BASE}/rules`,
  `${API_BASE}/evaluate`,
  ...SCHEMA_NAMES.map((n) => `${API_BASE}/schema/${n}.json`),
];

const known = new Set(API_PATHS);

/** Whether the path is in the API's part of the site (`/api` and below), known or not. */
export const isApiPath = (pathname: string) => pathname === '/api' || pathname.startsWith('/api/');

/** Whether the path is one of the API's endpoints. */
export const isKnownApiPath = (pathname: string) => known.has(pathname);

/** A policy for JSON: nothing in it may load or run anything, and no page may frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
