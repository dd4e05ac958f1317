// npm run bench:deploy — the crowd, on the deployment of docs/deploying.md: the instances of the
// standalone server deploy/nginx.conf lists (two render instances at the lower CPU priority of
// deploy/yibao@.service, one pages instance) on 127.0.0.1 behind nginx with deploy/nginx.conf
// (scripts/deploy/stack.mjs), over TLS on loopback. Needs `npm run build` first. Prints Markdown
// tables (docs/deploying.md keeps the latest), then one line that says whether the target is met
// (TARGET MET / TARGET MISSED), and exits 1 if a measured request failed or the target was missed.
//
// To compare: YIBAO_NGINX_CONF=<file> runs another site file (e.g. `git show main:deploy/nginx.conf`),
// YIBAO_INSTANCE_NICE=<n> starts every instance at nice n.
//
// Every client has an address of its own (127.1.x.y: all of 127/8 is this machine), as people do:
// nginx's per-client limits (deploy/nginx.conf) count each apart, and no row measures the limits.
//
// 1. Capacity, one page type at a time, 50 clients without pause (LOAD_SECONDS each): a guide
//    (nginx's cache), a question page the instances keep in memory, new results (a different URL on
//    every request: each one rendered); with the CPU time nginx and the instances spent per request
//    (process CPU time: unlike requests a second, it does not depend on what else the machine runs).
// 2. The crowd: 50 clients ask for new results without pause; meanwhile other visitors open a guide
//    (20 a second) and a question page already seen (10 a second): their p50 and p99, against the
//    same pages with no crowd. The target: both under 100 ms p99 through nginx during the crowd.
// 3. Memory: the resident size of each instance after the crowd.
import https from 'node:https';
import os from 'node:os';
import { groupCpuSeconds, instanceGroup, instanceRss, startStack } from './stack.mjs';

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

/** The CPU seconds nginx and the instances have used so far. */
function cpuNow(stack) {
  return {
    nginx: groupCpuSeconds(stack.children[0].pid),
    instances: stack.appPorts.reduce((sum, port) => sum + groupCpuSeconds(instanceGroup(stack.dir, port)), 0),
  };
}

/** `clients` clients, each asking for `path()` again as soon as it has its answer, for `seconds`. */
async function closedLoop(origin, path, { clients = CLIENTS, seconds = SECONDS, stack = null } = {}) {
  const samples = [];
  const cpuBefore = stack && cpuNow(stack);
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (Date.now() < until) samples.push(await get(origin, person(), path()));
  }));
  const result = summary(samples, seconds);
  if (stack) {
    const cpuAfter = cpuNow(stack);
    result.nginxCpuMs = ((cpuAfter.nginx - cpuBefore.nginx) * 1000) / Math.max(1, samples.length);
    result.instancesCpuMs = ((cpuAfter.instances - cpuBefore.instances) * 1000) / Math.max(1, samples.length);
  }
  return result;
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
const NGINX_CONF = process.env.YIBAO_NGINX_CONF ?? undefined;
const QUESTION_RATE = 10;
const stack = await startStack({ env: { CHECK_TODAY: process.env.CHECK_TODAY ?? '2026-11-23', SITE_URL: 'https://yibao.example.org' }, resultsRate: RESULTS_RATE, nginxConf: NGINX_CONF });
const origin = stack.https;
const capacity = [];
const crowd = {};
const memory = [];
const loadStart = os.loadavg()[0];
let shape = '';
try {
  // Warm-up: the first render of each kind of page loads its code, in each instance; nginx caches
  // the guide; the instances keep the question page.
  const warm = client();
  for (let i = 0; i < 3 * stack.appPorts.length; i++) {
    await get(origin, warm, GUIDE);
    await get(origin, warm, QUESTION);
    await get(origin, warm, freshResult());
  }
  warm.destroy();
  shape = `${stack.appPorts.length} instances (nice ${stack.appPorts.map((p) => stack.nice[p]).join(', ')}; pages instance ${stack.pagesPorts.length ? stack.pagesPorts.join(', ') : 'none'}) behind nginx${NGINX_CONF ? ` (${NGINX_CONF})` : ''}`;
  console.log(`[bench:deploy] ${CLIENTS} clients, ${SECONDS} s a row, ${shape} on ${os.cpus().length} cores`);

  // BENCH_CROWD_ONLY=1: the crowd and memory only (e.g. with YIBAO_RESULTS_RATE).
  if (process.env.BENCH_CROWD_ONLY !== '1') {
    capacity.push({ label: 'guide (nginx\'s cache)', ...(await closedLoop(origin, () => GUIDE, { stack })) });
    capacity.push({ label: 'question page already seen (an instance\'s memory)', ...(await closedLoop(origin, () => QUESTION, { stack })) });
    capacity.push({ label: 'new results (rendered, a different URL each)', ...(await closedLoop(origin, freshResult, { stack })) });
  }
  for (const r of capacity) console.log(`[bench:deploy] ${r.label}: ${r.perSecond}/s, p50 ${r.p50} ms, p99 ${r.p99} ms, statuses ${r.statuses}, CPU per request: nginx ${r.nginxCpuMs.toFixed(2)} ms, instances ${r.instancesCpuMs.toFixed(2)} ms`);

  crowd.quietGuide = await openLoop(origin, GUIDE, { perSecond: 20, seconds: Math.min(10, SECONDS) });
  crowd.quietQuestion = await openLoop(origin, QUESTION, { perSecond: QUESTION_RATE, seconds: Math.min(10, SECONDS) });
  const crowdRun = closedLoop(origin, freshResult, { seconds: SECONDS + 3 });
  await new Promise((r) => setTimeout(r, 2000));
  [crowd.guide, crowd.question] = await Promise.all([
    openLoop(origin, GUIDE, { perSecond: 20 }),
    openLoop(origin, QUESTION, { perSecond: QUESTION_RATE }),
  ]);
  crowd.results = await crowdRun;
  for (const port of stack.appPorts) memory.push({ port, mb: Math.round(instanceRss(stack.dir, port) / 2 ** 20) });
} finally {
  for (const agent of people) agent.destroy();
  await stack.stop({ keep: process.env.YIBAO_DEPLOY_KEEP === '1' });
}

