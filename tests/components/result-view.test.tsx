// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
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
const { rulesWords } = await import('@/lib/wizard/words');

async function show(input: Record<string, unknown>, asOf: string, locale: Locale = 'en') {
  const answers = Answers.parse(input);
  const outcome = evaluate(answers, { asOf });
  render(await ResultView({ locale, outcome, answers, resultUrl: 'http://localhost:3000/en/check/result?v=1', reminderHref: '/en/check/reminder?v=1' }));
  return { outcome, w: rulesWords(locale) };
}
const section = (id: string) => document.querySelector<HTMLElement>(`[data-section="${id}"]`) as HTMLElement;

describe('ResultView', () => {
  it('shows the scheme, the alternative, and every reason with its source and confidence', async () => {
    const { outcome, w } = await show({ who: 'self', region: 'elsewhere', age: 35, situation: 'flexible', hukou: 'local', groups: [], coverage: 'none' }, '2026-11-23');
    expect(within(section('scheme')).getByText(w(`groups.${outcome.primary.group}`))).toBeInTheDocument();
    expect(outcome.alternatives.length).toBeGreaterThan(0);
    for (const a of outcome.alternatives) expect(section('scheme')).toHaveTextContent(w(`groups.${a.group}`));
    const reasons = within(section('why')).getAllByRole('listitem');
    expect(reasons).toHaveLength(outcome.reasons.length);
    for (const li of reasons) expect(within(li).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('gives a tick-box checklist of every material, the window with days left, and the channels', async () => {
    const { outcome, w } = await show({ who: 'helper', region: 'beijing', age: 40, situation: 'not-working', hukou: 'local', groups: ['dibao'], coverage: 'none' }, '2026-11-23');
    const boxes = within(section('materials')).getAllByRole('checkbox');
    expect(boxes).toHaveLength(outcome.materials.length);
    for (const m of outcome.materials) expect(within(section('materials')).getByLabelText(w(`materials.${m}`))).toBeInTheDocument();
    if (!('openNow' in outcome.window)) throw new Error('expected a dated window');
    expect(outcome.window.openNow).toBe(true);
    expect(section('window')).toHaveTextContent(`${outcome.window.daysLeft} days left`);
    expect(screen.getByRole('link', { name: /calendar reminder/ })).toHaveAttribute('href', '/en/check/reminder?v=1');
    for (const c of outcome.channels) expect(section('channels')).toHaveTextContent(w(`channels.${c}`));
    expect(screen.getByText('This is the result for the person you are helping.')).toBeInTheDocument();
  });

  it('shows the waiting-period range and the warnings for a long resident lapse', async () => {
    const { outcome, w } = await show({ who: 'self', region: 'elsewhere', age: 50, situation: 'not-working', hukou: 'local', groups: [], coverage: 'resident-lapsed', lapseYears: 5 }, '2026-06-01');
    expect(outcome.waitingPeriod.kind).toBe('months');
    expect(section('waiting')).toHaveTextContent(`${outcome.waitingPeriod.minMonths}–${outcome.waitingPeriod.maxMonths} months`);
    for (const x of outcome.warnings) expect(section('warnings')).toHaveTextContent(w(`warnings.${x.id}`, x.params).slice(0, 30));
  });

  it('renders the QR code of the result link as inline SVG, for paper and for no-JS', async () => {
    await show({ who: 'self', region: 'guangzhou', age: 30, situation: 'employee', hukou: 'local', groups: [], coverage: 'none' }, '2026-11-23', 'zh-CN');
    const qr = within(section('share')).getByRole('img', { name: '扫码打开这个结果' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.innerHTML).toContain('path');
    expect(within(section('share')).getByRole('link', { name: 'http://localhost:3000/en/check/result?v=1' })).toBeInTheDocument();
  });
});
