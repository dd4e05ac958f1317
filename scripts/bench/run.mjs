// npm run bench — the performance benchmark of issue 6.
//
// 1. builds the production site into .next-bench (NEXT_DIST_DIR; .next belongs to the tests),
// 2. serves it as it is deployed, with the standalone server (`.next-bench/standalone/server.js`,
//    which sends the check's pages without Next's runtime) on :3500 (own process group, killed as a
//    group at the end),
// 3. makes the reference page — a static HTML + CSS copy of the long guide in both locales, no JS —
//    and serves it on :3501 with the same gzip middleware as `next start`,
// 4. runs Lighthouse 12.8.2 (Debian Chromium; mobile and desktop presets; 3 runs each) on home, the
//    long guide, the first question, "check your answers" and a result page in zh-CN and en, the
//    community tools (poster, paper check, household list, household editor, quick entry), plus
//    the reference pages, interleaved so that machine noise hits every page alike,
// 5. runs the check on a weak connection (journey.mjs: 400 kbps, 400 ms round trip, 4× CPU) on this
//    build and, with BENCH_BASELINE_ORIGIN=<origin of another build>, on that one too,
// 6. runs autocannon (loopback, 50 connections, 30 s) on a guide, a result (the same URL: the
//    server keeps it in memory) and results seen for the first time (a different URL each request),
//    and reads the server's CPU time (/proc) around each run: CPU ms per request, and new results'
//    rate as a share of the guide's (issue 22: at least a quarter, p99 under 500 ms),
// 7. writes .bench/results.json and .bench/results.md and prints the Markdown.
//
// BENCH_QUICK=1: 1 Lighthouse run per page and preset, 5 s of load (a smoke test).
// BENCH_LOAD_ONLY=1: the load runs only (no reference, no Lighthouse, no journey).
// BENCH_SKIP_BUILD=1: reuse the existing .next-bench build.
// BENCH_ONLY=<page id>,…: Lighthouse on those pages and the references only (no journey, no load).
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, rm, writeFile, open } from 'node:fs/promises';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startStaticServer } from './static-server.mjs';
import { makeReference } from './reference.mjs';
import { LIGHTHOUSE_VERSION, resolveLighthouse, runLighthouse, summarize, diagnose } from './lighthouse.mjs';
import { loadTest } from './load.mjs';
import { FRESH_RESULTS, processCpuMs } from './fresh.mjs';
import { formsOnIntent, weakNetworkJourney } from './journey.mjs';
import { checkTargetChecks, medians, median, ratio, representativeRun, targetChecks, markdown, METRICS } from './report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, '.bench');
const DIST_DIR = '.next-bench';
const PORT = 3500;
const REF_PORT = 3501;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const REF_ORIGIN = `http://127.0.0.1:${REF_PORT}`;
const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = QUICK ? 1 : 3;
const LOAD_SECONDS = QUICK ? 5 : 30;
const LOAD_CONNECTIONS = 50;
const PRESETS = ['mobile', 'desktop'];
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const LOCALES = ['zh-CN', 'en'];
const GUIDE = '/guides/resident-insurance';
const RESULT_QUERY = 'v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=none';

// The server is configured as in production, where SITE_URL is the origin the site is served from:
// canonical and hreflang links then agree with the Link header next-intl sends (otherwise
// Lighthouse's SEO "canonical" audit fails because the page points at another origin).
const SERVER_ENV = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_DIST_DIR: DIST_DIR,
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: ORIGIN,
};

// The community tools (issue 13), in Chinese, the language of the drives: the poster and the paper
// check are documents (perf ≥ 98); the household list keeps Next's runtime; the household editor
// and the quick entry carry React (type 'interactive': perf ≥ 90, TBT ≤ 200 ms, report.mjs).
const HOUSEHOLD_QUERY = 'hv=1&m=l.%E5%A5%B6%E5%A5%B6_r.beijing_a.70_s.not-working_h.local_g.none_c.resident-active'
  + '&m=l.%E7%88%B8%E7%88%B8_r.beijing_a.40_s.employee_h.local_g.none_c.employee-active'
  + '&m=l.%E5%AE%9D%E5%AE%9D_r.beijing_a.0_b.2026-10-20_h.local_g.none_c.none';
