// Usage: node scripts/og-image.mjs
// Makes the preview image a chat app or a social site shows for a shared link (og:image,
// twitter:image; lib/metadata.ts): one 1200×630 PNG per locale, public/og-<locale>.png, the site's
// name and what it does on the brand green, with the site's logo. The words are the site's own
// (content/messages/<locale>.json: Site.name, Home.title, the first sentence of Footer.disclaimer); nothing about a person is in it. It is
// the same for every page, results included. The PNGs are committed (a build machine needs no
// browser): run this again when the name, the title or the colours change; tests/content/og-image.test.ts
// checks that each file is there, is a 1200×630 PNG and was made from the words the messages hold now
// (scripts/og-images.json keeps a fingerprint of what each was made from).
// Screenshots a plain HTML page in Debian's Chromium (the one the e2e tests use), with system fonts only.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const LOCALES = ['zh-CN', 'en'];
export const WIDTH = 1200;
export const HEIGHT = 630;

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The words on a locale's image, from its messages. */
export function ogWords(locale) {
  const m = JSON.parse(readFileSync(path.join(root, 'content', 'messages', `${locale}.json`), 'utf8'));
  // The footer's first sentence: an independent site, not a government one.
  const notGov = m.Footer.disclaimer.split(/(?<=[。.])\s*/)[0];
  return { name: m.Site.name, title: m.Home.title, notGov };
}

/** A fingerprint of what an image shows (its words and this script's HTML), written next to it. */
export function ogFingerprint(locale) {
  return createHash('sha256').update(html(locale)).digest('hex').slice(0, 16);
}

function html(locale) {
  const w = ogWords(locale);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; }
  body { background: #0f5132; color: #fff; display: flex; flex-direction: column; justify-content: center; padding: 0 96px; box-sizing: border-box;
    font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
  .brand { display: flex; align-items: center; gap: 28px; font-size: 64px; font-weight: 700; letter-spacing: ${locale === 'en' ? '0' : '0.04em'}; }
  .title { margin-top: 56px; font-size: ${locale === 'en' ? 52 : 60}px; line-height: 1.3; font-weight: 700; max-width: 1000px; }
  .foot { position: absolute; left: 96px; bottom: 56px; font-size: 30px; color: #e7f3ee; }
  .bar { position: absolute; left: 0; right: 0; bottom: 0; height: 16px; background: #ffdd00; }
</style></head><body>
  <div class="brand"><svg width="96" height="96" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#fff"/><path d="M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z" fill="#0f5132"/></svg>${esc(w.name)}</div>
  <div class="title">${esc(w.title)}</div>
  <div class="foot">${esc(w.notGov)}</div>
  <div class="bar"></div>
</body></html>`;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const fingerprints = {};
  for (const locale of LOCALES) {
    // No network: the page is complete as it is.
    const ctx = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1, offline: true, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.setContent(html(locale));
    const file = path.join(root, 'public', `og-${locale}.png`);
    writeFileSync(file, await page.screenshot({ type: 'png' }));
    fingerprints[locale] = ogFingerprint(locale);
    console.log(`og-image: ${path.relative(root, file)}`);
    await ctx.close();
  }
  writeFileSync(path.join(root, 'scripts', 'og-images.json'), `${JSON.stringify(fingerprints, null, 2)}\n`);
  await browser.close();
}
