import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import zhCN from '@/content/messages/rules/zh-CN.json';
import en from '@/content/messages/rules/en.json';
import { FIGURE_ARGUMENTS, REGIONS, ruleFigures } from '@/lib/rules';
import { rulesWords } from '@/lib/wizard/words';

/** A day to word for: these words state no figure that changes with it. */
const DAY = '2026-11-23';

const file = (locale: string) => readFileSync(fileURLToPath(new URL(`../../content/messages/rules/${locale}.json`, import.meta.url)), 'utf8');

describe('place names in rules wording', () => {
  it('are kept once (regionNames), never as a {region, select} copy inside a message', () => {
    for (const locale of ['zh-CN', 'en']) expect(file(locale)).not.toContain('{region, select');
  });

  it('fill {regionName} from the slug the rules pass as `region`, in each locale', () => {
    const zh = rulesWords('zh-CN', { asOf: DAY });
    const en = rulesWords('en', { asOf: DAY });
    for (const region of REGIONS) {
      expect(zh(`regionNames.${region}`)).not.toBe(`regionNames.${region}`);
      expect(en(`regionNames.${region}`)).not.toBe(`regionNames.${region}`);
    }
    expect(zh('warnings.window-not-in-our-sources', { region: 'beijing', benefitYear: 2027, lastYear: 2026, lastOpens: '2025-11-30', lastCloses: '2026-02-28' })).toContain('本站尚未收录北京2027年度');
    expect(en('warnings.region-does-not-accept-hukou', { region: 'hangzhou' })).toContain('the resident scheme in Hangzhou does not accept');
    expect(zh('warnings.window-dates-local', { region: 'elsewhere' })).not.toContain('{');
    expect(en('warnings.foreign-city-specific', { region: 'elsewhere' })).toContain('your area');
  });
});

describe('the voice (lib/wizard/voice.ts)', () => {
  it('formats every message with who: the person is 你/you for self, TA/they for a helper, place names included', () => {
    expect(rulesWords('zh-CN', { asOf: DAY })('nextSteps.renew-resident')).toMatch(/^你已参加居民医保/);
    expect(rulesWords('zh-CN', { asOf: DAY, who: 'helper' })('nextSteps.renew-resident')).toMatch(/^TA已参加居民医保/);
    expect(rulesWords('en', { asOf: DAY })('places.place-of-study')).toMatch(/^Where you study/);
    expect(rulesWords('en', { asOf: DAY, who: 'helper' })('places.place-of-study')).toMatch(/^Where they study/);
    expect(rulesWords('en', { asOf: DAY, who: 'helper' })('warnings.foreign-city-specific', { region: 'elsewhere' })).toContain('their area');
    // A message without a pronoun reads the same in both voices.
    expect(rulesWords('zh-CN', { asOf: DAY, who: 'helper' })('materials.id-card')).toBe(rulesWords('zh-CN', { asOf: DAY })('materials.id-card'));
  });
});

function leaves(node: unknown, prefix = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('the words read no clock: they state the figures of the asOf they are given', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });
  // Every message that states a dated figure: a national figure, or the benefit year the date is in.
  const ARGS = [...FIGURE_ARGUMENTS, 'thisYear', 'nextYear'];
  const dated = (messages: unknown) => leaves(messages).filter(([, text]) => ARGS.some((a) => text.includes(`{${a}`)));
  const VALUES = { years: 10, region: 'beijing', existing: 'employee' };
  // Clocks far from the dates asked for, on either side, and across midnight in China.
  const CLOCKS = ['2019-02-03T10:00:00Z', '2026-12-31T16:30:00Z', '2033-07-01T04:00:00Z'];

  for (const [locale, messages] of [['zh-CN', zhCN], ['en', en]] as const) {
    it(`gives the same words for a date whatever the clock says (${locale})`, () => {
      const using = dated(messages);
      expect(using.length).toBeGreaterThan(10);
      vi.stubEnv('CHECK_TODAY', ''); // the clock itself, not a pinned day
      vi.useFakeTimers({ toFake: ['Date'] });
      for (const asOf of ['2024-06-01', '2025-12-10', '2027-03-31']) {
        const year = Number(asOf.slice(0, 4));
        const f: Record<string, number> = { ...ruleFigures(asOf), thisYear: year, nextYear: year + 1 };
        const seen: string[][] = [];
        for (const clock of CLOCKS) {
          vi.setSystemTime(new Date(clock));
          const w = rulesWords(locale, { asOf });
          const out = using.map(([key]) => w(key, VALUES));
          // The date's own figures, whatever day the clock says it is.
          for (const [i, [key, text]] of using.entries()) for (const a of ARGS) if (text.includes(`{${a}}`)) expect(out[i], `${key} on ${asOf} at ${clock}`).toContain(String(f[a]));
          seen.push(out);
        }
        for (const out of seen.slice(1)) expect(out).toEqual(seen[0]);
      }
    });
  }

  it('refuses a call without a date, or with something else where the date goes', () => {
    expect(() => rulesWords('zh-CN', { asOf: 'helper' })).toThrow(/asOf/);
    expect(() => rulesWords('zh-CN', { asOf: '' })).toThrow(/asOf/);
  });
});