const TOOL_PAGES = [
  { id: 'poster-zh-CN', type: 'document', locale: 'zh-CN', refId: 'ref-zh-CN', label: 'poster zh-CN', url: `${ORIGIN}/zh-CN/poster?r=beijing` },
  { id: 'paper-zh-CN', type: 'document', locale: 'zh-CN', refId: 'ref-zh-CN', label: 'paper check zh-CN', url: `${ORIGIN}/zh-CN/check/paper` },
  { id: 'household-zh-CN', type: 'household', locale: 'zh-CN', refId: 'ref-zh-CN', label: 'household list zh-CN', url: `${ORIGIN}/zh-CN/household?${HOUSEHOLD_QUERY}` },
  { id: 'household-edit-zh-CN', type: 'interactive', locale: 'zh-CN', refId: 'ref-zh-CN', label: 'household editor zh-CN', url: `${ORIGIN}/zh-CN/household/edit?${HOUSEHOLD_QUERY}` },
  { id: 'quick-entry-zh-CN', type: 'interactive', locale: 'zh-CN', refId: 'ref-zh-CN', label: 'quick entry zh-CN', url: `${ORIGIN}/zh-CN/check/all?v=1&r=beijing` },
];

const ALL_PAGES = LOCALES.flatMap((locale) => {
  const refId = `ref-${locale}`;
  return [
    { id: refId, type: 'reference', locale, reference: true, label: `reference guide ${locale}`, url: `${REF_ORIGIN}/${locale}${GUIDE}` },
    { id: `home-${locale}`, type: 'home', locale, refId, label: `home ${locale}`, url: `${ORIGIN}/${locale}` },
    { id: `guide-${locale}`, type: 'guide', locale, refId, label: `guide ${locale}`, url: `${ORIGIN}/${locale}${GUIDE}` },
    { id: `wizard-${locale}`, type: 'wizard', locale, refId, label: `wizard step 1 ${locale}`, url: `${ORIGIN}/${locale}/check/who?v=1` },
    { id: `answers-${locale}`, type: 'answers', locale, refId, label: `check your answers ${locale}`, url: `${ORIGIN}/${locale}/check/answers?${RESULT_QUERY}` },
    { id: `result-${locale}`, type: 'result', locale, refId, label: `result ${locale}`, url: `${ORIGIN}/${locale}/check/result?${RESULT_QUERY}` },
  ];
}).concat(TOOL_PAGES);
// BENCH_ONLY=<page id>,…: Lighthouse on those pages (and the references) only, without the journey and the load.
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;
// BENCH_LOAD_ONLY=1: no Lighthouse page at all (nor the references, nor the journeys).
const LOAD_ONLY = process.env.BENCH_LOAD_ONLY === '1';
const PAGES = LOAD_ONLY ? [] : ALL_PAGES.filter((p) => !ONLY || p.reference || ONLY.includes(p.id));

// Results seen for the first time: a different answer set each request (fresh.mjs: 8,400 URLs, more
// than the 2,000 pages the server keeps), so each is rendered. `id` names the runs report.mjs compares.
const FRESH = FRESH_RESULTS;
const LOAD_PAGES = [
  { id: 'guide', label: 'guide zh-CN', url: `${ORIGIN}/zh-CN${GUIDE}` },
  { id: 'result-kept', label: 'result zh-CN (the same URL: kept in memory)', url: `${ORIGIN}/zh-CN/check/result?${RESULT_QUERY}` },
  { id: 'new-results', label: 'results seen for the first time (a different URL each request: rendered)', url: `${ORIGIN}${FRESH[0]}`, vary: (i) => FRESH[i % FRESH.length] },
];

let nextServer = null; // child process (leader of its own process group)
let refServer = null;
const log = (...a) => console.log('[bench]', ...a);

