// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { Figure } from '@/components/guide/figures';
import { FIGURE_ARGUMENTS } from '@/lib/rules/figures';
import { employeeGap, residentRewards } from '@/lib/rules/parameters/national';
import { valueAt } from '@/lib/rules/parameters/types';

describe('<Figure> puts a parameter value into a guide sentence', () => {
  it('shows the current value of the parameter', () => {
    const rewards = valueAt(residentRewards, '2099-12-31')?.value as { continuousYears: number; minRaiseYuan: number; ceilingPct: number };
    const gap = valueAt(employeeGap, '2099-12-31')?.value as { switchMinContinuousYears: number };
    const { container } = render(<p>满<Figure of="rewardYears" />年，不低于<Figure of="rewardMinYuan" />元，不超过<Figure of="rewardCeilingPct" />%，满<Figure of="switchMinYears" />年</p>);
    expect(container.textContent).toBe(`满${rewards.continuousYears}年，不低于${rewards.minRaiseYuan}元，不超过${rewards.ceilingPct}%，满${gap.switchMinContinuousYears}年`);
  });

  it('every figure a guide names exists, and the guides no longer type the reward and switch figures', () => {
    for (const file of ['lapses-and-waiting-periods/zh-CN', 'lapses-and-waiting-periods/en', 'moving-and-care-elsewhere/zh-CN', 'moving-and-care-elsewhere/en']) {
      const text = readFileSync(`content/guides/${file}.mdx`, 'utf8');
      const used = [...text.matchAll(/<Figure of="([^"]+)" \/>/g)].map((m) => m[1]);
      expect(used.length, file).toBeGreaterThan(0);
      for (const u of used) expect(FIGURE_ARGUMENTS as readonly string[]).toContain(u);
      expect(text, file).not.toMatch(/满\s?4\s?年|after 4 full|满\s?2\s?年、因为工作|at least 2 years and switch/);
    }
  });
});
