import { describe, expect, it } from 'vitest';
import zhCN from '@/content/messages/rules/zh-CN.json';
import en from '@/content/messages/rules/en.json';
import { FIGURE_ARGUMENTS, ruleFigures } from '@/lib/rules';
import { employeeGap, residentFixedWait } from '@/lib/rules/parameters/national';
import { valueAt } from '@/lib/rules/parameters/types';
import { rulesWords } from '@/lib/wizard/words';

function leaves(node: unknown, prefix = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('figures in the wording of rules ids come from the parameters', () => {
  it('has a value for every figure argument on any date from 2024 to 2027', () => {
    for (const d of ['2024-06-01', '2025-01-01', '2026-11-23', '2027-12-31']) {
      const f = ruleFigures(d);
      for (const k of FIGURE_ARGUMENTS) expect(Number.isFinite(f[k]), `${k} on ${d}`).toBe(true);
    }
    expect(ruleFigures('2026-11-23').fixedMonths).toBe(valueAt(residentFixedWait, '2026-11-23')?.value);
    expect(ruleFigures('2026-11-23').gapMonths).toBe((valueAt(employeeGap, '2026-11-23')?.value as { noWaitMaxGapMonths: number }).noWaitMaxGapMonths);
  });

  it('renders every sentence that uses a figure with the parameter value and no leftover braces', () => {
    const f = ruleFigures('2026-11-23');
    for (const [locale, messages] of [['zh-CN', zhCN], ['en', en]] as const) {
      const w = rulesWords(locale, { asOf: '2026-11-23' });
      const using = leaves(messages).filter(([, text]) => FIGURE_ARGUMENTS.some((a) => text.includes(`{${a}`)));
      expect(using.length).toBeGreaterThan(10);
      for (const [key, text] of using) {
        const out = w(key, { years: 10, region: 'beijing', existing: 'employee' });
        expect(out, key).not.toMatch(/[{}]/);
        for (const a of FIGURE_ARGUMENTS) if (text.includes(`{${a}}`)) expect(out, key).toContain(String(f[a]));
      }
    }
  });
});
