// The deployment of docs/deploying.md, on loopback, from a scratch folder: the instances of the
// standalone server deploy/nginx.conf lists (two render instances and the pages instance: one copy
// of .next/standalone, each instance on its own port of 127.0.0.1 and at the CPU priority
// deploy/yibao@.service and deploy/yibao-pages.conf give it), behind Debian's nginx running
// deploy/nginx.conf.
// Used by the deployment check of `npm test` (tests/deploy) and by `npm run bench:deploy`.
//
// nginx runs as `nginx -p <dir> -c <dir>/nginx.conf -e <dir>/error.log -g 'daemon off; …'`: its
// configuration, logs, temporary files, cache and certificate (self-signed, made by openssl) all live
// in the scratch folder, and nothing under /etc or /var is read or written. deploy/nginx.conf is
// used as it is, with only its ports, upstream addresses, certificate, log and cache folders
// swapped; each swap must match, so the check fails if the file changes shape.
//
// Ports: free ones chosen by the system, or YIBAO_DEPLOY_PORT_BASE=<n> for n…n+4 (the three
// instances, nginx's http and https).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function which(cmd) {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/sbin']) {
    const p = path.join(dir, cmd);
    if (dir && existsSync(p)) return p;
  }
  return null;
}

/**
 * The path of `command`, installing Debian's `pkg` with apt-get when it is missing and we are root;
 * otherwise an error that says what to install.
 */
