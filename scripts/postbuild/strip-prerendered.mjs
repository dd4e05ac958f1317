// Part of `npm run build`, after `next build`: strips Next's runtime from the prerendered pages, so
// they ship as documents only (no JavaScript), and checks the routes rendered per request that the
// standalone server sends as documents. It writes the manifest of both (documents.json).
//
// The home page, the guide index and the guides are server components with nothing to hydrate
// (their links and the language switcher are complete in the server HTML). Next's App Router still
// adds its client runtime (~145 kB of React DOM and router) and a copy of the page as an RSC
// payload to every page it renders, and has no switch to leave them out. After `next build`, this
// step takes them out of the prerendered HTML, so those pages cost what a hand-written HTML page
// costs (issue 6: Lighthouse mobile, TBT, LCP and bytes).
//
// It fails the build, and strips nothing, whenever it cannot be sure (it fails closed):
//  - the installed Next is not the version this step was tested with (TESTED_NEXT_VERSION below;
//    DOCUMENT_ONLY_ALLOW_NEXT=<that version> lets exactly that one through, to try an upgrade);
//  - a prerendered page has no .rsc beside it, or the .rsc is not a well-formed RSC payload;
//  - a page's .rsc refers to no layout router of Next's own: the module map or the payload format
//    has changed, so the check below would see nothing;
//  - no page was found to process;
//  - a page uses a client component other than Next's own and the allow-list below;
//  - the HTML holds unfinished streaming parts (Suspense fallbacks that only a script would swap).
//
// The check's pages (questions, "check your answers", the result) are rendered per request, so
// there is no file to strip: the standalone server takes Next's scripts out of their HTML as it
// answers (document-response.mjs). This step is their gate too: it fails the build if one of
// those routes (DOCUMENT_ROUTES, document-routes.mjs) imports a client component outside Next's own and the
// allow-list, read from the route's client-reference manifest, which lists every client module its
// server components can render.
//
// It writes <distDir>/documents.json (MANIFEST, document-routes.mjs): the pages it stripped and the routes it
// checked. The proxy reads it to give exactly these pages a CSP that allows the care mode's script
// alone, by its hash (the prerendered ones, with a CDN-cacheable Cache-Control; docs/care-mode.md) or one that allows only the hashed
// enhancement scripts (the routes), and to mark the routes' answers for the standalone server
// (lib/document-manifest.ts, lib/known-paths.ts); standalone.mjs copies it into the standalone server.
import { readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { DOCUMENT_ROUTES, MANIFEST, SERVED_ROUTES } from './document-routes.mjs';
import { fileURLToPath } from 'node:url';

/**
 * The Next version this step was written and checked against. Next may change, in any release, the
 * RSC payload, the client-reference manifests, the module path of its layout router or how it puts
 * its scripts into the HTML. A different installed version fails the build (see nextVersionError);
 * a test checks that package.json pins this same version.
 */
export const TESTED_NEXT_VERSION = '16.4.6';

// The manifest's file name and the routes served as documents: stated once, in document-routes.mjs.
export { MANIFEST, DOCUMENT_ROUTES };

/**
 * The one inline script a prerendered page keeps: the care mode's (lib/security/inline-scripts.ts,
 * docs/care-mode.md), kept by its exact text (read when the pages are stripped: the standalone
 * server imports this file but has no lib/); the proxy allows it there by its hash and nothing else.
 */
export function careScript() {
  return JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../lib/security/care-script.json'), 'utf8')).script;
}


/** Client components that are complete without their script, and why. */
export const ALLOWED_CLIENT_COMPONENTS = {
  'components/layout/LanguageSwitcher.tsx':
    'its server-rendered link already points at the same page in the other language, with the query string (the answers) on the check\'s pages; it has no event handler',
};

const DATA_SCRIPT = /^<script\b[^>]*\btype="application\/(?:ld\+)?json"/;

/** The end of the element or boundary that starts at `from`: `open` and `close` counted as they nest. */
function matchingEnd(html, from, open, close) {
  let depth = 1;
  let i = from;
  while (depth > 0) {
    open.lastIndex = i;
    close.lastIndex = i;
    const o = open.exec(html);
    const c = close.exec(html);
    if (!c) return -1;
    if (o && o.index < c.index) {
      depth += 1;
      i = o.index + o[0].length;
    } else {
      depth -= 1;
      i = c.index + c[0].length;
      if (depth === 0) return c.index;
    }
  }
  return -1;
}

/**
 * A Suspense boundary that React finished in the same response: it sends the fallback in place
 * (`<!--$?--><template id="B:n"></template>…<!--/$-->`), then the content in a hidden segment
 * (`<div hidden id="S:m">…</div>`) and a script that swaps them (`$RC("B:n","S:m")`). Without
 * scripts the swap is done here: the content goes where the fallback was, as React would have put
 * it. Boundaries without their content and swap stay as they are (stripRuntime then refuses them).
 * The household list's language link is such a boundary when React flushes the page early.
 */
export function inlineResolvedBoundaries(html) {
  const swaps = [...html.matchAll(/\$RC\("(B:\d+)","(S:\d+)"\)/g)];
  for (const [, boundary, segment] of swaps) {
    const segStart = html.indexOf(`<div hidden id="${segment}">`);
    const placeholder = `<!--$?--><template id="${boundary}"></template>`;
    const at = html.indexOf(placeholder);
    if (segStart < 0 || at < 0 || segStart < at) continue;
    const contentStart = segStart + `<div hidden id="${segment}">`.length;
    const contentEnd = matchingEnd(html, contentStart, /<div\b/g, /<\/div>/g);
    const fallbackStart = at + placeholder.length;
    const fallbackEnd = matchingEnd(html, fallbackStart, /<!--\$[?!]?-->/g, /<!--\/\$-->/g);
    if (contentEnd < 0 || fallbackEnd < 0 || fallbackEnd > segStart) continue;
    const content = html.slice(contentStart, contentEnd);
    html = html.slice(0, at) + '<!--$-->' + content + html.slice(fallbackEnd, segStart) + html.slice(contentEnd + '</div>'.length);
  }
  return html;
}

/**
 * Removes every executable <script> (with its content) and every script preload from `html`.
 * JSON data blocks (JSON-LD) stay, and so does an inline script for which `keep(content)` says so
 * (the standalone server keeps the enhancement scripts the page's CSP allows by hash).
 * Throws if the page has parts only a script would reveal.
 */
export function stripRuntime(html, { keep = () => false } = {}) {
  html = inlineResolvedBoundaries(html);
  for (const [pattern, what] of [
    [/<template\b/, 'a <template> (a streamed part waiting for a script)'],
    [/<!--\$[?!]-->/, 'a pending or client-rendered Suspense boundary'],
    [/<div hidden id="S:/, 'a hidden streamed segment'],
  ]) {
    if (pattern.test(html)) throw new Error(`the page holds ${what}; it cannot be served without its scripts`);
  }
  return html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (tag, attributes, content) =>
      (DATA_SCRIPT.test(tag) || (!/\bsrc=/.test(attributes) && keep(content)) ? tag : ''))
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g, '');
}

