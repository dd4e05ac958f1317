import { expect, type Page } from '@playwright/test';

/** One step of a journey: the URL parameter a question sets, and the value(s) to give it. */
export type Step = [param: string, value: string | string[]];

/** Answers the current question through the real form, like a person would. */
export async function answer(page: Page, [param, value]: Step, js: boolean) {
  const form = page.locator('form[method="get"]').filter({ has: page.locator(`[name="${param}"]:not([type="hidden"])`) });
  await expect(form, `question for ${param}`).toBeVisible();
  if (js) await expect(form).toHaveAttribute('data-hydrated', 'true');
  const values = Array.isArray(value) ? value : [value];
  const first = form.locator(`[name="${param}"]:not([type="hidden"])`).first();
  const type = await first.getAttribute('type');
  if (type === 'radio' || type === 'checkbox') {
    for (const v of values) await form.locator(`input[name="${param}"][value="${v}"]`).check();
  } else {
    await first.fill(values[0] ?? '');
  }
  await form.getByRole('button').click();
}

export async function journey(page: Page, locale: string, steps: Step[], js: boolean) {
  await page.goto(`/${locale}/check`);
  await page.locator('main form button[type="submit"]').click();
  for (const step of steps) await answer(page, step, js);
  await expect(page).toHaveURL(/\/check\/answers\?/);
  await page.locator('main a[href*="/check/result?"]').click();
  await expect(page).toHaveURL(/\/check\/result\?/);
}