export function ensureDebianCommand(command, pkg) {
  const found = which(command);
  if (found) return found;
  if (process.getuid?.() === 0 && which('apt-get')) {
    console.log(`[deploy] ${command} is missing: apt-get install -y ${pkg}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = () => spawnSync('apt-get', ['install', '-y', '-qq', pkg], { env, stdio: 'inherit' }).status === 0;
    if (!install()) {
      spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'inherit' });
      install();
    }
    const installed = which(command);
    if (installed) return installed;
  }
  throw new Error(`The deployment check needs ${command}. Install it, e.g. on Debian/Ubuntu: sudo apt-get install -y ${pkg}`);
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Replaces `from` by `to` in `text`, and fails unless it occurs exactly `times` times. */
function swap(text, from, to, times = 1) {
  const n = text.split(from).length - 1;
  if (n !== times) throw new Error(`deploy/nginx.conf: expected ${times} × "${from}", found ${n}; update scripts/deploy/stack.mjs with it`);
  return text.split(from).join(to);
}

/** The instances' ports deploy/nginx.conf's upstreams list, in order (deploy/yibao@.service, one instance per port). */
export function upstreamPorts(source) {
  return [...new Set([...source.matchAll(/^\s*server 127\.0\.0\.1:(\d+)[ ;]/gm)].map((m) => Number(m[1])))];
}

/** The ports of the pages instance(s): the servers of `upstream yibao_pages` that are not a backup. */
export function pagesPorts(source) {
  const block = /^upstream yibao_pages \{([^}]*)\}/m.exec(source)?.[1] ?? '';
  return [...block.matchAll(/^\s*server 127\.0\.0\.1:(\d+)([^;]*);/gm)].filter((m) => !/\bbackup\b/.test(m[2] ?? '')).map((m) => Number(m[1]));
}

/** The `Nice=` a systemd unit or drop-in sets (0 when none). */
export function unitNice(text) {
  return Number(/^Nice=(-?\d+)$/m.exec(text)?.[1] ?? 0);
}

/**
 * The CPU priority (nice) of each instance, as systemd gives it: the render instances the template's
 * (deploy/yibao@.service), the pages instance its drop-in's (deploy/yibao-pages.conf).
 * YIBAO_INSTANCE_NICE=<n> gives every instance n instead (to compare, `npm run bench:deploy`).
 */
export function instanceNice(source, ports) {
  const override = process.env.YIBAO_INSTANCE_NICE;
  const render = unitNice(readFileSync(path.join(ROOT, 'deploy', 'yibao@.service'), 'utf8'));
  const pages = unitNice(readFileSync(path.join(ROOT, 'deploy', 'yibao-pages.conf'), 'utf8'));
  const pagesList = pagesPorts(source);
  return Object.fromEntries(upstreamPorts(source).map((port, i) => [ports[i], override !== undefined ? Number(override) : pagesList.includes(port) ? pages : render]));
}

/** deploy/nginx.conf with the scratch folder's ports, upstream, certificate, logs and cache. */
export function siteConfig(source, { dir, appPorts, httpPort, httpsPort, resultsRate = null }) {
  let conf = source;
  // `npm run bench:deploy` with YIBAO_RESULTS_RATE=<n>: the queue for everyone's results at n a
  // second instead of the file's rate, to find the rate a machine can take (docs/deploying.md).
  if (resultsRate) conf = conf.replace(/(zone=yibao_results_all:\S+ rate=)\d+r\/s;/, `$1${Number(resultsRate)}r/s;`);
  const listed = upstreamPorts(source);
  if (appPorts.length !== listed.length) throw new Error(`the check runs ${listed.length} instances, as deploy/nginx.conf lists`);
  // All at once: a port of the scratch folder may be one of the file's.
  conf = conf.replace(/^(\s*server 127\.0\.0\.1:)(\d+)(?=[ ;])/gm, (_, head, port) => `${head}${appPorts[listed.indexOf(Number(port))]}`);
  conf = swap(conf, '    listen 80;\n', `    listen 127.0.0.1:${httpPort};\n`);
  conf = swap(conf, '    listen [::]:80;\n', '');
  conf = swap(conf, '    listen 443 ssl http2;\n', `    listen 127.0.0.1:${httpsPort} ssl http2;\n`);
  conf = swap(conf, '    listen [::]:443 ssl http2;\n', '');
  conf = swap(conf, '/etc/letsencrypt/live/yibao.example.org/fullchain.pem', path.join(dir, 'tls', 'cert.pem'));
  conf = swap(conf, '/etc/letsencrypt/live/yibao.example.org/privkey.pem', path.join(dir, 'tls', 'key.pem'));
  conf = swap(conf, 'proxy_cache_path /var/lib/nginx/yibao-cache ', `proxy_cache_path ${path.join(dir, 'cache')} `);
  conf = swap(conf, '/var/log/nginx/yibao.access.log ', `${path.join(dir, 'logs', 'yibao.access.log')} `, 2);
  conf = swap(conf, '/var/log/nginx/yibao.error.log ', `${path.join(dir, 'logs', 'yibao.error.log')} `, 2);
  return conf;
}

/**
 * The main configuration nginx is started with: everything in `dir`, then deploy/nginx.conf. Like
 * Debian's /etc/nginx/nginx.conf, it has an access log in the default format (with the whole request
 * line) and an error log at `warn`: the site file must override both.
 */
function mainConfig(dir) {
  const tmp = (name) => path.join(dir, 'tmp', name);
  return [
    // As in Debian's /etc/nginx/nginx.conf.
    'worker_processes auto;',
    `error_log ${path.join(dir, 'error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    `    access_log ${path.join(dir, 'access.log')};`,
    `    client_body_temp_path ${tmp('body')};`,
    `    proxy_temp_path ${tmp('proxy')};`,
    `    fastcgi_temp_path ${tmp('fastcgi')};`,
    `    uwsgi_temp_path ${tmp('uwsgi')};`,
    `    scgi_temp_path ${tmp('scgi')};`,
    '    default_type application/octet-stream;',
    `    include ${path.join(dir, 'site.conf')};`,
    '}',
    '',
  ].join('\n');
}

function startProcess(command, args, { cwd, env, log }) {
  const fd = openSync(log, 'a');
  // Its own process group, so that stopping it stops everything it started.
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', fd, fd] });
  child.unref();
  return child;
}

function signal(child, name) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return false;
  try {
    process.kill(-child.pid, name);
    return true;
  } catch {
    return false; // already gone
  }
}

const appLog = (dir, port) => path.join(dir, `app-${port}.log`);
const pidFile = (dir, port) => path.join(dir, 'run', `app-${port}.pid`);

/**
 * Starts one instance of the standalone server (the copy in `<dir>/app`) on 127.0.0.1:`port`, as
 * deploy/yibao@.service does, with the environment the stack was started with. Its process group
 * is written to <dir>/run, so that whoever started it, the stack's stop() ends it.
 */
export function startInstance(dir, port) {
  const env = JSON.parse(readFileSync(path.join(dir, 'run', 'env.json'), 'utf8'));
  const nice = JSON.parse(readFileSync(path.join(dir, 'run', 'nice.json'), 'utf8'))[port] ?? 0;
  // Under `nice`, so that every thread of the instance has its priority (systemd's Nice=).
  const child = startProcess('nice', ['-n', String(nice), process.execPath, 'server.js'], {
    cwd: path.join(dir, 'app'),
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env, HOSTNAME: '127.0.0.1', PORT: String(port) },
    log: appLog(dir, port),
  });
  writeFileSync(pidFile(dir, port), String(child.pid));
  return child;
}

/** Sends `name` (SIGKILL: a crash) to the instance on `port`; resolves once it is gone. */
export async function stopInstance(dir, port, name = 'SIGKILL') {
  const pid = Number(readFileSync(pidFile(dir, port), 'utf8'));
  try {
    process.kill(-pid, name);
  } catch {
    return;
  }
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
}

/** Sends `name` (SIGSTOP: hung; SIGCONT: back) to the instance on `port`. */
export function signalInstance(dir, port, name) {
  process.kill(-Number(readFileSync(pidFile(dir, port), 'utf8')), name);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
  } catch {
    return false;
  }
}

