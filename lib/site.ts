// Where the site is served. Absolute URLs are built from it. Set SITE_URL in production, for the
// build and for the server alike (docs/deploying.md); locally the site runs on http://localhost:3000.
// (No imports here: next.config.ts loads this file.)
const DEFAULT_SITE_URL = 'http://localhost:3000';

export const siteUrl = (process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/$/, '');

export const siteName = { 'zh-CN': '医保参保向导', en: 'Yibao Guide' } as const;

/**
 * What goes wrong when SITE_URL is unset (null when it is set). `next build` prints it
 * (next.config.ts): prerendered pages take SITE_URL at build time, per-request pages at run time.
 */
export function siteUrlWarning(env: Record<string, string | undefined>): string | null {
  if (env.SITE_URL) return null;
  return `SITE_URL is not set: this production build takes ${DEFAULT_SITE_URL} as the site's public address. ` +
    'The canonical links and hreflang alternates of the prerendered pages, sitemap.xml and robots.txt now point there; ' +
    'and unless SITE_URL is set when the server runs, so will the share links, QR codes and printed links on result pages ' +
    'and the link in the .ics reminder (a printed QR code would lead nowhere). ' +
    'Build and run with SITE_URL=https://<the public address> (docs/deploying.md).';
}
