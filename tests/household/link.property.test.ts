import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLabel, householdToSearchParams, MAX_PEOPLE, parseHousehold } from '@/lib/household/link';
import { checkPeople, editorValuesOf } from '@/lib/household/editor';
import { settle } from '@/lib/wizard/steps';
import { sweepAnswers } from '../rules/sweep';

// Every complete, consistent person the check can produce (the sweep's answers, as a helper would give them).
const everyone = sweepAnswers().map((a) => ({ ...a, who: 'helper' as const }));
const person = fc.record({
  label: fc.option(fc.string({ unit: 'grapheme', maxLength: 16 }), { nil: null }),
  answers: fc.constantFrom(...everyone),
});
const household = fc.array(person, { minLength: 1, maxLength: MAX_PEOPLE });

describe('household link hv=1: properties', () => {
  it('round-trips any household of up to ten people: labels as cleaned, every answer as the check reads it', () => {
    fc.assert(
      fc.property(household, (people) => {
        const link = householdToSearchParams(people).toString();
        const back = parseHousehold(new URLSearchParams(link));
        expect(back.overflow).toBe(0);
        expect(back.people).toHaveLength(people.length);
        back.people.forEach((p, i) => {
          expect(p.dropped).toEqual([]);
          expect(p.label).toBe(cleanLabel(people[i]!.label));
          expect({ ...p.answers, who: 'helper' }).toEqual(people[i]!.answers);
        });
      }),
      { numRuns: 500 },
    );
  });

  // The sweep also holds answers the check itself would settle differently (a baby's situation is
  // implied, whatever a link says); the editor reads people as the check does, so it gives back the
  // same link for the answers the check would keep as they are.
  const kept = everyone.filter((a) => {
    const s = settle(a) as Record<string, unknown>;
    return Object.keys(s).length === Object.keys(a).length && Object.entries(a).every(([k, v]) => JSON.stringify(s[k]) === JSON.stringify(v));
  });
  const settledHousehold = fc.array(fc.record({ label: fc.option(fc.string({ maxLength: 12 }), { nil: null }), answers: fc.constantFrom(...kept) }), { minLength: 1, maxLength: MAX_PEOPLE });

  it('the editor opens any household link and gives back the same link', () => {
    expect(kept.length).toBeGreaterThan(everyone.length / 2);
    fc.assert(
      fc.property(settledHousehold, (people) => {
        const link = householdToSearchParams(people);
        const again = checkPeople(editorValuesOf(parseHousehold(link).people).people);
        expect(again.ok).toBe(true);
        if (again.ok) expect(householdToSearchParams(again.people).toString()).toBe(link.toString());
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on tampered links, and keeps at most ten people', () => {
    const part = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('l.', 'r.beijing', 'a.-1', 'a.１２', 'g.none.dibao', '_', '__proto__.x', 'c.none'));
    const m = fc.array(part, { maxLength: 8 }).map((parts) => parts.join('_'));
    fc.assert(
      fc.property(fc.constantFrom('1', '2', '', 'x'), fc.array(m, { maxLength: 14 }), (hv, ms) => {
        const q = new URLSearchParams({ hv });
        for (const x of ms) q.append('m', x);
        const parsed = parseHousehold(q);
        expect(parsed.people.length).toBeLessThanOrEqual(MAX_PEOPLE);
      }),
      { numRuns: 1000 },
    );
  });
});
