import { expect, type Page } from '@playwright/test';

/** One step of a journey: the URL parameter a question sets, and the value(s) to give it. */
export type Step = [param: string, value: string | string[]];

/** Answers the current question through the real form, like a person would. */
export async function answer(page: Page, [param, value]: Step) {
  const form = page.locator('form[method="get"]').filter({ has: page.locator(`[name="${param}"]:not([type="hidden"])`) });
  await expect(form, `question for ${param}`).toBeVisible();
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

/** From the start page through every question to "check your answers", then the result. */
export async function journey(page: Page, locale: string, steps: Step[]) {
  await page.goto(`/${locale}/check`);
  await page.locator('main form button[type="submit"]').click();
  for (const step of steps) await answer(page, step);
  await expect(page).toHaveURL(/\/check\/answers\?/);
  await page.locator('main a[href*="/check/result?"]').click();
  await expect(page).toHaveURL(/\/check\/result\?/);
}

/** The executable <script> elements of an HTML document (JSON data blocks aside), with their text. */
export function scriptsOf(html: string): Array<{ tag: string; text: string }> {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[1] ?? ''))
    .map((m) => ({ tag: `<script${m[1] ?? ''}>`, text: m[2] ?? '' }));
}

/** Every kind of check page, with answers: a question, an error, "check your answers", results. */
export const CHECK_PAGES = [
  '/LOCALE/check/who?v=1',
  '/LOCALE/check/region?v=1&w=self',
  '/LOCALE/check/age?v=1&w=self&r=beijing',
  '/LOCALE/check/age?v=1&w=self&r=beijing&go=1&a=%E4%B8%83%E5%8D%81',
  '/LOCALE/check/birth-date?v=1&w=self&r=beijing&a=0&s=preschool',
  '/LOCALE/check/situation?v=1&w=self&r=beijing&a=65',
  '/LOCALE/check/retiree-years?v=1&w=self&r=beijing&a=65&s=retired',
  '/LOCALE/check/hukou?v=1&w=self&r=beijing&a=30&s=flexible',
  '/LOCALE/check/residence-permit?v=1&w=self&r=beijing&a=30&s=flexible&h=other-mainland',
  '/LOCALE/check/special-groups?v=1&w=self&r=beijing&a=30&s=flexible&h=local',
  '/LOCALE/check/special-groups?v=1&w=self&r=beijing&a=30&s=flexible&h=local&go=1',
  '/LOCALE/check/coverage?v=1&w=self&r=beijing&a=66&s=retired&ry=30&h=local&g=none',
  '/LOCALE/check/employee-gap?v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=none&c=employee-lapsed',
  '/LOCALE/check/answers?v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=none&c=none',
  '/LOCALE/check/result?v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=none&c=none',
  '/LOCALE/check/result?v=1&w=helper&r=chengdu&a=0&b=2026-10-01&s=preschool&h=other-mainland&p=yes&g=dibao&c=none',
];
