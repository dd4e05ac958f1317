/**
 * The national parameters are data: one JSON file per parameter in lib/rules/parameters/national/,
 * validated by parameters/schema.ts when the rules load. Every file is listed and loaded, its id is
 * its name, every loaded parameter is in PARAMETERS, and the loader refuses a bad file, naming the
 * file and the field. The other data files (facts, provenance, answer bounds) load the same way.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { NATIONAL_FILES } from '@/lib/rules/parameters/national';
import * as national from '@/lib/rules/parameters/national';
import { ParameterFile, loadParameter, Count } from '@/lib/rules/parameters/schema';
import { PARAMETERS } from '@/lib/rules/parameters';
import { contributionBasis } from '@/lib/rules/reasons';
import { AGE_RULES, SITUATION_AGE } from '@/lib/rules/answers';
import bounds from '@/lib/rules/answer-bounds.data.json';

const DIR = fileURLToPath(new URL('../../lib/rules/parameters/national/', import.meta.url));
const onDisk = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
const firstFile = NATIONAL_FILES[onDisk[0]!] as { id: string; values: Array<Record<string, unknown>> };

describe('national parameter files', () => {
  it('every file in parameters/national/ is listed in national.ts, and nothing else', () => {
    expect(Object.keys(NATIONAL_FILES).sort()).toEqual(onDisk);
  });

  it('each file fits the parameter schema and is named after its id', () => {
    for (const name of onDisk) {
      const r = ParameterFile(z.unknown()).safeParse(NATIONAL_FILES[name]);
      expect(r.success ? [] : r.error.issues, name).toEqual([]);
      expect((NATIONAL_FILES[name] as { id: string }).id).toBe(`national.${name}`);
    }
  });

  it('every loaded national parameter is listed once in PARAMETERS (the sources page and the API read it)', () => {
    const loaded = Object.values(national).filter((v): v is { id: string; values: unknown[] } => typeof v === 'object' && v !== null && 'id' in v && 'values' in v);
    const leaves = loaded.filter((p) => onDisk.includes(p.id.replace(/^national\./, '')));
    expect(leaves.map((p) => p.id).sort()).toEqual(onDisk.map((n) => `national.${n}`));
    for (const p of leaves) expect(PARAMETERS.filter((x) => x.id === p.id), p.id).toHaveLength(1);
  });

  it('the loader refuses a bad file, naming the file and the field', () => {
    const name = onDisk[0]!;
    const bad = (change: (f: { id: string; values: Array<Record<string, unknown>> }) => unknown) => () => loadParameter(name, change(structuredClone(firstFile)), z.unknown(), ['yuan-per-year', 'months', 'days', 'years', 'percent', 'duration', 'date', 'month-day', 'dates', 'switch', 'enum', 'access', 'channels', 'features']);
    expect(bad((f) => f)).not.toThrow();
    expect(bad((f) => ({ ...f, id: 'national.something-else' }))).toThrow(/must be "national\./);
    expect(bad((f) => ({ ...f, values: [{ ...f.values[0], unknown: 'not in our sources' }] }))).toThrow(new RegExp(`parameters/national/${name}\\.json[\\s\\S]*values\\.0: give either`));
    expect(bad((f) => ({ ...f, values: [...f.values].reverse().concat(f.values) }))).toThrow(/date order/);
    expect(bad((f) => ({ ...f, sources: ['noSuchSource'] }))).toThrow(/sources\.0: not an id in lib\/rules\/sources\.data\.json/);
    expect(bad((f) => ({ ...f, facts: ['2.7'] }))).toThrow(/facts\.0: fact IDs look like F2\.7/);
    expect(bad((f) => ({ ...f, extra: true }))).toThrow(/parameter schema/);
  });

  it('the loader checks the value against its shape and the unit against the value', () => {
    const name = 'resident-fixed-wait-months';
    const file = NATIONAL_FILES[name] as { values: Array<Record<string, unknown>> };
    expect(() => loadParameter(name, { ...file, values: [{ from: '2025-01-01', value: 'three' }] }, Count, ['months'])).toThrow(/values\.0\.value/);
    expect(() => loadParameter(name, file, Count, ['yuan-per-year'])).toThrow(/unit "months" does not fit/);
  });

  it('a yearly parameter has its values on 1 January of each benefit year', () => {
    const file = NATIONAL_FILES['resident-individual-contribution'] as { values: Array<Record<string, unknown>> };
    const moved = { ...file, values: [{ ...file.values[0], from: '2022-03-01' }] };
    expect(() => loadParameter('resident-individual-contribution', moved, Count, ['yuan-per-year'])).toThrow(/one value per benefit year/);
  });
});

describe('the other rules data files', () => {
  it('provenance.data.json gives the contribution kinds that rest on a rule their facts and sources', () => {
    for (const kind of ['flexible-local', 'retiree', 'local-unknown'] as const) {
      const b = contributionBasis(kind);
      expect(b.facts.length, kind).toBeGreaterThan(0);
      expect(b.sources.every((s) => typeof s.url === 'string'), kind).toBe(true);
    }
  });

  it('answer-bounds.data.json: the ages are read from it, each with its basis', () => {
    expect(AGE_RULES.employeeFrom).toBe(bounds.limits.employeeFrom.value);
    expect(AGE_RULES.adultFrom).toBe(bounds.limits.adultFrom.value);
    expect(SITUATION_AGE.employee.min).toBe(AGE_RULES.employeeFrom);
    for (const [k, l] of Object.entries(bounds.limits)) expect(l.basis.length, k).toBeGreaterThan(20);
  });
});
