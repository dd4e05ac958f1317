// Prerendered pages ship as documents only: no JavaScript.
//
// The home page, the guide index and the guides are server components with nothing to hydrate
// (their links and the language switcher are complete in the server HTML). Next's App Router still
// adds its client runtime (~145 kB of React DOM and router) and a copy of the page as an RSC
// payload to every page it renders, and has no switch to leave them out. After `next build`, this
// step takes them out of the prerendered HTML, so those pages cost what a hand-written HTML page
// costs (issue 6: Lighthouse mobile, TBT, LCP and bytes).
//
// It refuses to strip a page (and fails the build) when doing so could change what a reader sees:
//  - the page uses a client component other than Next's own and the allow-list below;
//  - the HTML holds unfinished streaming parts (Suspense fallbacks that only a script would swap).
// The RSC files are left alone, so the client router (on the wizard's pages, which keep React)
// can still navigate to these pages without a full load.
//
// The proxy gives these pages a CSP with `script-src 'none'` (proxy.ts, lib/security/headers.ts).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/** Client components that are complete without their script on a prerendered page, and why. */
export const ALLOWED_CLIENT_COMPONENTS = {
  'components/layout/LanguageSwitcher.tsx':
    'its server-rendered link already points at the same page in the other language; the script only carries a query string along, and prerendered pages have none',
};

const DATA_SCRIPT = /^<script\b[^>]*\btype="application\/(?:ld\+)?json"/;

/**
 * Removes every executable <script> (with its content) and every script preload from `html`.
 * JSON data blocks (JSON-LD) stay. Throws if the page has parts only a script would reveal.
 */
export function stripRuntime(html) {
  for (const [pattern, what] of [
    [/<template\b/, 'a <template> (a streamed part waiting for a script)'],
    [/<!--\$[?!]-->/, 'a pending or client-rendered Suspense boundary'],
    [/<div hidden id="S:/, 'a hidden streamed segment'],
  ]) {
    if (pattern.test(html)) throw new Error(`the page holds ${what}; it cannot be served without its scripts`);
  }
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) => (DATA_SCRIPT.test(tag) ? tag : ''))
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g, '');
}

/** The client components an RSC payload refers to, as project paths (e.g. components/x.tsx). */
export function clientReferences(rsc, modulePaths) {
  const ids = new Set([...rsc.matchAll(/(?:^|\n)[0-9a-f]+:I\[(\d+),/g)].map((m) => m[1]));
  return [...ids].map((id) => modulePaths.get(id) ?? `unknown module ${id}`);
}

/** Module id → project path, from every client-reference manifest of the build. */
function modulePathsOf(appDir) {
  const require = createRequire(import.meta.url);
  const paths = new Map();
  for (const file of walk(appDir).filter((f) => f.endsWith('_client-reference-manifest.js'))) {
    globalThis.__RSC_MANIFEST = {};
    require(path.resolve(file));
    for (const manifest of Object.values(globalThis.__RSC_MANIFEST)) {
      for (const [key, mod] of Object.entries(manifest.clientModules ?? {})) {
        paths.set(String(mod.id), key.replace(/^\[project\]\//, '').replace(/ <module evaluation>$/, '').replace(/ \[.*\]$/, ''));
      }
    }
  }
  delete globalThis.__RSC_MANIFEST;
  return paths;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

function isAllowed(modulePath) {
  return modulePath.startsWith('node_modules/next/') || modulePath in ALLOWED_CLIENT_COMPONENTS;
}

export function documentOnly(distDir) {
  const appDir = path.join(distDir, 'server', 'app');
  if (!existsSync(appDir)) throw new Error(`${appDir} does not exist: run next build first`);
  const modulePaths = modulePathsOf(appDir);
  const pages = walk(appDir).filter((f) => f.endsWith('.html'));
  let before = 0;
  let after = 0;
  for (const file of pages) {
    const name = path.relative(appDir, file);
    const rscFile = file.replace(/\.html$/, '.rsc');
    const rsc = existsSync(rscFile) ? readFileSync(rscFile, 'utf8') : '';
    const blocked = clientReferences(rsc, modulePaths).filter((p) => !isAllowed(p));
    if (blocked.length > 0) {
      throw new Error(`${name} uses client components that need their script: ${blocked.join(', ')}. ` +
        'Make the page dynamic, or make the component work without JavaScript and add it to ALLOWED_CLIENT_COMPONENTS.');
    }
    const html = readFileSync(file, 'utf8');
    let stripped;
    try {
      stripped = stripRuntime(html);
    } catch (e) {
      throw new Error(`${name}: ${e.message}`);
    }
    writeFileSync(file, stripped);
    before += Buffer.byteLength(html);
    after += Buffer.byteLength(stripped);
  }
  return { pages: pages.length, before, after };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  try {
    const { pages, before, after } = documentOnly(distDir);
    console.log(`document-only: ${pages} prerendered pages without scripts (${(before / 1024).toFixed(0)} kB → ${(after / 1024).toFixed(0)} kB of HTML)`);
  } catch (e) {
    console.error(`document-only: ${e.message}`);
    process.exit(1);
  }
}
