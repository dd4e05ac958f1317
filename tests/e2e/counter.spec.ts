/**
 * At the counter (issue 23, items 6 and 7): a helper goes through a family of three in quick entry
 * and ends on one household sheet; the household editor's new person keeps place and hukou; the
 * poster fills its A4 page with lines to write on; the paper check says it is an intake sheet.
 *
 * Taps are counted as a phone user makes them: a link or button 1; a tick 1; a drop-down 2 (open
 * it, pick); a text field 1 to focus it and 1 per key. A field that already holds the answer costs
 * nothing. The figures are written in docs/counter.md.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cities } from './data';

type Person = { age: string; situation: string; permit?: string; coverage: string };
/** A family of three from elsewhere in the mainland, living in Shanghai: both parents and a pupil. */
const place = 'shanghai';
const hukou = 'other-mainland';
const family: Person[] = [
  { age: '38', situation: 'flexible', permit: 'yes', coverage: 'none' },
  { age: '40', situation: 'employee', coverage: 'employee-active' },
  { age: '8', situation: 'pupil', coverage: 'none' },
];

class Taps {
  n = 0;
  constructor(private page: Page) {}
  async tap(selector: string) {
    await this.page.locator(selector).first().click();
    this.n += 1;
  }
  async choose(id: string, value: string) {
    const field = this.page.locator(`#${id}`);
    if ((await field.inputValue()) === value) return;
    await field.selectOption(value);
    this.n += 2;
  }
  async type(id: string, text: string) {
    const field = this.page.locator(`#${id}`);
    if ((await field.inputValue()) === text) return;
    await field.fill(text);
    this.n += 1 + [...text].length;
  }
  async tick(label: string) {
    const box = this.page.getByLabel(label, { exact: true });
    if (await box.isChecked()) return;
    await box.check();
    this.n += 1;
  }
  /** One person in quick entry, every question they are asked, then "see the result". */
  async person(p: Person) {
    await this.choose('p0-r', place);
    await this.type('p0-a', p.age);
    await this.choose('p0-s', p.situation);
    await this.choose('p0-h', hukou);
    if (p.permit) await this.choose('p0-p', p.permit);
    await this.tick('以上都没有');
    await this.choose('p0-c', p.coverage);
    await this.tap('button[name="go"]:not([hidden])');
    await expect(this.page).toHaveURL(/\/zh-CN\/check\/result\?v=1&w=helper&/);
    await expect(this.page.locator('[data-section="todo"]')).toBeVisible();
  }
}

