/**
 * The voice's own data (lib/wizard/voice.ts) and the ground the sweep's helper-voice check stands
 * on (tests/rules/voice.ts, run by sweep.test.ts): the outcome does not depend on `who`, so the
 * sweep's outcomes are the helper-mode outcomes, and only the words change.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Answers } from '../../lib/rules';
import { loadMessages } from '../../lib/i18n/messages';
import { SECOND_PERSON, TO_THE_HELPER, VOICE_ARGUMENT } from '../../lib/wizard/voice';
import { icuArguments, argumentsBesidesVoice } from '../i18n/icu';
import { SWEEP_DATES, sweepAnswers } from './sweep';
import { shape } from './voice';

describe('the voice', () => {
  it('lists as speaking to the helper only messages that do say 你/you, each with why', () => {
    for (const [key, why] of Object.entries(TO_THE_HELPER)) {
      expect(why.length, key).toBeGreaterThan(10);
      const [ns, ...path] = key.split('.');
      const texts = (['zh-CN', 'en'] as const).map((l) => {
        const node = path.reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], (loadMessages(l) as unknown as Record<string, unknown>)[ns as string]);
        return typeof node === 'string' && SECOND_PERSON[l].test(node);
      });
      expect(texts.some(Boolean), `${key}: no 你/you in either locale, so it need not be listed`).toBe(true);
    }
  });

  it('does not change the outcome: helper-mode outcomes are the sweep’s outcomes', () => {
    const sample = sweepAnswers().filter((_, i) => i % 53 === 0);
    for (const asOf of [SWEEP_DATES[1] as string, SWEEP_DATES[10] as string])
      for (const a of sample) expect(evaluate({ ...a, who: 'helper' }, { asOf }), JSON.stringify(a)).toEqual(evaluate({ ...a, who: 'self' }, { asOf }));
  });

  it('reads ICU arguments, not the words in select branches', () => {
    expect(icuArguments('{who, select, helper {they} other {you}} live in {regionName}')).toEqual(['regionName', 'who']);
    expect(icuArguments('{n, plural, one {# month} other {# months}} after {date}')).toEqual(['date', 'n']);
    expect(icuArguments('{relatives, select, close {近亲属：{list}} other {配偶}}')).toEqual(['list', 'relatives']);
    expect(argumentsBesidesVoice('{who, select, helper {TA} other {你}}已参加', VOICE_ARGUMENT)).toEqual([]);
    // A plain {who} (a person's name on the household page) is an ordinary argument.
    expect(argumentsBesidesVoice('{who}的完整结果', VOICE_ARGUMENT)).toEqual(['who']);
  });

  it('gives one shape to results that differ only in dates and amounts, and two to different kinds', () => {
    const a: Answers = { who: 'helper', region: 'beijing', age: 40, situation: 'not-working', hukou: 'local', groups: [], coverage: 'resident-active' };
    const nov = evaluate(a, { asOf: '2026-11-27' });
    expect(shape(evaluate(a, { asOf: '2026-11-28' }))).toBe(shape(nov));
    expect(shape(evaluate({ ...a, situation: 'flexible' }, { asOf: '2026-11-27' }))).not.toBe(shape(nov));
  });
});