const row = (label, r) => `| ${label} | ${r.perSecond} | ${r.p50} ms | ${r.p99} ms | ${r.failed} | ${r.statuses} |`;
console.log(`\n${shape[0].toUpperCase()}${shape.slice(1)}, TLS on loopback, ${os.cpus().length} cores shared with nginx and the load generator; load average ${loadStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end; results queue ${RESULTS_RATE ? `${RESULTS_RATE}/s (YIBAO_RESULTS_RATE)` : 'as in the site file'}; ${new Date().toISOString().slice(0, 16)}Z\n`);
console.log(`Capacity: ${CLIENTS} clients without pause, ${SECONDS} s a row; CPU time per request (nginx; all the instances).\n`);
console.log('| page | requests/s | p50 | p99 | failed | statuses | CPU nginx | CPU instances |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of capacity) console.log(`${row(r.label, r)} ${r.nginxCpuMs.toFixed(2)} ms | ${r.instancesCpuMs.toFixed(2)} ms |`);
console.log(`\nThe crowd: ${CLIENTS} clients asking for new results without pause; meanwhile other visitors.\n`);
console.log('| what | requests/s | p50 | p99 | failed | statuses |');
console.log('|---|---|---|---|---|---|');
console.log(row('guide, no crowd (20/s)', crowd.quietGuide));
console.log(row('guide, during the crowd (20/s)', crowd.guide));
console.log(row(`question page already seen, no crowd (${QUESTION_RATE}/s)`, crowd.quietQuestion));
console.log(row(`question page already seen, during the crowd (${QUESTION_RATE}/s)`, crowd.question));
console.log(row('the crowd\'s new results', crowd.results));
console.log(`\nResident memory after the crowd: ${memory.map((m) => `instance :${m.port} ${m.mb} MB`).join(', ')}\n`);
const failed = [...capacity, crowd.quietGuide, crowd.guide, crowd.quietQuestion, crowd.question, crowd.results].some((r) => r.failed > 0);
if (failed) {
  const rows = [...capacity.map((r) => [r.label, r]), ['guide, no crowd', crowd.quietGuide], ['guide, during the crowd', crowd.guide],
    ['question page, no crowd', crowd.quietQuestion], ['question page, during the crowd', crowd.question], ['the crowd\'s new results', crowd.results]];
  console.log(`Some requests failed: ${rows.filter(([, r]) => r.failed > 0).map(([label, r]) => `${label}: ${r.failed} (${r.statuses})`).join('; ')}. `
    + 'A 504 for new results means the results queue (yibao_results_all) let in more than this machine rendered: see docs/deploying.md, section 6.');
}
const missed = crowd.guide.p99 >= 100 || crowd.question.p99 >= 100 || crowd.guide.failed > 0 || crowd.question.failed > 0;
console.log(`${missed ? 'TARGET MISSED' : 'TARGET MET'}: while ${CLIENTS} connections asked for new results, a guide and a question page already seen `
  + `answered in ${crowd.guide.p99} ms and ${crowd.question.p99} ms p99 through nginx (target: both under 100 ms, none failed; `
  + `load average ${loadStart.toFixed(1)} at the start: on a busy machine, run it again when it is quiet).`);
if (failed || missed) process.exitCode = 1;
