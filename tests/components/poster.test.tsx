// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';
import { loadMessages } from '@/lib/i18n/messages';

vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
    createTranslator({ locale, messages: loadMessages(locale), namespace: namespace as 'Poster' }),
}));

const { Poster } = await import('@/components/tools/Poster');
const { seasonOn } = await import('@/lib/content/season');

async function poster(region: 'guangzhou' | 'beijing' | 'elsewhere', asOf: string, locale: Locale = 'zh-CN') {
  const { container } = render(await Poster({ locale, region, asOf }));
  return container.querySelector('article.poster') as HTMLElement;
}

describe('Poster: this season, never an old one (issue 20, item 7)', () => {
  it('does not print Guangzhou\'s 2022 collection period (2023年度) on a 2027年度 poster', async () => {
    const asOf = '2026-11-27';
    const gz = seasonOn(asOf).places.find((p) => p.region === 'guangzhou');
    // The rules still know the old window (labelled with its year in the result); the poster leaves it out.
    expect(gz?.lastWindow?.benefitYear).toBe(2023);
    const el = await poster('guangzhou', asOf);
    expect(el.querySelector('[data-last-dates]')).toBeNull();
    expect(el.textContent).not.toMatch(/2022|2023/);
    expect(el.querySelector('[data-dates="local"]')).toHaveTextContent('本站尚未收录2027年度的日期');
  });

  it('keeps the previous benefit year\'s dates, labelled with their year (Beijing)', async () => {
    const el = await poster('beijing', '2026-11-27');
    expect(el.querySelector('[data-last-dates]')).toHaveAttribute('data-last-dates', '2026');
  });

  it('says when cover starts by the continuity rule: 1 January only for those who paid last year', async () => {
    const el = await poster('elsewhere', '2026-11-27');
    expect(el.querySelector('[data-continuity]')).toHaveTextContent('上一年度也交了费、在缴费期内续交的，从 2027年1月1日 起看病可以报销；上一年度没有参保的，即使在缴费期内交费，也要等 3 个月才能报销（在规定期限内参保的新生儿除外）。');
    const en = await poster('elsewhere', '2026-11-27', 'en');
    expect(en.querySelector('[data-continuity]')).toHaveTextContent('Not enrolled last year: even paying within the period, claims are paid only after 3 months (except newborns enrolled within the local limit).');
  });
});
