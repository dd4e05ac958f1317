import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CHECK_PAGES, answer, journey, type Step } from './wizard';

// The check's main journey is the one without JavaScript: its pages are documents (no framework
// runtime), so this is the only code path there is. Pinned to CHECK_TODAY = 2026-11-23.
test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });

const journeys: Array<{ name: string; steps: Step[]; zh: RegExp; en: RegExp }> = [
  { name: 'employee via employer', steps: [['w', 'self'], ['r', 'guangzhou'], ['a', '30'], ['s', 'employee'], ['h', 'local'], ['g', 'none'], ['c', 'none']],
    zh: /职工医保，由用人单位办理参保/, en: /employer/i },
  { name: 'flexible worker (with the resident alternative)', steps: [['w', 'self'], ['r', 'elsewhere'], ['a', '35'], ['s', 'flexible'], ['h', 'local'], ['g', 'none'], ['c', 'none']],
    zh: /以灵活就业人员身份参保/, en: /flexible worker/i },
  { name: 'resident: pre-school child', steps: [['w', 'self'], ['r', 'beijing'], ['a', '4'], ['s', 'preschool'], ['h', 'local'], ['g', 'none'], ['c', 'none']],
    zh: /城乡居民医保（少年儿童）/, en: /child/i },
  { name: 'resident: older person with subsidised groups', steps: [['w', 'self'], ['r', 'shanghai'], ['a', '75'], ['s', 'not-working'], ['h', 'local'], ['g', ['dibao', 'disability']], ['c', 'none']],
    zh: /城乡居民医保（老年居民）/, en: /older/i },
  { name: 'no national basis: foreigner not working', steps: [['w', 'self'], ['r', 'elsewhere'], ['a', '40'], ['s', 'not-working'], ['h', 'foreign'], ['p', 'no'], ['g', 'none'], ['c', 'none']],
    zh: /全国规则下暂无参保依据/, en: /no national/i },
  { name: 'a newborn, never asked what they do', steps: [['w', 'helper'], ['r', 'beijing'], ['a', '0'], ['b', '2026-10-01'], ['h', 'local'], ['g', 'none'], ['c', 'none']],
    zh: /城乡居民医保（少年儿童）/, en: /child/i },
  { name: 'a retiree drawing employee-scheme benefits', steps: [['w', 'self'], ['r', 'shanghai'], ['a', '66'], ['s', 'retired'], ['ry', '30'], ['h', 'local'], ['g', 'none'], ['c', 'employee-retired']],
    zh: /职工医保退休人员/, en: /retire/i },
];

for (const [i, j] of journeys.entries()) {
  const locale = i % 2 === 0 ? 'zh-CN' : 'en';
  test(`${locale}: ${j.name}, start to result through the forms`, async ({ page }) => {
    await journey(page, locale, j.steps);
    await expect(page.locator('[data-todo="join"]')).toContainText(locale === 'zh-CN' ? j.zh : j.en);
    // The reasons are folded; a <details> opens without JavaScript.
    await page.locator('[data-section="why"] summary').click();
    await expect(page.locator('[data-section="why"] [data-reason]').first()).toBeVisible();
    await expect(page.locator('[data-section="share"] svg[role="img"]')).toBeVisible();
  });
}

test('a newborn: the situation is not asked, not listed, and filled in', async ({ page }) => {
  await page.goto('/en/check/age?v=1&w=helper&r=beijing');
  await answer(page, ['a', '0']);
  await expect(page).toHaveURL(/\/en\/check\/birth-date\?v=1&w=helper&r=beijing&a=0&s=preschool$/);
  await answer(page, ['b', '2026-10-01']);
  await expect(page).toHaveURL(/\/en\/check\/hukou\?/);
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(/\/en\/check\/birth-date\?/);
  await expect(page.locator('#b-field')).toHaveValue('2026-10-01');
  await page.goto('/en/check/answers?v=1&w=helper&r=beijing&a=0&b=2026-10-01&s=preschool&h=local&g=none&c=none');
  await expect(page.locator('main dl dt')).toHaveCount(7);
  await expect(page.locator('main dl')).not.toContainText('situation');
});

