import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadMessages } from '@/lib/i18n/messages';
import { VOICE_ARGUMENT } from '@/lib/wizard/voice';
import { argumentsBesidesVoice } from './icu';

// The site's messages as the pages see them: content/messages/{locale}.json and content/messages/tools/.
const zhCN = loadMessages('zh-CN');
const en = loadMessages('en');
import { routing } from '@/lib/i18n/routing';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

function leaves(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, value]];
}

/** The ICU arguments, without the voice (`who`, given to every result message; lib/wizard/voice.ts). */
function placeholders(text: string): string[] {
  return argumentsBesidesVoice(text, VOICE_ARGUMENT);
}

describe('messages', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zhCN).sort());
  });

  it('every message is a non-empty string with the same placeholders in both locales', () => {
    const enLeaves = new Map(leaves(en));
    for (const [key, zh] of leaves(zhCN)) {
      expect(typeof zh, key).toBe('string');
      expect((zh as string).trim().length, key).toBeGreaterThan(0);
      expect(placeholders(String(enLeaves.get(key))), key).toEqual(placeholders(zh as string));
    }
  });

  it('the English messages are not left in Chinese', () => {
    // Chinese terms may appear in brackets, but a message must contain some English words.
    for (const [key, text] of leaves(en)) {
      if (key === 'Nav.switchTo' || key === 'Nav.switchToLabel') continue;
      expect(String(text), key).toMatch(/[A-Za-z]{2,}/);
    }
  });
});

describe('guides exist in every locale', () => {
  it('each guide folder has one MDX file per locale and nothing else', () => {
    const dir = path.join(process.cwd(), 'content', 'guides');
    for (const slug of readdirSync(dir)) {
      const files = readdirSync(path.join(dir, slug)).sort();
      expect(files, slug).toEqual(routing.locales.map((l) => `${l}.mdx`).sort());
    }
  });
});
