import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module run by node after `next build`; it has no type declarations.
import { ALLOWED_CLIENT_COMPONENTS, clientReferences, stripRuntime } from '../../scripts/postbuild/document-only.mjs';

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

describe('document-only pages (scripts/postbuild/document-only.mjs)', () => {
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

  it('finds the client components an RSC payload refers to', () => {
    const rsc = '1:"$Sreact.fragment"\n3:I[39756,["$2"],"default"]\n1c:I[87564,["$2","$5"],"$1b"]\n2a:I[11,[],""]\n';
    const paths = new Map([['39756', 'node_modules/next/dist/esm/client/components/layout-router.js'], ['87564', 'components/layout/LanguageSwitcher.tsx']]);
    expect(clientReferences(rsc, paths)).toEqual([
      'node_modules/next/dist/esm/client/components/layout-router.js',
      'components/layout/LanguageSwitcher.tsx',
      'unknown module 11',
    ]);
  });

  it('allows only client components that need no script, each with its reason', () => {
    for (const [file, why] of Object.entries(ALLOWED_CLIENT_COMPONENTS)) {
      expect(file).toMatch(/^components\/.+\.tsx$/);
      expect(String(why).length).toBeGreaterThan(40);
    }
  });
});