test('a retiree can say they draw employee-scheme retiree benefits; others are not offered it', async ({ page }) => {
  await page.goto('/zh-CN/check/coverage?v=1&w=self&r=shanghai&a=66&s=retired&ry=30&h=local&g=none');
  await expect(page.getByLabel('已退休，在职工医保领取退休待遇，不再缴费')).toBeVisible();
  // The autumn's benefit years are named: "this year's" is 2026, the payments now are for 2027.
  await expect(page.getByLabel('有，已交 2026 年度（今年）的城乡居民医保')).toBeVisible();
  await expect(page.locator('#c-hint')).toContainText('2027 年度');
  await page.goto('/zh-CN/check/coverage?v=1&w=self&r=shanghai&a=50&s=flexible&h=local&g=none');
  await expect(page.locator('input[value="employee-retired"]')).toHaveCount(0);
});

test('Change shows the answer given, chosen or filled in; Continue keeps it; back to the summary with everything', async ({ page }) => {
  const q = 'v=1&w=self&r=hangzhou&a=30&s=employee&h=local&g=dibao&c=none';
  await page.goto(`/en/check/answers?${q}`);
  await page.getByRole('link', { name: /Change.*How old/ }).click();
  await expect(page).toHaveURL(/\/en\/check\/age\?.*ret=answers/);
  await expect(page.locator('#a-field')).toHaveValue('30');
  await page.locator('#a-field').fill('31');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/en\/check\/answers\?v=1&w=self&r=hangzhou&a=31&s=employee&h=local&g=dibao&c=none$/);
  await expect(page.locator('dl')).toContainText('31 years old');
  // A choice question: the answer is ticked, and Continue without touching it keeps it.
  for (const [name, checked] of [[/Change.*Where will you enroll/, 'input[name="r"][value="hangzhou"]'], [/Change.*Do any of these apply/, 'input[name="g"][value="dibao"]']] as const) {
    await page.getByRole('link', { name }).click();
    await expect(page.locator(checked)).toBeChecked();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/en\/check\/answers\?v=1&w=self&r=hangzhou&a=31&s=employee&h=local&g=dibao&c=none$/);
  }
});

test('Back shows the previous question with its answer; the summary has a Back link; every question can start again', async ({ page }) => {
  await page.goto('/zh-CN/check/special-groups?v=1&w=self&r=beijing&a=30&s=flexible&h=local');
  await page.getByRole('link', { name: '返回上一步' }).click();
  await expect(page).toHaveURL(/\/zh-CN\/check\/hukou\?v=1&w=self&r=beijing&a=30&s=flexible&h=local$/);
  await expect(page.locator('input[name="h"][value="local"]')).toBeChecked();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page).toHaveURL(/\/zh-CN\/check\/special-groups\?v=1&w=self&r=beijing&a=30&s=flexible&h=local$/);
  await page.goto('/zh-CN/check/answers?v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=none&c=none');
  await page.getByRole('link', { name: '返回上一步' }).click();
  await expect(page).toHaveURL(/\/zh-CN\/check\/coverage\?.*c=none$/);
  await expect(page.locator('input[name="c"][value="none"]')).toBeChecked();
  for (const url of CHECK_PAGES.filter((p) => !p.includes('/result')).map((p) => p.replace('LOCALE', 'zh-CN'))) {
    await page.goto(url);
    await expect(page.getByRole('link', { name: '重新开始' }), url).toHaveAttribute('href', '/zh-CN/check');
  }
});

async function expectError(page: Page, { title, message, field }: { title: RegExp; message: string; field: string }) {
  await expect(page).toHaveTitle(title);
  const summary = page.locator('[data-error-summary]');
  // Focused as the page opens, by autofocus: no script.
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: message })).toHaveAttribute('href', `#${field}`);
  await expect(page.locator('main form [id$="-error"]')).toContainText(message);
  await summary.getByRole('link', { name: message }).click();
  await expect(page.locator(`#${field}`)).toBeFocused();
}

