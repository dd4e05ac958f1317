// Local helper (not committed): screenshots and PDFs of pages from a running server.
import { chromium } from '@playwright/test';
const [base, out, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
for (const p of paths) {
  const [path, mode] = p.split('|');
  const name = path.replace(/[^a-z0-9]+/gi, '_').slice(0, 80);
  for (const width of mode === 'pdf' ? [1280] : (process.env.WIDTHS ?? '375,1280').split(',').map(Number)) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: process.env.JS === '1' });
    const page = await ctx.newPage();
    await page.goto(base + path);
    if (mode === 'pdf') await page.pdf({ path: `${out}/${name}.pdf`, format: 'A4', printBackground: true });
    else await page.screenshot({ path: `${out}/${name}_${width}.png`, fullPage: true });
    await ctx.close();
  }
}
await browser.close();
