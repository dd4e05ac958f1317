import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error: a plain ES module run by node after `next build`; it has no type declarations.
import { assembleStandalone } from '../../scripts/postbuild/standalone.mjs';

// `npm run build` ends with scripts/postbuild/standalone.mjs: the standalone server must serve the
// prerendered pages as strip-prerendered.mjs left them (Next copied them before that step), and have
// the static files next to it.
describe('completing .next/standalone (scripts/postbuild/standalone.mjs)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function write(file: string, text: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }

  const nextConfig = { distDir: './.next', output: 'standalone', htmlLimitedBots: '.*' };

  /** A build folder as next build leaves it, with the pages already stripped in .next only. */
  function fakeBuild(): { project: string; dist: string } {
    dir = mkdtempSync(path.join(tmpdir(), 'standalone-test-'));
    const project = dir;
    const dist = path.join(project, '.next');
    for (const page of ['en.html', 'zh-CN/guides/faq.html']) {
      write(path.join(dist, 'server/app', page), '<html><main>no scripts</main></html>');
      write(path.join(dist, 'standalone/.next/server/app', page), '<html><script src="/_next/static/chunks/a.js"></script><main>no scripts</main></html>');
    }
    write(path.join(dist, 'documents.json'), JSON.stringify({ format: 1, next: '16.4.6', pages: ['/en', '/zh-CN/guides/faq'], special: [] }));
    // As `next build` writes it: its configuration on one line of JSON.
    write(path.join(dist, 'standalone/server.js'), `process.env.NODE_ENV = 'production'\nconst nextConfig = ${JSON.stringify(nextConfig)}\nstartServer({})\n`);
    write(path.join(dist, 'static/chunks/a.js'), 'chunk');
    write(path.join(project, 'public/robots-extra.txt'), 'public file');
    return { project, dist };
  }

  it('copies the prerendered pages without scripts, the static files and public/ into the standalone folder', () => {
    const { project, dist } = fakeBuild();
    const out = assembleStandalone(dist, project);
    expect(out.pages).toBe(2);
    for (const page of ['en.html', 'zh-CN/guides/faq.html']) {
      expect(readFileSync(path.join(dist, 'standalone/.next/server/app', page), 'utf8')).not.toContain('<script');
    }
    expect(readFileSync(path.join(dist, 'standalone/.next/static/chunks/a.js'), 'utf8')).toBe('chunk');
    expect(readFileSync(path.join(dist, 'standalone/public/robots-extra.txt'), 'utf8')).toBe('public file');
    // The proxy of the standalone server reads the manifest from its own build folder.
    expect(readFileSync(path.join(dist, 'standalone/.next/documents.json'), 'utf8')).toBe(readFileSync(path.join(dist, 'documents.json'), 'utf8'));
  });

  it('puts the site\'s server in place of Next\'s, with Next\'s own configuration and the modules it imports', () => {
    const { project, dist } = fakeBuild();
    assembleStandalone(dist, project);
    const root = path.join(dist, 'standalone');
    expect(readFileSync(path.join(root, 'server.js'), 'utf8')).toBe(readFileSync('scripts/postbuild/server.mjs', 'utf8'));
    expect(JSON.parse(readFileSync(path.join(root, 'next.config.json'), 'utf8'))).toEqual(nextConfig);
    for (const file of ['document-response.mjs', 'strip-prerendered.mjs', 'document-routes.mjs']) {
      expect(readFileSync(path.join(root, file), 'utf8'), file).toBe(readFileSync(path.join('scripts/postbuild', file), 'utf8'));
    }
    // Every module the server's files import from beside them is there too.
    for (const file of ['server.js', 'document-response.mjs', 'strip-prerendered.mjs', 'document-routes.mjs', 'bare-requests.mjs']) {
      for (const [, imported] of readFileSync(path.join(root, file), 'utf8').matchAll(/^import [^;]* from '\.\/([^']+)';$/gm)) {
        expect(existsSync(path.join(root, imported!)), `${file} imports ${imported}`).toBe(true);
      }
    }
    // Run again (server.js is ours now): the configuration is kept.
    assembleStandalone(dist, project);
    expect(JSON.parse(readFileSync(path.join(root, 'next.config.json'), 'utf8'))).toEqual(nextConfig);
  });

  it('fails when Next\'s server.js no longer holds its configuration where it is looked for', () => {
    const { project, dist } = fakeBuild();
    writeFileSync(path.join(dist, 'standalone/server.js'), 'startServer({ config: loadConfig() })\n');
    expect(() => assembleStandalone(dist, project)).toThrow(/holds no `const nextConfig = \{…\}` line of JSON/);
  });

  it('fails without the manifest of the stripped pages, or when it does not list exactly the prerendered pages', () => {
    const { project, dist } = fakeBuild();
    writeFileSync(path.join(dist, 'documents.json'), JSON.stringify({ format: 1, next: '16.4.6', pages: ['/en'], special: [] }));
    expect(() => assembleStandalone(dist, project)).toThrow(/does not list the prerendered pages: it lists \/en; the build has \/en, \/zh-CN\/guides\/faq/);
    rmSync(path.join(dist, 'documents.json'));
    expect(() => assembleStandalone(dist, project)).toThrow(/documents\.json does not exist: scripts\/postbuild\/strip-prerendered\.mjs must run first/);
  });

  it('fails when the two trees disagree on the prerendered pages, or there is no standalone server', () => {
    const { project, dist } = fakeBuild();
    write(path.join(dist, 'server/app/en/guides/new.html'), '<html></html>');
    expect(() => assembleStandalone(dist, project)).toThrow(/missing en\/guides\/new\.html/);
    rmSync(path.join(dist, 'standalone/server.js'));
    expect(() => assembleStandalone(dist, project)).toThrow(/output: 'standalone'/);
  });
});
