/** The community tools that are documents: the paper check (issue "Household check and tools"). */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { householdQuery as household, noNext } from './household';
import { SHARE_SCRIPT } from '../../lib/security/inline-scripts';
import { PRERENDERED_SCRIPT_SRC, pageCount, withoutCare } from './pages';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function noScript(page: Page, path: string) {
  const res = await page.request.get(path);
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(withoutCare(html)).not.toMatch(/<script(?![^>]*type="application\/(?:ld\+)?json")/);
  expect(res.headers()['content-security-policy']).toContain(PRERENDERED_SCRIPT_SRC);
  return html;
}

for (const locale of ['zh-CN', 'en'] as const) {
  test.describe(`paper check (${locale})`, () => {
    const path = `/${locale}/check/paper`;

    test('is a document: no script, every question with boxes, the outcome table', async ({ page }) => {
      await noScript(page, path);
      await page.goto(path);
      await expect(page.locator('[data-question]')).toHaveCount(13);
      await expect(page.locator('[data-question="birth-date"]')).toContainText(locale === 'zh-CN' ? '仅当第 2 题' : 'Only if you ticked, in question 2');
      await expect(page.locator('tr[data-situation]')).toHaveCount(7);
      await expect(page.locator('tr[data-situation="flexible"]')).toContainText(locale === 'zh-CN' ? '城乡居民' : 'resident');
    });

    for (const width of [375, 1280]) {
      test(`axe finds nothing and nothing overflows at ${width}px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        const result = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }

    test('prints on at most two A4 pages, with the site’s header and footer left out', async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
      expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    });
  });
}

// Grandma, father and baby (tests/e2e/household.ts); the five-person list adds two more in Beijing.
const householdQuery = household();
const five = household('l.Mum_r.beijing_a.38_s.flexible_h.local_g.none_c.none', 'l.Kid_r.beijing_a.9_s.pupil_h.local_g.none_c.resident-active');

test.describe('household list', () => {
  test.use({ javaScriptEnabled: false });

  test('one card per person, the most urgent deadline first, papers merged with whose, totals only of what is known', async ({ page }) => {
    await page.goto(`/zh-CN/household?${householdQuery}`);
    await expect(page.locator('[data-person]')).toHaveCount(3);
    await expect(page.locator('[data-section="headline"]')).toContainText('宝宝');
    // Beijing holds no newborn limit of its own: the baby's day is advice from other places' shortest rule, never a countdown (issue 20).
    await expect(page.locator('[data-section="headline"] [data-deadline="act-by"]')).toBeVisible();
    await expect(page.locator('[data-section="headline"] [data-deadline="sourced"]')).toHaveCount(0);
    await expect(page.locator('[data-material="id-card"]')).toContainText('奶奶');
    await expect(page.locator('[data-person="0"] [data-cost="unknown"]')).toBeVisible();
    await expect(page.locator('[data-section="total"]')).toContainText('435');
    // An amount says which benefit year it is for.
    await expect(page.locator('[data-cost="known"]')).toHaveText('2026年度 435 元/年');
    await expect(page.locator('[data-section="sharing"]')).toContainText('爸爸');
    await expect(page.locator('[data-section="share"]')).toContainText('链接里包含全家人的回答');
  });

  test('is a document: no script but the result\'s share script, even for five people (the language link is put in place on the server)', async ({ page }) => {
    // A page rendered per request: only the hashed enhancement script may run (the share tools', as on a result), never Next's.
    const res = await page.request.get(`/zh-CN/household?${five}`);
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect([...withoutCare(html).matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([^<]*)<\/script>/g)].map((m) => m[0])).toEqual([`<script>${SHARE_SCRIPT}</script>`]);
    expect(html).not.toContain('<template');
    expect(res.headers()['content-security-policy']).not.toMatch(/nonce-|strict-dynamic/);
    await page.goto(`/zh-CN/household?${five}`);
    await expect(page.locator('[data-person]')).toHaveCount(5);
    const english = new URL(await page.getByRole('link', { name: 'Switch to English' }).getAttribute('href') ?? '', 'http://x');
    expect(english.pathname).toBe('/en/household');
    expect(english.searchParams.getAll('m')).toHaveLength(5);
  });

  test('prints one sheet for a family of five: two A4 pages at most, with the QR code back to the list, no countdown', async ({ page }) => {
    await page.goto(`/zh-CN/household?${five}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-section="headline"] .countdown')).toBeHidden();
    await expect(page.locator('[data-section="share"] svg')).toBeVisible();
    await expect(page.locator('header').first()).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
  });

  test('removing a person is a plain link to the household without them', async ({ page }) => {
    await page.goto(`/en/household?${householdQuery}`);
    await page.getByRole('link', { name: 'Remove 爸爸 from the list' }).click();
    await expect(page.locator('[data-person]')).toHaveCount(2);
    await expect(page.locator('[data-section="sharing"]')).toHaveCount(0);
    expect(new URL(page.url()).searchParams.getAll('m')).toHaveLength(2);
  });

  test('adding and changing people without JavaScript: the editor is one GET form, every problem at once, then the new link', async ({ page }) => {
    await page.goto(`/en/household?${householdQuery}`);
    await page.getByRole('link', { name: 'Add another person' }).click();
    await expect(page).toHaveURL(/\/en\/household\/edit\?/);
    // Everyone already in the list is in the form with their answers; the new person has only the
    // place and hukou of the person before (宝宝: Beijing, local).
    await expect(page.locator('[data-person-fields]')).toHaveCount(4);
    await expect(page.locator('#p3-r')).toHaveValue('beijing');
    await expect(page.locator('#p3-h')).toHaveValue('local');
    await expect(page.locator('#p3-a')).toHaveValue('');
    await expect(page.locator('#p0-a')).toHaveValue('70');
    await expect(page.locator('#p1-c')).toHaveValue('employee-active');
    await page.locator('#p3-l').fill('Mum');
    await page.locator('#p3-r').selectOption('beijing');
    await page.locator('#p3-a').fill('３８');
    await page.getByRole('button', { name: 'See the household list' }).click();
    // Situation, groups and coverage are still missing: all listed at once, the answers kept.
    await expect(page.locator('[data-error-summary] li')).toHaveCount(3);
    await expect(page.locator('[data-error-summary]')).toContainText('Mum');
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator('#p3-a')).toHaveValue('３８');
    await page.locator('#p3-s').selectOption('flexible');
    await page.locator('#p3-h').selectOption('local');
    await page.locator('[data-person-fields="3"]').getByLabel('None of these').check();
    await page.locator('#p3-c').selectOption('none');
    await page.getByRole('button', { name: 'See the household list' }).click();
    await expect(page).toHaveURL(/\/en\/household\?/);
    await expect(page.locator('[data-person]')).toHaveCount(4);
    await expect(page.locator('[data-person="3"]')).toContainText('Mum');
    expect(new URL(page.url()).searchParams.getAll('m')).toHaveLength(4);
    // Changing her: the editor opens on her, filled in from the link.
    await page.getByRole('link', { name: 'Change the answers for Mum' }).click();
    await expect(page.locator('[data-person-fields="3"]')).toHaveAttribute('open', '');
    await expect(page.locator('[data-person-fields="0"]')).not.toHaveAttribute('open', '');
    await expect(page.locator('#p3-a')).toHaveValue('38');
    await page.locator('#p3-a').fill('39');
    // Removing someone in the editor: a button of the same GET form, inside their folded part.
    await page.locator('[data-person-fields="1"] summary').click();
    await page.getByRole('button', { name: 'Remove 爸爸 from the list' }).click();
    await expect(page.locator('[data-person-fields]')).toHaveCount(3);
    await expect(page.locator('#p2-a')).toHaveValue('39');
    await page.getByRole('button', { name: 'See the household list' }).click();
    await expect(page.locator('[data-person]')).toHaveCount(3);
    const m = new URL(page.url()).searchParams.getAll('m');
    expect(m[2]).toContain('a.39');
    expect(m.join(' ')).not.toContain('爸爸');
  });

  test('the largest household the site makes: ten people with 12-character labels, as a link and as the editor\'s form sent without JavaScript (every field, every box) — the page, never 400 or 414', async ({ page }) => {
    const label = '外婆外公爷爷奶奶姑姑阿姨'; // 12 characters, the most a label keeps
    const link = new URLSearchParams('hv=1');
    for (let i = 0; i < 10; i++) link.append('m', `l.${label}_r.guangzhou_a.70_s.retired_ry.20_h.other-mainland_p.yes_g.dibao_g.disability_c.resident-active`);
    expect(link.toString().length).toBeGreaterThan(2048);
    const list = await page.goto(`/zh-CN/household?${link.toString()}`);
    expect(list?.status()).toBe(200);
    await expect(page.locator('[data-person]')).toHaveCount(10);

    const editor = await page.goto(`/zh-CN/household/edit?${link.toString()}`);
    expect(editor?.status()).toBe(200);
    await expect(page.locator('[data-person-fields]')).toHaveCount(10);
    // Open everyone's part (a <details>, which opens without JavaScript), then fill every field and tick every box.
    for (let i = 0; i < 10; i++) {
      const part = page.locator(`[data-person-fields="${i}"]`);
      if ((await part.getAttribute('open')) === null) await part.locator('summary').click();
    }
    for (const box of await page.locator('[data-person-fields] input[type="checkbox"]').all()) await box.check();
    for (let i = 0; i < 10; i++) {
      for (const [key, value] of [['l', label], ['a', '120'], ['ry', '60'], ['gm', '600'], ['ly', '100'], ['b', '2026-10-20']] as const) {
        const field = page.locator(`#p${i}-${key}`);
        if (await field.count()) await field.fill(value);
      }
    }
    const sent = page.waitForResponse((r) => r.url().includes('/zh-CN/household/edit?') && r.request().isNavigationRequest());
    await page.locator('form[data-people-editor] button[name="go"]:not([hidden])').click();
    const res = await sent;
    expect(res.status()).toBe(200);
    const query = new URL(res.url()).searchParams;
    expect([...query.keys()].length).toBeGreaterThan(109);
    expect(query.getAll('people.9.l')).toEqual([label]);
    // Every box ticked, "none of these" with the others: the editor answers with its own problems, everyone kept.
    await expect(page.locator('[data-error-summary]')).toBeVisible();
    await expect(page.locator('[data-person-fields]')).toHaveCount(10);
    await expect(page.locator('#p9-l')).toHaveValue(label);
  });

  test('more than ten people: a notice, and no way to add another', async ({ page }) => {
    const p = new URLSearchParams('hv=1');
    for (let i = 0; i < 12; i++) p.append('m', 'r.beijing_a.30_s.not-working_h.local_g.none_c.none');
    await page.goto(`/en/household?${p.toString()}`);
    await expect(page.locator('[data-person]')).toHaveCount(10);
    await expect(page.locator('[data-notice="overflow"]')).toContainText('2 more');
    await expect(page.locator('[data-notice="full"]')).toBeVisible();
  });
});

