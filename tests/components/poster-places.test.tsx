// @vitest-environment jsdom
/**
 * The poster and the paper check for every place the region files list (no list of places here):
 * a city or province added as data gets its poster, its name and its link, and the paper check's
 * lead names every city from the files.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';

vi.mock('next-intl/server', () => import('../intl-server'));

const { Poster } = await import('@/components/tools/Poster');
const { PaperCheck } = await import('@/components/tools/PaperCheck');
const { CITY_REGIONS, REGIONS } = await import('@/lib/rules');
const { rulesWords } = await import('@/lib/wizard/words');
const ASOF = '2026-11-23';

describe('the poster, for every place in the region files', () => {
  it.each(REGIONS.map((r) => [r]))('%s: its own poster, named from its file, linking to every other place', async (region) => {
    const { container } = render(await Poster({ locale: 'zh-CN', region, asOf: ASOF }));
    expect(container.querySelector('article.poster')).toHaveAttribute('data-region', region);
    if (region !== 'elsewhere') expect(container.querySelector('#poster-season')).toHaveTextContent(rulesWords('zh-CN', { asOf: ASOF })(`regionNames.${region}`));
    const links = [...container.querySelectorAll('nav a')].map((a) => new URL(a.getAttribute('href') ?? '', 'https://x').searchParams.get('r'));
    expect(links.sort()).toEqual(REGIONS.filter((r) => r !== region).sort());
  });
});

describe('the paper check', () => {
  it.each([['zh-CN'], ['en']] as const)('%s: names every city of the region files where the national outcomes may differ', async (locale) => {
    const { container } = render(await PaperCheck({ locale, asOf: ASOF }));
    for (const r of CITY_REGIONS) expect(container).toHaveTextContent(rulesWords(locale, { asOf: ASOF })(`regionNames.${r}`));
  });
});
