import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Which pages are served without any script: the manifest that scripts/postbuild/document-only.mjs
 * writes after stripping them, `<build folder>/document-only.json`:
 *
 *   { "format": 1, "next": "16.4.6", "pages": ["/en", "/en/check", …], "special": ["/_global-error", "/_not-found"] }
 *
 * `pages` are the URL paths of the stripped routes; `special` are Next's own pages, never served at
 * their path. standalone.mjs copies the manifest into the standalone server's build folder.
 *
 * Read by the proxy (Node runtime) once, at its first request.
 */
export interface DocumentOnlyManifest {
  format: 1;
  next: string;
  pages: string[];
  special: string[];
}

export const MANIFEST = 'document-only.json';

const isPathList = (v: unknown): v is string[] => Array.isArray(v) && v.every((p) => typeof p === 'string' && p.startsWith('/'));

/** The manifest in `text`; throws if it is not one this code knows. */
export function parseDocumentOnlyManifest(text: string): DocumentOnlyManifest {
  const m = JSON.parse(text) as Partial<DocumentOnlyManifest> | null;
  if (!m || m.format !== 1 || typeof m.next !== 'string' || !isPathList(m.pages) || !isPathList(m.special)) {
    throw new Error('not a document-only manifest of format 1 ({ format, next, pages, special })');
  }
  return m as DocumentOnlyManifest;
}

/**
 * Where the running server finds the manifest. The build folder's name is fixed at build time
 * (YIBAO_DIST_DIR, from next.config.ts `env`, which follows NEXT_DIST_DIR). It is taken relative to
 * the working folder: `next start` runs in the project, and the standalone server.js changes to its
 * own folder, where standalone.mjs put `<build folder>/document-only.json`.
 */
export function manifestFile(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.YIBAO_DIST_DIR ?? '.next', MANIFEST);
}

/**
 * The paths of the document-only pages, read from `file`.
 *
 * Missing manifest: no page is document-only, so every page gets a fresh nonce and no page gets the
 * CDN-cacheable Cache-Control. That is what `next dev` needs (it renders every page with its scripts;
 * the proxy does not even look there), and in production it is the safe side: a page that kept its
 * scripts (say, after a bare `next build`) is never put under `script-src 'none'`. A manifest that
 * cannot be read is treated the same way. In production either case is logged once, since the
 * prerendered pages then lose their caching (run `npm run build`, which writes the manifest).
 */
export function readDocumentOnlyPages(file: string, log: (message: string) => void = console.error): ReadonlySet<string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    log(`document-only: ${file} not found; every page gets a nonce and no page is cacheable by a CDN (build with npm run build)`);
    return new Set();
  }
  try {
    return new Set(parseDocumentOnlyManifest(text).pages);
  } catch (e) {
    log(`document-only: ${file} cannot be read (${(e as Error).message}); every page gets a nonce and no page is cacheable by a CDN`);
    return new Set();
  }
}
