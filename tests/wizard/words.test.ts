import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REGIONS } from '@/lib/rules';
import { rulesWords } from '@/lib/wizard/words';

const file = (locale: string) => readFileSync(fileURLToPath(new URL(`../../content/messages/rules/${locale}.json`, import.meta.url)), 'utf8');

describe('place names in rules wording', () => {
  it('are kept once (regionNames), never as a {region, select} copy inside a message', () => {
    for (const locale of ['zh-CN', 'en']) expect(file(locale)).not.toContain('{region, select');
  });

  it('fill {regionName} from the slug the rules pass as `region`, in each locale', () => {
    const zh = rulesWords('zh-CN');
    const en = rulesWords('en');
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
    expect(rulesWords('zh-CN')('nextSteps.renew-resident')).toMatch(/^你已参加居民医保/);
    expect(rulesWords('zh-CN', 'helper')('nextSteps.renew-resident')).toMatch(/^TA已参加居民医保/);
    expect(rulesWords('en')('places.place-of-study')).toMatch(/^Where you study/);
    expect(rulesWords('en', 'helper')('places.place-of-study')).toMatch(/^Where they study/);
    expect(rulesWords('en', 'helper')('warnings.foreign-city-specific', { region: 'elsewhere' })).toContain('their area');
    // A message without a pronoun reads the same in both voices.
    expect(rulesWords('zh-CN', 'helper')('materials.id-card')).toBe(rulesWords('zh-CN')('materials.id-card'));
  });
});
