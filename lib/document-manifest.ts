import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST } from '@/scripts/postbuild/document-routes.mjs';

/**
 * Which pages are served without Next's scripts: the manifest that scripts/postbuild/strip-prerendered.mjs
 * writes after checking and stripping them, `<build folder>/documents.json`:
 *
 *   { "format": 2, "next": "16.4.6", "pages": ["/en", "/en/check", …], "special": ["/_global-error", "/_not-found"],
 *     "routes": ["/[locale]/check/[step]", "/[locale]/check/answers", "/[locale]/check/result"] }
 *
 * `pages` are the URL paths of the stripped prerendered pages; `special` are Next's own pages, never
 * served at their path; `routes` are the routes rendered per request whose answers the standalone
 * server strips as it sends them (scripts/postbuild/document-response.mjs), as App Router route
 * patterns. standalone.mjs copies the manifest into the standalone server's build folder.
 *
 * Read by the proxy (Node runtime) once, at its first request.
 */
export interface DocumentManifest {
  format: 2;
  next: string;
  pages: string[];
  special: string[];
  routes: string[];
  /** The site icon's hashed address (for the result's <head>, which the Pages Router renders), if found. */
  icon?: string | null;
}

export type Documents = { pages: ReadonlySet<string>; routes: ReadonlySet<string>; icon?: string | null };

export { MANIFEST };

const isPathList = (v: unknown): v is string[] => Array.isArray(v) && v.every((p) => typeof p === 'string' && p.startsWith('/'));

/** The manifest in `text`; throws if it is not one this code knows. */
export function parseDocumentManifest(text: string): DocumentManifest {
  const m = JSON.parse(text) as Partial<DocumentManifest> | null;
  if (!m || m.format !== 2 || typeof m.next !== 'string' || !isPathList(m.pages) || !isPathList(m.special) || !isPathList(m.routes)) {
    throw new Error('not a documents manifest of format 2 ({ format, next, pages, special, routes })');
  }
  return m as DocumentManifest;
}

/**
 * Where the running server finds the manifest. The build folder's name is fixed at build time
 * (YIBAO_DIST_DIR, from next.config.ts `env`, which follows NEXT_DIST_DIR). It is taken relative to
 * the working folder: `next start` runs in the project, and the standalone server.js changes to its
 * own folder, where standalone.mjs put `<build folder>/documents.json`.
 */
export function manifestFile(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.YIBAO_DIST_DIR ?? '.next', MANIFEST);
}

const NONE: Documents = { pages: new Set(), routes: new Set() };

/**
 * The pages served without any script and the routes served as documents, read from `file`.
 *
 * Missing manifest: no page goes without a nonce, so every page gets a fresh nonce and no page gets the
 * CDN-cacheable Cache-Control. That is what `next dev` needs (it renders every page with its scripts;
 * the proxy does not even look there), and in production it is the safe side: a page that kept its
 * scripts (say, after a bare `next build`) is never put under `script-src 'none'`. A manifest that
 * cannot be read is treated the same way. In production either case is logged once, since the
 * prerendered pages then lose their caching (run `npm run build`, which writes the manifest).
 */
export function readDocumentManifest(file: string, log: (message: string) => void = console.error): Documents {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    log(`documents manifest: ${file} not found; every page gets a nonce and no page is cacheable by a CDN (build with npm run build)`);
    return NONE;
  }
  try {
    const m = parseDocumentManifest(text);
    return { pages: new Set(m.pages), routes: new Set(m.routes), icon: typeof m.icon === 'string' ? m.icon : null };
  } catch (e) {
    log(`documents manifest: ${file} cannot be read (${(e as Error).message}); every page gets a nonce and no page is cacheable by a CDN`);
    return NONE;
  }
}