test('errors: their own words per question, "错误：" in the title, a summary linked to the field, what was typed kept', async ({ page }) => {
  await page.goto('/zh-CN/check/age?v=1&w=self&r=beijing');
  await page.locator('#a-field').fill('七十');
  await page.getByRole('button', { name: '继续' }).click();
  await expectError(page, { title: /^错误：你今年多少岁？/, message: '请用阿拉伯数字填写，比如 70。', field: 'a-field' });
  await expect(page.locator('#a-field')).toHaveValue('七十');
  await expect(page.locator('#a-field')).toHaveAttribute('aria-invalid', 'true');
  // Refresh keeps the error and the value (it is all in the URL).
  await page.reload();
  await expect(page.locator('#a-field')).toHaveValue('七十');
  await page.locator('#a-field').fill('130');
  await page.getByRole('button', { name: '继续' }).click();
  await expectError(page, { title: /^错误：/, message: '年龄请填 0 到 120 之间的整数。', field: 'a-field' });
  // Full-width digits and spaces, as Chinese input methods type them, are accepted.
  await page.locator('#a-field').fill('３ ５');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page).toHaveURL(/\/zh-CN\/check\/situation\?v=1&w=self&r=beijing&a=35$/);
  await expect(page).toHaveTitle(/^你现在的情况是？/);

  await page.goto('/en/check/region?v=1&w=self');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectError(page, { title: /^Error: Where will you enroll\?/, message: 'Select the place of enrollment.', field: 'r-field' });
  await page.goto('/en/check/special-groups?v=1&w=self&r=beijing&a=30&s=flexible&h=local');
  await page.locator('input[name="g"][value="dibao"]').check();
  await page.locator('input[name="g"][value="none"]').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('input[name="g"][value="dibao"]')).toBeChecked();
  await expect(page.locator('input[name="g"][value="none"]')).toBeChecked();
  await expect(page.locator("[data-error-summary]")).toContainText(/none of these/i);
});

test('the language switch keeps the whole query string: question, error, summary and result', async ({ page }) => {
  for (const [from, to] of [['zh-CN', 'en'], ['en', 'zh-CN']] as const) {
    const name = to === 'en' ? 'Switch to English' : '切换到简体中文';
    for (const path of ['/check/age?v=1&w=self&r=beijing&a=30', '/check/age?v=1&w=self&r=beijing&go=1&a=abc',
      '/check/answers?v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=dibao&c=none',
      '/check/result?v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=dibao&c=none']) {
      await page.goto(`/${from}${path}`);
      await page.getByRole('link', { name }).click();
      expect(page.url().replace(/^https?:\/\/[^/]+/, '')).toBe(`/${to}${path}`);
    }
    await page.goto(`/${from}/check/age?v=1&w=self&r=beijing&a=30`);
    await page.getByRole('link', { name }).click();
    await expect(page.locator('#a-field')).toHaveValue('30');
  }
});

test('the start page names the helper option by the words the question uses', async ({ page }) => {
  for (const locale of ['zh-CN', 'en']) {
    await page.goto(`/${locale}/check/who?v=1`);
    const option = (await page.locator('label:has(input[value="helper"])').innerText()).trim();
    await page.goto(`/${locale}/check`);
    await expect(page.locator('main li').filter({ hasText: option })).toHaveCount(1);
  }
});

test('the result without JavaScript: the link in full and selectable, no button that would do nothing, a note for sensitive groups', async ({ page }) => {
  await page.goto('/zh-CN/check/result?v=1&w=self&r=shanghai&a=75&s=not-working&h=local&g=dibao&g=disability&c=none');
  const share = page.locator('[data-section="share"]');
  const link = share.locator('.result-link a');
  await expect(link).toHaveText(/^http.*\/zh-CN\/check\/result\?v=1&w=self&r=shanghai&a=75&s=not-working&h=local&g=dibao&g=disability&c=none$/);
  await expect(link).toHaveCSS('user-select', 'all');
  // Copy, share and print are in the page but hidden: without JavaScript they would do nothing.
  await expect(share.locator('button')).toHaveCount(3);
  for (const button of await share.locator('button').all()) await expect(button).toBeHidden();
  await expect(share.getByRole('button')).toHaveCount(0);
  await expect(page.locator('#print-hint')).toBeVisible();
  await expect(page.locator('[data-share-note]')).toContainText('低保');
  await expect(page.locator('[data-share-note]')).toContainText('残疾');
  await page.goto('/zh-CN/check/result?v=1&w=self&r=shanghai&a=75&s=not-working&h=local&g=none&c=none');
  await expect(page.locator('[data-share-note]')).toHaveCount(0);
});

