/**
 * Region profiles as data (lib/rules/regions/<id>.json): every file fits the schema, which also
 * catches what a new city's file could get wrong; the engine names no place; the words of a place
 * are kept once, in its file; every place has scenario fixtures.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROFILES, PROVINCES, REGIONS, RegionProfile, SOURCED_REGIONS, UNITS, evaluate, messagePaths, otherInProvince, regionMessagePaths, regionProfileOf, type Answers } from '../../lib/rules';
import { PARAMETERS } from '../../lib/rules/parameters';
import { MESSAGE_FILES, MESSAGES, lookup } from './helpers';

const dir = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const beijing = JSON.parse(readFileSync(dir('../../lib/rules/regions/beijing.json'), 'utf8')) as Record<string, unknown>;
const jsonFiles = (rel: string) => readdirSync(dir(rel)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const issues = (data: unknown) => {
  const r = RegionProfile.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('region files', () => {
  it('one JSON file per city and per province, each listed, in the check\'s order: the cities, "another city in <province>", then "elsewhere"', () => {
    const cities = jsonFiles('../../lib/rules/regions');
    const provinces = jsonFiles('../../lib/rules/provinces');
    expect([...SOURCED_REGIONS].sort()).toEqual([...cities, ...provinces.map(otherInProvince)].sort());
    expect(SOURCED_REGIONS.slice(-provinces.length)).toEqual(Object.keys(PROVINCES).map(otherInProvince));
    expect(Object.keys(PROVINCES).sort()).toEqual([...provinces].sort());
    expect(REGIONS).toEqual([...SOURCED_REGIONS, 'elsewhere']);
    for (const r of SOURCED_REGIONS) expect(PROFILES[r].id).toBe(r);
  });

  it('every file fits the schema', () => {
    for (const r of SOURCED_REGIONS) expect(issues(PROFILES[r]), r).toEqual([]);
  });

  it('the schema rejects an incomplete or inconsistent file, naming the field', () => {
    const without = (key: string) => Object.fromEntries(Object.entries(beijing).filter(([k]) => k !== key));
    expect(issues(without('residentWindow')).join()).toContain('residentWindow');
    expect(issues(without('nonLocalAccess'))).toEqual([]); // optional: the national rule applies
    expect(issues({ ...beijing, name: { 'zh-CN': '北京' } }).join()).toContain('name.en');
    const access = beijing.nonLocalAccess as { values: Array<{ value: Record<string, string> }> };
    const partial = { ...access, values: [{ ...access.values[0], value: { pupils: 'eligible' } }] };
    expect(issues({ ...beijing, nonLocalAccess: partial }).join()).toContain('flexibleNonLocal');
    const window = beijing.residentWindow as { values: unknown[] };
    expect(issues({ ...beijing, residentWindow: { ...window, values: [...window.values].reverse() } }).join()).toContain('date order');
    expect(issues({ ...beijing, residentWindow: { ...window, values: [{ from: '2027-01-01' }] } }).join()).toContain('either `value` or `unknown`');
    expect(issues({ ...beijing, residentWindow: { ...window, sources: ['no-such-source'] } }).join()).toContain('sources.data.json');
    const amounts = beijing.residentContribution as { labels: Record<string, unknown> };
    expect(issues({ ...beijing, residentContribution: { ...amounts, labels: {} } }).join()).toContain('labels');
    expect(issues({ ...beijing, residentChannels: { ...(beijing.residentChannels as object), values: [{ from: '2025-01-01', value: ['carrier-pigeon'] }] } }).length).toBeGreaterThan(0);
  });

  it('holds a place\'s subsidised-enrollment rule (F4.4) in the shape Dazhou\'s 2026年度 rule takes, and rejects an ambiguous one', () => {
    const dazhou = {
      description: 'Dazhou 2026年度 分类资助参保: 特困人员, 孤儿 and 重度残疾人 have the whole individual contribution paid; 低保对象 and eligible 防止返贫监测对象 get 300 yuan a year (they pay 100 of 400).',
      confidence: 'A',
      facts: ['F4.4'],
      sources: ['dazhou2026'],
      values: [
        { from: '2026-01-01', value: { rules: [{ groups: ['tekun', 'orphan', 'disability'], covers: 'whole-contribution' }, { groups: ['dibao', 'monitored'], subsidyYuan: 300 }] } },
        { from: '2027-01-01', unknown: 'Dazhou 2027年度 subsidised-enrollment rules not in our sources.' },
      ],
    };
    expect(issues({ ...beijing, groupSubsidy: dazhou })).toEqual([]);
    const both = { ...dazhou, values: [{ from: '2026-01-01', value: { rules: [{ groups: ['tekun'], covers: 'whole-contribution', subsidyYuan: 300 }] } }] };
    expect(issues({ ...beijing, groupSubsidy: both }).join()).toContain('not both');
    const twice = { ...dazhou, values: [{ from: '2026-01-01', value: { rules: [{ groups: ['tekun'], covers: 'whole-contribution' }, { groups: ['tekun'], subsidyYuan: 300 }] } }] };
    expect(issues({ ...beijing, groupSubsidy: twice }).join()).toContain('one rule only');
    const veteran = { ...dazhou, values: [{ from: '2026-01-01', value: { rules: [{ groups: ['veteran'], covers: 'whole-contribution' }] } }] };
    expect(issues({ ...beijing, groupSubsidy: veteran }).length).toBeGreaterThan(0);
  });

  it('turn into parameters with controlled units, listed with the national ones', () => {
    const ids = new Set(PARAMETERS.map((p) => p.id));
    for (const r of SOURCED_REGIONS) {
      for (const kind of ['resident-window', 'resident-contribution']) expect(ids.has(`${r}.${kind}`), `${r}.${kind}`).toBe(true);
      expect(ids.has(`${r}.newborn-window`)).toBe(PROFILES[r].newbornWindow !== undefined);
      expect(ids.has(`${r}.group-subsidy`)).toBe(PROFILES[r].groupSubsidy !== undefined);
      expect(ids.has(`${r}.non-local-access`)).toBe(PROFILES[r].nonLocalAccess !== undefined);
      expect(ids.has(`${r}.resident-channels`)).toBe(PROFILES[r].residentChannels !== undefined);
    }
    for (const p of PARAMETERS) expect(UNITS, p.id).toContain(p.unit);
    expect(PARAMETERS.some((p) => p.unit === 'group')).toBe(false);
    expect(new Set(PARAMETERS.map((p) => p.id)).size).toBe(PARAMETERS.length);
  });
});

describe('provinces: a city inherits its province\'s rules', () => {
  const BLOCKS = ['residentWindow', 'newbornWindow', 'residentContribution', 'nonLocalAccess', 'residentChannels'] as const;
  const raw = (r: string) => JSON.parse(readFileSync(dir(`../../lib/rules/regions/${r}.json`), 'utf8')) as Record<string, unknown> & { province?: string };
  const cities = jsonFiles('../../lib/rules/regions');

  it('every block a city file omits is its province\'s; every block it gives is its own; the province\'s notes and papers come too', () => {
    let inherited = 0;
    for (const city of cities) {
      const file = raw(city);
      if (file.province === undefined) continue;
      const p = PROVINCES[file.province];
      expect(p, `${city}: province ${file.province}`).toBeDefined();
      if (!p) continue;
      const profile = PROFILES[city as keyof typeof PROFILES];
      for (const b of BLOCKS) {
        if (b in file) expect(profile[b], `${city}.${b}`).toEqual(file[b]);
        else {
          expect(profile[b], `${city}.${b} from ${p.id}`).toEqual(p[b]);
          if (p[b] !== undefined) inherited++;
        }
      }
      for (const n of p.notes) expect(profile.notes).toContainEqual(n);
      for (const m of p.extraMaterials) expect(profile.extraMaterials).toContainEqual(m);
    }
    expect(inherited, 'some city inherits a block').toBeGreaterThan(0);
  });

  it('"another city in <province>" is the province\'s own rules under its own name', () => {
    for (const p of Object.values(PROVINCES)) {
      const choice = PROFILES[otherInProvince(p.id) as keyof typeof PROFILES];
      expect(choice).toMatchObject({ name: p.otherName, province: p.id, nonLocalAccess: p.nonLocalAccess, residentChannels: p.residentChannels, notes: p.notes, extraMaterials: p.extraMaterials });
    }
  });

  it('a province-wide paper reaches every city of the province and its "another city" choice, through the engine', () => {
    for (const p of Object.values(PROVINCES)) {
      const papers = p.extraMaterials.filter((m) => m.when === 'flexible-non-local').map((m) => m.material);
      const places = [otherInProvince(p.id), ...cities.filter((c) => raw(c).province === p.id)];
      for (const region of places) {
        const o = evaluate({ who: 'self', region, age: 35, situation: 'flexible', hukou: 'other-mainland', permit: 'yes', groups: [], coverage: 'none' } as Answers, { asOf: '2026-11-23' });
        for (const m of papers) expect(o.materials, `${region}: ${m}`).toContain(m);
      }
    }
  });

  it('a city file naming no known province, or missing a required block with no province to give it, is refused with the file and the field named', () => {
    const partial = Object.fromEntries(Object.entries(beijing).filter(([k]) => k !== 'nonLocalAccess' && k !== 'residentChannels'));
    expect(() => regionProfileOf('testcity', { ...partial, id: 'testcity', province: 'atlantis' })).toThrow(/regions\/testcity\.json: its province "atlantis"/);
    const noWindow = Object.fromEntries(Object.entries(partial).filter(([k]) => k !== 'residentWindow'));
    expect(() => regionProfileOf('testcity', { ...noWindow, id: 'testcity' })).toThrow(/testcity\.json[\s\S]*residentWindow/);
    expect(() => regionProfileOf('guangdong-other', { ...partial, id: 'guangdong-other' })).toThrow(/lower-case letters only/);
    // Access and channels left out with no province: the national rule, not an error.
    expect(regionProfileOf('testcity', { ...partial, id: 'testcity' }).nonLocalAccess).toBeUndefined();
    const province = Object.values(PROVINCES)[0];
    if (!province) throw new Error('no province file');
    const merged = regionProfileOf('testcity', { ...partial, id: 'testcity', province: province.id });
    expect(merged.nonLocalAccess).toEqual(province.nonLocalAccess);
    expect(merged.residentWindow).toEqual(beijing.residentWindow);
  });
});

describe('a place with no access or channel rule of its own gets the national one, never a copy', () => {
  it('nonLocalAccess and residentChannels fall back to the national parameters', async () => {
    const { nonLocalAccess, residentChannels } = await import('../../lib/rules/parameters/regional-access');
    for (const r of SOURCED_REGIONS) {
      if (PROFILES[r].nonLocalAccess === undefined) expect(nonLocalAccess[r], r).toBe(nonLocalAccess.elsewhere);
      else expect(nonLocalAccess[r]?.id, r).toBe(`${r}.non-local-access`);
      if (PROFILES[r].residentChannels === undefined) expect(residentChannels[r], r).toBe(residentChannels.elsewhere);
      else expect(residentChannels[r]?.id, r).toBe(`${r}.resident-channels`);
    }
    expect(SOURCED_REGIONS.some((r) => PROFILES[r].nonLocalAccess === undefined), 'some place uses the national access rule').toBe(true);
  });
});

describe('the engine names no place', () => {
  it('no place slug or place name appears in the engine, the evaluator or the flow', () => {
    const files = ['engine/scheme.ts', 'engine/window.ts', 'engine/materials.ts', 'engine/contribution.ts', 'engine/waiting.ts', 'engine/option.ts', 'engine/todo.ts', 'evaluate.ts', 'flow.ts', 'answers.ts'];
    for (const f of files) {
      const text = readFileSync(dir(`../../lib/rules/${f}`), 'utf8');
      for (const r of SOURCED_REGIONS) {
        expect(text, `${f} names ${r}`).not.toMatch(new RegExp(`'${r}'`));
        expect(text, `${f} names ${PROFILES[r].name['zh-CN']}`).not.toContain(PROFILES[r].name['zh-CN']);
      }
    }
  });

  it("a place's notes and extra papers come from its file", () => {
    const base: Answers = { who: 'self', region: 'guangzhou', age: 35, situation: 'flexible', hukou: 'other-mainland', permit: 'yes', groups: [], coverage: 'none' };
    const gz = evaluate(base, { asOf: '2026-11-23' });
    expect(gz.materials).toContain('employment-registration');
    const bj = evaluate({ ...base, region: 'beijing' }, { asOf: '2026-11-23' });
    expect(bj.materials).not.toContain('employment-registration');
    expect(bj.warnings.find((w) => w.id === 'region-flexible-hukou-unverified')?.params).toEqual({ region: 'beijing' });
    const hz = evaluate({ ...base, region: 'hangzhou', situation: 'not-working', hukou: 'local', permit: undefined }, { asOf: '2026-11-23' });
    expect(hz.warnings.find((w) => w.id === 'region-urban-districts-only')?.params).toEqual({ region: 'hangzhou' });
  });
});

describe('the words of a place are kept once, in its file', () => {
  it('the message files hold no place name or local group label of a region file', () => {
    for (const locale of ['zh-CN', 'en'] as const) for (const p of regionMessagePaths()) expect(lookup(MESSAGE_FILES[locale], p), `${locale}:${p}`).toBeUndefined();
  });

  it('the pages see every one of them, in both locales', () => {
    const all = new Set(messagePaths());
    for (const p of regionMessagePaths()) {
      expect(all.has(p), p).toBe(true);
      expect(lookup(MESSAGES['zh-CN'], p), p).toMatch(/[\u4e00-\u9fff]/);
      expect(lookup(MESSAGES.en, p), p).toMatch(/[A-Za-z]{3}/);
    }
  });
});

describe('every place has scenario fixtures', () => {
  it('each region file is exercised by at least three scenarios', () => {
    const fixtures = readdirSync(dir('./fixtures')).map((f) => readFileSync(dir(`./fixtures/${f}`), 'utf8')).join('\n');
    for (const r of SOURCED_REGIONS) expect(fixtures.match(new RegExp(`"region": "${r}"`, 'g'))?.length ?? 0, r).toBeGreaterThanOrEqual(3);
  });
});