async function main() {
  const started = Date.now();
  const loadAvgStart = os.loadavg().map((v) => +v.toFixed(2));
  if (!existsSync(CHROME_PATH)) throw new Error(`Chromium not found at ${CHROME_PATH} (apt-get install -y chromium fonts-noto-cjk)`);
  for (const port of [PORT, REF_PORT]) {
    if (await portInUse(port)) throw new Error(`port ${port} is in use; stop whatever listens there first`);
  }
  await mkdir(OUT, { recursive: true });
  await rm(path.join(OUT, 'lh'), { recursive: true, force: true });
  await rm(path.join(OUT, 'ref'), { recursive: true, force: true });

  // 1. build
  let buildSeconds = null;
  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) {
    log(`BENCH_SKIP_BUILD=1: reusing ${DIST_DIR}`);
  } else {
    log(`building into ${DIST_DIR} (log: .bench/build.log) …`);
    const t = Date.now();
    // `next build` adds its dist folder's type files to tsconfig.json; keep the committed file as it is.
    const tsconfig = path.join(ROOT, 'tsconfig.json');
    const tsconfigBefore = readFileSync(tsconfig, 'utf8');
    try {
      // npm run build: next build, then the prerendered pages lose their scripts (scripts/postbuild).
      await runLogged('npm', ['run', 'build'], path.join(OUT, 'build.log'));
    } finally {
      writeFileSync(tsconfig, tsconfigBefore);
    }
    buildSeconds = Math.round((Date.now() - t) / 1000);
    log(`build done in ${buildSeconds} s`);
  }

  // 2. serve
  await startNext();
  log(`standalone server on ${ORIGIN}`);

  // 3. reference page
  let refs = [];
  if (!LOAD_ONLY) {
    const refRoot = path.join(OUT, 'ref');
    refs = await makeReference(ORIGIN, LOCALES.map((l) => `/${l}${GUIDE}`), refRoot);
    for (const r of refs) {
      log(`reference ${r.path}: ${r.htmlBytes} B of HTML (was ${r.originalBytes} B, ${r.removedScripts} scripts removed), assets ${r.assets.join(', ')}`);
    }
    refServer = await startStaticServer(refRoot, REF_PORT);
    log(`reference server on ${REF_ORIGIN}`);
  }

  // Every page answers 200 (and is warmed up) before anything is measured.
  for (const p of PAGES) {
    for (let i = 0; i < 2; i += 1) {
      const res = await fetch(p.url, { headers: { 'accept-encoding': 'gzip' } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${p.url} answered ${res.status}`);
    }
  }

  // 4. Lighthouse
  // (BENCH_LOAD_ONLY: no Lighthouse, and none fetched.)
  const lh = LOAD_ONLY ? [] : resolveLighthouse(ROOT);
  if (!LOAD_ONLY) log(`lighthouse: ${lh.join(' ')}`);
  const runs = {}; // id -> preset -> [{summary, diagnostics, base}]
  const failures = [];
  const total = RUNS * PAGES.length * PRESETS.length;
  let done = 0;
  const lhStart = Date.now();
  for (let run = 1; run <= RUNS; run += 1) {
    for (const page of PAGES) {
      for (const preset of PRESETS) {
        const dir = path.join(OUT, 'lh', page.id);
        await mkdir(dir, { recursive: true });
        const base = path.join(dir, `${preset}-${run}`);
        let report = null;
        for (let attempt = 1; attempt <= 2 && !report; attempt += 1) {
          try {
            report = await runLighthouse(lh, page.url, preset, base, { chromePath: CHROME_PATH });
          } catch (err) {
            log(`  ${page.id} ${preset} run ${run} attempt ${attempt} failed: ${err.message}`);
          }
        }
        done += 1;
        if (!report) {
          failures.push(`${page.id} ${preset} run ${run}`);
          continue;
        }
        const s = { ...summarize(report), loadAvg1: +os.loadavg()[0].toFixed(2) };
        ((runs[page.id] ??= {})[preset] ??= []).push({ summary: s, diagnostics: diagnose(report), base });
        const eta = Math.round((((Date.now() - lhStart) / done) * (total - done)) / 1000);
        log(
          `[${done}/${total}] ${page.id.padEnd(12)} ${preset.padEnd(7)} run ${run}: perf ${s.performance} a11y ${s.accessibility} ` +
            `bp ${s.bestPractices} seo ${s.seo} LCP ${s.lcpMs} ms TBT ${s.tbtMs} ms CLS ${s.cls} ${s.totalBytes} B (JS ${s.jsBytes} B) · ETA ${eta} s`,
        );
      }
    }
  }

  // medians, ratios, targets; keep only the representative run's report files
  const lighthouse = {};
  const benchIdx = [];
  const loads = [];
  for (const page of PAGES) {
    lighthouse[page.id] = {};
    for (const preset of PRESETS) {
      const list = runs[page.id]?.[preset] ?? [];
      if (!list.length) continue;
      const summaries = list.map((r) => r.summary);
      const med = medians(summaries);
      const rep = representativeRun(summaries, med);
      for (const [i, r] of list.entries()) {
        if (i !== rep) {
          await rm(`${r.base}.report.json`, { force: true });
          await rm(`${r.base}.report.html`, { force: true });
        }
      }
      benchIdx.push(...summaries.map((s) => s.benchmarkIndex));
      loads.push(...summaries.map((s) => s.loadAvg1));
      lighthouse[page.id][preset] = {
        url: page.url,
        runs: summaries,
        median: med,
        representativeReport: path.relative(ROOT, `${list[rep].base}.report.html`),
        diagnostics: list[rep].diagnostics,
      };
    }
  }
  for (const page of PAGES.filter((p) => !p.reference)) {
    for (const preset of PRESETS) {
      const ours = lighthouse[page.id][preset];
      const ref = lighthouse[page.refId]?.[preset];
      if (!ours) continue;
      ours.reference = page.refId;
      ours.ratio = Object.fromEntries(METRICS.map((m) => [m.key, ratio(ours.median[m.key], ref?.median[m.key])]));
      if (preset === 'mobile') {
        ours.targets = targetChecks(page, ours.median);
        ours.checkTargets = checkTargetChecks(page, ours.median);
      }
    }
  }

  // 5. the check on a weak connection, here and on another build if one is named
  const journeys = [];
  for (const [label, origin] of ONLY || LOAD_ONLY ? [] : [['this build', ORIGIN], ...(process.env.BENCH_BASELINE_ORIGIN ? [[`baseline (${process.env.BENCH_BASELINE_ORIGIN})`, process.env.BENCH_BASELINE_ORIGIN]] : [])]) {
    log(`weak-network journey: ${label} …`);
    const j = { label, ...(await weakNetworkJourney(origin, { chromePath: CHROME_PATH, runs: RUNS })) };
    log(`  first question ${j.firstQuestionMs} ms, ten pages ${j.journeyMs} ms`);
    journeys.push(j);
  }

  // 5b. the two forms that carry React, on the same connection: answerable at load, live after the first tap
  const interactive = PAGES.filter((p) => p.type === 'interactive');
  let forms = null;
  if (interactive.length > 0) {
    log('the forms on a weak connection: the first tap …');
    forms = await formsOnIntent(ORIGIN, interactive.map((p) => ({ label: p.label, path: p.url.slice(ORIGIN.length) })), { chromePath: CHROME_PATH, runs: RUNS });
    for (const f of forms.pages) log(`  ${f.label}: answerable ${f.answerableMs} ms, live ${f.liveMs} ms after the tap, blocking ${f.blockingMs} ms`);
  }

  // 6. load
  const load = [];
  for (const p of ONLY ? [] : LOAD_PAGES) {
    log(`load: ${p.label}, ${LOAD_CONNECTIONS} connections, ${LOAD_SECONDS} s …`);
    // The server's CPU time around the run (its warm-up requests included: a handful in thousands).
    const cpuBefore = processCpuMs(nextServer.pid);
    const r = { id: p.id, label: p.label, ...(await loadTest(p.url, { seconds: LOAD_SECONDS, connections: LOAD_CONNECTIONS, vary: p.vary })) };
    const cpuAfter = processCpuMs(nextServer.pid);
    r.serverCpuMs = cpuBefore === null || cpuAfter === null ? null : Math.round(cpuAfter - cpuBefore);
    r.cpuMsPerRequest = r.serverCpuMs === null || !r.requests ? null : +(r.serverCpuMs / r.requests).toFixed(2);
    log(`  ${r.requestsPerSec} req/s, p99 ${r.latencyP99Ms} ms, server CPU ${r.cpuMsPerRequest ?? 'n/a'} ms per request, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`);
    load.push(r);
  }

  // 7. results
  const require = createRequire(import.meta.url);
  const results = {
    meta: {
      startedAt: new Date(started).toISOString(),
      quick: QUICK,
      loadOnly: LOAD_ONLY,
      runs: RUNS,
      presets: PRESETS,
      lighthouseVersion: LIGHTHOUSE_VERSION,
      lighthouseCommand: lh.join(' '),
      chromium: chromiumVersion(),
      autocannonVersion: require('autocannon/package.json').version,
      node: process.version,
      cpus: os.cpus().length,
      loadAvgStart,
      loadAvgEnd: os.loadavg().map((v) => +v.toFixed(2)),
      benchmarkIndexMedian: median(benchIdx),
      loadAvgDuringLighthouse: { median: median(loads), max: loads.length ? Math.max(...loads) : null },
      site: ORIGIN,
      siteUrlEnv: SERVER_ENV.SITE_URL,
      referencePort: REF_PORT,
      referenceGuide: GUIDE,
      reference: refs,
      buildSeconds,
      durationSeconds: Math.round((Date.now() - started) / 1000),
      failures,
    },
    pages: PAGES,
    lighthouse,
    journeys,
    forms,
    load,
  };
  const md = markdown(results);
  await writeFile(path.join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  await writeFile(path.join(OUT, 'results.md'), md);
  console.log('\n' + md);
  log('wrote .bench/results.json and .bench/results.md');
  if (failures.length) {
    log(`Lighthouse failed on: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
  if (load.some((r) => !r.ok)) {
    log('load benchmark had errors, timeouts or non-2xx answers');
    process.exitCode = 1;
  }
}

async function runLogged(cmd, args, logFile) {
  const fh = await open(logFile, 'w');
  try {
    await new Promise((resolve, reject) => {
      const child = spawn(cmd, args, { cwd: ROOT, env: SERVER_ENV, stdio: ['ignore', fh.fd, fh.fd] });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} ${args.join(' ')} exited ${code}; see ${path.relative(ROOT, logFile)}`))));
    });
  } finally {
    await fh.close();
  }
}

async function startNext() {
  const fh = await open(path.join(OUT, 'server.log'), 'w');
  // detached: the server gets its own process group, so the whole group can be killed at the end
  // (stack notes, pitfall 14). The standalone server, as deployed (docs/deploying.md).
  nextServer = spawn(process.execPath, ['server.js'], {
    cwd: path.join(ROOT, DIST_DIR, 'standalone'),
    env: { ...SERVER_ENV, HOSTNAME: '127.0.0.1', PORT: String(PORT) },
    detached: true,
    stdio: ['ignore', fh.fd, fh.fd],
  });
  await fh.close();
  let exited = null;
  nextServer.on('exit', (code) => {
    exited = code;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`the server exited ${exited}; see .bench/server.log`);
    try {
      const res = await fetch(`${ORIGIN}/zh-CN`);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not up yet
    }
    await sleep(300);
  }
  throw new Error('the server did not answer within 60 s; see .bench/server.log');
}

async function stopAll() {
  if (refServer) {
    const s = refServer;
    refServer = null;
    s.closeAllConnections?.();
    await new Promise((r) => s.close(() => r()));
  }
  if (nextServer) {
    const child = nextServer;
    nextServer = null;
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((r) => child.once('exit', r));
      killGroup(child.pid, 'SIGTERM');
      const t = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
      await gone;
      clearTimeout(t);
    }
    // next-server may outlive its parent: make sure nothing of the group is left.
    await sleep(300);
    killGroup(child.pid, 'SIGKILL');
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function portInUse(port) {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host: '127.0.0.1' });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

function chromiumVersion() {
  try {
    const out = execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return /Chromium [\d.]+/.exec(out)?.[0] ?? out.trim();
  } catch {
    return 'Chromium (version unknown)';
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    log(`${sig}: stopping servers`);
    stopAll().finally(() => process.exit(130));
  });
}
process.on('exit', () => {
  if (nextServer) killGroup(nextServer.pid, 'SIGKILL');
});

try {
  await main();
} catch (err) {
  console.error('[bench] failed:', err.message);
  process.exitCode = 1;
} finally {
  await stopAll();
}
