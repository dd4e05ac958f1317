import { describe, expect, it } from 'vitest';
import { PARAMETERS, STATIC_REASONS_FOR_TESTS } from './parameters.fixture';

describe('parameters are dated, sourced data', () => {
  it.each(PARAMETERS.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    expect(p.description.length).toBeGreaterThan(10);
    expect(p.unit.length).toBeGreaterThan(0);
    expect(['A', 'B', 'C']).toContain(p.confidence);
    expect(p.facts.length).toBeGreaterThan(0);
    expect(p.sources.length).toBeGreaterThan(0);
    expect(p.values.length).toBeGreaterThan(0);
    const froms = p.values.map((v) => v.from);
    expect(new Set(froms).size).toBe(froms.length);
    for (const v of p.values) {
      expect(v.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (p.lookup === 'yearly') expect(v.from.endsWith('-01-01')).toBe(true);
      for (const s of v.sources ?? p.sources) {
        expect(s.url).toMatch(/^https?:\/\//);
        expect(s.title.length).toBeGreaterThan(0);
        expect(s.publisher.length).toBeGreaterThan(0);
        if (s.date !== null) expect(s.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
      for (const f of v.facts ?? p.facts) expect(f).toMatch(/^F\d+\.\d+$/);
      if (typeof v.value === 'object' && v.value !== null && 'unknown' in v.value) expect((v.value as unknown as { note: string }).note.length).toBeGreaterThan(0);
    }
  });

  it('marks the 2026 national standard (2027年度) as unknown, not a number (F3.7)', () => {
    const p = PARAMETERS.find((x) => x.id === 'national.resident-individual-contribution');
    const v = p?.values.find((x) => x.from === '2027-01-01');
    expect(v?.value).toMatchObject({ unknown: true });
  });

  it('every static reason cites facts and sources', () => {
    for (const [id, r] of Object.entries(STATIC_REASONS_FOR_TESTS)) {
      expect(r?.facts.length, id).toBeGreaterThan(0);
      expect(r?.sources.length, id).toBeGreaterThan(0);
    }
  });
});
