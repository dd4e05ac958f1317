/**
 * The fact oracle's data (lib/rules/fact-applies.ts): sound as loaded, a bad entry is refused, a C
 * fact is only ever said by a hedged id, guide pointers name a guide that covers the fact, and the
 * predicate language reads answers, dates and outcomes as documented. The oracle itself runs over
 * the whole sweep in sweep.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, FACTS, type Answers } from '../../lib/rules';
import { FACT_APPLIES, NOT_SITUATIONAL, SAYS, applies, checkFacts, problems } from '../../lib/rules/fact-applies';

const CONFIDENCE = new Map(FACTS.map((f) => [f.id, f.confidence]));
const base: Answers = { who: 'self', region: 'elsewhere', age: 35, situation: 'employee', hukou: 'local', groups: [], coverage: 'none' };

describe('fact-applies data', () => {
  it('loads with no problems, and every fact has an entry or a reason for none', () => {
    expect(problems()).toEqual([]);
    const covered = new Set(FACT_APPLIES.map((e) => e.fact));
    for (const f of FACTS) expect(covered.has(f.id) || f.id in NOT_SITUATIONAL, f.id).toBe(true);
  });

  it('refuses a bad entry', () => {
    const ok = { fact: 'F4.5', when: { groups: ['veteran'] }, said: [{ warning: 'veteran-service-years-count' }] };
    // problems() over a list of one also reports every fact the list leaves out; keep the entry's own.
    const bad = (e: unknown) => problems([e]).filter((p) => p.startsWith('entry 0'));
    expect(bad(ok)).toEqual([]);
    expect(bad({ ...ok, said: [{ warning: 'no-such-warning' }] })).toHaveLength(1);
    expect(bad({ ...ok, when: { groups: ['astronaut'] } })).toHaveLength(1);
    expect(bad({ ...ok, when: { ages: { min: 3 } } })).toHaveLength(1);
    expect(bad({ ...ok, said: [] })).toHaveLength(1);
    expect(bad({ ...ok, fact: 'F9.9' })).toEqual(['entry 0: no fact record F9.9']);
    // A C part said by a plain statement.
    expect(bad({ ...ok, confidence: 'C', part: 'the local waiver' })[0]).toMatch(/firmer than C/);
    // A part needs its confidence, and a fact without a tag needs both.
    expect(bad({ ...ok, part: 'the transfer' })[0]).toMatch(/go together/);
    expect(bad({ fact: 'F4.2', when: {}, said: [{ warning: 'newborn-window-local' }] })[0]).toMatch(/carries no tag/);
    // A part may not be firmer than the fact.
    expect(bad({ fact: 'F7.14', confidence: 'A', part: 'amounts', when: {}, said: [{ warning: 'regional-amount-unverified' }] })[0]).toMatch(/firmer than the fact/);
  });

  it('says a C fact only through hedged ids, and no id is firmer than the facts it states', () => {
    const rank = { A: 0, B: 1, C: 2, hedged: 2 } as const;
    let checked = 0;
    for (const table of Object.values(SAYS))
      for (const [id, says] of Object.entries(table as Record<string, { level: 'A' | 'B' | 'hedged'; facts: string[] }>))
        for (const f of says.facts) {
          const c = CONFIDENCE.get(f);
          expect(c, `${id}: ${f} has a record`).not.toBeUndefined();
          if (c === 'C') expect(says.level, `${id} states the C fact ${f}`).toBe('hedged');
          if (c) expect(rank[says.level], `${id} at ${says.level} states ${f} [${c}]`).toBeGreaterThanOrEqual(rank[c]);
          checked++;
        }
    expect(checked).toBeGreaterThan(80);
    // The item-6 pointers resting on C parts are hedged.
    for (const id of ['keep-resident-until-employee-starts-local', 'foreign-employer-registration-local', 'veteran-wait-exemption-local'] as const) expect(SAYS.warnings[id].level).toBe('hedged');
  });

  it('points only to guides that exist and list the fact', () => {
    const pointers = FACT_APPLIES.flatMap((e) => e.said.flatMap((x) => ('guide' in x ? [{ fact: e.fact, guide: x.guide }] : [])));
    expect(pointers.length).toBeGreaterThan(0);
    for (const { fact, guide } of pointers)
      for (const locale of ['zh-CN', 'en']) {
        const text = readFileSync(fileURLToPath(new URL(`../../content/guides/${guide}/${locale}.mdx`, import.meta.url)), 'utf8');
        const facts = /^facts:\s*\[([^\]]*)\]/m.exec(text)?.[1]?.split(',').map((s) => s.trim()) ?? [];
        expect(facts, `${guide} (${locale}) lists ${fact}`).toContain(fact);
      }
  });
});

describe('the predicate language', () => {
  const o = evaluate(base, { asOf: '2026-11-27' });

  it('reads answer fields as any-of, groups as some-of, ranges inclusively', () => {
    expect(applies({ situation: ['employee', 'flexible'], hukou: ['local'] }, base, '2026-11-27', o)).toBe(true);
    expect(applies({ situation: ['flexible'] }, base, '2026-11-27', o)).toBe(false);
    expect(applies({ groups: ['veteran'] }, base, '2026-11-27', o)).toBe(false);
    expect(applies({ groups: ['veteran', 'dibao'] }, { ...base, groups: ['dibao'] }, '2026-11-27', o)).toBe(true);
    expect(applies({ age: { min: 35, max: 35 } }, base, '2026-11-27', o)).toBe(true);
    expect(applies({ retireeYears: { min: 1 } }, base, '2026-11-27', o)).toBe(false);
    expect(applies({ permit: ['no'] }, base, '2026-11-27', o)).toBe(false);
  });

  it('reads dates, any and not', () => {
    expect(applies({ asOf: { from: '2026-11-27', to: '2026-11-27' } }, base, '2026-11-27', o)).toBe(true);
    expect(applies({ asOf: { to: '2024-12-31' } }, base, '2026-11-27', o)).toBe(false);
    expect(applies({ any: [{ situation: ['retired'] }, { hukou: ['local'] }] }, base, '2026-11-27', o)).toBe(true);
    expect(applies({ any: [{ situation: ['retired'] }] }, base, '2026-11-27', o)).toBe(false);
    expect(applies({ not: [{ coverage: ['none'] }] }, base, '2026-11-27', o)).toBe(false);
  });

  it('reads a birth date as the engine does: not in the future, under one year', () => {
    const baby: Answers = { ...base, age: 0, situation: 'preschool', birthDate: '2026-10-01' };
    const ob = evaluate(baby, { asOf: '2026-11-27' });
    expect(applies({ born: true }, baby, '2026-11-27', ob)).toBe(true);
    expect(applies({ born: true }, baby, '2026-09-30', ob)).toBe(false);
    expect(applies({ born: true }, baby, '2027-10-01', ob)).toBe(false);
    expect(applies({ born: true }, base, '2026-11-27', o)).toBe(false);
  });

  it('reads the outcome: the recommendation, any option, the window', () => {
    expect(applies({ primary: { scheme: ['employee'], group: ['employee-via-employer'] } }, base, '2026-11-27', o)).toBe(true);
    expect(applies({ option: { scheme: ['resident'] } }, base, '2026-11-27', o)).toBe(false);
    expect(applies({ window: { kind: ['any-time'], inWindow: ['no'] } }, base, '2026-11-27', o)).toBe(true);
    const flexible: Answers = { ...base, situation: 'flexible' };
    const of = evaluate(flexible, { asOf: '2026-11-27' });
    expect(applies({ option: { scheme: ['resident'] } }, flexible, '2026-11-27', of)).toBe(true);
  });
});

describe('checkFacts on one outcome', () => {
  it('finds an applicable fact left unsaid, and passes the engine’s own outcome', () => {
    const a: Answers = { ...base, groups: ['veteran'] };
    const o = evaluate(a, { asOf: '2026-11-27' });
    expect(checkFacts(a, '2026-11-27', o, () => ['which-scheme', 'staying-safe']).problems).toEqual([]);
    // The same outcome without the veterans' words: F4.5 applies and is not said.
    const stripped = { ...o, warnings: o.warnings.filter((w) => !w.id.startsWith('veteran-')), options: o.options.map((x) => ({ ...x, warnings: x.warnings.filter((w) => !w.id.startsWith('veteran-')) })) };
    const r = checkFacts(a, '2026-11-27', stripped, () => ['which-scheme', 'staying-safe']);
    expect(r.applied).toContain('F4.5');
    expect(r.problems.filter((p) => p.startsWith('F4.5'))).toHaveLength(2);
  });

  it('finds a pointer missing where it applies (the employer-registration hedge for a foreign employee)', () => {
    const a: Answers = { ...base, hukou: 'foreign', permit: 'no' };
    const o = evaluate(a, { asOf: '2026-11-27' });
    expect(checkFacts(a, '2026-11-27', o, () => ['which-scheme', 'staying-safe']).problems).toEqual([]);
    const swapped = { ...o, warnings: o.warnings.filter((w) => w.id !== 'foreign-employer-registration-local') };
    expect(checkFacts(a, '2026-11-27', swapped, () => ['which-scheme', 'staying-safe']).problems).toEqual([
      "F4.7 (the employer's registration deadline) applies but none of foreign-employer-registration-local is said",
    ]);
  });

  it('refuses a C part said by a reason given at A (only a hedge may say it)', () => {
    const a: Answers = { ...base, hukou: 'foreign', permit: 'no' };
    const o = evaluate(a, { asOf: '2026-11-27' });
    const entry = { fact: 'F4.7', confidence: 'C' as const, part: 'deadline', when: { hukou: ['foreign' as const] }, said: [{ reason: 'foreign-employed-must-enroll' as const }] };
    expect(checkFacts(a, '2026-11-27', o, () => [], [entry]).problems).toEqual(['F4.7 (deadline) said by {"reason":"foreign-employed-must-enroll"} at A, not hedged']);
  });
});
