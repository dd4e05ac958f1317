// The deployment of README "Deploying", on loopback, from a scratch folder: the standalone server
// (a copy of .next/standalone) bound to 127.0.0.1, behind Debian's nginx running deploy/nginx.conf.
// Used by the deployment check of `npm test` (tests/deploy) and by `npm run bench:deploy`.
//
// nginx runs as `nginx -p <dir> -c <dir>/nginx.conf -e <dir>/error.log -g 'daemon off; …'`: its
// configuration, logs, temporary files, cache and certificate (self-signed, made by openssl) all live
// in the scratch folder, and nothing under /etc or /var is read or written. deploy/nginx.conf is
// used as it is, with only its ports, upstream address, certificate and cache folder swapped; each
// swap must match, so the check fails if the file changes shape.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** deploy/nginx.conf with the scratch folder's ports, upstream, certificate and cache. */
export function siteConfig(source, { dir, appPort, httpPort, httpsPort }) {
  let conf = source;
  conf = swap(conf, 'server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`);
  conf = swap(conf, '    listen 80;\n', `    listen 127.0.0.1:${httpPort};\n`);
  conf = swap(conf, '    listen [::]:80;\n', '');
  conf = swap(conf, '    listen 443 ssl http2;\n', `    listen 127.0.0.1:${httpsPort} ssl http2;\n`);
  conf = swap(conf, '    listen [::]:443 ssl http2;\n', '');
  conf = swap(conf, '/etc/letsencrypt/live/yibao.example.org/fullchain.pem', path.join(dir, 'tls', 'cert.pem'));
  conf = swap(conf, '/etc/letsencrypt/live/yibao.example.org/privkey.pem', path.join(dir, 'tls', 'key.pem'));
  conf = swap(conf, 'proxy_cache_path /var/lib/nginx/yibao-cache ', `proxy_cache_path ${path.join(dir, 'cache')} `);
  return conf;
}

/** The main configuration nginx is started with: everything in `dir`, then deploy/nginx.conf. */
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

/** SIGTERM to each process group, then SIGKILL to what is left after 2 s (Next waits for requests in flight). */
async function stopProcesses(children) {
  const running = children.filter((child) => signal(child, 'SIGTERM'));
  const until = Date.now() + 2000;
  while (running.some((c) => c.exitCode === null && c.signalCode === null) && Date.now() < until) {
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
export async function startStack({ standalone = path.join(ROOT, '.next', 'standalone'), env = {} } = {}) {
  if (!existsSync(path.join(standalone, 'server.js'))) {
    throw new Error(`${standalone}/server.js does not exist: run \`npm run build\` first`);
  }
  const nginx = ensureDebianCommand('nginx', 'nginx');
  const openssl = ensureDebianCommand('openssl', 'openssl');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yibao-deploy-'));
  // nginx's workers run as another user when nginx is started as root: they must reach the cache.
  chmodSync(dir, 0o755);
  // nginx makes the cache folder itself, as it does on a server.
  for (const sub of ['tls', 'tmp']) mkdirSync(path.join(dir, sub));
  const [appPort, httpPort, httpsPort] = [await freePort(), await freePort(), await freePort()];
  const stack = {
    dir,
    app: `http://127.0.0.1:${appPort}`,
    http: `http://127.0.0.1:${httpPort}`,
    https: `https://127.0.0.1:${httpsPort}`,
    logs: { app: path.join(dir, 'app.log'), nginx: path.join(dir, 'error.log'), access: path.join(dir, 'access.log') },
    children: [],
    async stop({ keep = false } = {}) {
      await stopProcesses([...this.children].reverse());
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    cpSync(standalone, path.join(dir, 'app'), { recursive: true, verbatimSymlinks: true });
    const app = startProcess(process.execPath, ['server.js'], {
      cwd: path.join(dir, 'app'),
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env, HOSTNAME: '127.0.0.1', PORT: String(appPort) },
      log: stack.logs.app,
    });
    stack.children.push(app);

    const cert = spawnSync(openssl, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
      '-keyout', path.join(dir, 'tls', 'key.pem'), '-out', path.join(dir, 'tls', 'cert.pem')], { encoding: 'utf8' });
    if (cert.status !== 0) throw new Error(`openssl could not make a certificate: ${cert.stderr}`);
    const source = readFileSync(path.join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
    writeFileSync(path.join(dir, 'site.conf'), siteConfig(source, { dir, appPort, httpPort, httpsPort }));
    writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(dir));
    const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', stack.logs.nginx];
    const test = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx -t rejects the configuration:\n${test.stderr}`);
    const proxy = startProcess(nginx, [...args, '-g', `daemon off; pid ${path.join(dir, 'nginx.pid')};`], { cwd: dir, env: process.env, log: path.join(dir, 'nginx.out') });
    stack.children.push(proxy);

    await waitFor(`${stack.app}/zh-CN`, app, 'the standalone server');
    await waitFor(`${stack.http}/`, proxy, 'nginx', { fetchOptions: { redirect: 'manual' } });
    return stack;
  } catch (e) {
    const detail = `\n--- ${stack.logs.app}\n${tail(stack.logs.app)}\n--- ${stack.logs.nginx}\n${tail(stack.logs.nginx)}`;
    await stack.stop();
    throw new Error(`${e.message}${detail}`);
  }
}
