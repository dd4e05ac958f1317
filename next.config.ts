import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import createMDX from '@next/mdx';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staticSecurityHeaders } from './lib/security/headers';
import { notFoundRewrite } from './lib/security/not-found';
import { searchRewrite } from './lib/search/rewrite';
import { siteUrlWarning } from './lib/site';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// Under Turbopack remark/rehype plugins are given by package name with serialisable options.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-gfm', 'remark-frontmatter', ['remark-mdx-frontmatter', { name: 'frontmatter' }]],
    rehypePlugins: ['rehype-slug'],
  },
});

const distDir = process.env.NEXT_DIST_DIR ?? '.next';

const nextConfig: NextConfig = {
  pageExtensions: ['ts', 'tsx', 'mdx'],
  // A separate build folder (e.g. for the benchmark) can be chosen with NEXT_DIST_DIR.
  distDir,
  // Built into the proxy, which finds the build's manifest of documents (documents.json) under this folder name at
  // run time, in the project or in the standalone server (lib/document-manifest.ts).
  env: { YIBAO_DIST_DIR: distDir },
  // `npm run build` also assembles .next/standalone: server.js with the files it needs, the static
  // files and the prerendered pages as the post-build step leaves them (docs/serving.md).
  output: 'standalone',
  // The project folder itself, so that server.js sits at the top of .next/standalone wherever the
  // repository is cloned (Next would otherwise pick a parent folder holding another lockfile).
  outputFileTracingRoot: path.dirname(fileURLToPath(import.meta.url)),
  poweredByHeader: false,
  reactStrictMode: true,
  // No page uses next/image; without this, /_next/image fetches whatever path `url=` names and logs it.
  images: { unoptimized: true },
  // Metadata (the <title> and its "错误：" prefix) in the <head> for every reader, never streamed into
  // the <body> after it: the check's pages are served without Next's scripts, which would move it
  // (scripts/postbuild/document-response.mjs), and their answer must not depend on the User-Agent.
  htmlLimitedBots: /.*/,
  // proxy.ts answers `/en/guides/` with a 308 to `/en/guides` itself, carrying the security headers
  // (Next's own redirect carries none).
  skipTrailingSlashRedirect: true,
  async headers() {
    return [{ source: '/:path*', headers: staticSecurityHeaders }];
  },
  async rewrites() {
    // Unknown paths, marked by proxy.ts, to the localized 404 page (lib/security/not-found.ts).
    // A search with a query to the route that fills the prerendered search page with results
    // (app/[locale]/search/results/route.ts); without one, the prerendered page itself.
    return { beforeFiles: [notFoundRewrite, searchRewrite], afterFiles: [], fallback: [] };
  },
};

export default function config(phase: string): NextConfig {
  // Next loads this file more than once per build (and its workers inherit the environment): warn once.
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.YIBAO_SITE_URL_WARNED) {
    const warning = siteUrlWarning(process.env);
    if (warning) console.warn(`\n⚠ ${warning}\n`);
    process.env.YIBAO_SITE_URL_WARNED = '1';
  }
  return withNextIntl(withMDX(nextConfig));
}
