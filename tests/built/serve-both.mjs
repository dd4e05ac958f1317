// One Next app from the standalone server a real `npm run build` emitted, behind two listeners:
// `raw` answers with what Next renders (the proxy's marks and policies included, the layer not),
// `layered` with what the site's server sends (documentResponses in front, as server.mjs does).
// Started by tests/built/layer-real.test.ts as a child process: prints `{"raw":port,"layered":port}`
// on a line of its own once both listen. Run from the project folder:
//   node tests/built/serve-both.mjs <standalone folder>
import http from 'node:http';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const dir = path.resolve(process.argv[2] ?? '.next/standalone');
// The layer as the standalone server runs it: its copy beside server.js.
const { ResponseCache, documentResponses } = await import(pathToFileURL(path.join(dir, 'document-response.mjs')).href);
const require = createRequire(path.join(dir, 'server.js'));
process.env.NODE_ENV = 'production';
process.chdir(dir);
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = readFileSync(path.join(dir, 'next.config.json'), 'utf8');
const next = require('next');
const app = next({ dev: false, dir, hostname: '127.0.0.1', port: 0 });
await app.prepare();
const handle = app.getRequestHandler();
// No answer kept: every request to the layer renders its page anew.
const layer = documentResponses(handle, { cache: new ResponseCache({ maxEntries: 0 }) });
const listen = (fn) => new Promise((resolve) => {
  const server = http.createServer((req, res) => void Promise.resolve(fn(req, res)).catch((e) => {
    console.error(e);
    res.statusCode = 500;
    res.end();
  }));
  server.listen(0, '127.0.0.1', () => resolve(server.address().port));
});
const raw = await listen((req, res) => handle(req, res));
const layered = await listen(layer);
process.stdout.write(`${JSON.stringify({ raw, layered })}\n`);
