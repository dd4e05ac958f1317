// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';

vi.mock('next-intl/server', () => import('../intl-server'));

const { Household } = await import('@/components/tools/Household');
const { householdOf } = await import('./household-link');
const { secondPersonLeft } = await import('./voice');

describe('Household (server component)', () => {
  it('renders every person of a household link', async () => {
    const household = householdOf(
      'l.奶奶_r.beijing_a.70_s.not-working_h.local_g.none_c.resident-active',
      'l.宝宝_r.beijing_a.0_b.2026-10-20_h.local_g.none_c.none',
    );
    render(await Household({ locale: 'en', parsed: household, asOf: '2026-11-23' }));
    expect(screen.getAllByRole('heading', { level: 3 }).filter((h) => h.closest('[data-person]')).map((h) => h.textContent)).toEqual(['奶奶', '宝宝']);
  });

  it('a 特困 person\'s card never gives the standard amount as what they pay (F4.4); a newborn\'s two years are named (F4.2)', async () => {
    const household = householdOf(
      'l.外婆_r.elsewhere_a.70_s.not-working_h.local_g.tekun_c.none',
      'l.宝宝_r.elsewhere_a.0_b.2025-12-01_h.local_g.none_c.none',
    );
    render(await Household({ locale: 'zh-CN', parsed: household, asOf: '2025-12-10' }));
    const costs = [...document.querySelectorAll('[data-person] [data-cost]')].map((el) => el.textContent ?? '');
    expect(costs[0]).toMatch(/^2026年度 每年 0–\d+ 元（个人缴费通常由政府全额或部分资助，请向当地确认）$/);
    expect(costs[1]).toContain('2025、2026 年度合计，可能两个年度都要交，请向当地确认');
  });

  it.each(['zh-CN', 'en'] as const)('speaks of every member in the third person (TA / they) in %s: the list is made by someone acting for them', async (locale) => {
    const household = householdOf(
      'l.奶奶_r.beijing_a.70_s.not-working_h.local_g.none_c.resident-active',
      'l.爸爸_r.beijing_a.45_s.employee_h.local_g.none_c.employee-active',
      'l.宝宝_r.beijing_a.0_b.2026-10-20_h.local_g.none_c.none',
      'l.姐姐_r.chengdu_a.19_s.university_h.other-mainland_p.no_g.none_c.none',
    );
    render(await Household({ locale, parsed: household, asOf: '2026-11-23' }));
    const sharing = document.querySelector('[data-section="sharing"]');
    expect(sharing).not.toBeNull();
    // Family sharing names every close relative and the in-province condition (F2.4, F5.5).
    if (locale === 'zh-CN') for (const r of ['兄弟姐妹', '祖父母', '外祖父母', '孙子女', '外孙子女', '同一省内']) expect(sharing).toHaveTextContent(r);
    else expect(sharing).toHaveTextContent(/grandparents and grandchildren on both sides.*within one province/);
    expect(secondPersonLeft(document.body.textContent ?? '', locale)).toEqual([]);
  });
});
