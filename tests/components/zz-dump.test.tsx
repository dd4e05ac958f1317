// @vitest-environment jsdom
import { it, vi } from 'vitest';
import { render, cleanup } from '@testing-library/react';
import { createTranslator } from 'next-intl';
import zhCN from '@/content/messages/zh-CN.json';
import en from '@/content/messages/en.json';
import type { Locale } from '@/lib/i18n/routing';
vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
    createTranslator({ locale, messages: locale === 'en' ? en : zhCN, namespace: namespace as 'Check' }),
}));
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));
const { ResultView } = await import('@/components/wizard/ResultView');
const { Answers, evaluate } = await import('@/lib/rules');
const cases = [
 { who: 'self', region: 'beijing', age: 35, situation: 'flexible', hukou: 'local', groups: [], coverage: 'none' },
 { who: 'helper', region: 'beijing', age: 40, situation: 'flexible', hukou: 'other-mainland', permit: 'yes', groups: ['dibao'], coverage: 'resident-active' },
 { who: 'helper', region: 'elsewhere', age: 0, birthDate: '2026-10-01', situation: 'preschool', hukou: 'local', groups: [], coverage: 'none' },
];
it('dump', async () => {
  for (const locale of ['zh-CN', 'en'] as Locale[]) for (const c of cases) {
    const answers = Answers.parse(c); const outcome = evaluate(answers, { asOf: '2026-11-23' });
    render(await ResultView({ locale, outcome, answers, resultUrl: 'http://x/', reminderHref: null }));
    const t = document.querySelector('[data-section="compare"] table');
    console.log('=====', locale, JSON.stringify(c), outcome.options.length);
    if (t) for (const tr of t.querySelectorAll('tr')) console.log([...tr.children].map((x) => x.textContent).join(' | '));
    cleanup();
  }
});