test('helper mode words every question and the result in the third person', async ({ page }) => {
  await page.goto('/en/check/who?v=1');
  await answer(page, ['w', 'helper']);
  await expect(page.locator('h1')).toContainText(/the person you are helping|they|their/i);
  await page.goto('/zh-CN/check/age?v=1&w=helper&r=beijing');
  await expect(page.locator('h1')).toContainText('你帮助的人');
  await page.goto('/zh-CN/check/result?v=1&w=helper&r=beijing&a=30&s=employee&h=local&g=none&c=none');
  await expect(page.getByText('这是为你帮助的人查出的结果。')).toBeVisible();
  // The sentences about the person say TA, not 你 (lib/wizard/voice.ts).
  await expect(page.locator('[data-todo="steps"]')).toContainText('请用人单位为TA办理职工医保参保');
  await expect(page.locator('[data-todo="steps"]')).not.toContainText('你');
  await page.goto('/en/check/result?v=1&w=helper&r=beijing&a=30&s=employee&h=local&g=none&c=none');
  await expect(page.locator('h1')).toHaveText('Their result');
  await expect(page.locator('[data-todo="steps"]')).toContainText('Ask their employer to enrol them');
});

test('a tampered link: unknown, malformed and contradictory parts are dropped with a notice, never a 500', async ({ page }) => {
  const res = await page.goto('/zh-CN/check/result?v=1&w=self&r=mars&a=1e309&s=pupil&h=local&g=none&c=none&__proto__=x&evil=%E0%A4%A');
  expect(res?.status()).toBe(200);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('你打算在哪里参保？'); // a dropped answer is named by its question
  await expect(notice).toContainText('evil');
  await expect(page.locator('h1')).toBeVisible(); // the first question still needing an answer
  for (const url of ['/en/check/result?v=99', '/en/check/answers?a=-0&a=5', '/en/check/nonsense?v=1', `/en/check/result?${'x'.repeat(5000)}=1`]) {
    const r = await page.goto(url);
    expect(r?.status(), url).toBeLessThan(500);
    await expect(page.locator('h1')).toBeVisible();
  }
});

test('an .ics reminder is offered only for a sourced date (a newborn limit), and it is valid', async ({ page, request }) => {
  // CHECK_TODAY is 2026-11-23: the shortest newborn reading for a baby born 2026-10-01 ends 2026-12-29.
  // Guangzhou's own newborn rule is sourced (F4.2); elsewhere the 90 days are other places' rule: no reminder.
  expect((await request.get('/en/check/reminder?v=1&w=helper&r=elsewhere&a=0&b=2026-10-01&s=preschool&h=local&g=none&c=none')).status()).toBe(404);
  await page.goto('/en/check/result?v=1&w=helper&r=guangzhou&a=0&b=2026-10-01&s=preschool&h=local&g=none&c=none');
  const link = page.getByRole('link', { name: /calendar reminder/ });
  await expect(link).toBeVisible();
  const res = await request.get((await link.getAttribute('href')) ?? '');
  expect(res.headers()['content-type']).toContain('text/calendar');
  const body = await res.text();
  expect(body).toContain('BEGIN:VEVENT');
  expect(body).toContain('DTSTART;VALUE=DATE:20261222');
  expect(body).toContain('DTEND;VALUE=DATE:20261223');
  expect(body).not.toContain('DURATION');
  // No local dates for this season: no reminder link, and the reminder address has nothing to give.
  await page.goto('/en/check/result?v=1&w=self&r=elsewhere&a=40&s=not-working&h=local&g=none&c=none');
  await expect(page.getByRole('link', { name: /calendar reminder/ })).toHaveCount(0);
  const none = await request.get('/en/check/reminder?v=1&w=self&r=elsewhere&a=40&s=not-working&h=local&g=none&c=none');
  expect(none.status()).toBe(404);
});

for (const width of [375, 1280]) {
  test.describe(`at ${width}px`, () => {
    // axe runs as a script in the page; the page itself is the same with or without JavaScript.
    test.use({ viewport: { width, height: 800 }, javaScriptEnabled: true });
    for (const locale of ['zh-CN', 'en']) {
      for (const s of CHECK_PAGES) {
        const url = s.replace('LOCALE', locale);
        test(`axe finds nothing on ${url}`, async ({ page }) => {
          await page.goto(url);
          const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
        });
      }
    }
  });
}
