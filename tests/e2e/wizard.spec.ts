import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { journey, answer, type Step } from './wizard';

test.use({ viewport: { width: 375, height: 800 } });

// One journey per scheme outcome. Pinned to CHECK_TODAY (playwright.config.ts) for the date parts.
const journeys: Array<{ name: string; steps: Step[]; zh: RegExp; en: RegExp }> = [
  { name: 'employee via employer', steps: [['w', 'self'], ['r', 'guangzhou'], ['a', '30'], ['s', 'employee'], ['h', 'local'], ['g', 'none'], ['c', 'none']],
    zh: /职工医保，由用人单位办理参保/, en: /through the employer|by the employer|employer/i },
  { name: 'flexible worker (with the resident alternative)', steps: [['w', 'self'], ['r', 'elsewhere'], ['a', '35'], ['s', 'flexible'], ['h', 'local'], ['g', 'none'], ['c', 'none']],
    zh: /以灵活就业人员身份参保/, en: /flexible worker/i },
  { name: 'resident: pre-school child', steps: [['w', 'self'], ['r', 'beijing'], ['a', '4'], ['s', 'preschool'], ['h', 'local'], ['g', 'none'], ['c', 'none']],
    zh: /城乡居民医保（少年儿童）/, en: /child/i },
  { name: 'resident: older person with subsidised groups', steps: [['w', 'self'], ['r', 'shanghai'], ['a', '75'], ['s', 'not-working'], ['h', 'local'], ['g', ['dibao', 'disability']], ['c', 'none']],
    zh: /城乡居民医保（老年居民）/, en: /older/i },
  { name: 'no national basis: foreigner not working', steps: [['w', 'self'], ['r', 'elsewhere'], ['a', '40'], ['s', 'not-working'], ['h', 'foreign'], ['p', 'no'], ['g', 'none'], ['c', 'none']],
    zh: /全国规则下暂无参保依据/, en: /no national/i },
];

for (const js of [true, false]) {
  test.describe(`JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: js });
    for (const [i, j] of journeys.entries()) {
      const locale = i % 2 === 0 ? 'zh-CN' : 'en';
      test(`${locale}: ${j.name}`, async ({ page }) => {
        await journey(page, locale, j.steps, js);
        await expect(page.locator('[data-todo="join"]')).toContainText(locale === 'zh-CN' ? j.zh : j.en);
        // The reasons are folded; a <details> opens with or without JavaScript.
        await page.locator('[data-section="why"] summary').click();
        await expect(page.locator('[data-section="why"] [data-reason]').first()).toBeVisible();
        await expect(page.locator('[data-section="materials"] input[type="checkbox"]').first()).toBeVisible();
        await expect(page.locator('[data-section="share"] svg[role="img"]')).toBeVisible();
      });
    }
  });
}

test('helper mode words every question and the result in the third person', async ({ page }) => {
  await page.goto('/en/check/who?v=1');
  await answer(page, ['w', 'helper'], true);
  await expect(page.locator('h1')).toContainText(/the person you are helping|they|their/i);
  await page.goto('/zh-CN/check/age?v=1&w=helper&r=beijing');
  await expect(page.locator('h1')).toContainText('你帮助的人');
  await page.goto('/zh-CN/check/result?v=1&w=helper&r=beijing&a=30&s=employee&h=local&g=none&c=none');
  await expect(page.getByText('这是为你帮助的人查出的结果。')).toBeVisible();
});

test('validation: an error summary takes focus and links to the field; nothing moves under the pointer', async ({ page }) => {
  await page.goto('/en/check/age?v=1&w=self&r=elsewhere');
  const form = page.locator('form[data-hydrated="true"]');
  const button = form.getByRole('button', { name: 'Continue' });
  const before = await button.boundingBox();
  await button.click();
  const summary = page.getByRole('alert').filter({ hasText: 'Please fix the following' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveAttribute('href', '#a-field');
  await expect(page.locator('#a-error')).toHaveText('Choose or enter an answer to continue.');
  await page.locator('#a-field').fill('130');
  await button.click();
  await expect(page.locator('#a-error')).toContainText('from 0 to 120');
  const after = await button.boundingBox();
  expect(after?.y).toBeGreaterThan(before?.y ?? 0); // the summary is above, the inline line was reserved
  await page.locator('#a-field').fill('42');
  await button.click();
  await expect(page).toHaveURL(/\/en\/check\/situation\?v=1&w=self&r=elsewhere&a=42$/);
});

test('validation works without JavaScript too, with the same message', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/check/age?v=1&w=self&r=elsewhere');
  await page.locator('#a-field').fill('abc');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#a-error')).toContainText('whole number');
  await expect(page.getByRole('alert').filter({ hasText: 'Please fix the following' })).toBeVisible();
  await context.close();
});

test('Change an answer from the summary, then come back to the summary with every other answer kept', async ({ page }) => {
  const q = 'v=1&w=self&r=hangzhou&a=30&s=employee&h=local&g=none&c=none';
  await page.goto(`/en/check/answers?${q}`);
  await page.getByRole('link', { name: /Change.*How old/ }).click();
  await expect(page).toHaveURL(/\/en\/check\/age\?.*ret=answers/);
  await expect(page.locator('#a-field')).toHaveValue('30');
  await page.locator('form[data-hydrated="true"] #a-field').fill('31');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/en\/check\/answers\?v=1&w=self&r=hangzhou&a=31&s=employee&h=local&g=none&c=none$/);
  await expect(page.locator('dl')).toContainText('31 years old');
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

const axeSteps = [
    '/LOCALE/check', '/LOCALE/check/who?v=1', '/LOCALE/check/region?v=1&w=self', '/LOCALE/check/age?v=1&w=self&r=beijing',
    '/LOCALE/check/birth-date?v=1&w=self&r=beijing&a=0', '/LOCALE/check/situation?v=1&w=self&r=beijing&a=65',
    '/LOCALE/check/retiree-years?v=1&w=self&r=beijing&a=65&s=retired', '/LOCALE/check/hukou?v=1&w=self&r=beijing&a=30&s=flexible',
    '/LOCALE/check/residence-permit?v=1&w=self&r=beijing&a=30&s=flexible&h=other-mainland',
    '/LOCALE/check/special-groups?v=1&w=self&r=beijing&a=30&s=flexible&h=local',
    '/LOCALE/check/coverage?v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=none',
    '/LOCALE/check/employee-gap?v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=none&c=employee-lapsed',
    '/LOCALE/check/age?v=1&w=self&r=beijing&go=1',
    '/LOCALE/check/answers?v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=none&c=none',
    '/LOCALE/check/result?v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=none&c=none',
    '/LOCALE/check/result?v=1&w=helper&r=chengdu&a=0&b=2026-10-01&s=preschool&h=other-mainland&p=yes&g=none&c=none',
];
for (const locale of ['zh-CN', 'en']) {
  for (const s of axeSteps) {
    const url = s.replace('LOCALE', locale);
    test(`axe finds nothing on ${url}`, async ({ page }) => {
      await page.goto(url);
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('an .ics reminder is offered only for a sourced date (a newborn limit), and it is valid', async ({ page, request }) => {
  // CHECK_TODAY is 2026-11-23: the shortest newborn reading for a baby born 2026-10-01 ends 2026-12-29.
  await page.goto('/en/check/result?v=1&w=helper&r=elsewhere&a=0&b=2026-10-01&s=preschool&h=local&g=none&c=none');
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
