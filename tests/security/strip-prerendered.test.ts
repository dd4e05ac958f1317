import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ALLOWED_CLIENT_COMPONENTS, MANIFEST, TESTED_NEXT_VERSION, clientReferences, stripPrerendered, inlineResolvedBoundaries, parseRsc, stripRuntime,
// @ts-expect-error: a plain ES module run by node after `next build`; it has no type declarations.
} from '../../scripts/postbuild/strip-prerendered.mjs';
import { SERVED_ROUTES } from '@/scripts/postbuild/document-routes.mjs';

/** The routes the Pages Router renders (the result). */
const PAGES_ROUTES = SERVED_ROUTES.filter((r) => r.router === 'pages').map((r) => r.route);

const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/c.js" noModule=""></script>',
  '<title>Guide</title></head><body><main id="main"><h1>Guide</h1>',
  '<script type="application/ld+json">{"@type":"FAQPage"}</script>',
  '<p>a &lt;script&gt; in text stays text</p></main>',
  '<script id="_R_">(globalThis["TURBOPACK"] || []).push({})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"7:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003c/script\\u003e\\"}]"])</script>',
  '</body></html>',
].join('');

describe('prerendered pages lose their scripts (scripts/postbuild/strip-prerendered.mjs)', () => {
  const out: string = stripRuntime(page);

  it('removes every executable script, with its content, and every script preload', () => {
    expect(out).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(out).not.toContain('__next_f');
    expect(out).not.toContain('TURBOPACK');
    expect(out).not.toContain('as="script"');
  });

  it('keeps the document: styles, JSON-LD, and the text (even text that mentions <script>)', () => {
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(out).toContain('<script type="application/ld+json">{"@type":"FAQPage"}</script>');
    expect(out).toContain('<main id="main"><h1>Guide</h1>');
    expect(out).toContain('<p>a &lt;script&gt; in text stays text</p></main></body></html>');
  });

  it('is idempotent', () => {
    expect(stripRuntime(out)).toBe(out);
  });

  it('refuses pages whose content only a script would reveal', () => {
    expect(() => stripRuntime('<body><!--$?--><template id="B:0"></template><p>Loading</p><!--/$--></body>')).toThrow(/template/);
    expect(() => stripRuntime('<body><!--$!--><p>fallback</p><!--/$--></body>')).toThrow(/Suspense/);
    expect(() => stripRuntime('<body><div hidden id="S:0"><p>late</p></div></body>')).toThrow(/streamed/);
  });

  it('puts a boundary React finished in the same response where its fallback was, as its script would', () => {
    const streamed = '<body><nav><a>搜索</a><!--$?--><template id="B:0"></template><a href="/en/household">EN</a><!--/$--></nav><main><p>list</p></main>'
      + '<div hidden id="S:0"><a href="/en/household?hv=1"><div><b>EN</b></div></a></div><script>$RC("B:0","S:0")</script></body>';
    const inlined = inlineResolvedBoundaries(streamed);
    expect(inlined).toBe('<body><nav><a>搜索</a><!--$--><a href="/en/household?hv=1"><div><b>EN</b></div></a><!--/$--></nav><main><p>list</p></main><script>$RC("B:0","S:0")</script></body>');
    expect(stripRuntime(streamed)).toBe('<body><nav><a>搜索</a><!--$--><a href="/en/household?hv=1"><div><b>EN</b></div></a><!--/$--></nav><main><p>list</p></main></body>');
    // A boundary whose content never came is still refused.
    expect(() => stripRuntime('<body><!--$?--><template id="B:1"></template><p>Loading</p><!--/$--></body><script>$RC("B:1","S:1")</script>')).toThrow(/template/);
  });

  it('finds the client components an RSC payload refers to', () => {
    const rsc = '1:"$Sreact.fragment"\n3:I[39756,["$2"],"default"]\n1c:I[87564,["$2","$5"],"$1b"]\n2a:I[11,[],""]\n';
    const paths = new Map([['39756', 'node_modules/next/dist/esm/client/components/layout-router.js'], ['87564', 'components/layout/LanguageSwitcher.tsx']]);
    expect(clientReferences(rsc, paths)).toEqual([
      'node_modules/next/dist/esm/client/components/layout-router.js',
      'components/layout/LanguageSwitcher.tsx',
      'unknown module 11',
    ]);
  });

  it('keeps an inline script only when asked to (the standalone server keeps the hashed enhancements)', () => {
    const withEnhancement = page.replace('</main>', '</main><script>enhance()</script>');
    expect(stripRuntime(withEnhancement)).not.toContain('enhance()');
    const kept: string = stripRuntime(withEnhancement, { keep: (content: string) => content === 'enhance()' });
    expect(kept).toContain('<script>enhance()</script>');
    expect(kept).not.toContain('__next_f');
    // Never a script with a src, whatever `keep` says.
    expect(stripRuntime(page, { keep: () => true })).not.toMatch(/<script[^>]*src=/);
  });

  it('allows only client components that need no script, each with its reason', () => {
    for (const [file, why] of Object.entries(ALLOWED_CLIENT_COMPONENTS)) {
      expect(file).toMatch(/^components\/.+\.tsx$/);
      expect(String(why).length).toBeGreaterThan(40);
    }
  });
});

