// The standalone server: `node server.js` in .next/standalone (`npm start`). standalone.mjs copies
// this file there in place of the server.js Next writes, with Next's own configuration beside it
// (next.config.json, taken from Next's server.js) and the two modules it imports.
//
// It does what Next's server.js does — production mode, its own folder as the working folder,
// HOSTNAME and PORT (and KEEP_ALIVE_TIMEOUT), Next's build configuration — but through Next's
// documented custom-server API (`next()` and its request handler), so that every request passes
// through documentResponses() first: the check's pages leave as documents, without Next's client
// runtime, and are kept in memory by their URL and the date (document-response.mjs says why and how).
// Everything else is answered by Next exactly as its own server would, but for what the server
// answers itself (bare-requests.mjs): a request-target that is not a path, a method the site does
// not use, and the requests Node's parser cannot read, each with a short page.
//
// It refuses to start without SITE_URL (bare-requests.mjs, siteUrlProblem): for local use, set it
// explicitly, SITE_URL=http://localhost:3000.
import http from 'node:http';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { RenderTurns, ResponseCache, documentResponses } from './document-response.mjs';
import { onClientError, refuseBareRequest, siteUrlProblem } from './bare-requests.mjs';

const problem = siteUrlProblem(process.env);
if (problem) {
  console.error(`yibao-guide: not starting. ${problem}`);
  process.exit(1);
}

const dir = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

process.env.NODE_ENV = 'production';
process.chdir(dir);
const port = parseInt(process.env.PORT ?? '', 10) || 3000;
const hostname = process.env.HOSTNAME || '0.0.0.0';
const keepAliveTimeout = parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? '', 10);

// Next's standalone server hands its build configuration over the same way.
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = readFileSync(path.join(dir, 'next.config.json'), 'utf8');

const next = require('next');
const app = next({ dev: false, dir, hostname, port });
// How many of the check's answers to keep in memory (README, Settings); 0 keeps none (to measure
// what a page costs to render, as `npm run bench` does).
const entries = Number.parseInt(process.env.DOCUMENT_CACHE_ENTRIES ?? '', 10);
const cache = new ResponseCache({ maxEntries: Number.isFinite(entries) && entries >= 0 ? entries : 2000 });
// How many of the check's pages to render at once, each in its own turn of the event loop
// (document-response.mjs, RenderTurns; README, Settings): 1 unless RENDER_CONCURRENCY says more.
const turns = new RenderTurns(Number.parseInt(process.env.RENDER_CONCURRENCY ?? '', 10) || 1);
const ready = app.prepare().then(() => documentResponses(app.getRequestHandler(), { cache, turns }));

const server = http.createServer(async (req, res) => {
  try {
    if (refuseBareRequest(req, res)) return;
    await (await ready)(req, res);
  } catch (error) {
    console.error(`Failed to handle request for ${String(req.url).split('?')[0]}`, error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end('Internal Server Error');
    }
  }
});
if (Number.isFinite(keepAliveTimeout) && keepAliveTimeout >= 0) server.keepAliveTimeout = keepAliveTimeout;
// A request Node cannot parse (headers too large, raw UTF-8 in the link…): a short page, not a blank answer.
server.on('clientError', onClientError);

server.on('error', (error) => {
  console.error('Failed to start server', error);
  process.exit(1);
});
server.listen(port, hostname, () => {
  ready.then(
    () => console.log(`yibao-guide: listening on http://${hostname}:${port}`),
    (error) => {
      console.error('Next failed to start', error);
      process.exit(1);
    },
  );
});

// Stop taking connections, let the requests in flight finish, then stop Next (as Next's server does).
let stopping = false;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      Promise.resolve(app.close?.()).catch(console.error).finally(() => process.exit(code));
    });
    server.closeIdleConnections?.();
  });
}
