// @vitest-environment jsdom
/**
 * The result page for every place the region files list (read from the data, never a list typed
 * here): it renders in both locales, names the place from its file, and shows no raw message key
 * (a place's notes, channels and labels all have words).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';

vi.mock('next-intl/server', () => import('../intl-server'));
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

const { ResultView } = await import('@/components/wizard/ResultView');
const { Answers, REGIONS, evaluate } = await import('@/lib/rules');
const { rulesWords } = await import('@/lib/wizard/words');

afterEach(cleanup);

const PEOPLE = [
  { who: 'self', age: 40, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' },
  { who: 'helper', age: 35, situation: 'flexible', hukou: 'other-mainland', permit: 'yes', groups: [], coverage: 'none' },
] as const;
/** A message path left untranslated, e.g. "warnings.region-amounts-conflict". */
const RAW_KEY = /\b(?:warnings|reasons|channels|materials|regionNames|contributionLabels|groups|places|nextSteps|changes)\.[a-z][a-z0-9-]+/;

describe('the result for every place in the region files', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it.each(REGIONS.map((r) => [r]))(`%s (${locale}): renders, names the place, no raw message key`, async (region) => {
      for (const person of PEOPLE) {
        const answers = Answers.parse({ ...person, region });
        const outcome = evaluate(answers, { asOf: '2026-11-23' });
        const { container, unmount } = render(await ResultView({ locale, outcome, answers, resultUrl: 'http://localhost:3000/x', reminderHref: null }));
        const text = container.textContent ?? '';
        expect(text, `${region} ${person.situation}`).not.toMatch(RAW_KEY);
        expect(container.querySelector('[data-section="answers"]')).toHaveTextContent(rulesWords(locale, { asOf: '2026-11-23' })(`questions.region.options.${region}`));
        unmount();
      }
    });
  }
});
