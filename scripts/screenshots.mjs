// The README's and docs/care-mode.md's pictures (docs/images/*.png), made from the production build,
// never by hand:
//
//   npm run build && node scripts/screenshots.mjs
//
// Starts the standalone server (.next/standalone, as the e2e does: CHECK_TODAY fixed so the pictures
// show one known day, SITE_URL the example address of docs/deploying.md,
// bound to 127.0.0.1) unless BASE_URL names a running one, and takes, at 375 px
// wide in Debian's Chromium, the top screen of each page:
//   care mode — a result and a guide, zh-CN and en, JavaScript on (the mode kept in the browser's
//   storage) and off (the header's link: `#care`, with its note), and a result in standard mode beside it;
//   the phone comparison (a result with three options: the compact table);
//   the household sheet of a family of five printed to A4 (PDF, then `pdftoppm -png -r 60`, one PNG a page).
// Each PNG should stay under about 150 kB (the script says when one does not).
import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const out = path.resolve(process.argv[2] ?? 'docs/images');
const port = Number(process.env.SCREENSHOT_PORT ?? 3131);
const base = process.env.BASE_URL ?? `http://127.0.0.1:${port}`;
const WIDTH = 375;
const HEIGHT = 760;
const LIMIT = 150_000;

const result = (locale, q) => `/${locale}/check/result?v=1&${q}`;
const retired = 'w=self&r=beijing&a=66&s=retired&ry=30&h=local&g=none&c=none';
const threeOptions = 'w=helper&r=beijing&a=40&s=flexible&h=other-mainland&p=yes&g=none&c=resident-active';
const five = (() => {
  const p = new URLSearchParams();
  p.set('hv', '1');
  for (const m of ['l.奶奶_r.beijing_a.70_s.not-working_h.local_g.none_c.resident-active',
    'l.爸爸_r.beijing_a.40_s.employee_h.local_g.none_c.employee-active',
    'l.宝宝_r.beijing_a.0_b.2026-09-10_h.local_g.none_c.none',
    'l.妈妈_r.beijing_a.38_s.flexible_h.other-mainland_p.yes_g.none_c.none',
    'l.哥哥_r.shanghai_a.19_s.university_h.other-mainland_p.no_g.none_c.resident-lapsed_ly.2']) p.append('m', m);
  return p.toString();
})();

/** [file, path, { js, care }]: care with JavaScript is the stored setting; without, the header's link (#care). */
const screens = [
  ['care-mode-off.png', result('zh-CN', retired), { js: true, care: false }],
  ['care-mode-on.png', result('zh-CN', retired), { js: true, care: true }],
  ['care-guide-en.png', '/en/guides/which-scheme', { js: true, care: true }],
  // Without JavaScript the note under the header takes most of the first screen: a longer picture, so the page shows.
  ['care-result-en-nojs.png', result('en', retired), { js: false, care: true, height: 1100 }],
  ['care-guide-zh-CN-nojs.png', '/zh-CN/guides/which-scheme', { js: false, care: true, height: 1000 }],
];

async function waitForServer(url, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no server at ${url}`);
}

let server = null;
if (!process.env.BASE_URL) {
  server = spawn(process.execPath, ['server.js'], {
    cwd: path.resolve('.next/standalone'),
    env: { ...process.env, CHECK_TODAY: process.env.CHECK_TODAY ?? '2026-11-23', NEXT_TELEMETRY_DISABLED: '1', HOSTNAME: '127.0.0.1', PORT: String(port), SITE_URL: process.env.SITE_URL ?? 'https://yibao.example.org' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

mkdirSync(out, { recursive: true });
const made = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  await waitForServer(`${base}/zh-CN`);
  for (const [file, url, { js, care, height = HEIGHT }] of screens) {
    const ctx = await browser.newContext({ viewport: { width: WIDTH, height }, javaScriptEnabled: js, locale: 'zh-CN' });
    const page = await ctx.newPage();
    if (js && care) await page.addInitScript(() => localStorage.setItem('yibao-care', '1'));
    await page.goto(base + url + (!js && care ? '#care' : ''), { waitUntil: 'load' });
    // The target (#care, in the header) scrolls the page a little: the top of the page is the picture.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(out, file) });
    made.push(file);
    await ctx.close();
  }

  // The phone comparison: from the comparison's heading to the end of the compact table.
  {
    const ctx = await browser.newContext({ viewport: { width: WIDTH, height: 800 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(base + result('zh-CN', threeOptions));
    const box = await page.evaluate(() => {
      const top = document.querySelector('[data-section="compare"]').getBoundingClientRect().top + window.scrollY;
      const end = document.querySelector('[data-section="compare"] .compare-compact').getBoundingClientRect().bottom + window.scrollY;
      return { top, height: end - top };
    });
    await page.screenshot({ path: path.join(out, 'compare-phone.png'), fullPage: true, clip: { x: 0, y: Math.max(0, box.top - 8), width: WIDTH, height: Math.min(box.height + 16, 900) } });
    made.push('compare-phone.png');
    await ctx.close();
  }

  // The household sheet of five, printed to A4 as a browser prints it, then each page at 60 dpi.
  {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/zh-CN/household?${five}`);
    const tmp = mkdtempSync(path.join(tmpdir(), 'household-'));
    const pdf = path.join(tmp, 'household.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(tmp, 'page')]);
    for (const [i, f] of readdirSync(tmp).filter((f) => f.endsWith('.png')).sort().entries()) {
      const name = `household-print-${i + 1}.png`;
      renameSync(path.join(tmp, f), path.join(out, name));
      made.push(name);
    }
    rmSync(tmp, { recursive: true });
    await ctx.close();
  }
} finally {
  await browser.close();
  server?.kill();
}

for (const file of made) {
  const size = statSync(path.join(out, file)).size;
  console.log(`${path.relative(process.cwd(), path.join(out, file))}  ${(size / 1000).toFixed(0)} kB${size > LIMIT ? '  (over 150 kB: crop it)' : ''}`);
}
