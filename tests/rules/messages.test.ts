import { describe, expect, it } from 'vitest';
import { messagePaths } from '../../lib/rules';
import { VOICE_ARGUMENT } from '../../lib/wizard/voice';
import { argumentsBesidesVoice } from '../i18n/icu';
import { MESSAGES, leafPaths, lookup } from './helpers';

/** ICU argument names ({name}, {name, select, …}); select branches are not arguments. The voice
 * (`who`) is given to every message, so a locale may use it where the other needs no pronoun. */
function argNames(msg: string): string[] {
  return argumentsBesidesVoice(msg, VOICE_ARGUMENT);
}

function balanced(msg: string): boolean {
  let depth = 0;
  for (const ch of msg) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('rules messages', () => {
  const registry = messagePaths();

  it('has wording for every registered id in zh-CN and en', () => {
    const missing = registry.flatMap((p) => (['zh-CN', 'en'] as const).filter((l) => !lookup(MESSAGES[l], p)).map((l) => `${l}:${p}`));
    expect(missing).toEqual([]);
  });

  it('zh-CN and en have identical key sets, and nothing outside the registry', () => {
    const zh = leafPaths(MESSAGES['zh-CN']).sort();
    const en = leafPaths(MESSAGES.en).sort();
    expect(zh).toEqual(en);
    expect(zh).toEqual([...new Set(registry)].sort());
  });

  it('uses the same ICU arguments in both locales, with balanced braces', () => {
    for (const p of registry) {
      const zh = lookup(MESSAGES['zh-CN'], p) ?? '';
      const en = lookup(MESSAGES.en, p) ?? '';
      expect(balanced(zh), p).toBe(true);
      expect(balanced(en), p).toBe(true);
      expect(new Set(argNames(zh)), p).toEqual(new Set(argNames(en)));
    }
  });

  it('Chinese wording is Chinese and English wording is not empty', () => {
    for (const p of registry) {
      expect(/[\u4e00-\u9fff]/.test(lookup(MESSAGES['zh-CN'], p) ?? ''), p).toBe(true);
      expect((lookup(MESSAGES.en, p) ?? '').trim().length, p).toBeGreaterThan(0);
    }
  });
});
