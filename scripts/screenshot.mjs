// Usage: node scripts/screenshot.mjs <outdir> <path> [<path>…]
// Screenshots each path at 375px and 1280px wide (full page) with Debian's Chromium, and prints
// the page to an A4 PDF (turn it into PNG with `pdftoppm -png -r 60`). Set NOJS=1 to disable JS.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [outdir, ...paths] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://localhost:3000';
mkdirSync(outdir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
for (const p of paths) {
  const name = p.replace(/[^a-zA-Z0-9-]+/g, '_').replace(/^_|_$/g, '') || 'root';
  for (const width of [375, 1280]) {
    const ctx = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: !process.env.NOJS });
    const page = await ctx.newPage();
    await page.goto(base + p, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `${outdir}/${name}-${width}.png`, fullPage: true });
    if (width === 1280) await page.pdf({ path: `${outdir}/${name}.pdf`, format: 'A4', printBackground: false });
    await ctx.close();
  }
}
await browser.close();
