// Runs Lighthouse 12.8.2 (mobile or desktop preset) with Debian Chromium and reads the figures the
// benchmark records out of its JSON report. Same command line as the stack notes give for Lighthouse on Debian Chromium.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const LIGHTHOUSE_VERSION = '12.8.2';
export const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic';

/**
 * The Lighthouse command: $LIGHTHOUSE_BIN, else ./node_modules/.bin/lighthouse, else the npx-cached
 * lighthouse@12.8.2 (resolved once, so each run does not pay npx's start-up). Lighthouse is kept out of
 * package.json on purpose (stack notes, pitfall 4).
 * @returns {string[]}
 */
export function resolveLighthouse(root) {
  if (process.env.LIGHTHOUSE_BIN) return process.env.LIGHTHOUSE_BIN.split(/\s+/).filter(Boolean);
  const local = path.join(root, 'node_modules/.bin/lighthouse');
  if (existsSync(local)) return [local];
  try {
    const out = execFileSync(
      'npm',
      ['exec', '--yes', `--package=lighthouse@${LIGHTHOUSE_VERSION}`, '-c', 'command -v lighthouse'],
      { cwd: os.tmpdir(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).trim();
    const bin = out.split('\n').pop();
    if (bin && existsSync(bin)) return [bin];
  } catch {
    // fall through to plain npx
  }
  return ['npx', '--yes', `lighthouse@${LIGHTHOUSE_VERSION}`];
}

/**
 * One Lighthouse run. Writes <outBase>.report.json and <outBase>.report.html.
 * @returns {Promise<object>} the parsed report
 */
export async function runLighthouse(cmd, url, preset, outBase, { chromePath, timeoutMs = 240_000 } = {}) {
  const args = [
    ...cmd.slice(1),
    url,
    `--chrome-flags=${CHROME_FLAGS}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--output=json',
    '--output=html',
    `--output-path=${outBase}`,
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  await new Promise((resolve, reject) => {
    const child = spawn(cmd[0], args, {
      env: { ...process.env, CHROME_PATH: chromePath },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`lighthouse exited ${code ?? signal}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
  const report = JSON.parse(await readFile(`${outBase}.report.json`, 'utf8'));
  if (report.runtimeError?.code) throw new Error(`lighthouse runtimeError ${report.runtimeError.code}: ${report.runtimeError.message}`);
  return report;
}

const score = (r, k) => (r.categories[k]?.score == null ? null : Math.round(r.categories[k].score * 100));
const num = (r, k) => r.audits[k]?.numericValue ?? null;
const requestsOf = (r) => r.audits['network-requests']?.details?.items ?? [];

/** The figures the benchmark records, from one report. */
export function summarize(r) {
  const reqs = requestsOf(r);
  return {
    performance: score(r, 'performance'),
    accessibility: score(r, 'accessibility'),
    bestPractices: score(r, 'best-practices'),
    seo: score(r, 'seo'),
    lcpMs: round(num(r, 'largest-contentful-paint')),
    tbtMs: round(num(r, 'total-blocking-time')),
    cls: num(r, 'cumulative-layout-shift') == null ? null : +num(r, 'cumulative-layout-shift').toFixed(4),
    totalBytes: round(num(r, 'total-byte-weight')),
    jsBytes: reqs.filter((i) => i.resourceType === 'Script').reduce((t, i) => t + (i.transferSize || 0), 0),
    // context, not in the table
    fcpMs: round(num(r, 'first-contentful-paint')),
    speedIndexMs: round(num(r, 'speed-index')),
    requests: reqs.length,
    benchmarkIndex: r.environment?.benchmarkIndex ?? null,
  };
}

/** What explains the figures: where the bytes go, unused JS, render-blocking requests, failed audits. */
export function diagnose(r) {
  const short = (u) => {
    try {
      const url = new URL(u);
      return url.pathname + url.search;
    } catch {
      return u;
    }
  };
  const reqs = requestsOf(r);
  const byType = {};
  for (const i of reqs) {
    const t = i.resourceType ?? 'Other';
    byType[t] ??= { count: 0, transferBytes: 0, resourceBytes: 0 };
    byType[t].count += 1;
    byType[t].transferBytes += i.transferSize || 0;
    byType[t].resourceBytes += i.resourceSize || 0;
  }
  const scripts = reqs
    .filter((i) => i.resourceType === 'Script')
    .map((i) => ({ url: short(i.url), transferBytes: i.transferSize || 0, resourceBytes: i.resourceSize || 0 }))
    .sort((a, b) => b.transferBytes - a.transferBytes);
  const doc = reqs.find((i) => i.resourceType === 'Document');
  const unused = r.audits['unused-javascript']?.details ?? {};
  const blocking = r.audits['render-blocking-insight'] ?? r.audits['render-blocking-resources'];
  const lcpEl = r.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const lcpNode = lcpEl[0]?.items?.[0]?.node;
  const lcpPhases = (lcpEl[1]?.items ?? []).map((p) => ({ phase: p.phase, ms: round(p.timing) }));
  const failed = [];
  for (const cat of Object.values(r.categories)) {
    for (const ref of cat.auditRefs) {
      const a = r.audits[ref.id];
      if (!a || a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'informative') continue;
      if (ref.weight > 0 && a.score !== null && a.score < 1) {
        failed.push({ category: cat.id, id: ref.id, score: a.score, weight: ref.weight, display: a.displayValue ?? '', explanation: a.explanation ?? '' });
      }
    }
  }
  const bootup = r.audits['bootup-time'];
  return {
    document: doc ? { transferBytes: doc.transferSize || 0, resourceBytes: doc.resourceSize || 0 } : null,
    byType,
    scripts,
    unusedJs: {
      savingsBytes: unused.overallSavingsBytes ?? 0,
      items: (unused.items ?? []).map((i) => ({ url: short(i.url), totalBytes: i.totalBytes, wastedBytes: i.wastedBytes })),
    },
    renderBlocking: {
      savingsMs: round(blocking?.details?.overallSavingsMs ?? blocking?.metricSavings?.FCP ?? 0),
      items: (blocking?.details?.items ?? []).map((i) => ({ url: short(i.url), totalBytes: i.totalBytes, wastedMs: round(i.wastedMs) })),
    },
    lcpElement: lcpNode ? { selector: lcpNode.selector, snippet: lcpNode.snippet, label: lcpNode.nodeLabel } : null,
    lcpPhases,
    scriptBootupMs: round(bootup?.numericValue ?? 0),
    mainThreadMs: round(r.audits['mainthread-work-breakdown']?.numericValue ?? 0),
    failedAudits: failed,
  };
}

function round(v) {
  return v == null ? null : Math.round(v);
}
