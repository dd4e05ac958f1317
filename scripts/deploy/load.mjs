// npm run bench:deploy — load on the deployment of README "Deploying": the standalone server bound
// to 127.0.0.1 behind nginx with deploy/nginx.conf (scripts/deploy/stack.mjs), over TLS on loopback.
//
// autocannon, 50 connections, LOAD_SECONDS (default 30) per page: a guide (nginx serves it from
// its cache) and a result (never cached: every request reaches the server), then the same two
// straight from the server, for comparison. Needs `npm run build` first. Prints a Markdown table and
// exits 1 if any request failed.
import autocannon from 'autocannon';
import http from 'node:http';
import https from 'node:https';
import { startStack } from './stack.mjs';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = 50;
const GUIDE = '/zh-CN/guides/resident-insurance';
const RESULT = '/zh-CN/check/result?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=none';
const HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' };

/** One request (ignoring the self-signed certificate): its status and X-Cache-Status. */
function fetchOnce(url) {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    client.get(url, { headers: HEADERS, rejectUnauthorized: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, cache: res.headers['x-cache-status'] ?? null }));
    }).on('error', reject);
  });
}

async function load(label, url) {
  // Warm-up: the first render of a page loads its code; nginx caches the guide.
  let first = null;
  for (let i = 0; i < 5; i += 1) first = await fetchOnce(url);
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: HEADERS });
  return {
    label,
    status: first.status,
    cache: first.cache,
    requestsPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: (r.errors ?? 0) + (r.timeouts ?? 0) + (r.non2xx ?? 0),
  };
}

const stack = await startStack({ env: { CHECK_TODAY: process.env.CHECK_TODAY ?? '2026-11-23', SITE_URL: 'https://yibao.example.org' } });
const rows = [];
try {
  rows.push(await load('guide, behind nginx (cached)', `${stack.https}${GUIDE}`));
  rows.push(await load('result, behind nginx (never cached)', `${stack.https}${RESULT}`));
  rows.push(await load('guide, server alone', `${stack.app}${GUIDE}`));
  rows.push(await load('result, server alone', `${stack.app}${RESULT}`));
} finally {
  await stack.stop();
}
console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, loopback, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| page | req/s | p50 | p99 | max | errors | X-Cache-Status |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.label} | ${r.requestsPerSec} | ${r.p50} ms | ${r.p99} ms | ${r.max} ms | ${r.errors} | ${r.cache ?? '–'} |`);
if (rows.some((r) => r.errors > 0 || r.status !== 200)) process.exitCode = 1;