test.describe('a family of three at the counter, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('through quick entry: fewer taps with "next person in this family", and one household sheet at the end', async ({ page }) => {
    // Before: each person from the check's start page, every field picked again; three results, no household sheet.
    const before = new Taps(page);
    await page.goto('/zh-CN/check');
    for (const [i, p] of family.entries()) {
      if (i > 0) await before.tap('[data-section="share"] a[href="/zh-CN/check"]');
      await before.tap('[data-section="tools"] a[href="/zh-CN/check/all"]');
      await before.person(p);
    }

    // After: "next person in this family" keeps place and hukou, and "that is everyone" opens the household sheet.
    const after = new Taps(page);
    await page.goto('/zh-CN/check');
    await after.tap('[data-section="tools"] a[href="/zh-CN/check/all"]');
    for (const [i, p] of family.entries()) {
      if (i > 0) {
        await after.tap('[data-next-person]');
        await expect(page).toHaveURL(/\/zh-CN\/check\/all\?v=1&w=helper&r=shanghai&h=other-mainland&hv=1&m=/);
        await expect(page.locator('#p0-r')).toHaveValue(place);
        await expect(page.locator('#p0-h')).toHaveValue(hukou);
        await expect(page.locator('#p0-a')).toHaveValue('');
        await expect(page.locator('[data-family]')).toHaveAttribute('data-family', String(i));
      }
      await after.person(p);
      // The result's own link (to copy, share, print) carries this person only, never the family.
      const shared = await page.locator('#share-tools').getAttribute('data-url');
      expect(shared).toMatch(/\/zh-CN\/check\/result\?v=1&w=helper&r=shanghai&a=\d+&/);
      expect(shared).not.toMatch(/[?&](hv|m)=/);
      await expect(page.getByTestId('link-notice')).toHaveCount(0);
    }
    await after.tap('[data-family-done]');
    await expect(page).toHaveURL(/\/zh-CN\/household\?hv=1&m=/);
    await expect(page.locator('[data-person]')).toHaveCount(3);
    const ages = new URL(page.url()).searchParams.getAll('m').map((m) => /_a\.(\d+)/.exec(m)?.[1]);
    expect(ages).toEqual(family.map((p) => p.age));

    console.log(`family of three through quick entry: ${before.n} taps before, ${after.n} after`);
    expect(after.n).toBeLessThan(before.n);
    // The figures docs/counter.md gives (a change to the form that changes them changes the page too).
    expect([before.n, after.n]).toEqual([45, 36]);
  });

  test('the household editor: "add" without JavaScript gives a new person with the place and hukou of the one before', async ({ page }) => {
    await page.goto(`/zh-CN/household/edit?hv=1&m=l.妈妈_r.${place}_a.38_s.flexible_h.${hukou}_p.yes_g.none_c.none&add=1`);
    await expect(page.locator('#p1-r')).toHaveValue(place);
    await expect(page.locator('#p1-h')).toHaveValue(hukou);
    await expect(page.locator('#p1-a')).toHaveValue('');
    await expect(page.locator('#p1-p')).toHaveValue('');
    await page.locator('#p1-a').fill('8');
    await page.locator('#p1-s').selectOption('pupil');
    await page.getByRole('button', { name: '再添加一个人' }).click();
    await expect(page.locator('#p2-r')).toHaveValue(place);
    await expect(page.locator('#p2-h')).toHaveValue(hukou);
    await expect(page.locator('#p1-a')).toHaveValue('8');
  });
});

test('the household editor with JavaScript: a new person takes the place and hukou of the one before', async ({ page }) => {
  await page.goto(`/en/household/edit?hv=1&m=l.Mum_r.${place}_a.38_s.flexible_h.${hukou}_p.yes_g.none_c.none`);
  await page.locator('#p0-a').focus();
  await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Add another person' }).click();
  await expect(page.locator('#p1-r')).toHaveValue(place);
  await expect(page.locator('#p1-h')).toHaveValue(hukou);
  await expect(page.locator('#p1-a')).toHaveValue('');
});

test('quick entry with JavaScript goes to the result with the family kept', async ({ page }) => {
  await page.goto(`/en/check/all?v=1&w=helper&r=${place}&h=${hukou}&hv=1&m=r.${place}_a.38_s.flexible_h.${hukou}_p.yes_g.none_c.none`);
  await page.locator('#p0-a').fill('8');
  await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
  await page.locator('#p0-s').selectOption('pupil');
  await page.getByLabel('None of these').check();
  await page.locator('#p0-c').selectOption('none');
  await page.getByRole('button', { name: 'See the result' }).click();
  await expect(page).toHaveURL(/\/en\/check\/result\?v=1&w=helper&r=shanghai&a=8&s=pupil&h=other-mainland&g=none&c=none&hv=1&m=/);
  await expect(page.locator('[data-family-done]')).toContainText('2 people');
});

