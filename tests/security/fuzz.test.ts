import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, Answers, nextQuestion, URL_PARAMS } from '@/lib/rules';
import { readWizard } from '@/lib/wizard/read';

// Raw query strings as an attacker or a mangled chat app would send them.
const keys = fc.oneof(
  fc.constantFrom(...Object.values(URL_PARAMS), 'v', 'go', 'ret', '__proto__', 'constructor', 'prototype', 'toString', ''),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const values = fc.oneof(
  fc.constantFrom('1', '0', '-0', '1e309', 'NaN', 'Infinity', '0x10', '07', '120', '121', '9'.repeat(400), 'none', 'dibao,dibao', 'self', 'beijing',
    '2026-02-30', '2026-10-01', '%', '%E0%A4%A', '%00', '\u0000', '\uFFFF', '💥', 'a'.repeat(5000)),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
);
// Mostly well-encoded, sometimes raw (broken percent-encoding, stray & and =).
const rawQuery = fc.array(fc.tuple(keys, values, fc.boolean()), { maxLength: 30 }).map((pairs) =>
  pairs.map(([k, v, raw]) => `${encodeURIComponent(k)}=${raw ? v : encodeURIComponent(v)}`).join('&'));

/** A query string as a prototype-free record (repeated keys become arrays), like a page's searchParams. */
function queryRecord(query: string): Record<string, string | string[]> {
  const params = new URLSearchParams(query);
  const out: Record<string, string | string[]> = Object.create(null);
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    Object.defineProperty(out, key, { value: all.length === 1 ? all[0] : all, enumerable: true, writable: true });
  }
  return out;
}

describe('10,000 generated query strings through the URL parser and evaluate', () => {
  it('never throw, and every value not kept is reported for a notice', () => {
    fc.assert(
      fc.property(rawQuery, fc.date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }), (query, date) => {
        const record = queryRecord(query);
        const { answers, dropped } = readWizard(record);
        // Every key that is neither kept nor a control parameter shows up in the notices.
        const kept = new Set<string>(Object.keys(answers).map((f) => URL_PARAMS[f as keyof typeof URL_PARAMS]));
        for (const key of Object.keys(record)) {
          if (key === 'go' || key === 'ret' || key === 'n' || (key === 'v' && record.v === '1')) continue; // control parameters
          if (!kept.has(key)) expect(dropped.some((d) => d.key === key), `key ${JSON.stringify(key)} in ${query}`).toBe(true);
        }
        expect(Object.getPrototypeOf(answers) === Object.prototype || Object.getPrototypeOf(answers) === null).toBe(true);
        if (nextQuestion(answers) === 'summary') {
          const parsed = Answers.safeParse(answers);
          if (parsed.success) evaluate(parsed.data, { asOf: date.toISOString().slice(0, 10) });
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
