// Where the site is served. Absolute URLs (sitemap, hreflang, QR codes) are built from it.
// Set SITE_URL in production; locally the site runs on http://localhost:3000.
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

export const siteName = { 'zh-CN': '医保参保向导', en: 'Yibao Guide' } as const;