// React Flight row tags (react-server-dom-turbopack's client, processBinaryChunk): these are
// followed by a hex byte length and a comma, then that many bytes; any other upper-case letter
// (and # r x) is a tag before data that runs to the end of the line; no tag means JSON data.
const LENGTH_TAGS = new Set('TAOobUSsLlGgMmV');
const LINE_TAG = /^[A-Z#rx]$/;
// Rows that open or close a stream may have no data.
const MAY_BE_EMPTY = new Set('RrXxC');

/**
 * The rows of an RSC payload (a .rsc file): `{ id, tag, value }`, value being the parsed JSON of
 * a line row ('' when empty) or the text of a length-prefixed row. Throws, naming the byte, on
 * anything that is not a well-formed payload: no ':' after a hex id, a row that does not end, a
 * length beyond the end, data that is not JSON, or no row at all.
 */
export function parseRsc(payload) {
  const buf = Buffer.isBuffer(payload) ? payload : Buffer.from(payload, 'utf8');
  const rows = [];
  let i = 0;
  while (i < buf.length) {
    const colon = buf.indexOf(0x3a, i);
    const id = colon < 0 ? '' : buf.toString('latin1', i, colon);
    if (colon < 0 || !/^[0-9a-f]*$/.test(id)) throw new Error(`byte ${i}: a row must start with a hex id and ':'`);
    let tag = colon + 1 < buf.length ? String.fromCharCode(buf[colon + 1]) : '';
    if (LENGTH_TAGS.has(tag)) {
      const comma = buf.indexOf(0x2c, colon + 2);
      const hex = comma < 0 ? '' : buf.toString('latin1', colon + 2, comma);
      if (!/^[0-9a-f]+$/.test(hex)) throw new Error(`byte ${i}: row ${id}:${tag} has no hex length and ','`);
      const end = comma + 1 + parseInt(hex, 16);
      if (end > buf.length) throw new Error(`byte ${i}: row ${id}:${tag} is ${parseInt(hex, 16)} bytes long, past the end of the payload`);
      rows.push({ id, tag, value: buf.toString('utf8', comma + 1, end) });
      i = end;
      continue;
    }
    let start = colon + 1;
    if (LINE_TAG.test(tag)) start += 1;
    else tag = '';
    const newline = buf.indexOf(0x0a, start);
    if (newline < 0) throw new Error(`byte ${i}: row ${id}:${tag} does not end with a newline`);
    // Hint rows (`:HL[…]`) carry a one-letter hint code before their JSON.
    const data = buf.toString('utf8', tag === 'H' ? start + 1 : start, newline);
    let value = '';
    if (data === '') {
      if (!MAY_BE_EMPTY.has(tag)) throw new Error(`byte ${i}: row ${id}:${tag} has no data`);
    } else {
      try {
        value = JSON.parse(data);
      } catch {
        throw new Error(`byte ${i}: row ${id}:${tag} is not JSON: ${data.slice(0, 60)}`);
      }
    }
    if (tag === 'I' && !(Array.isArray(value) && ['string', 'number'].includes(typeof value[0]))) {
      throw new Error(`byte ${i}: row ${id}:I does not start with a module id`);
    }
    rows.push({ id, tag, value });
    i = newline + 1;
  }
  if (rows.length === 0) throw new Error('the payload is empty');
  return rows;
}

/** The client components an RSC payload (text or rows) refers to, as project paths (e.g. components/x.tsx). */
export function clientReferences(rsc, modulePaths) {
  const rows = Array.isArray(rsc) ? rsc : parseRsc(rsc);
  const ids = new Set(rows.filter((r) => r.tag === 'I').map((r) => String(r.value[0])));
  return [...ids].map((id) => modulePaths.get(id) ?? `unknown module ${id}`);
}

/** Next's layout router, which every App Router page's payload refers to (it renders each segment's children). */
export const LAYOUT_ROUTER = /^node_modules\/next\/dist\/(?:esm\/)?client\/components\/layout-router\.js$/;

/** The client modules a client-reference manifest lists: `[project path, module id]` pairs. */
function clientModulesOf(file) {
  // Each file sets globalThis.__RSC_MANIFEST[page]; run in a context of its own (not `require`,
  // whose cache would skip a file read before).
  const context = vm.createContext({ __RSC_MANIFEST: {} });
  vm.runInContext(readFileSync(file, 'utf8'), context, { filename: file });
  return Object.values(context.__RSC_MANIFEST).flatMap((manifest) => Object.entries(manifest.clientModules ?? {}).map(([key, mod]) =>
    [key.replace(/^\[project\]\//, '').replace(/ <module evaluation>$/, '').replace(/ \[.*\]$/, ''), String(mod.id)]));
}

/** Module id → project path, from every client-reference manifest of the build. */
function modulePathsOf(appDir) {
  const paths = new Map();
  for (const file of walk(appDir).filter((f) => f.endsWith('_client-reference-manifest.js'))) {
    for (const [modulePath, id] of clientModulesOf(file)) paths.set(id, modulePath);
  }
  return paths;
}

/**
 * Checks a route rendered per request (DOCUMENT_ROUTES) by its client-reference manifest: every
 * client module its server components can render must be Next's own or allowed. Throws otherwise.
 */
export function checkDocumentRoute(appDir, route) {
  const file = path.join(appDir, ...route.split('/').filter(Boolean), 'page_client-reference-manifest.js');
  if (!existsSync(file)) {
    throw new Error(`${route} has no client-reference manifest (${path.relative(appDir, file)}): the route has moved, or Next keeps its manifests elsewhere, so the client components it uses cannot be checked`);
  }
  const modules = [...new Set(clientModulesOf(file).map(([modulePath]) => modulePath))];
  if (!modules.some((p) => LAYOUT_ROUTER.test(p))) {
    throw new Error(`${path.relative(appDir, file)} lists no layout router of Next's own (it lists ${modules.join(', ') || 'no client module'}): ` +
      'the client-reference manifests have changed, so the client components of this route cannot be trusted to be found');
  }
  const blocked = modules.filter((p) => !isAllowed(p));
  if (blocked.length > 0) {
    throw new Error(`${route} is served without Next's scripts, but it uses client components that need them: ${blocked.join(', ')}. ` +
      'Render them on the server (with a hashed enhancement script if they must do something in the browser), or, if their server-rendered HTML is complete without a script, add them to ALLOWED_CLIENT_COMPONENTS.');
  }
  return modules;
}

/**
 * Checks a route the Pages Router renders (SERVED_ROUTES with `router: 'pages'`, document-routes.mjs):
 * the build's pages manifest lists it, and the App Router has no page of the same route. Such a page
 * has no client components to check: it is rendered without Next's runtime
 * (`unstable_runtimeJS: false`), and the standalone server removes any script its CSP would refuse
 * all the same (document-response.mjs). Throws otherwise.
 */
export function checkPagesRoute(distDir, route) {
  const file = path.join(distDir, 'server', 'pages-manifest.json');
  let pages;
  try {
    pages = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${route} is rendered by the Pages Router, but ${path.relative(distDir, file)} cannot be read (${e.message}): the route cannot be checked`);
  }
  if (!(route in pages)) throw new Error(`${route} is listed as a Pages Router route (document-routes.mjs), but the build's pages manifest does not list it: the page has moved`);
  if (existsSync(path.join(distDir, 'server', 'app', ...route.split('/').filter(Boolean), 'page_client-reference-manifest.js'))) {
    throw new Error(`${route} is listed as a Pages Router route (document-routes.mjs), but the App Router has a page there too`);
  }
}

/** The site icon's address (with its content hash) in a prerendered page's <head>, or null. */
export function iconHrefOf(html) {
  return /<link rel="icon" href="([^"]+)"/.exec(html)?.[1] ?? null;
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

/** The version of `next` that `projectDir` resolves, or null if none is installed there. */
export function installedNextVersion(projectDir) {
  const require = createRequire(path.resolve(projectDir, 'package.json'));
  try {
    return JSON.parse(readFileSync(require.resolve('next/package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/**
 * Why the build must stop because of the installed Next version, or null. `allow`
 * (DOCUMENT_ONLY_ALLOW_NEXT) lets exactly that untested version through, for trying an upgrade.
 */
export function nextVersionError(installed, pinned, allow) {
  if (installed === TESTED_NEXT_VERSION) return null;
  if (installed !== null && allow === installed) return null;
  return `Next ${installed ?? '(not installed)'} is installed, but this step was tested with Next ${TESTED_NEXT_VERSION} ` +
    `(package.json pins ${pinned ?? 'nothing'}). A new Next can change the RSC payload, the client-reference manifests, ` +
    'the path of its layout router or where its scripts sit in the HTML, and this step could then strip a page that needs ' +
    'its scripts or miss one. To re-check: build with DOCUMENT_ONLY_ALLOW_NEXT=<the installed version>; run npm test ' +
    '(tests/e2e/security.spec.ts and site.spec.ts: these pages load no script, the check still hydrates under its CSP); ' +
    'compare a stripped page and its .rsc with the old build; then set TESTED_NEXT_VERSION in ' +
    'scripts/postbuild/strip-prerendered.mjs and the pin in package.json to the new version.';
}

/** The URL path of a prerendered page, from its file under server/app ('en/guides/faq.html' → '/en/guides/faq'). */
export function pagePath(relativeHtmlFile) {
  const name = relativeHtmlFile.split(path.sep).join('/').replace(/\.html$/, '');
  return name === 'index' ? '/' : `/${name}`;
}

/**
 * Checks the per-request DOCUMENT_ROUTES, strips every prerendered page under `<distDir>/server/app`
 * and writes `<distDir>/documents.json`:
 *   { "format": 2, "next": "<version>", "pages": ["/en", "/en/check", …], "special": ["/_global-error", "/_not-found"],
 *     "routes": ["/[locale]/check/[step]", …] }
 * `pages` are the routes served at those paths, sorted; `special` are Next's own pages (their file
 * names start with `_`), stripped too, which Next serves in place of another page, never at their path;
 * `routes` are DOCUMENT_ROUTES, checked.
 * Checks every page before it changes any, and removes an old manifest first, so a failure leaves
 * no manifest behind.
 */
export function stripPrerendered(distDir, { projectDir = '.', allowNext = process.env.DOCUMENT_ONLY_ALLOW_NEXT } = {}) {
  const manifestFile = path.join(distDir, MANIFEST);
  rmSync(manifestFile, { force: true });
  const installed = installedNextVersion(projectDir);
  let pinned = null;
  try {
    pinned = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')).dependencies?.next ?? null;
  } catch { /* named as "nothing" in the message */ }
  const versionError = nextVersionError(installed, pinned, allowNext);
  if (versionError) throw new Error(versionError);

  const appDir = path.join(distDir, 'server', 'app');
  if (!existsSync(appDir)) throw new Error(`${appDir} does not exist: run next build first`);
  const modulePaths = modulePathsOf(appDir);
  const care = careScript();
  for (const { route, serve, router } of SERVED_ROUTES) {
    if (serve !== 'document') continue;
    if (router === 'pages') checkPagesRoute(distDir, route);
    else checkDocumentRoute(appDir, route);
  }
  const files = walk(appDir).filter((f) => f.endsWith('.html')).sort();
  const names = files.map((f) => path.relative(appDir, f));
  if (!names.some((n) => !n.startsWith('_'))) {
    throw new Error(`no prerendered page under ${appDir} (only ${names.join(', ') || 'nothing'}): the build or its layout has changed, and there is nothing to strip`);
  }
  const stripped = files.map((file, i) => {
    const name = names[i];
    const rscFile = file.replace(/\.html$/, '.rsc');
    if (!existsSync(rscFile)) {
      throw new Error(`${name} has no ${path.basename(rscFile)} beside it: without its RSC payload the client components it uses cannot be checked`);
    }
    let rows;
    try {
      rows = parseRsc(readFileSync(rscFile));
    } catch (e) {
      throw new Error(`${path.relative(appDir, rscFile)} is not a readable RSC payload (${e.message}): the client components ${name} uses cannot be checked`);
    }
    const references = clientReferences(rows, modulePaths);
    if (!references.some((p) => LAYOUT_ROUTER.test(p))) {
      throw new Error(`${path.relative(appDir, rscFile)} refers to no layout router of Next's own (it refers to ${references.join(', ') || 'no client module'}): ` +
        'the RSC payload or the client-reference manifests have changed, so the client components of this page cannot be trusted to be found');
    }
    const blocked = references.filter((p) => !isAllowed(p));
    if (blocked.length > 0) {
      throw new Error(`${name} uses client components that need their script: ${blocked.join(', ')}. ` +
        'Make the page dynamic, or make the component work without JavaScript and add it to ALLOWED_CLIENT_COMPONENTS.');
    }
    const html = readFileSync(file, 'utf8');
    try {
      return { file, html, out: stripRuntime(html, { keep: (content) => content === care }) };
    } catch (e) {
      throw new Error(`${name}: ${e.message}`);
    }
  });
  for (const { file, out } of stripped) writeFileSync(file, out);
  const paths = names.map(pagePath);
  const manifest = {
    format: 2,
    next: installed,
    pages: paths.filter((p) => !p.startsWith('/_')),
    special: paths.filter((p) => p.startsWith('/_')),
    routes: [...DOCUMENT_ROUTES],
    // The site icon's hashed address, for the <head> of a page the Pages Router renders (HeadTags).
    icon: stripped.map((p) => iconHrefOf(p.out)).find(Boolean) ?? null,
  };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return {
    pages: files.length,
    before: stripped.reduce((n, s) => n + Buffer.byteLength(s.html), 0),
    after: stripped.reduce((n, s) => n + Buffer.byteLength(s.out), 0),
    manifest: manifestFile,
    next: installed,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  try {
    const { pages, before, after, manifest, next } = stripPrerendered(distDir);
    if (next !== TESTED_NEXT_VERSION) console.warn(`strip-prerendered: ⚠ Next ${next} is not the tested ${TESTED_NEXT_VERSION}; let through by DOCUMENT_ONLY_ALLOW_NEXT`);
    console.log(`strip-prerendered: ${pages} prerendered pages without scripts (${(before / 1024).toFixed(0)} kB → ${(after / 1024).toFixed(0)} kB of HTML), listed in ${manifest}`);
  } catch (e) {
    console.error(`strip-prerendered: ${e.message}`);
    process.exit(1);
  }
}
