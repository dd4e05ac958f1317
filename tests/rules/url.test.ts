import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_FIELDS,
  COVERAGES,
  HUKOUS,
  PartialAnswers,
  REGIONS,
  SITUATIONS,
  SPECIAL_GROUPS,
  URL_PARAMS,
  WHO,
  answersToSearchParams,
  conflicts,
  parseAnswersFromSearchParams,
} from '../../lib/rules';
import { sweepAnswers } from './sweep';

const parse = (q: string) => parseAnswersFromSearchParams(new URLSearchParams(q));
const KNOWN_KEYS: readonly string[] = Object.values(URL_PARAMS);

describe('parseAnswersFromSearchParams: examples', () => {
  it('parses a complete v=1 link', () => {
    const r = parse('v=1&w=helper&r=beijing&a=30&s=flexible&h=other-mainland&p=yes&g=dibao&g=veteran&c=employee-lapsed&gm=4');
    expect(r.dropped).toEqual([]);
    expect(r.answers).toEqual({ who: 'helper', region: 'beijing', age: 30, situation: 'flexible', hukou: 'other-mainland', permit: 'yes', groups: ['dibao', 'veteran'], coverage: 'employee-lapsed', gapMonths: 4 });
  });

  it.each([
    ['a=-0', 'invalid'],
    ['a=1e309', 'invalid'],
    ['a=07', 'invalid'],
    ['a=+5', 'invalid'],
    ['a= 5', 'invalid'],
    ['a=5.0', 'invalid'],
    ['a=121', 'invalid'],
    ['a=99999999999999999999', 'invalid'],
    ['r=mars', 'invalid'],
    ['r=%E0%A4%A', 'invalid'],
    ['b=2026-02-30', 'invalid'],
    ['g=dibao,rich', 'invalid'],
    ['zzz=1', 'unknown'],
    ['__proto__=1', 'unknown'],
    ['constructor=1', 'unknown'],
    ['v=2', 'invalid'],
  ])('%s is dropped as %s', (q, reason) => {
    const r = parse(q);
    expect(r.dropped.map((d) => d.reason)).toEqual([reason]);
    expect(Object.keys(r.answers)).toEqual([]);
  });

  it('handles repeated keys: identical copies kept once, conflicting copies dropped', () => {
    expect(parse('a=30&a=30')).toEqual({ answers: { age: 30 }, dropped: [{ key: 'a', reason: 'duplicate' }] });
    expect(parse('a=30&a=31')).toEqual({ answers: {}, dropped: [{ key: 'a', reason: 'duplicate' }, { key: 'a', reason: 'duplicate' }] });
    expect(parse('v=1&v=1').dropped).toEqual([{ key: 'v', reason: 'duplicate' }]);
    expect(parse('g=dibao&g=dibao')).toEqual({ answers: { groups: ['dibao'] }, dropped: [{ key: 'g', reason: 'duplicate' }] });
  });

  it('reads "none of these" for special groups, and rejects it combined with a group', () => {
    expect(parse('g=none')).toEqual({ answers: { groups: [] }, dropped: [] });
    expect(parse('g=none&g=dibao')).toEqual({ answers: {}, dropped: [{ key: 'g', reason: 'contradictory' }] });
  });

  it('drops the dependent field of a contradiction', () => {
    expect(parse('a=30&s=preschool')).toEqual({ answers: { age: 30 }, dropped: [{ key: 's', reason: 'contradictory' }] });
    expect(parse('c=none&ly=3')).toEqual({ answers: { coverage: 'none' }, dropped: [{ key: 'ly', reason: 'contradictory' }] });
    expect(parse('h=local&p=yes')).toEqual({ answers: { hukou: 'local' }, dropped: [{ key: 'p', reason: 'contradictory' }] });
    expect(parse('a=40&g=orphan')).toEqual({ answers: { age: 40 }, dropped: [{ key: 'g', reason: 'contradictory' }] });
  });

  it('drops values that are too long without looking at them', () => {
    const r = parse(`r=${'beijing'.repeat(10_000)}`);
    expect(r.dropped).toEqual([{ key: 'r', reason: 'invalid' }]);
  });

  it('accepts a Next.js-style record, including arrays, an own __proto__ key and junk values', () => {
    const record = JSON.parse('{"__proto__": "x", "a": ["30"], "g": ["dibao", "veteran"], "r": "shanghai", "s": null}') as Record<string, string | string[] | undefined>;
    const r = parseAnswersFromSearchParams({ ...record, c: undefined });
    expect(r.answers).toEqual({ age: 30, groups: ['dibao', 'veteran'], region: 'shanghai' });
    expect(r.dropped).toEqual(expect.arrayContaining([{ key: '__proto__', reason: 'unknown' }, { key: 's', reason: 'invalid' }]));
    expect(Object.getPrototypeOf(r.answers)).toBe(Object.prototype);
  });

  it('writes v=1 first and short param names', () => {
    const s = answersToSearchParams({ who: 'self', region: 'elsewhere', age: 40, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' }).toString();
    expect(s).toBe('v=1&w=self&r=elsewhere&a=40&s=not-working&h=local&g=none&c=none');
  });
});

/** Arbitrary query strings: known and hostile keys, any unicode, numbers in odd spellings, broken escapes. */
const hostileKey = fc.oneof(fc.constantFrom(...KNOWN_KEYS, 'v', '__proto__', 'constructor', 'prototype', 'toString', ''), fc.string({ maxLength: 8 }));
const hostileValue = fc.oneof(
  fc.constantFrom('-0', '1e309', 'NaN', 'Infinity', '0x10', '%', '%E0%A4%A', '%zz', 'none', 'dibao,veteran', '2026-02-29', '2024-02-29', ...REGIONS, ...SITUATIONS, ...COVERAGES),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: -5, max: 700 }).map(String),
  fc.string({ maxLength: 300 }),
);
const rawQuery = fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 25 }).map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&'));