// The post-build step fails closed: whatever it cannot check stops the build, before any page is
// changed and without leaving a manifest. Each case is a build folder made of fixture files.
describe('strip-prerendered fails the build when it cannot be sure, and lists what it stripped', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const LAYOUT_ROUTER_ID = 39756;
  const SWITCHER_ID = 87564;
  const FORM_ID = 55501;
  const rscOf = (...ids: number[]) => ['1:"$Sreact.fragment"', ...ids.map((id, i) => `${(i + 2).toString(16)}:I[${id},["$2"],"default"]`),
    ':HL["/_next/static/chunks/a.css","style"]', 'a:X', 'b:T6,中文0:{"P":null,"c":["","en"]}', 'a:C', ''].join('\n');
  const html = '<html><head><script src="/_next/static/chunks/b.js" async=""></script></head><body><main>Guide</main><script>self.__next_f.push([1,""])</script></body></html>';

  function write(file: string, text: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }

  /** A project with Next `installed` (package.json pins `pinned`) and a build folder as `next build` leaves it. */
  function fixture({ installed = TESTED_NEXT_VERSION, pinned = TESTED_NEXT_VERSION } = {}) {
    dir = mkdtempSync(path.join(tmpdir(), 'strip-prerendered-test-'));
    const dist = path.join(dir, '.next');
    const app = path.join(dist, 'server', 'app');
    write(path.join(dir, 'package.json'), JSON.stringify({ dependencies: { next: pinned } }));
    write(path.join(dir, 'node_modules', 'next', 'package.json'), JSON.stringify({ name: 'next', version: installed }));
    write(path.join(app, '[locale]', 'page_client-reference-manifest.js'), `globalThis.__RSC_MANIFEST["/[locale]/page"] = ${JSON.stringify({ clientModules: {
      '[project]/node_modules/next/dist/esm/client/components/layout-router.js <module evaluation>': { id: LAYOUT_ROUTER_ID },
      '[project]/components/layout/LanguageSwitcher.tsx': { id: SWITCHER_ID },
      '[project]/components/wizard/QuestionForm.tsx': { id: FORM_ID },
    } })};`);
    for (const page of ['en', 'en/guides/faq', 'zh-CN/check', '_not-found']) {
      write(path.join(app, `${page}.html`), html);
      write(path.join(app, `${page}.rsc`), rscOf(LAYOUT_ROUTER_ID, SWITCHER_ID));
    }
    // The check's routes rendered per request: Next's own modules and the language switcher only.
    for (const { route, serve, router } of SERVED_ROUTES) {
      if (serve === 'document' && router !== 'pages') routeManifest(app, route, [LAYOUT_ROUTER_ID, SWITCHER_ID]);
    }
    // The result, rendered by the Pages Router: listed in the build's pages manifest.
    write(path.join(dist, 'server', 'pages-manifest.json'), JSON.stringify({ '/_app': 'pages/_app.js', ...Object.fromEntries(PAGES_ROUTES.map((r) => [r, `pages${r}.js`])) }));
    return { dist, app, run: (options: Record<string, unknown> = {}) => stripPrerendered(dist, { projectDir: dir, allowNext: undefined, ...options }) };
  }

  const MODULES: Record<number, string> = {
    [LAYOUT_ROUTER_ID]: '[project]/node_modules/next/dist/esm/client/components/layout-router.js <module evaluation>',
    [SWITCHER_ID]: '[project]/components/layout/LanguageSwitcher.tsx',
    [FORM_ID]: '[project]/components/wizard/QuestionForm.tsx',
  };
  /** A route's client-reference manifest listing the client modules `ids`. */
  function routeManifest(app: string, route: string, ids: number[]) {
    const clientModules = Object.fromEntries(ids.map((id) => [MODULES[id], { id }]));
    write(path.join(app, ...route.split('/').filter(Boolean), 'page_client-reference-manifest.js'),
      `globalThis.__RSC_MANIFEST["${route}/page"] = ${JSON.stringify({ clientModules })};`);
  }

  /** Runs `run`, expects it to throw `message`, and checks that nothing was stripped or listed. */
  function expectRefusal(f: ReturnType<typeof fixture>, message: RegExp, options?: Record<string, unknown>) {
    expect(() => f.run(options)).toThrow(message);
    expect(existsSync(path.join(f.dist, MANIFEST)), 'no manifest is left behind').toBe(false);
    expect(readFileSync(path.join(f.app, 'en.html'), 'utf8'), 'no page was changed').toBe(html);
  }

  it('strips every page and writes the manifest: routes, Next\'s special pages apart, the Next version', () => {
    const f = fixture();
    const out = f.run();
    expect(out.pages).toBe(4);
    expect(readFileSync(path.join(f.app, 'en/guides/faq.html'), 'utf8')).toBe('<html><head></head><body><main>Guide</main></body></html>');
    expect(JSON.parse(readFileSync(path.join(f.dist, MANIFEST), 'utf8'))).toEqual({
      format: 2, next: TESTED_NEXT_VERSION, pages: ['/en', '/en/guides/faq', '/zh-CN/check'], special: ['/_not-found'],
      routes: ['/[locale]/check/[step]', '/[locale]/check/answers', '/[locale]/check/result', '/[locale]/poster', '/[locale]/household'],
      icon: null,
    });
  });

  it('a check route rendered per request that uses a client component needing its script (it would be served without it)', () => {
    const f = fixture();
    routeManifest(f.app, '/[locale]/check/[step]', [LAYOUT_ROUTER_ID, SWITCHER_ID, FORM_ID]);
    expectRefusal(f, /\/\[locale\]\/check\/\[step\] is served without Next's scripts, but it uses client components that need them: components\/wizard\/QuestionForm\.tsx/);
  });

  it('a check route whose client-reference manifest is missing, or lists no layout router of Next', () => {
    const f = fixture();
    rmSync(path.join(f.app, '[locale]', 'check', 'answers', 'page_client-reference-manifest.js'));
    expectRefusal(f, /\/\[locale\]\/check\/answers has no client-reference manifest/);
    routeManifest(f.app, '/[locale]/check/answers', [SWITCHER_ID]);
    expectRefusal(f, /lists no layout router of Next's own \(it lists components\/layout\/LanguageSwitcher\.tsx\)/);
  });

  it('the result, a Pages Router route: the build must list it, and the App Router must not have it too', () => {
    expect(PAGES_ROUTES).toEqual(['/[locale]/check/result']);
    const f = fixture();
    write(path.join(f.dist, 'server', 'pages-manifest.json'), JSON.stringify({ '/_app': 'pages/_app.js' }));
    expectRefusal(f, /\/\[locale\]\/check\/result is listed as a Pages Router route \(document-routes\.mjs\), but the build's pages manifest does not list it/);
    const g = fixture();
    routeManifest(g.app, '/[locale]/check/result', [LAYOUT_ROUTER_ID]);
    expectRefusal(g, /the App Router has a page there too/);
  });

  it('the manifest carries the site icon\'s hashed address, read off a prerendered page', () => {
    const f = fixture();
    write(path.join(f.app, 'en.html'), html.replace('</head>', '<link rel="icon" href="/icon.svg?icon.abc_123.svg" sizes="any" type="image/svg+xml"/></head>'));
    f.run();
    expect(JSON.parse(readFileSync(path.join(f.dist, MANIFEST), 'utf8')).icon).toBe('/icon.svg?icon.abc_123.svg');
  });

  it('a page without its .rsc', () => {
    const f = fixture();
    rmSync(path.join(f.app, 'en/guides/faq.rsc'));
    expectRefusal(f, /en\/guides\/faq\.html has no faq\.rsc beside it/);
  });

  it('an .rsc that is not a well-formed RSC payload', () => {
    for (const [bad, why] of [
      ['', /payload is empty/],
      ['0:{"P":null', /does not end with a newline/],
      ['0:{"P":nul\n', /is not JSON/],
      ['<!DOCTYPE html><html>\n', /hex id and ':'/],
      ['1:T40,short', /past the end/],
      ['1:I"no module"\n', /module id/],
    ] as const) {
      const f = fixture();
      write(path.join(f.app, 'zh-CN/check.rsc'), bad);
      expectRefusal(f, /zh-CN\/check\.rsc is not a readable RSC payload/);
      expect(() => f.run()).toThrow(why);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an .rsc that refers to no layout router of Next (the module map or the payload format changed)', () => {
    const f = fixture();
    write(path.join(f.app, 'en.rsc'), rscOf(SWITCHER_ID));
    expectRefusal(f, /en\.rsc refers to no layout router of Next's own \(it refers to components\/layout\/LanguageSwitcher\.tsx\)/);
    write(path.join(f.app, 'en.rsc'), rscOf(12345));
    expectRefusal(f, /no layout router .*unknown module 12345/);
  });

  it('no page to process', () => {
    const f = fixture();
    for (const page of ['en', 'en/guides/faq', 'zh-CN/check']) rmSync(path.join(f.app, `${page}.html`));
    expect(() => f.run()).toThrow(/no prerendered page under .* \(only _not-found\.html\)/);
    rmSync(path.join(f.app, '_not-found.html'));
    expect(() => f.run()).toThrow(/no prerendered page .*only nothing/);
    expect(existsSync(path.join(f.dist, MANIFEST))).toBe(false);
  });

  it('a Next version it was not tested with, named with the tested one and what to re-check', () => {
    const f = fixture({ installed: '16.5.0', pinned: '16.5.0' });
    expectRefusal(f, /Next 16\.5\.0 is installed, but this step was tested with Next 16\.4\.6 \(package\.json pins 16\.5\.0\)/);
    expect(() => f.run()).toThrow(/DOCUMENT_ONLY_ALLOW_NEXT=.*npm test.*TESTED_NEXT_VERSION/);
    // The escape hatch lets through exactly the version it names, and the manifest says which it was.
    expectRefusal(f, /Next 16\.5\.0 is installed/, { allowNext: '16.5.1' });
    f.run({ allowNext: '16.5.0' });
    expect(JSON.parse(readFileSync(path.join(f.dist, MANIFEST), 'utf8')).next).toBe('16.5.0');
    rmSync(dir, { recursive: true, force: true });
    const none = fixture();
    rmSync(path.join(dir, 'node_modules'), { recursive: true });
    expectRefusal(none, /Next \(not installed\) is installed/);
  });

  it('removes the manifest of an earlier run when it refuses', () => {
    const f = fixture();
    f.run();
    expect(existsSync(path.join(f.dist, MANIFEST))).toBe(true);
    write(path.join(f.app, 'en.html'), html);
    write(path.join(f.app, 'en.rsc'), rscOf(LAYOUT_ROUTER_ID, FORM_ID));
    expectRefusal(f, /en\.html uses client components that need their script: components\/wizard\/QuestionForm\.tsx/);
  });

  it('was tested with the Next that package.json pins', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.next).toBe(TESTED_NEXT_VERSION);
  });

  it('reads RSC rows by React\'s rules: byte-counted text, hints, empty stream rows', () => {
    const rows = parseRsc(Buffer.from('1:"$Sreact.fragment"\n3:I[39756,["$2"],"default",1]\n:HL["/a.css","style"]\na:X\nb:T6,中文c:["$","p",null,{}]\na:C\n'));
    expect(rows.map((r: { id: string; tag: string }) => `${r.id}:${r.tag}`)).toEqual(['1:', '3:I', ':H', 'a:X', 'b:T', 'c:', 'a:C']);
    expect(rows[4].value).toBe('中文');
  });
});