test.describe('household: axe (axe itself needs JavaScript, so these run with it on)', () => {
  test.use({ javaScriptEnabled: true });
  for (const width of [375, 1280]) {
    for (const path of [`/zh-CN/household?${householdQuery}`, `/en/household?${householdQuery}&add=1`]) {
      test(`axe finds nothing and nothing overflows at ${width}px: ${path.slice(0, 22)}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        await expect(page.locator('[data-person]')).toHaveCount(3);
        const result = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
});

test.describe('household editor with JavaScript (react-hook-form)', () => {
  test.use({ javaScriptEnabled: true, viewport: { width: 375, height: 800 } });

  test('add three people, see each scheme appear, change one, remove one, then the list', async ({ page }) => {
    await page.goto('/zh-CN/household/edit');
    await expect(page.locator('[data-person-fields]')).toHaveCount(1);
    const url = page.url();
    const person = (i: number) => page.locator(`[data-person-fields="${i}"]`);
    // As sent, every question is there (as without JavaScript); once someone answers, only what
    // applies is asked: no birth date until the age is 0.
    await expect(page.locator('#p0-b')).toBeVisible();
    await page.locator('#p0-l').fill('奶奶');
    await expect(page.locator('#p0-b')).toBeHidden();
    await page.locator('#p0-r').selectOption('shanghai');
    await page.locator('#p0-a').fill('70');
    await page.locator('#p0-s').selectOption('not-working');
    await page.locator('#p0-h').selectOption('local');
    await expect(person(0).locator('[data-preview]')).toHaveAttribute('data-preview', 'incomplete');
    await person(0).getByLabel('以上都没有').check();
    await page.locator('#p0-c').selectOption('resident-active');
    await expect(person(0).locator('[data-preview="complete"]')).toContainText('城乡居民');

    await page.getByRole('button', { name: '再添加一个人' }).click();
    await expect(page.locator('[data-person-fields]')).toHaveCount(2);
    await page.locator('#p1-l').fill('宝宝');
    await page.locator('#p1-r').selectOption('shanghai');
    await page.locator('#p1-a').fill('0');
    await expect(page.locator('#p1-b')).toBeVisible();
    await expect(page.locator('#p1-s')).toBeHidden(); // a baby's situation is implied
    await page.locator('#p1-b').fill('2026-10-20');
    await page.locator('#p1-h').selectOption('local');
    await person(1).getByLabel('以上都没有').check();
    await page.locator('#p1-c').selectOption('none');
    await expect(person(1).locator('[data-preview="complete"]')).toContainText('城乡居民');

    await page.getByRole('button', { name: '再添加一个人' }).click();
    // The new person starts with the place and hukou of the one before.
    await expect(page.locator('#p2-r')).toHaveValue('shanghai');
    await expect(page.locator('#p2-h')).toHaveValue('local');
    await page.locator('#p2-l').fill('爸爸');
    await page.locator('#p2-a').fill('40');
    // Sending with someone unfinished: every problem at once, in the page, nothing sent.
    await page.getByRole('button', { name: '查看全家参保清单' }).click();
    await expect(page.locator('[data-error-summary]')).toBeFocused();
    await expect(page.locator('[data-error-summary] li')).toHaveCount(3);
    expect(page.url()).toBe(url);
    await page.locator('#p2-s').selectOption('employee');
    await person(2).getByLabel('以上都没有').check();
    await page.locator('#p2-c').selectOption('employee-active');
    await expect(person(2).locator('[data-preview="complete"]')).toContainText('职工');
    // Change one, remove one.
    await page.locator('#p0-a').fill('72');
    await page.getByRole('button', { name: '从清单中移除宝宝' }).click();
    await expect(page.locator('[data-person-fields]')).toHaveCount(2);
    expect(page.url()).toBe(url);
    await page.getByRole('button', { name: '查看全家参保清单' }).click();
    await expect(page).toHaveURL(/\/zh-CN\/household\?/);
    await expect(page.locator('[data-person]')).toHaveCount(2);
    await expect(page.locator('[data-section="sharing"]')).toContainText('爸爸');
    const m = new URL(page.url()).searchParams.getAll('m');
    expect(m[0]).toContain('a.72');
    expect(m.join(' ')).not.toContain('宝宝');
  });
});

test.describe('the two forms load React only when someone starts to use them', () => {
  test.use({ javaScriptEnabled: true, viewport: { width: 375, height: 800 } });

  test('as sent, no script of Next runs; at the first tap it does, and what was answered before is kept', async ({ page }) => {
    const ran: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') ran.push(r.url());
    });
    // The loader and the scripts it adds run under the page's CSP (its nonce), with nothing refused.
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    // A slow network: Next's scripts arrive only once everything below has been answered.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/zh-CN/household/edit?hv=1&m=l.Gran_r.beijing_a.70_s.not-working_h.local_g.none_c.resident-active&add=1');
    await page.waitForLoadState('load');
    // A tap elsewhere on the page is not a use of the form.
    await page.locator('main h1').click();
    expect(ran).toEqual([]);
    await expect(page.locator('form[data-hydrated]')).toHaveCount(0);
    expect(await page.evaluate(() => 'next' in window || '__NEXT_HYDRATED' in window)).toBe(false);
    // Answer for the new person at once, before React is there (a slow network): pick, type, tick.
    await page.locator('#p1-r').selectOption('shanghai');
    await page.locator('#p1-l').fill('宝宝');
    await page.locator('#p1-a').fill('0');
    await page.locator('[data-person-fields="1"]').getByLabel('以上都没有').check();
    await expect(page.locator('form[data-hydrated]')).toHaveCount(0);
    release();
    await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
    expect(ran.length).toBeGreaterThan(0);
    // Nothing answered was lost: the fields and react-hook-form agree, and the form is live.
    await expect(page.locator('#p1-r')).toHaveValue('shanghai');
    await expect(page.locator('#p1-l')).toHaveValue('宝宝');
    await expect(page.locator('#p1-a')).toHaveValue('0');
    await expect(page.locator('[data-person-fields="1"]').getByLabel('以上都没有')).toBeChecked();
    await expect(page.locator('#p1-b')).toBeVisible();
    await expect(page.locator('#p1-s')).toBeHidden(); // a baby's situation is implied: the rules run
    await page.locator('#p1-b').fill('2026-10-20');
    await page.locator('#p1-h').selectOption('local');
    await page.locator('#p1-c').selectOption('none');
    await expect(page.locator('[data-person-fields="1"] [data-preview="complete"]')).toContainText('城乡居民');
    await expect(page.locator('[data-person-fields="1"] h2')).toHaveText('宝宝');
    await page.getByRole('button', { name: '查看全家参保清单' }).click();
    await expect(page).toHaveURL(/\/zh-CN\/household\?/);
    const m = new URL(page.url()).searchParams.getAll('m');
    expect(m).toHaveLength(2);
    expect(m[1]).toContain('l.宝宝_r.shanghai_a.0');
    expect(refused).toEqual([]);
  });
});

test.describe('quick entry (/check/all)', () => {
  test('without JavaScript: one GET form, every error at once, then the same result URL as the check', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/zh-CN/check/all?v=1&r=beijing');
    await expect(page.locator('#p0-r')).toHaveValue('beijing');
    // A number in words gets the check's own message: type digits.
    await page.locator('#p0-a').fill('七十');
    await page.getByRole('button', { name: '查看结果' }).click();
    await expect(page.locator('[data-error-summary]')).toContainText('请用阿拉伯数字填写');
    // A number out of range gets the question's own bounds, as on the check's age page.
    await page.locator('#p0-a').fill('999');
    await page.getByRole('button', { name: '查看结果' }).click();
    await expect(page.locator('[data-error-summary]')).toContainText('年龄请填 0 到 120 之间的整数');
    await expect(page.locator('#p0-a-error')).toHaveText('年龄请填 0 到 120 之间的整数。');
    await page.locator('#p0-a').fill('３５');
    // A combination the rules refuse gets the rule's own words (an orphan is under 18).
    await page.getByLabel('孤儿').check();
    await page.getByRole('button', { name: '查看结果' }).click();
    await expect(page).toHaveTitle(/^错误：/);
    await expect(page.locator('[data-error-summary] li')).toHaveCount(4);
    await expect(page.locator('[data-error-summary]')).toContainText('你帮助的人有以下情况吗：“孤儿”只适用于未满18周岁的人。');
    await page.getByLabel('孤儿').uncheck();
    await expect(page.locator('#p0-a')).toHaveValue('３５');
    await page.locator('#p0-s').selectOption('flexible');
    await page.locator('#p0-h').selectOption('local');
    await page.getByLabel('以上都没有').check();
    await page.locator('#p0-c').selectOption('none');
    await page.getByRole('button', { name: '查看结果' }).click();
    await expect(page).toHaveURL(/\/zh-CN\/check\/result\?v=1&w=helper&r=beijing&a=35&s=flexible&h=local&g=none&c=none$/);
    await expect(page.locator('[data-section="todo"]')).toBeVisible();
    await context.close();
  });

  test('with JavaScript: questions that do not apply hide, the scheme appears, and it goes to the result', async ({ page }) => {
    await page.goto('/en/check/all?v=1&r=guangzhou');
    await expect(page.locator('#p0-r')).toHaveValue('guangzhou');
    await page.locator('#p0-a').fill('150');
    await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
    // Sending in the page: the check's own words for an age out of range, nothing sent.
    await page.getByRole('button', { name: 'See the result' }).click();
    await expect(page.locator('[data-error-summary]')).toContainText('Enter the age as a whole number from 0 to 120.');
    expect(page.url()).toContain('/en/check/all?v=1&r=guangzhou');
    await page.locator('#p0-a').fill('66');
    await expect(page.locator('#p0-ry')).toBeHidden();
    await page.locator('#p0-s').selectOption('retired');
    await expect(page.locator('#p0-ry')).toBeVisible();
    await page.locator('#p0-ry').fill('30');
    await page.locator('#p0-h').selectOption('local');
    await page.getByLabel('None of these').check();
    await page.locator('#p0-c').selectOption('employee-retired');
    await expect(page.locator('[data-preview="complete"]')).toContainText('Employee');
    await page.getByRole('button', { name: 'See the result' }).click();
    await expect(page).toHaveURL(/\/en\/check\/result\?/);
    await expect(page.locator('[data-section="todo"]')).toBeVisible();
  });

  for (const width of [375, 1280]) {
    for (const path of ['/zh-CN/check/all', '/en/household/edit?hv=1&m=l.Gran_r.beijing_a.70_s.not-working_h.local_g.none_c.resident-active&add=1']) {
      test(`axe finds nothing and nothing overflows at ${width}px: ${path.slice(0, 20)}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        await expect(page.locator('[data-people-editor]')).toBeVisible();
        const result = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
});

test.describe('poster', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    test(`a document with a QR code to the check with the place answered, and this season's facts for it (${locale})`, async ({ page }) => {
      const res = await page.request.get(`/${locale}/poster?r=${noNext.region}`);
      expect(res.status()).toBe(200);
      expect(withoutCare(await res.text())).not.toMatch(/<script(?![^>]*type="application\/(?:ld\+)?json")/);
      await page.goto(`/${locale}/poster?r=${noNext.region}`);
      await expect(page.locator('article.poster')).toHaveAttribute('data-region', noNext.region);
      // The place's dates for the season are not in our sources (read from the data): the poster says they are local and gives last year's.
      await expect(page.locator('[data-dates="local"]')).toBeVisible();
      await expect(page.locator('.poster')).toContainText(noNext.lastOpensOn.slice(0, 4));
      await expect(page.locator('.poster .break-all')).toContainText(`/${locale}/check/who?v=1&r=${noNext.region}`);
      const result = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);
    });
  }

  test('prints on one A4 page with a QR code at least 60 mm wide, in black and white', async ({ page }) => {
    await page.goto('/zh-CN/poster?r=shanghai');
    await page.emulateMedia({ media: 'print' });
    const mm = await page.locator('.poster-qr svg').evaluate((el) => el.getBoundingClientRect().width * 25.4 / 96);
    expect(mm).toBeGreaterThanOrEqual(60);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pageCount(pdf)).toBe(1);
  });

  test('an unknown place falls back to the national rules', async ({ page }) => {
    await page.goto('/en/poster?r=atlantis');
    await expect(page.locator('article.poster')).toHaveAttribute('data-region', 'elsewhere');
  });
});

test('the check’s start page leads to the four tools, each answering 200', async ({ page }) => {
  for (const locale of ['zh-CN', 'en']) {
    await page.goto(`/${locale}/check`);
    const hrefs = await page.locator('[data-section="tools"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([`/${locale}/household`, `/${locale}/check/all`, `/${locale}/check/paper`, `/${locale}/poster`]);
    for (const href of hrefs) expect((await page.request.get(href!)).status()).toBe(200);
  }
});
