import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import { translations } from '@/lib/i18n/translations';

describe('translations(): next-intl translators made once per locale and namespace', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`words every message as next-intl's own translator does, again and again (${locale})`, () => {
      const own = createTranslator({ locale, messages: loadMessages(locale), namespace: 'Check', timeZone: 'Asia/Shanghai' });
      const t = translations({ locale, namespace: 'Check' });
      expect(translations({ locale, namespace: 'Check' })).toBe(t);
      for (let round = 0; round < 2; round += 1) {
        // Remembered sentences are still the sentence asked for, with its own arguments.
        for (const n of [0, 1, 3, 12]) expect(t('wait.exact', { n })).toBe(own('wait.exact', { n }));
        expect(t('resultTitle', { who: 'helper' })).toBe(own('resultTitle', { who: 'helper' }));
        expect(t('resultTitle', { who: 'self' })).toBe(own('resultTitle', { who: 'self' }));
        expect(t('summaryTitle')).toBe(own('summaryTitle'));
      }
      expect(t('wait.exact', { n: 1 })).not.toBe(t('wait.exact', { n: 3 }));
      expect(t.has('summaryTitle')).toBe(true);
    });
  }
});
