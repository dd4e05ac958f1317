// node scripts/bench/sources.mjs [label=]<origin>… — Lighthouse 12.8.2 (mobile) on the sources
// pages of one or more running builds (the standalone server: docs/serving.md), in both locales,
// SOURCES_RUNS times each (default 3), interleaved so that the machine's noise hits every page and
// build alike. Prints the medians as the Markdown table of docs/benchmark.md ("The sources pages")
// and writes every run's figures to .bench/sources/sources.json. The pages are lib/sources-links.ts's
// index and parts, the largest of a kind's and of a place's pages (the split parts' other pages are
// smaller), plus the changes page (SOURCES_PAGES=/sources,… to choose); a page a build does
// not have (404) is left out of its rows. On a busy machine, run it under `nice -n -10` (as root) so
// that Chromium's main thread is not queued behind other work.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveLighthouse, runLighthouse, summarize, diagnose } from './lighthouse.mjs';
import { median } from './report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, '.bench', 'sources');
const BUILDS = process.argv.slice(2).map((a) => (a.includes('=') && !a.startsWith('http') ? a.split(/=(.*)/s).slice(0, 2) : ['', a]));
const RUNS = Number(process.env.SOURCES_RUNS ?? 3);
if (BUILDS.length === 0) throw new Error('usage: node scripts/bench/sources.mjs [label=]<origin>…');
const PAGES = (process.env.SOURCES_PAGES ?? '/sources,/sources/registry,/sources/registry/commercial-unverified,/sources/parameters,/sources/places,/sources/places/hangzhou,/sources/facts,/sources/changes').split(',');
const LOCALES = ['zh-CN', 'en'];

const cmd = resolveLighthouse(ROOT);
await mkdir(OUT, { recursive: true });
const runs = {};
/** Pages a build does not have. */
const absent = new Set();
for (let i = 0; i < RUNS; i += 1) {
  for (const page of PAGES) {
    for (const [label, origin] of BUILDS) for (const locale of LOCALES) {
      const url = `${origin}/${locale}${page}`;
      if (absent.has(url)) continue;
      if (i === 0 && (await fetch(url, { method: 'HEAD' })).status !== 200) {
        absent.add(url);
        continue;
      }
      const id = `${label}${locale}${page}`.replaceAll('/', '_');
      let r;
      try {
        r = await runLighthouse(cmd, url, 'mobile', path.join(OUT, `${id}-${i}`), { chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
      } catch (e) {
        console.error(`${url}: ${e.message}`);
        continue;
      }
      const s = summarize(r);
      const d = diagnose(r);
      const row = {
        performance: s.performance,
        accessibility: s.accessibility,
        tbtMs: s.tbtMs,
        lcpMs: s.lcpMs,
        elements: r.audits['dom-size']?.numericValue ?? r.audits['dom-size-insight']?.details?.debugData?.totalElements ?? null,
        documentGzip: d.document?.transferBytes ?? null,
        mainThreadMs: d.mainThreadMs,
        benchmarkIndex: s.benchmarkIndex,
        failed: d.failedAudits.filter((a) => a.category !== 'performance').map((a) => a.id),
      };
      (runs[`${label} /${locale}${page}`.trim()] ??= []).push(row);
      console.error(`${i + 1}/${RUNS} ${label} /${locale}${page}: perf ${row.performance} a11y ${row.accessibility} TBT ${row.tbtMs} ms, ${row.elements} elements${row.failed.length ? `, failed ${row.failed.join(' ')}` : ''}`);
    }
  }
}
await writeFile(path.join(OUT, 'sources.json'), `${JSON.stringify(runs, null, 2)}\n`);
const m = (rows, k) => median(rows.map((r) => r[k]).filter((v) => v !== null));
console.log('| page | perf | a11y | TBT ms | LCP ms | elements | document gzip | main thread ms | runs |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [page, rows] of Object.entries(runs)) {
  console.log(`| ${page.replace(/(\/\S*)$/, '`$1`')} | ${m(rows, 'performance')} | ${m(rows, 'accessibility')} | ${m(rows, 'tbtMs')} | ${m(rows, 'lcpMs')} | ${m(rows, 'elements')?.toLocaleString('en')} | ${(m(rows, 'documentGzip') / 1000).toFixed(1)} kB | ${m(rows, 'mainThreadMs')?.toLocaleString('en')} | ${rows.map((r) => r.performance).join(' ')} |`);
}
