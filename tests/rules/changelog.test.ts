/**
 * The changelog of the rules data (lib/rules/changelog.json, schema in lib/rules/changelog.ts) and
 * its digest (scripts/rules/digest.mjs): a data file that changes without a changelog entry fails here.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import data from '../../lib/rules/changelog.json';
import { CHANGELOG, Changelog } from '../../lib/rules/changelog';
import { FACTS, PARAMETERS, REGIONS } from '../../lib/rules';
import { canonicalJson, digestOf, isRulesData, normalise, rulesDataDigest, workingTreeFiles } from '../../scripts/rules/digest.mjs';

describe('the changelog data file', () => {
  it('validates against its schema, newest first, ids unique', () => {
    const r = Changelog.safeParse(data);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(CHANGELOG.length).toBe(data.entries.length);
    const dates = CHANGELOG.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('names only parameters, places and facts that exist', () => {
    const parameters = new Set(PARAMETERS.map((p) => p.id));
    const facts = new Set(FACTS.map((f) => f.id));
    for (const e of CHANGELOG) {
      for (const p of e.parameters) expect(parameters.has(p), `${e.id}: parameter ${p}`).toBe(true);
      for (const f of e.facts) expect(facts.has(f), `${e.id}: fact ${f}`).toBe(true);
      for (const r of e.places) expect(REGIONS as readonly string[], `${e.id}: place ${r}`).toContain(r);
    }
  });

  it('refuses a bad entry: unknown source, out of order, a locale missing, a malformed digest', () => {
    const first = data.entries[0]!;
    const issues = (entries: unknown[]) => {
      const r = Changelog.safeParse({ about: 'x', entries });
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(issues([{ ...first, sources: ['noSuchSource'] }])).toEqual(['not an id in lib/rules/sources.data.json']);
    expect(issues([{ ...first, id: '2020-01-01-old', date: '2020-01-01' }, first]).join()).toMatch(/newest first/);
    expect(issues([first, first]).join()).toMatch(/used twice/);
    expect(issues([{ ...first, summary: { 'zh-CN': '只有中文' } }])).not.toEqual([]);
    expect(issues([{ ...first, dataDigest: 'abc' }]).join()).toMatch(/rules:digest/);
    expect(issues([{ ...first, id: '2027-01-01-x' }]).join()).toMatch(/starts with the entry's date/);
  });
});

describe('a data change needs a changelog entry', () => {
  it('the newest entry records the digest of the rules data as it is now', () => {
    const now = rulesDataDigest();
    const newest = CHANGELOG[0]!;
    // The message says what to do: add an entry (docs/rules-changes.md) with this digest.
    expect(newest.dataDigest, `rules data changed: add a changelog entry to lib/rules/changelog.json with "dataDigest": "${now}" (npm run rules:digest; docs/rules-changes.md)`).toBe(now);
  });

  it('counts every JSON file under lib/rules but the changelog, and the TS data files while they exist', () => {
    const files = workingTreeFiles().map((f) => f.file);
    expect(files).toContain('lib/rules/sources.data.json');
    expect(files).toContain('lib/rules/regions/beijing.json');
    expect(files).not.toContain('lib/rules/changelog.json');
    expect(files.every((f) => isRulesData(f))).toBe(true);
    expect(isRulesData('lib/rules/parameters/national.ts')).toBe(true);
    expect(isRulesData('lib/rules/facts.ts')).toBe(true);
    expect(isRulesData('lib/rules/parameters/anything/new.json')).toBe(true);
    expect(isRulesData('lib/rules/engine/window.ts')).toBe(false);
    expect(isRulesData('content/messages/en.json')).toBe(false);
  });

  it('does not depend on key order, indentation, line endings or a BOM; does depend on values and file names', () => {
    const a = { file: 'lib/rules/regions/x.json', text: '{"b": 1, "a": {"d": [1, 2], "c": null}}\n' };
    const same = [
      { ...a, text: '{\r\n  "a": {"c": null, "d": [1, 2]},\r\n  "b": 1\r\n}' },
      { ...a, text: '\uFEFF{"a":{"d":[1,2],"c":null},"b":1}' },
    ];
    for (const s of same) expect(digestOf([s])).toBe(digestOf([a]));
    expect(digestOf([{ ...a, text: '{"b": 2, "a": {"d": [1, 2], "c": null}}' }])).not.toBe(digestOf([a]));
    expect(digestOf([{ ...a, text: '{"b": 1, "a": {"d": [2, 1], "c": null}}' }])).not.toBe(digestOf([a]));
    expect(digestOf([{ ...a, file: 'lib/rules/regions/y.json' }])).not.toBe(digestOf([a]));
    expect(digestOf([a, { file: 'lib/rules/facts.ts', text: 'x' }])).toBe(digestOf([{ file: 'lib/rules/facts.ts', text: 'x\r\n' }, a]));
    expect(normalise('lib/rules/facts.ts', 'a  \r\nb\t\r\n\r\n')).toBe('a\nb');
    expect(canonicalJson({ z: 1, a: [{ y: 2, b: 3 }] })).toBe('{"a":[{"b":3,"y":2}],"z":1}');
    expect(() => digestOf([{ ...a, text: '{' }])).toThrow(/x\.json is not valid JSON/);
  });

  it('npm run rules:digest prints the digest; a changed value in a copy of the data changes it', () => {
    const root = process.cwd();
    const script = path.join(root, 'scripts/rules/digest.mjs');
    expect(execFileSync(process.execPath, [script], { encoding: 'utf8' }).trim()).toBe(rulesDataDigest());
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts['rules:digest']).toBe('node scripts/rules/digest.mjs');
    const tmp = mkdtempSync(path.join(tmpdir(), 'rules-digest-'));
    try {
      cpSync(path.join(root, 'lib/rules'), path.join(tmp, 'lib/rules'), { recursive: true });
      expect(rulesDataDigest(tmp)).toBe(rulesDataDigest());
      // The changelog is not data: a new entry does not move the digest.
      writeFileSync(path.join(tmp, 'lib/rules/changelog.json'), '{}');
      expect(rulesDataDigest(tmp)).toBe(rulesDataDigest());
      const file = path.join(tmp, 'lib/rules/regions/beijing.json');
      const beijing = JSON.parse(readFileSync(file, 'utf8'));
      beijing.name.en = `${beijing.name.en} (changed)`;
      writeFileSync(file, JSON.stringify(beijing));
      expect(rulesDataDigest(tmp)).not.toBe(rulesDataDigest());
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
