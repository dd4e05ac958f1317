// Makes the benchmark's reference page: a plain static HTML + CSS copy of a page of the built site.
//
// It fetches the page as rendered by `next start`, removes every <script> (React, the router, the RSC
// payload, JSON-LD) and every <link rel=preload|modulepreload>, and copies the same-origin files the
// rest still loads (the stylesheet, the icon, any image and anything the CSS points to) beside it,
// under the same paths. What remains is the page as a reader sees it without JavaScript: the
// physical limit of what this page could cost.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * @param {string} origin   e.g. http://localhost:3500
 * @param {string[]} pagePaths  e.g. ['/zh-CN/guides/resident-insurance']
 * @param {string} outDir   the reference server's root
 * @returns {Promise<{path: string, htmlBytes: number, originalBytes: number, removedScripts: number, assets: string[]}[]>}
 */
export async function makeReference(origin, pagePaths, outDir) {
  const copied = new Set();
  const made = [];
  for (const pagePath of pagePaths) {
    const res = await fetch(origin + pagePath, { headers: { 'accept-encoding': 'identity' } });
    if (res.status !== 200) throw new Error(`reference: ${pagePath} answered ${res.status}`);
    const original = await res.text();
    const { html, removedScripts } = stripToStatic(original);
    const assets = [];
    for (const ref of assetRefs(html)) {
      const url = new URL(ref, origin + pagePath);
      if (url.origin !== origin) continue;
      assets.push(url.pathname);
      await copyAsset(origin, url, outDir, copied);
    }
    const file = path.join(outDir, pagePath, 'index.html');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, html);
    made.push({
      path: pagePath,
      htmlBytes: Buffer.byteLength(html),
      originalBytes: Buffer.byteLength(original),
      removedScripts,
      assets,
    });
  }
  return made;
}

/** Removes scripts, script preloads and nonces; keeps everything else byte for byte. */
export function stripToStatic(html) {
  let removedScripts = 0;
  let out = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, () => {
    removedScripts += 1;
    return '';
  });
  out = out.replace(/<link\b[^>]*\brel=["']?(?:preload|modulepreload)\b[^>]*>/gi, '');
  out = out.replace(/\snonce="[^"]*"/gi, '');
  return { html: out, removedScripts };
}

function assetRefs(html) {
  const refs = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (!['stylesheet', 'icon', 'apple-touch-icon', 'manifest'].includes(rel)) continue;
    const href = /\bhref=["']([^"']+)["']/i.exec(tag)?.[1];
    if (href) refs.push(decodeEntities(href));
  }
  for (const m of html.matchAll(/<(?:img|source)\b[^>]*\bsrc=["']([^"']+)["']/gi)) refs.push(decodeEntities(m[1]));
  return refs;
}

async function copyAsset(origin, url, outDir, copied) {
  if (copied.has(url.pathname)) return;
  copied.add(url.pathname);
  const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  if (res.status !== 200) throw new Error(`reference: asset ${url.pathname} answered ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  const file = path.join(outDir, url.pathname);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, body);
  if (url.pathname.endsWith('.css')) {
    // Fonts or images the stylesheet refers to (there should be none: no web fonts, SVG inline).
    for (const m of body.toString('utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      if (m[1].startsWith('data:')) continue;
      const sub = new URL(m[1], url);
      if (sub.origin === origin) await copyAsset(origin, sub, outDir, copied);
    }
  }
}

function decodeEntities(s) {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
}
