import { describe, expect, it } from 'vitest';
import { evaluate, statable, UNITS, type Answers } from '../../lib/rules';
import { PARAMETERS } from '../../lib/rules/parameters';
import { valueAt, valueForYear } from '../../lib/rules/parameters/types';

describe('statable: how a value of each confidence is shown', () => {
  it('states A and B values, whatever the unit', () => {
    for (const unit of UNITS) for (const confidence of ['A', 'B'] as const) expect(statable({ confidence, unit })).toBe('state');
  });

  it('withholds a C amount, day, window or duration, and hedges a C description', () => {
    for (const unit of ['yuan-per-year', 'months', 'days', 'years', 'percent', 'duration', 'date', 'month-day', 'dates'] as const) expect(statable({ confidence: 'C', unit }), unit).toBe('withhold');
    for (const unit of ['access', 'channels', 'features', 'enum', 'switch'] as const) expect(statable({ confidence: 'C', unit }), unit).toBe('hedge');
  });

  it('is what a resolved parameter value carries (its unit and its own confidence)', () => {
    const sh = PARAMETERS.find((p) => p.id === 'shanghai.resident-contribution');
    const r2025 = sh && valueForYear(sh, 2025);
    expect(r2025 && statable(r2025)).toBe('withhold'); // the 2025年度 figures rest on a C page
    const r2026 = sh && valueForYear(sh, 2026);
    expect(r2026 && statable(r2026)).toBe('state');
    const cd = PARAMETERS.find((p) => p.id === 'chengdu.resident-channels');
    expect(cd && statable(valueAt(cd, '2026-11-23') ?? { confidence: 'A', unit: 'channels' })).toBe('hedge');
  });

  it('the result never gives a withheld figure as an amount or a dated window', () => {
    const a: Answers = { who: 'self', region: 'shanghai', age: 40, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' };
    expect(evaluate(a, { asOf: '2025-11-23' }).contribution.kind).toBe('regional'); // 2026年度: B, stated
    const o = evaluate(a, { asOf: '2024-11-23' }); // collecting for 2025年度: Shanghai's figures for it are C
    expect(o.contribution.kind).not.toBe('regional');
    expect(o.warnings.map((w) => w.id)).toContain('regional-amount-unverified');
    const cd = evaluate({ ...a, region: 'chengdu' }, { asOf: '2024-10-01' }); // Chengdu's 2025年度 window is C
    expect(cd.window.kind).not.toBe('regional');
    expect(cd.warnings.map((w) => w.id)).toContain('regional-window-unverified');
  });
});
