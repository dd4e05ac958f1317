// The check on a weak connection (issue 12): Playwright in Debian's Chromium with DevTools network
// throttling (400 kbps down and up, 400 ms round trip) and a 4× CPU slowdown, from a cold cache:
//  - first question: from asking for /{locale}/check/who?v=1 until it can be answered — the page
//    has loaded and, where it carries Next's runtime (the build before issue 12), its form has
//    hydrated (`form[data-hydrated="true"]`);
//  - journey: ten pages, from the start page through seven questions and "check your answers" to
//    the result, clicking as a person would, until the result's to-do list shows.
// Used by run.mjs; on its own against any running build (e.g. the build before a change):
//   node scripts/bench/journey.mjs http://127.0.0.1:3600 [runs]
import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';

export const THROTTLE = { kbps: 400, rttMs: 400, cpu: 4 };
const ANSWERS = [['w', 'self'], ['r', 'beijing'], ['a', '40'], ['s', 'flexible'], ['h', 'local'], ['g', 'none'], ['c', 'none']];

async function throttledPage(browser) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const bytesPerSecond = (THROTTLE.kbps * 1000) / 8;
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: THROTTLE.rttMs, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
  page.setDefaultTimeout(120_000);
  return { context, page };
}

/** Loaded, and hydrated where the page carries Next's runtime (a person's click then does what it should). */
async function answerable(page) {
  await page.waitForLoadState('load');
  if ((await page.locator('script[src]').count()) > 0 && (await page.locator('form[method="get"]').count()) > 0) {
    await page.locator('form[data-hydrated="true"]').first().waitFor({ state: 'attached' }).catch(() => {});
  }
}

async function answer(page, [name, value]) {
  const form = page.locator('form[method="get"]').filter({ has: page.locator(`[name="${name}"]:not([type="hidden"])`) });
  await form.waitFor();
  await answerable(page);
  const input = form.locator(`[name="${name}"]:not([type="hidden"])`).first();
  if (['radio', 'checkbox'].includes(await input.getAttribute('type'))) await form.locator(`input[name="${name}"][value="${value}"]`).check();
  else await input.fill(value);
  await form.getByRole('button').click();
}

export async function weakNetworkJourney(origin, { chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium', runs = 3, locale = 'zh-CN' } = {}) {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const out = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      // First question, cold.
      let { context, page } = await throttledPage(browser);
      let t = Date.now();
      await page.goto(`${origin}/${locale}/check/who?v=1`, { waitUntil: 'commit' });
      await answerable(page);
      const firstQuestionMs = Date.now() - t;
      await context.close();
      // The journey, cold: start page, seven questions, check your answers, result.
      ({ context, page } = await throttledPage(browser));
      t = Date.now();
      await page.goto(`${origin}/${locale}/check`, { waitUntil: 'load' });
      await page.locator('main form button[type="submit"]').click();
      for (const step of ANSWERS) await answer(page, step);
      await page.waitForURL(/\/check\/answers\?/);
      await answerable(page);
      await page.locator('main a[href*="/check/result?"]').click();
      await page.locator('[data-todo="join"]').waitFor();
      await page.waitForLoadState('load');
      const journeyMs = Date.now() - t;
      await context.close();
      out.push({ firstQuestionMs, journeyMs });
    }
  } finally {
    await browser.close();
  }
  const med = (key) => out.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(out.length / 2)];
  return { origin, throttle: THROTTLE, runs: out, firstQuestionMs: med('firstQuestionMs'), journeyMs: med('journeyMs') };
}

/**
 * The two forms that carry React (the household editor, the quick entry), on the same weak
 * connection, cold. As served, they are complete GET forms and React loads at the first focus, tap or
 * key in the form (deferRuntime, scripts/postbuild/document-response.mjs). For each page:
 *  - answerable: from asking for it until it has loaded (its form works from then on, with or
 *    without React);
 *  - live: from the first tap in a field, made as soon as the page has loaded (the least time the
 *    scripts have had to arrive), until React has taken the form over (`form[data-hydrated]`);
 *  - blocking: the main thread's long tasks from that tap until then, beyond 50 ms each (what TBT
 *    counts), which is when a person typing would feel it.
 */
export async function formsOnIntent(origin, pages, { chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium', runs = 3 } = {}) {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const out = [];
  try {
    for (const { label, path } of pages) {
      const samples = [];
      for (let run = 0; run < runs; run += 1) {
        const { context, page } = await throttledPage(browser);
        await page.addInitScript(() => {
          window.__longTasks = [];
          new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
        });
        const t = Date.now();
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        const answerableMs = Date.now() - t;
        const tapAt = await page.evaluate(() => performance.now());
        const tapped = Date.now();
        await page.locator('form[data-people-editor] input[type="text"]:visible').first().click();
        await page.locator('form[data-hydrated]').waitFor({ state: 'attached' });
        const liveMs = Date.now() - tapped;
        const blockingMs = Math.round(await page.evaluate((from) => window.__longTasks.filter((e) => e.start >= from).reduce((sum, e) => sum + Math.max(0, e.duration - 50), 0), tapAt));
        await context.close();
        samples.push({ answerableMs, liveMs, blockingMs });
      }
      const med = (key) => samples.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
      out.push({ label, path, runs: samples, answerableMs: med('answerableMs'), liveMs: med('liveMs'), blockingMs: med('blockingMs') });
    }
  } finally {
    await browser.close();
  }
  return { origin, throttle: THROTTLE, pages: out };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [origin, runs = '3', what = 'journey'] = process.argv.slice(2);
  if (!origin) {
    console.error('usage: node scripts/bench/journey.mjs <origin> [runs] [journey|forms]');
    process.exit(2);
  }
  const result = what === 'forms'
    ? await formsOnIntent(origin, [{ label: 'household editor zh-CN', path: '/zh-CN/household/edit?hv=1&m=l.A_r.beijing_a.70_s.not-working_h.local_g.none_c.resident-active&add=1' }, { label: 'quick entry zh-CN', path: '/zh-CN/check/all?v=1&r=beijing' }], { runs: Number(runs) })
    : await weakNetworkJourney(origin, { runs: Number(runs) });
  console.log(JSON.stringify(result, null, 2));
}
