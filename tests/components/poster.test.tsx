// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import type { Locale } from '@/lib/i18n/routing';

vi.mock('next-intl/server', () => import('../intl-server'));

// Adds the test-only place whose data stop at LAST_YEAR (tests/rules/fixture-region.ts).
vi.mock('@/lib/rules/regions/list', async (importOriginal) => (await import('../rules/fixture-region')).withFixturePlaces(await importOriginal()));

const { Poster } = await import('@/components/tools/Poster');
const { LAST_YEAR, LAST_YEAR_ONLY } = await import('../rules/fixture-region');
const { seasonOn } = await import('@/lib/content/season');
const { REGIONS } = await import('@/lib/rules');
const { firstYearWithNoValue } = await import('../data-years');

async function poster(region: (typeof REGIONS)[number], asOf: string, locale: Locale = 'zh-CN') {
  const { container } = render(await Poster({ locale, region, asOf }));
  return container.querySelector('article.poster') as HTMLElement;
}

describe('Poster: this season, never an old one (issue 20, item 7)', () => {
  it('never prints a collection period older than the previous benefit year, for any place in any season we hold', async () => {
    // The season of benefit year Y is collected from the autumn of Y − 1: its poster may show Y − 1's dates, never older ones
    // (Guangzhou's latest sourced period is 2023年度's, which the rules still know and the poster leaves out).
    let olderLeftOut = 0;
    for (let year = 2024; year < firstYearWithNoValue(); year++) {
      const asOf = `${year}-11-27`;
      for (const region of REGIONS) {
        const last = seasonOn(asOf).places.find((p) => p.region === region)?.lastWindow;
        const el = await poster(region, asOf);
        const shown = el.querySelector('[data-last-dates]');
        if (shown) expect(Number(shown.getAttribute('data-last-dates')), `${region} ${asOf}`).toBeGreaterThanOrEqual(year);
        if (last && last.benefitYear < year) {
          olderLeftOut++;
          expect(shown, `${region} ${asOf}`).toBeNull();
          expect(el.textContent, `${region} ${asOf}`).not.toContain(last.opensOn.slice(0, 4) + '年');
        }
      }
    }
    expect(olderLeftOut).toBeGreaterThan(0);
  });

  it('prints a period as this season\'s only when it is for the season\'s benefit year and has not closed, on any day of any year we hold', async () => {
    // Every month's 1st and 27th (Shanghai closes on 25 December, others in spring), every place, both sides of the year's turn.
    let shownAsThisSeason = 0;
    for (let year = 2024; year <= firstYearWithNoValue(); year++) {
      for (let month = 1; month <= 12; month++) {
        for (const day of ['01', '27']) {
          const asOf = `${year}-${String(month).padStart(2, '0')}-${day}`;
          const season = seasonOn(asOf);
          for (const region of [...REGIONS, 'elsewhere' as const]) {
            const place = region === 'elsewhere' ? season.national : season.places.find((p) => p.region === region);
            if (!place) continue;
            const el = await poster(region, asOf);
            const dates = el.querySelector('[data-dates="sourced"]');
            if (!dates) continue;
            shownAsThisSeason++;
            // The heading names the benefit year; the period under it is that year's and still to come or open.
            expect(el.querySelector('.poster-season h2')?.textContent ?? '', `${region} ${asOf}`).toContain(String(place.benefitYear));
            expect(place.window!.closesOn >= asOf, `${region} ${asOf}: a closed period shown as this season's`).toBe(true);
            expect(Number(place.window!.coverStarts.slice(0, 4)), `${region} ${asOf}`).toBe(place.benefitYear);
          }
        }
      }
    }
    expect(shownAsThisSeason).toBeGreaterThan(0);
  });

  it('keeps the previous benefit year\'s dates, labelled with their year (a place whose next year we do not have)', async () => {
    const el = await poster(LAST_YEAR_ONLY as (typeof REGIONS)[number], `${LAST_YEAR}-11-27`);
    expect(el.querySelector('[data-last-dates]')).toHaveAttribute('data-last-dates', String(LAST_YEAR));
  });

  it('says when cover starts by the continuity rule: 1 January only for those who paid last year', async () => {
    const el = await poster('elsewhere', '2026-11-27');
    expect(el.querySelector('[data-continuity]')).toHaveTextContent('上一年度也交了费、在缴费期内续交的，从 2027年1月1日 起看病可以报销；上一年度没有参保的，即使在缴费期内交费，也要等 3 个月才能报销（在规定期限内参保的新生儿除外）。');
    const en = await poster('elsewhere', '2026-11-27', 'en');
    expect(en.querySelector('[data-continuity]')).toHaveTextContent('Not enrolled last year: even paying within the period, claims are paid only after 3 months (except newborns enrolled within the local limit).');
  });
});
