// Part of `npm run build`, after strip-prerendered.mjs: completes the standalone server.
//
// `output: 'standalone'` (next.config.ts) makes `next build` write .next/standalone: server.js,
// the server's own copy of .next (without .next/static) and the node_modules it needs. Next copies
// the prerendered pages into it during the build, that is before strip-prerendered.mjs has taken their
// scripts out. So this step:
//  1. copies the prerendered HTML, as strip-prerendered.mjs left it, over the standalone copies, and
//     fails if a page exists in one tree and not in the other;
//  2. copies the manifest of those pages (documents.json) into the standalone build folder, where
//     the proxy looks for it at run time, and fails if it is missing or does not list exactly the
//     prerendered pages;
//  3. copies .next/static (and public/, if there is one) next to server.js, as Next's docs ask;
//  4. puts the site's server in place of Next's server.js: server.mjs (Next behind the layer that
//     serves the check's pages as documents, document-response.mjs) with the modules it imports,
//     and Next's build configuration, taken from the server.js Next wrote, as next.config.json.
//     It fails if Next's server.js no longer holds its configuration where this step looks for it.
// Then `.next/standalone` is the whole site: copy it anywhere and run
// `HOSTNAME=127.0.0.1 PORT=3000 SITE_URL=https://… node server.js` (docs/deploying.md).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST, pagePath } from './strip-prerendered.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The site's server and the modules it imports, copied next to Next's files (server.mjs becomes server.js). */
export const SERVER_FILES = { 'server.mjs': 'server.js', 'document-response.mjs': 'document-response.mjs', 'strip-prerendered.mjs': 'strip-prerendered.mjs', 'document-routes.mjs': 'document-routes.mjs', 'bare-requests.mjs': 'bare-requests.mjs' };
const OUR_SERVER = '// The standalone server: `node server.js` in .next/standalone';

/**
 * Next's build configuration from the server.js `next build` wrote (`const nextConfig = {…}`, one
 * line of JSON), or from next.config.json when server.js is already ours (this step ran before).
 */
export function nextServerConfig(root) {
  const server = readFileSync(path.join(root, 'server.js'), 'utf8');
  if (server.startsWith(OUR_SERVER) && existsSync(path.join(root, 'next.config.json'))) return readFileSync(path.join(root, 'next.config.json'), 'utf8');
  const line = /^const nextConfig = (\{.*\})$/m.exec(server)?.[1];
  let config = null;
  try {
    config = line ? JSON.parse(line) : null;
  } catch { /* reported below */ }
  if (!config || typeof config.distDir !== 'string') {
    throw new Error(`${root}/server.js holds no \`const nextConfig = {…}\` line of JSON: Next writes its standalone server differently now, so the site's server cannot be given Next's configuration (compare it with scripts/postbuild/server.mjs)`);
  }
  return `${JSON.stringify(config)}\n`;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/** Completes `<distDir>/standalone`; `projectDir` holds public/. Returns what it copied. */
export function assembleStandalone(distDir, projectDir = '.') {
  const root = path.join(distDir, 'standalone');
  if (!existsSync(path.join(root, 'server.js'))) {
    throw new Error(`${root}/server.js does not exist: next.config.ts must set output: 'standalone' (and next build must have run)`);
  }
  // The standalone tree mirrors the project: its build folder has the same name as ours.
  const target = path.join(root, path.basename(distDir));
  const appDir = path.join(distDir, 'server', 'app');
  const targetAppDir = path.join(target, 'server', 'app');
  const pages = walk(appDir).filter((f) => f.endsWith('.html')).map((f) => path.relative(appDir, f));
  const theirs = new Set(walk(targetAppDir).filter((f) => f.endsWith('.html')).map((f) => path.relative(targetAppDir, f)));
  const missing = pages.filter((p) => !theirs.has(p));
  const extra = [...theirs].filter((p) => !pages.includes(p));
  if (missing.length || extra.length) {
    throw new Error(`the standalone server's prerendered pages differ from the build's: missing ${missing.join(', ') || 'none'}; extra ${extra.join(', ') || 'none'}`);
  }
  const manifestFile = path.join(distDir, MANIFEST);
  if (!existsSync(manifestFile)) {
    throw new Error(`${manifestFile} does not exist: scripts/postbuild/strip-prerendered.mjs must run first (npm run build)`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const listed = [...(manifest.pages ?? []), ...(manifest.special ?? [])].sort();
  const prerendered = pages.map(pagePath).sort();
  if (JSON.stringify(listed) !== JSON.stringify(prerendered)) {
    throw new Error(`${manifestFile} does not list the prerendered pages: it lists ${listed.join(', ') || 'none'}; the build has ${prerendered.join(', ')}`);
  }
  for (const page of pages) cpSync(path.join(appDir, page), path.join(targetAppDir, page));
  cpSync(manifestFile, path.join(target, MANIFEST));
  for (const page of pages) {
    if (!readFileSync(path.join(appDir, page)).equals(readFileSync(path.join(targetAppDir, page)))) {
      throw new Error(`${page} was not copied into the standalone server`);
    }
  }
  rmSync(path.join(target, 'static'), { recursive: true, force: true });
  cpSync(path.join(distDir, 'static'), path.join(target, 'static'), { recursive: true });
  const publicDir = path.join(projectDir, 'public');
  if (existsSync(publicDir)) cpSync(publicDir, path.join(root, 'public'), { recursive: true });
  const config = nextServerConfig(root);
  writeFileSync(path.join(root, 'next.config.json'), config);
  for (const [from, to] of Object.entries(SERVER_FILES)) cpSync(path.join(HERE, from), path.join(root, to));
  return { root, pages: pages.length, publicDir: existsSync(publicDir) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  try {
    const { root, pages, publicDir } = assembleStandalone(distDir);
    console.log(`standalone: ${root}/server.js (Next behind the check's document layer) with the static files${publicDir ? ', public/' : ''} and ${pages} prerendered pages without scripts, with their manifest`);
  } catch (e) {
    console.error(`standalone: ${e.message}`);
    process.exit(1);
  }
}
