// @vitest-environment jsdom
/** The special-groups guide's table of non-local children's access is the region files' `nonLocalAccess`, row for row. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';

vi.mock('next-intl/server', () => import('../intl-server'));

const { NonLocalChildren } = await import('@/components/guide/figures');
const { PROFILES, SOURCED_REGIONS } = await import('@/lib/rules');
const { nonLocalAccess } = await import('@/lib/rules/parameters/regional-access');
const { valueAt, isUnknown } = await import('@/lib/rules/parameters/types');
const DAY = '2026-11-27';

beforeEach(() => vi.stubEnv('CHECK_TODAY', DAY));
afterEach(() => vi.unstubAllEnvs());

describe('<NonLocalChildren />', () => {
  it('has the national row, then every place with a rule of its own, each cell the file\'s value', async () => {
    const { container } = render(await NonLocalChildren());
    const rows = [...container.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-region'));
    expect(rows).toEqual(['elsewhere', ...SOURCED_REGIONS.filter((r) => PROFILES[r].nonLocalAccess !== undefined)]);
    for (const region of rows) {
      const r = valueAt(nonLocalAccess[region as keyof typeof nonLocalAccess], DAY);
      const cells = [...container.querySelectorAll(`tr[data-region="${region}"] td`)];
      expect(cells, `${region}`).toHaveLength(3);
      if (!r || isUnknown(r.value) || r.confidence === 'C') continue;
      const v = r.value;
      expect(cells.map((c) => c.getAttribute('data-access')), `${region}`).toEqual([v.pupils, v.childrenWithPermit, v.childrenWithoutPermit]);
    }
  });
});