/** Waits until the instance on `port` answers. */
export async function waitForInstance(port, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/zh-CN`);
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`the instance on ${port} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The live processes of process group `group`: their /proc id and the fields of their stat line after the name. */
function groupProcesses(group) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === group) found.push({ entry, fields }); // pgrp
    } catch {
      /* gone */
    }
  }
  return found;
}

/** The resident memory of the instance on `port` (its whole process group), in bytes. */
export function instanceRss(dir, port) {
  let total = 0;
  for (const { entry } of groupProcesses(Number(readFileSync(pidFile(dir, port), 'utf8')))) {
    try {
      total += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      /* gone */
    }
  }
  return total;
}

/** The CPU time (user + system, in seconds) used so far by the live processes of process group `group`. */
export function groupCpuSeconds(group) {
  const tick = 100; // USER_HZ: 100 on Linux
  return groupProcesses(group).reduce((sum, { fields }) => sum + (Number(fields[11]) + Number(fields[12])) / tick, 0); // utime, stime
}

/** The process group of the instance on `port`. */
export const instanceGroup = (dir, port) => Number(readFileSync(pidFile(dir, port), 'utf8'));

/** SIGTERM to each process group, then SIGKILL to what is left after 2 s (Next waits for requests in flight). */
async function stopProcesses(children) {
  const running = children.filter((child) => signal(child, 'SIGTERM'));
  const until = Date.now() + 2000;
  while (running.some((c) => alive(c.pid)) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const child of running) signal(child, 'SIGKILL');
}

