import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { QUESTION_IDS } from '@/lib/rules';
import { routing } from '@/lib/i18n/routing';
import { checkRouteOf, isDeferredRuntimePath } from '@/lib/known-paths';
import { MANIFEST as LIB_MANIFEST } from '@/lib/document-manifest';
import { DOCUMENT_ROUTES, LAYER_PATH, MANIFEST, SERVED_ROUTES, routeOfPage } from '@/scripts/postbuild/document-routes.mjs';
// @ts-expect-error: a plain ES module run by node after `next build`; it has no type declarations.
import * as build from '../../scripts/postbuild/strip-prerendered.mjs';

// Which pages rendered per request are served as documents is stated once, in
// scripts/postbuild/document-routes.mjs; the build step, the server's layer and the proxy read it.
const root = path.resolve(__dirname, '../..');

/** A page of `route` after its locale, with each dynamic segment filled by `fill`. */
const pageOf = (route: string, fill = (name: string) => (name === 'step' ? QUESTION_IDS[0]! : 'x')) =>
  `/${route.split('/').filter(Boolean).slice(1).map((s) => (/^\[(.+)\]$/.test(s) ? fill(s.slice(1, -1)) : s)).join('/')}`;

describe('the routes served as documents are stated once (scripts/postbuild/document-routes.mjs)', () => {
  it('every listed route is a page of the app, listed once, in the router the list says (the result: the Pages Router)', () => {
    expect(new Set(SERVED_ROUTES.map((r) => r.route)).size).toBe(SERVED_ROUTES.length);
    for (const { route, router } of SERVED_ROUTES) {
      expect(route.startsWith('/[locale]/'), route).toBe(true);
      const segments = route.split('/').filter(Boolean);
      const app = existsSync(path.join(root, 'app', ...segments, 'page.tsx'));
      const pages = existsSync(path.join(root, 'pages', ...segments.slice(0, -1), `${segments.at(-1)}.tsx`));
      expect([app, pages], route).toEqual(router === 'pages' ? [false, true] : [true, false]);
    }
    expect(SERVED_ROUTES.filter((r) => r.router === 'pages').map((r) => r.route)).toEqual(['/[locale]/check/result']);
    expect(DOCUMENT_ROUTES).toEqual(SERVED_ROUTES.filter((r) => r.serve === 'document').map((r) => r.route));
  });

  it('the build step, the proxy and the server\'s layer read that list', () => {
    // The build step checks and lists exactly these routes, under the same manifest name the proxy reads.
    expect(build.DOCUMENT_ROUTES).toBe(DOCUMENT_ROUTES);
    expect(build.MANIFEST).toBe(MANIFEST);
    expect(LIB_MANIFEST).toBe(MANIFEST);
    for (const locale of routing.locales) {
      for (const { route, serve } of SERVED_ROUTES) {
        const page = pageOf(route);
        expect(routeOfPage(page)?.route, page).toBe(route);
        // The proxy marks the page by the route it belongs to…
        expect(checkRouteOf(`/${locale}${page}`), page).toBe(serve === 'document' ? route : null);
        expect(isDeferredRuntimePath(`/${locale}${page}`), page).toBe(serve === 'deferred');
        // …and the standalone server's layer looks at it, with or without a query.
        expect(LAYER_PATH.test(`/${locale}${page}`), page).toBe(true);
        expect(LAYER_PATH.test(`/${locale}${page}?v=1`), page).toBe(true);
      }
    }
    // Every question is a document; a static route wins over [step] (as in the App Router).
    for (const q of QUESTION_IDS) expect(checkRouteOf(`/en/check/${q}`), q).toBe('/[locale]/check/[step]');
    expect(routeOfPage('/check/all')?.serve).toBe('deferred');
    // Pages of no listed route are neither marked nor looked at.
    for (const p of ['/en', '/en/check', '/en/guides/faq', '/en/sources', '/en/posterx', '/en/check/age/x']) {
      expect(checkRouteOf(p), p).toBeNull();
      expect(isDeferredRuntimePath(p), p).toBe(false);
      expect(LAYER_PATH.test(p), p).toBe(false);
    }
  });

  it('no other code names one of those routes', () => {
    const files = ['proxy.ts', ...['lib', 'scripts'].flatMap(function walk(dir: string): string[] {
      return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
        const rel = path.join(dir, e.name);
        return e.isDirectory() ? walk(rel) : /\.(?:ts|tsx|mjs|js)$/.test(e.name) ? [rel] : [];
      });
    })].filter((f) => !f.endsWith(path.join('postbuild', 'document-routes.mjs')) && !f.endsWith('.d.mts'));
    const offenders = files.filter((f) => SERVED_ROUTES.some(({ route }) => readFileSync(path.join(root, f), 'utf8').includes(`'${route}'`)));
    expect(offenders).toEqual([]);
    // Nor states the pages as paths of their own (the layer's old CHECK_PATH, the proxy's old lists).
    for (const f of files) expect(readFileSync(path.join(root, f), 'utf8'), f).not.toMatch(/page === '\/(?:check|household|poster)/);
  });
});