test.describe('a result reached at the counter keeps the family on its links back into the check', () => {
  test.use({ javaScriptEnabled: false });
  const mum = `r.${place}_a.38_s.flexible_h.${hukou}_p.yes_g.none_c.none`;
  const result = `/zh-CN/check/result?v=1&w=helper&r=${place}&a=8&s=pupil&h=${hukou}&g=none&c=none&hv=1&m=${mum}`;

  test('"change answers" opens quick entry filled in with the family kept; sent again, the result still has it', async ({ page }) => {
    await page.goto(result);
    await page.locator('[data-change-answers]').click();
    await expect(page).toHaveURL(/\/zh-CN\/check\/all\?v=1&w=helper&r=shanghai&a=8&s=pupil&h=other-mainland&g=none&c=none&hv=1&m=/);
    await expect(page.locator('[data-family]')).toHaveAttribute('data-family', '1');
    await expect(page.locator('#p0-a')).toHaveValue('8');
    await page.locator('#p0-a').fill('9');
    await page.locator('button[name="go"]:not([hidden])').first().click();
    await expect(page).toHaveURL(/\/zh-CN\/check\/result\?v=1&w=helper&r=shanghai&a=9&.*&hv=1&m=/);
    await expect(page.locator('[data-family-done]')).toContainText('2');
  });

  test('"start again" is "enter this person again": quick entry empty, the family kept', async ({ page }) => {
    await page.goto(result);
    await expect(page.locator('[data-start-again]')).toHaveText('重新录入这一位');
    await page.locator('[data-start-again]').click();
    await expect(page).toHaveURL(/\/zh-CN\/check\/all\?v=1&w=helper&hv=1&m=/);
    await expect(page.locator('[data-family]')).toHaveAttribute('data-family', '1');
    await expect(page.locator('#p0-a')).toHaveValue('');
    await expect(page.locator('#p0-r')).toHaveValue('');
  });

  test('an incomplete result link with a family goes to quick entry with the family; without one, the check\'s own links', async ({ page }) => {
    await page.goto(`/zh-CN/check/result?v=1&w=helper&r=${place}&a=8&hv=1&m=${mum}`);
    await expect(page).toHaveURL(/\/zh-CN\/check\/all\?v=1&w=helper&r=shanghai&a=8&hv=1&m=/);
    await expect(page.locator('[data-family]')).toHaveAttribute('data-family', '1');
    await page.goto(`/zh-CN/check/result?v=1&w=helper&r=${place}&a=8&s=pupil&h=${hukou}&g=none&c=none`);
    await expect(page.locator('[data-change-answers]')).toHaveAttribute('href', /^\/zh-CN\/check\/answers\?v=1&/);
    await expect(page.locator('[data-start-again]')).toHaveAttribute('href', '/zh-CN/check');
  });
});

test.describe('the poster fills one A4 page, with lines for the local deadline, phone and address', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    test(`one page, the write-in lines down to the bottom (${locale})`, async ({ page }, info) => {
      // The printed width of A4 less the 12 mm margins, so the layout measured is the one printed.
      await page.setViewportSize({ width: Math.round((186 * 96) / 25.4), height: 1000 });
      await page.goto(`/${locale}/poster?r=${place}`);
      await expect(page.locator('[data-write-in] [data-write]')).toHaveCount(3);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      // Kept with the test's output, to look at (pdftoppm -png).
      writeFileSync(info.outputPath(`poster-${locale}.pdf`), pdf);
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
      // The printable height is 273 mm: the write-in lines end in its last tenth, so no third is blank.
      const mm = await page.evaluate(() => {
        const top = document.querySelector('.poster')!.getBoundingClientRect().top;
        const bottom = document.querySelector('[data-write-in]')!.getBoundingClientRect().bottom;
        return ((bottom - top) * 25.4) / 96;
      });
      expect(mm).toBeGreaterThan(273 * 0.9);
      expect(mm).toBeLessThanOrEqual(273);
      // Every place's poster (its season's text differs) still prints on one page.
      for (const r of [...cities(), 'elsewhere']) {
        await page.goto(`/${locale}/poster?r=${r}`);
        const one = await page.pdf({ format: 'A4' });
        expect((one.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, r).toBe(1);
      }
    });
  }
});

test('the paper check says it is an intake sheet: the result comes from the check or from quick entry', async ({ page }) => {
  await page.goto('/zh-CN/check/paper');
  await expect(page.locator('h1')).toContainText('登记表');
  await expect(page.locator('[data-intake]')).toContainText('/zh-CN/check/all');
  await expect(page.locator('article')).toContainText('不能用来判断你自己该怎么办');
});