async function waitFor(url, child, what, { timeoutMs = 30_000, fetchOptions } = {}) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url, fetchOptions);
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The last lines of a log file, for error messages. */
export function tail(file, lines = 30) {
  if (!existsSync(file)) return `(${file} does not exist)`;
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Starts the stack. `standalone` is the build's standalone folder (default .next/standalone), copied
 * into the scratch folder first: the copy must run on its own. Resolves to the addresses, the
 * folder, and `stop()`.
 */
export async function startStack({ standalone = path.join(ROOT, '.next', 'standalone'), env = {}, resultsRate = null, nginxConf = path.join(ROOT, 'deploy', 'nginx.conf') } = {}) {
  if (!existsSync(path.join(standalone, 'server.js'))) {
    throw new Error(`${standalone}/server.js does not exist: run \`npm run build\` first`);
  }
  const nginx = ensureDebianCommand('nginx', 'nginx');
  const openssl = ensureDebianCommand('openssl', 'openssl');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yibao-deploy-'));
  // nginx's workers run as another user when nginx is started as root: they must reach the cache
  // and write the logs.
  chmodSync(dir, 0o755);
  // nginx makes the cache folder itself, as it does on a server.
  for (const sub of ['tls', 'tmp', 'run', 'logs']) mkdirSync(path.join(dir, sub));
  chmodSync(path.join(dir, 'logs'), 0o777);
  const source = readFileSync(nginxConf, 'utf8');
  const count = upstreamPorts(source).length + 2;
  const base = Number(process.env.YIBAO_DEPLOY_PORT_BASE ?? 0);
  const ports = [];
  for (let i = 0; i < count; i++) ports.push(base ? base + i : await freePort());
  const appPorts = ports.slice(0, -2);
  const [httpPort, httpsPort] = ports.slice(-2);
  const stack = {
    dir,
    appPorts,
    app: `http://127.0.0.1:${appPorts[0]}`,
    apps: appPorts.map((p) => `http://127.0.0.1:${p}`),
    http: `http://127.0.0.1:${httpPort}`,
    https: `https://127.0.0.1:${httpsPort}`,
    logs: {
      app: appLog(dir, appPorts[0]),
      apps: appPorts.map((p) => appLog(dir, p)),
      nginx: path.join(dir, 'error.log'),
      access: path.join(dir, 'access.log'),
      siteAccess: path.join(dir, 'logs', 'yibao.access.log'),
      siteError: path.join(dir, 'logs', 'yibao.error.log'),
    },
    children: [],
    async stop({ keep = false } = {}) {
      // The instances, whoever (re)started them, then nginx.
      const groups = readdirSync(path.join(dir, 'run')).filter((f) => f.endsWith('.pid')).map((f) => Number(readFileSync(path.join(dir, 'run', f), 'utf8')));
      await stopProcesses([...groups.map((pid) => ({ pid, exitCode: null, signalCode: null, group: true })), ...this.children].reverse());
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    cpSync(standalone, path.join(dir, 'app'), { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(dir, 'run', 'env.json'), JSON.stringify(env));
    stack.nice = instanceNice(source, appPorts);
    stack.pagesPorts = pagesPorts(source).map((port) => appPorts[upstreamPorts(source).indexOf(port)]);
    writeFileSync(path.join(dir, 'run', 'nice.json'), JSON.stringify(stack.nice));
    const apps = appPorts.map((port) => startInstance(dir, port));

    const cert = spawnSync(openssl, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
      '-keyout', path.join(dir, 'tls', 'key.pem'), '-out', path.join(dir, 'tls', 'cert.pem')], { encoding: 'utf8' });
    if (cert.status !== 0) throw new Error(`openssl could not make a certificate: ${cert.stderr}`);
    writeFileSync(path.join(dir, 'site.conf'), siteConfig(source, { dir, appPorts, httpPort, httpsPort, resultsRate }));
    writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(dir));
    const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', stack.logs.nginx];
    const test = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx -t rejects the configuration:\n${test.stderr}`);
    const proxy = startProcess(nginx, [...args, '-g', `daemon off; pid ${path.join(dir, 'nginx.pid')};`], { cwd: dir, env: process.env, log: path.join(dir, 'nginx.out') });
    stack.children.push(proxy);

    for (const [i, app] of apps.entries()) await waitFor(`${stack.apps[i]}/zh-CN`, app, `the standalone server on ${appPorts[i]}`);
    await waitFor(`${stack.http}/`, proxy, 'nginx', { fetchOptions: { redirect: 'manual' } });
    return stack;
  } catch (e) {
    const detail = `\n--- ${stack.logs.app}\n${tail(stack.logs.app)}\n--- ${stack.logs.nginx}\n${tail(stack.logs.nginx)}`;
    await stack.stop();
    throw new Error(`${e.message}${detail}`);
  }
}
