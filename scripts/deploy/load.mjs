// npm run bench:deploy — the crowd, on the deployment of docs/deploying.md: two instances of the
// standalone server on 127.0.0.1 behind nginx with deploy/nginx.conf (scripts/deploy/stack.mjs),
// over TLS on loopback. Needs `npm run build` first. Prints Markdown tables (docs/deploying.md keeps
// the latest) and exits 1 if a measured request failed or a target was missed.
//
// Every client has an address of its own (127.1.x.y: all of 127/8 is this machine), as people do:
// nginx's per-client limits (deploy/nginx.conf) count each apart, and no row measures the limits.
//
// 1. Capacity, one page type at a time, 50 clients without pause (LOAD_SECONDS each): a guide
//    (nginx's cache), a question page the instances keep in memory, new results (a different URL on
//    every request: each one rendered).
// 2. The crowd: 50 clients ask for new results without pause; meanwhile other visitors open a guide
//    (20 a second) and a question page already seen (5 a second): their p50 and p99, against the
//    same pages with no crowd. The issue's target: under 100 ms p99 through nginx.
// 3. Memory: the resident size of each instance after the crowd.
import https from 'node:https';
import os from 'node:os';
import { instanceRss, startStack } from './stack.mjs';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const CLIENTS = 50;
const GUIDE = '/zh-CN/guides/resident-insurance';
const QUESTION = '/zh-CN/check/situation?v=1&w=self&r=beijing&a=40';
const HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html', 'accept-language': 'zh-CN,zh;q=0.9' };

// New results: age × place × situation × hukou × groups, 8,400 URLs, more than the 2,000 pages each
// instance keeps, in an order that never repeats within a run.
const AGES = Array.from({ length: 50 }, (_, i) => 18 + i);
const PLACES = ['beijing', 'shanghai', 'guangzhou', 'hangzhou', 'chengdu', 'elsewhere'];
const FRESH = ['flexible', 'not-working'].flatMap((s) => ['local', 'other-mainland'].flatMap((h) => ['none', 'dibao', 'disability', 'tekun', 'monitored', 'veteran', 'dibao&g=disability']
  .flatMap((g) => PLACES.flatMap((r) => AGES.map((a) => `/zh-CN/check/result?v=1&w=self&r=${r}&a=${a}&s=${s}&h=${h}${h === 'local' ? '' : '&p=yes'}&g=${g}&c=none`)))));
let freshIndex = 0;
const freshResult = () => FRESH[freshIndex++ % FRESH.length];

let addressCounter = 0;
/** A client with an address of its own. */
function client() {
  addressCounter += 1;
  const localAddress = `127.1.${Math.floor(addressCounter / 250)}.${(addressCounter % 250) + 1}`;
  return new https.Agent({ keepAlive: true, maxSockets: 16, localAddress, rejectUnauthorized: false });
}
/** People: each request of a closed loop comes from the next of 1,000 addresses. */
const people = Array.from({ length: 1000 }, () => client());
let nextPerson = 0;
const person = () => people[nextPerson++ % people.length];

function get(origin, agent, path) {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const done = (status) => resolve({ status, ms: Number(process.hrtime.bigint() - started) / 1e6 });
    const req = https.get(`${origin}${path}`, { agent, headers: HEADERS }, (res) => {
      res.on('data', () => {});
      res.on('end', () => done(res.statusCode));
      res.on('error', () => done(-1));
    });
    req.setTimeout(30_000, () => req.destroy());
    req.on('error', () => done(-1));
  });
}

function summary(samples, seconds) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (q) => (ms.length ? ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] : NaN);
  return {
    requests: samples.length,
    perSecond: Math.round(samples.length / seconds),
    p50: Math.round(at(0.5)),
    p99: Math.round(at(0.99)),
    failed: samples.filter((s) => s.status !== 200).length,
    statuses: [...new Set(samples.map((s) => s.status))].join(','),
  };
}

/** `clients` clients, each asking for `path()` again as soon as it has its answer, for `seconds`. */
async function closedLoop(origin, path, { clients = CLIENTS, seconds = SECONDS } = {}) {
  const samples = [];
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (Date.now() < until) samples.push(await get(origin, person(), path()));
  }));
  return summary(samples, seconds);
}

/** Visitors arriving at `perSecond` a second (each from its own address), whatever the answers take. */
async function openLoop(origin, path, { perSecond, seconds = SECONDS }) {
  const samples = [];
  const pending = [];
  const agents = Array.from({ length: 10 }, () => client());
  const interval = 1000 / perSecond;
  const started = Date.now();
  for (let i = 0; Date.now() - started < seconds * 1000; i++) {
    pending.push(get(origin, agents[i % agents.length], path).then((s) => samples.push(s)));
    const next = started + (i + 1) * interval;
    await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
  }
  await Promise.all(pending);
  for (const agent of agents) agent.destroy();
  return summary(samples, seconds);
}

