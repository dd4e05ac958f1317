// Load benchmark with autocannon on loopback: requests per second, latency, and errors (which must be 0).
//
// Used by run.mjs; standalone against a server that is already running:
//   node scripts/bench/load.mjs http://localhost:3500/zh-CN/guides/resident-insurance [seconds] [connections]
import autocannon from 'autocannon';
import { pathToFileURL } from 'node:url';

/**
 * @param {string} url
 * @param {{ seconds?: number, connections?: number, vary?: (i: number) => string }} [opts]
 *   `vary(i)`: the path of the i-th request, for a different page each time (e.g. results never
 *   seen before, which the server must render).
 */
export async function loadTest(url, { seconds = 30, connections = 50, vary } = {}) {
  // Browsers ask for compressed pages, so the server pays for gzip as it would in production.
  const headers = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' };
  // Warm-up: a few sequential requests so the first-render cost is not part of the measurement.
  let response = null;
  for (let i = 0; i < 5; i += 1) {
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    response = {
      status: res.status,
      cacheControl: res.headers.get('cache-control'),
      nextjsCache: res.headers.get('x-nextjs-cache'),
      contentEncoding: res.headers.get('content-encoding'),
    };
  }
  let i = 0;
  const requests = vary ? [{ setupRequest: (req) => ({ ...req, path: vary(i++) }) }] : undefined;
  const r = await autocannon({ url, connections, duration: seconds, headers, ...(requests ? { requests } : {}) });
  const non2xx = r.non2xx ?? 0;
  const errors = r.errors ?? 0;
  const timeouts = r.timeouts ?? 0;
  return {
    url,
    seconds,
    connections,
    requests: r.requests.total,
    requestsPerSec: +r.requests.average.toFixed(1),
    latencyAvgMs: +r.latency.average.toFixed(1),
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    latencyMaxMs: r.latency.max,
    throughputBytesPerSec: Math.round(r.throughput.average),
    status2xx: r['2xx'] ?? null,
    non2xx,
    errors,
    timeouts,
    response,
    ok: non2xx === 0 && errors === 0 && timeouts === 0 && r.requests.total > 0,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [url, seconds = '30', connections = '50'] = process.argv.slice(2);
  if (!url) {
    console.error('usage: node scripts/bench/load.mjs <url> [seconds] [connections]');
    process.exit(2);
  }
  const r = await loadTest(url, { seconds: Number(seconds), connections: Number(connections) });
  console.log(JSON.stringify(r, null, 2));
  if (!r.ok) process.exitCode = 1;
}
