// A tiny static file server for the benchmark's reference page.
//
// It compresses with the very middleware `next start` uses (next/dist/compiled/compression, default
// options: gzip/deflate, zlib's default level, 1 KB threshold, chunked), so byte counts of the
// reference and of our pages are comparable (stack notes, pitfall 20: serve@14 would send brotli).
//
// Standalone: node scripts/bench/static-server.mjs <root-dir> <port>
import http from 'node:http';
import { createRequire } from 'node:module';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const compression = require('next/dist/compiled/compression');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=UTF-8',
  '.js': 'application/javascript; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Serves `root` on `port` (127.0.0.1 and ::1 via the default host). Resolves to the http.Server. */
export function startStaticServer(root, port) {
  const compress = compression();
  const absRoot = path.resolve(root);
  const server = http.createServer((req, res) => {
    compress(req, res, () => {
      serve(absRoot, req, res).catch((err) => {
        res.statusCode = 500;
        res.end(String(err));
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}

async function serve(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.statusCode = 405;
    return res.end();
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    res.statusCode = 400;
    return res.end();
  }
  let file = path.join(root, pathname);
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.statusCode = 403;
    return res.end();
  }
  let st = await stat(file).catch(() => null);
  if (st?.isDirectory()) {
    file = path.join(file, 'index.html');
    st = await stat(file).catch(() => null);
  }
  if (!st?.isFile()) {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    return res.end('Not found');
  }
  const body = await readFile(file);
  res.statusCode = 200;
  res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
  // Same caching as next start: hashed build assets are immutable, pages are revalidated.
  res.setHeader(
    'Cache-Control',
    pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
  );
  res.end(req.method === 'HEAD' ? undefined : body);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [root, port] = process.argv.slice(2);
  if (!root || !port) {
    console.error('usage: node scripts/bench/static-server.mjs <root-dir> <port>');
    process.exit(2);
  }
  const server = await startStaticServer(root, Number(port));
  console.log(`static server: ${path.resolve(root)} on http://localhost:${port}`);
  process.on('SIGINT', () => server.close(() => process.exit(0)));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