// YIBAO_RESULTS_RATE=<n>: everyone's results reach the instances at n a second instead of the rate in
// deploy/nginx.conf (yibao_results_all): set it below the "new results" row to see what the queue does.
const RESULTS_RATE = process.env.YIBAO_RESULTS_RATE ?? null;
const stack = await startStack({ env: { CHECK_TODAY: process.env.CHECK_TODAY ?? '2026-11-23', SITE_URL: 'https://yibao.example.org' }, resultsRate: RESULTS_RATE });
const origin = stack.https;
const capacity = [];
const crowd = {};
const memory = [];
const loadStart = os.loadavg()[0];
try {
  // Warm-up: the first render of each kind of page loads its code, in each instance; nginx caches
  // the guide; both instances keep the question page.
  const warm = client();
  for (let i = 0; i < 6; i++) {
    await get(origin, warm, GUIDE);
    await get(origin, warm, QUESTION);
    await get(origin, warm, freshResult());
  }
  warm.destroy();
  console.log(`[bench:deploy] ${CLIENTS} clients, ${SECONDS} s a row, two instances behind nginx on ${os.cpus().length} cores`);

  // BENCH_CROWD_ONLY=1: the crowd and memory only (e.g. with YIBAO_RESULTS_RATE).
  if (process.env.BENCH_CROWD_ONLY !== '1') {
    capacity.push({ label: 'guide (nginx\'s cache)', ...(await closedLoop(origin, () => GUIDE)) });
    capacity.push({ label: 'question page already seen (an instance\'s memory)', ...(await closedLoop(origin, () => QUESTION)) });
    capacity.push({ label: 'new results (rendered, a different URL each)', ...(await closedLoop(origin, freshResult)) });
  }
  for (const r of capacity) console.log(`[bench:deploy] ${r.label}: ${r.perSecond}/s, p50 ${r.p50} ms, p99 ${r.p99} ms, statuses ${r.statuses}`);

  crowd.quietGuide = await openLoop(origin, GUIDE, { perSecond: 20, seconds: Math.min(10, SECONDS) });
  crowd.quietQuestion = await openLoop(origin, QUESTION, { perSecond: 5, seconds: Math.min(10, SECONDS) });
  const crowdRun = closedLoop(origin, freshResult, { seconds: SECONDS + 3 });
  await new Promise((r) => setTimeout(r, 2000));
  [crowd.guide, crowd.question] = await Promise.all([
    openLoop(origin, GUIDE, { perSecond: 20 }),
    openLoop(origin, QUESTION, { perSecond: 5 }),
  ]);
  crowd.results = await crowdRun;
  for (const port of stack.appPorts) memory.push({ port, mb: Math.round(instanceRss(stack.dir, port) / 2 ** 20) });
} finally {
  for (const agent of people) agent.destroy();
  await stack.stop({ keep: process.env.YIBAO_DEPLOY_KEEP === '1' });
}

const row = (label, r) => `| ${label} | ${r.perSecond} | ${r.p50} ms | ${r.p99} ms | ${r.failed} | ${r.statuses} |`;
console.log(`\nTwo instances behind nginx, TLS on loopback, ${os.cpus().length} cores shared with nginx and the load generator; load average ${loadStart.toFixed(1)} at the start; results queue ${RESULTS_RATE ? `${RESULTS_RATE}/s (YIBAO_RESULTS_RATE)` : 'as in deploy/nginx.conf'}; ${new Date().toISOString().slice(0, 10)}\n`);
console.log(`Capacity: ${CLIENTS} clients without pause, ${SECONDS} s a row.\n`);
console.log('| page | requests/s | p50 | p99 | failed | statuses |');
console.log('|---|---|---|---|---|---|');
for (const r of capacity) console.log(row(r.label, r));
console.log(`\nThe crowd: ${CLIENTS} clients asking for new results without pause; meanwhile other visitors.\n`);
console.log('| what | requests/s | p50 | p99 | failed | statuses |');
console.log('|---|---|---|---|---|---|');
console.log(row('guide, no crowd (20/s)', crowd.quietGuide));
console.log(row('guide, during the crowd (20/s)', crowd.guide));
console.log(row('question page already seen, no crowd (5/s)', crowd.quietQuestion));
console.log(row('question page already seen, during the crowd (5/s)', crowd.question));
console.log(row('the crowd\'s new results', crowd.results));
console.log(`\nResident memory after the crowd: ${memory.map((m) => `instance :${m.port} ${m.mb} MB`).join(', ')}\n`);
const failed = [...capacity, crowd.quietGuide, crowd.guide, crowd.quietQuestion, crowd.question, crowd.results].some((r) => r.failed > 0);
if (failed) console.log('Some requests failed (statuses above).');
if (crowd.guide.p99 >= 100 || crowd.question.p99 >= 100) console.log(`Target missed: under 100 ms p99 during the crowd (guide ${crowd.guide.p99} ms, question page ${crowd.question.p99} ms).`);
if (failed || crowd.guide.p99 >= 100 || crowd.question.p99 >= 100) process.exitCode = 1;