describe('parseAnswersFromSearchParams: properties', () => {
  it('never throws and always returns schema-valid partial answers', () => {
    fc.assert(
      fc.property(rawQuery, (q) => {
        const r = parse(q);
        expect(PartialAnswers.safeParse(r.answers).success).toBe(true);
        expect(conflicts(r.answers)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports every value it does not keep', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 25 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        const r = parseAnswersFromSearchParams(params);
        const answerKeys = new Set<string>(Object.keys(r.answers).map((f) => URL_PARAMS[f as keyof typeof URL_PARAMS]));
        const droppedKeys = new Set(r.dropped.map((d) => d.key));
        for (const [k, v] of params) {
          if (k === 'v' && v === '1') continue;
          expect(answerKeys.has(k) || droppedKeys.has(k), `${k}=${v} neither kept nor reported`).toBe(true);
        }
        const unknownPairs = [...params.keys()].filter((k) => k !== 'v' && !KNOWN_KEYS.includes(k)).length;
        expect(r.dropped.filter((d) => d.reason === 'unknown').length).toBe(unknownPairs);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on record input with arbitrary shapes', () => {
    fc.assert(
      fc.property(fc.dictionary(hostileKey, fc.oneof(hostileValue, fc.array(hostileValue, { maxLength: 4 }), fc.constant(undefined))), (rec) => {
        const r = parseAnswersFromSearchParams(rec as Record<string, string | string[] | undefined>);
        expect(PartialAnswers.safeParse(r.answers).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  const partialAnswers = fc
    .record(
      {
        who: fc.constantFrom(...WHO),
        region: fc.constantFrom(...REGIONS),
        age: fc.integer({ min: 0, max: 120 }),
        birthDate: fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        situation: fc.constantFrom(...SITUATIONS),
        retireeYears: fc.integer({ min: 0, max: 60 }),
        hukou: fc.constantFrom(...HUKOUS),
        permit: fc.constantFrom('yes', 'no'),
        groups: fc.uniqueArray(fc.constantFrom(...SPECIAL_GROUPS)),
        coverage: fc.constantFrom(...COVERAGES),
        gapMonths: fc.integer({ min: 1, max: 600 }),
        lapseYears: fc.integer({ min: 1, max: 100 }),
      },
      { requiredKeys: [] },
    )
    .map((a) => {
      const p = { ...a } as Record<string, unknown>;
      for (let c = conflicts(p)[0]; c; c = conflicts(p)[0]) delete p[c.path];
      return p as PartialAnswers;
    });

  it('round-trips any consistent partial answers losslessly', () => {
    fc.assert(
      fc.property(partialAnswers, (a) => {
        const r = parseAnswersFromSearchParams(answersToSearchParams(a));
        expect(r.dropped).toEqual([]);
        expect(r.answers).toEqual(a);
        // …and through the string form of the link.
        expect(parse(answersToSearchParams(a).toString()).answers).toEqual(a);
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips every complete answer set of the sweep', () => {
    for (const a of sweepAnswers().filter((_, i) => i % 7 === 0)) {
      const r = parse(answersToSearchParams(a).toString());
      expect(r.dropped).toEqual([]);
      expect(r.answers).toEqual(a);
    }
  });

  it('covers every answer field with a param', () => {
    expect(Object.keys(URL_PARAMS).sort()).toEqual([...ANSWER_FIELDS].sort());
    expect(new Set(Object.values(URL_PARAMS)).size).toBe(ANSWER_FIELDS.length);
  });
});
