// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';

vi.mock('next-intl/server', () => import('../intl-server'));

// Two test-only places, each with its ways to pay, never real ones (issue 21): the fixture `lastyear`
// (tests/rules/fixture-region.ts) under two names, one paying through 京通 and the bank, the other
// through the tax app and WeChat, so that each person's line can be told from the other place's.
const PLACES = vi.hoisted(() => ({ here: 'payhere', there: 'paythere' }) as const);
vi.mock('@/lib/rules/regions/list', async (importOriginal) => {
  const f = await import('../rules/fixture-region');
  const place = (id: string, prefix: string, zh: string, en: string, channels: string[]) => f.lastYearPlace(id, prefix, { 'zh-CN': zh, en }, {
    residentChannels: { description: 'Test place: its ways to pay.', confidence: 'B', facts: ['F7.1'], sources: ['gbf38Full'], values: [{ from: '2020-01-01', value: channels }] },
  });
  return f.withCities(await importOriginal(), {
    [PLACES.here]: place(PLACES.here, 'ph', '本地市', 'Here City', ['jingtong', 'bank']),
    [PLACES.there]: place(PLACES.there, 'pt', '外地市', 'There City', ['tax-app', 'wechat']),
  });
});

const { Household } = await import('@/components/tools/Household');
const { householdOf } = await import('./household-link');
const { HOTLINES } = await import('@/components/ui/Phones');
const { SHARE_SCRIPT } = await import('@/lib/security/inline-scripts');
const { LAST_YEAR } = await import('../rules/fixture-region');

/** The day the sheet is made: a season after the fixture places' one sourced year. */
const asOf = `${LAST_YEAR}-11-23`;
const { here, there } = PLACES;
const five = () => householdOf(
  `l.奶奶_r.${there}_a.70_s.not-working_h.local_g.none_c.resident-active`,
  `l.爸爸_r.${here}_a.40_s.employee_h.local_g.none_c.employee-active`,
  `l.宝宝_r.${here}_a.0_b.${LAST_YEAR}-09-10_h.local_g.none_c.none`,
  `l.妈妈_r.${here}_a.38_s.flexible_h.local_g.none_c.none`,
  `l.哥哥_r.${here}_a.9_s.pupil_h.local_g.none_c.resident-active`,
);

describe('the household sheet prints what a single result prints', () => {
  it.each(['zh-CN', 'en'] as const)('%s: the hotlines once for the family, as tel: links', async (locale) => {
    render(await Household({ locale, parsed: five(), asOf }));
    const section = document.querySelector('[data-section="channels"]')!;
    expect(section).not.toBeNull();
    const tels = [...section.querySelectorAll('.hotlines a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(tels).toEqual(HOTLINES.map((h) => `tel:${h.number}`));
    // The sentence on the local area code: its 12393 is a link too.
    expect(section.querySelector('.hotline-local a')).toHaveAttribute('href', 'tel:12393');
    // Once on the page: not per person.
    for (const h of HOTLINES) expect(document.querySelectorAll(`.hotlines a[href="tel:${h.number}"]`)).toHaveLength(1);
  });

  it('where to pay: one line per place and scheme, naming whose it is; every person with a result is on exactly one line', async () => {
    render(await Household({ locale: 'zh-CN', parsed: five(), asOf }));
    const lines = [...document.querySelectorAll('[data-section="channels"] [data-pay]')];
    const text = lines.map((l) => l.textContent ?? '');
    // Each person's name appears on one line only.
    for (const who of ['奶奶', '爸爸', '宝宝', '妈妈', '哥哥']) expect(text.filter((t) => t.includes(who))).toHaveLength(1);
    // Grandma pays in the other place, by its ways: the line of the others' place is not hers.
    const gran = text.find((t) => t.includes('奶奶'))!;
    expect(gran).toContain('外地市');
    expect(gran).toContain('电子税务局');
    expect(gran).not.toContain('京通');
    // Father's employer pays: that line names no place.
    expect(text.find((t) => t.includes('爸爸'))).toContain('由用人单位按月代扣代缴');
  });

  it('people of one place who pay the same way share one line of where to pay', async () => {
    const household = householdOf(
      `l.爷爷_r.${here}_a.72_s.not-working_h.local_g.none_c.resident-active`,
      `l.奶奶_r.${here}_a.70_s.not-working_h.local_g.none_c.resident-active`,
    );
    render(await Household({ locale: 'zh-CN', parsed: household, asOf }));
    const lines = [...document.querySelectorAll('[data-section="channels"] [data-pay]')];
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveTextContent(/^爷爷.奶奶 \(本地市\)：京通小程序；/);
  });

  it('the caveats each result prints, each sentence once with whose it is; the date; "not a government site"', async () => {
    render(await Household({ locale: 'zh-CN', parsed: five(), asOf }));
    const caveats = [...document.querySelectorAll('[data-section="caveats"] [data-caveat]')].map((l) => l.textContent ?? '');
    expect(caveats.length).toBeGreaterThan(0);
    expect(new Set(caveats).size).toBe(caveats.length);
    for (const c of caveats) expect(c).toMatch(/^(奶奶|爸爸|宝宝|妈妈|哥哥)/);
    expect(document.querySelector('[data-print-asof]')).toHaveTextContent(`按 ${LAST_YEAR}年11月23日 的资料`);
    expect(document.querySelector('.not-gov')).toHaveTextContent('不是政府网站');
  });

  it.each([['zh-CN', '全家参保清单：'], ['en', 'Household check: ']] as const)('%s: copy, share and print as on a result — the same script, copying "%s<link>"', async (locale, prefix) => {
    render(await Household({ locale, parsed: five(), asOf }));
    const tools = document.querySelector('#share-tools')!;
    const link = document.querySelector('[data-link]')!.textContent ?? '';
    expect(link).toMatch(new RegExp(`/${locale}/household\\?hv=1&m=`));
    expect(tools.getAttribute('data-url')).toBe(link);
    expect(tools.getAttribute('data-text')).toBe(`${prefix}${link}`);
    // Hidden until the script finds the browser can do it: nothing that would do nothing without JavaScript.
    for (const b of tools.querySelectorAll('button')) expect(b).toHaveAttribute('hidden');
    expect(tools.querySelectorAll('button')).toHaveLength(3);
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => s.textContent)).toEqual([SHARE_SCRIPT]);
  });

  it('an empty household has no share tools, no script', async () => {
    render(await Household({ locale: 'zh-CN', parsed: householdOf(), asOf }));
    expect(document.querySelector('#share-tools')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('.not-gov')).not.toBeNull();
  });
});

