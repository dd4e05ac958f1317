// The CPU a result seen for the first time costs the standalone server, in ms per result.
//
//   node scripts/bench/new-results.mjs [--dist .next] [--n 300] [--connections 4] [--prof <dir>] [--port 3510]
//
// Starts the standalone server of a build (`<dist>/standalone/server.js`, as `npm start` does, in
// its own process group), warms it up with 40 results, then asks for `n` results it has never seen
// (scripts/bench/fresh.mjs) over `connections` connections, as a browser does (Accept-Encoding:
// gzip, deflate, br), and reports the server's CPU time (user + system, from /proc) per result.
// With --prof <dir> the server runs under `node --cpu-prof` and writes its profile there when it
// stops (read it with scripts/bench/profile.mjs). Needs Linux (/proc) and a build.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FRESH_RESULTS, processCpuMs } from './fresh.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' };
const WARM_UP = 40;

/**
 * Asks `origin` for `paths` over `connections` parallel connections; resolves with the count, the
 * statuses other than 200, and the bytes received (as sent: compressed).
 */
export async function askAll(origin, paths, connections) {
  let next = 0;
  let bytes = 0;
  const bad = [];
  async function worker() {
    while (next < paths.length) {
      const p = paths[next++];
      const res = await fetch(origin + p, { headers: HEADERS });
      bytes += Number(res.headers.get('content-length') ?? (await res.clone().arrayBuffer()).byteLength);
      await res.arrayBuffer();
      if (res.status !== 200) bad.push(`${res.status} ${p}`);
    }
  }
  await Promise.all(Array.from({ length: connections }, worker));
  return { count: paths.length, bad, bytes };
}

/** Starts `<dist>/standalone/server.js` on `port`; resolves with the child once it answers. */
export async function startStandalone({ dist = '.next', port = 3510, prof = null, env = {} } = {}) {
  const dir = path.join(ROOT, dist, 'standalone');
  if (!existsSync(path.join(dir, 'server.js'))) throw new Error(`${dir}/server.js is missing: run npm run build first`);
  const origin = `http://127.0.0.1:${port}`;
  const args = [...(prof ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(prof)}`] : []), 'server.js'];
  const child = spawn(process.execPath, args, {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', SITE_URL: origin, HOSTNAME: '127.0.0.1', PORT: String(port), ...env },
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}`);
    try {
      const res = await fetch(`${origin}/zh-CN`);
      await res.arrayBuffer();
      if (res.status === 200) return { child, origin };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not answer within 60 s');
}

/** Stops the server gracefully (SIGINT: it finishes, and --cpu-prof writes its profile). */
export async function stopStandalone(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGINT');
  const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await gone;
  clearTimeout(t);
}

/** CPU ms per result for `n` results never seen, on a running server (`pid` is its process). */
export async function measureNewResults(origin, pid, { n = 300, connections = 4, offset = WARM_UP } = {}) {
  const paths = FRESH_RESULTS.slice(offset, offset + n);
  const before = processCpuMs(pid);
  const started = process.hrtime.bigint();
  const r = await askAll(origin, paths, connections);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const after = processCpuMs(pid);
  const cpuMs = before === null || after === null ? null : after - before;
  return {
    results: r.count,
    connections,
    cpuMsPerResult: cpuMs === null ? null : +(cpuMs / r.count).toFixed(1),
    wallMsPerResult: +(wallMs / r.count).toFixed(1),
    bytesPerResult: Math.round(r.bytes / r.count),
    notOk: r.bad,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const opt = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { child, origin } = await startStandalone({ dist: opt('dist', '.next'), port: Number(opt('port', '3510')), prof: opt('prof', null) });
  try {
    // Warm up: the first renders load and compile the code; they are not what a result costs.
    await askAll(origin, FRESH_RESULTS.slice(0, WARM_UP), 2);
    const m = await measureNewResults(origin, child.pid, { n: Number(opt('n', '300')), connections: Number(opt('connections', '4')) });
    console.log(JSON.stringify(m, null, 2));
    if (m.notOk.length) process.exitCode = 1;
  } finally {
    await stopStandalone(child);
  }
}
