// Reads a CPU profile of the standalone server (`node --cpu-prof`, e.g. new-results.mjs --prof) and
// prints where the busy time went: self time by original source file and function (through the
// build's source maps, .next/server/**/*.js.map, when they are there), and the inclusive share of a
// few parts named by their source (the words, next-intl, the QR code, React Flight and Fizz, the
// layer's compression…).
//
//   node scripts/bench/profile.mjs <file.cpuprofile> [--dist .next] [--top 40] [--incl <regex>]
// --incl: also the inclusive time of each function whose (mapped) source file matches the regex.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Parts of the work, by the original source of a frame (first match wins; inclusive time). */
export const PARTS = [
  ['words (lib/wizard/words.ts)', /lib\/wizard\/words\.ts/],
  ['todayInShanghai (lib/wizard/today.ts)', /lib\/wizard\/today\.ts/],
  ['next-intl / use-intl (translators, message formats)', /node_modules\/(?:next-intl|use-intl|intl-messageformat|@formatjs)\//],
  ['QR code (qrcode)', /node_modules\/qrcode\//],
  ['rules: evaluate (lib/rules)', /lib\/rules\//],
  // Next's compiled page runtime holds React Flight (RSC), Fizz (HTML) and the router; it has no map.
  ['Next page runtime (React Flight + Fizz + router, app-page-turbo.runtime)', /next\/dist\/compiled\/next-server\/app-page/],
  ['Next server (base-server, next-server, router-utils…)', /next\/dist\/server\//],
  ['layer: compression (zlib)', /^(?:node:zlib|node:internal\/zlib)/],
  ['layer: document-response.mjs', /document-response\.mjs|strip-prerendered\.mjs/],
  ['components/', /(?:^|\/)components\//],
  ['app/', /(?:^|\/)app\/\[locale\]\//],
];

const maps = new Map();
function mapFor(url, dist) {
  if (maps.has(url)) return maps.get(url);
  let map = null;
  // <dist>/standalone/<dist>/server/…: the maps are in the build folder itself (<dist>/server/….map).
  const m = new RegExp(`/${dist.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(server/.+\\.js)$`).exec(url.replace(/^file:\/\//, ''));
  if (m) {
    const file = path.join(ROOT, dist, `${m[1]}.map`);
    if (existsSync(file)) {
      try {
        const payload = JSON.parse(readFileSync(file, 'utf8'));
        // Turbopack writes index maps (sections); node's SourceMap reads them.
        map = new SourceMap(payload);
      } catch {
        map = null;
      }
    }
  }
  maps.set(url, map);
  return map;
}

function original(frame, dist) {
  const { url, functionName, lineNumber, columnNumber } = frame;
  const name = functionName || '(anonymous)';
  const map = url ? mapFor(url, dist) : null;
  if (map && lineNumber >= 0) {
    const e = map.findEntry(lineNumber, columnNumber);
    if (e && e.originalSource) {
      const src = e.originalSource.replace(/^.*?\[project\]\//, '').replace(/^turbopack:\/\/\//, '');
      return { file: src, fn: name, line: e.originalLine + 1 };
    }
  }
  const file = url ? url.replace(/^file:\/\//, '').replace(/^.*\/standalone\//, '') : name.startsWith('(') ? name : '(native)';
  return { file, fn: name, line: lineNumber + 1 };
}

export function analyse(profile, { dist = '.next', incl = null } = {}) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const where = new Map(profile.nodes.map((n) => [n.id, original(n.callFrame, dist)]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  let idle = 0;
  let total = 0;
  const byFile = new Map();
  const byFn = new Map();
  const parts = new Map(PARTS.map(([label]) => [label, 0]));
  const inclusive = new Map(); // with `incl`: inclusive time of each function whose source matches it
  const special = new Map();
  for (const [id, us] of self) {
    total += us;
    const w = where.get(id);
    if (w.fn === '(idle)') {
      idle += us;
      continue;
    }
    if (w.fn === '(garbage collector)' || w.fn === '(program)') special.set(w.fn, (special.get(w.fn) ?? 0) + us);
    byFile.set(w.file, (byFile.get(w.file) ?? 0) + us);
    const key = `${w.fn} ${w.file}:${w.line}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    // inclusive: each part once per sample stack
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const f = where.get(n).file;
      for (const [label, re] of PARTS) if (!seen.has(label) && re.test(f)) seen.add(label);
    }
    for (const label of seen) parts.set(label, parts.get(label) + us);
    if (incl) {
      const fns = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) {
        const w = where.get(n);
        if (incl.test(w.file)) fns.add(`${w.fn} ${w.file}:${w.line}`);
      }
      for (const f of fns) inclusive.set(f, (inclusive.get(f) ?? 0) + us);
    }
  }
  const busy = total - idle;
  const sort = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { busyMs: busy / 1000, idleMs: idle / 1000, byFile: sort(byFile), byFn: sort(byFn), parts: [...parts], special: [...special], inclusive: sort(inclusive) };
}

if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) {
  const file = process.argv[2];
  const opt = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  if (!file) {
    console.error('usage: node scripts/bench/profile.mjs <file.cpuprofile> [--dist .next] [--top 40]');
    process.exit(2);
  }
  const top = Number(opt('top', '40'));
  const inclRe = opt('incl', null);
  const a = analyse(JSON.parse(readFileSync(file, 'utf8')), { dist: opt('dist', '.next'), incl: inclRe ? new RegExp(inclRe) : null });
  const pct = (us) => `${((us / 1000 / a.busyMs) * 100).toFixed(1)}%`;
  console.log(`busy ${a.busyMs.toFixed(0)} ms, idle ${a.idleMs.toFixed(0)} ms`);
  console.log('\n## inclusive, by part (% of busy)');
  for (const [label, us] of a.parts) console.log(`${pct(us).padStart(6)}  ${label}`);
  for (const [label, us] of a.special) console.log(`${pct(us).padStart(6)}  ${label} (self)`);
  console.log('\n## self time by file');
  for (const [f, us] of a.byFile.slice(0, top)) console.log(`${pct(us).padStart(6)}  ${f}`);
  console.log('\n## self time by function');
  for (const [f, us] of a.byFn.slice(0, top)) console.log(`${pct(us).padStart(6)}  ${f}`);
  if (inclRe) {
    console.log(`\n## inclusive, functions in files matching /${inclRe}/`);
    for (const [f, us] of a.inclusive.slice(0, top)) console.log(`${pct(us).padStart(6)}  ${f}`);
  }
}
