/** Each piece of knowledge once: the flow and the sweep ask the schema's constraints, never a copy of them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGE_RULES, NUMBER_BOUNDS, QUESTIONS, SITUATIONS, SPECIAL_GROUPS, boundsFor, optionsFor, fits } from '../../lib/rules';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');

describe('cross-field rules are stated once', () => {
  it('the flow and the sweep hold no copy of an age threshold or a number bound', () => {
    for (const file of ['../../lib/rules/flow.ts', './sweep.ts']) {
      const text = read(file);
      expect(text, file).not.toMatch(/age\s*[<>]=?\s*\d|age\s*-\s*\d|age\s*\*\s*\d/);
    }
  });

  it('the flow offers exactly what the constraints accept', () => {
    const q = (id: string) => QUESTIONS.find((x) => x.id === id)!;
    for (const age of [0, 10, 15, 16, 17, 18, 30, 65]) {
      expect(optionsFor(q('special-groups'), { age })).toEqual(SPECIAL_GROUPS.filter((g) => fits('groups', { age, groups: [g] })));
      expect(optionsFor(q('situation'), { age })).toEqual(SITUATIONS.filter((situation) => fits('situation', { age, situation })));
      expect(optionsFor(q('special-groups'), { age }).includes('orphan')).toBe(age < AGE_RULES.adultFrom);
      const gap = boundsFor(q('employee-gap'), { age });
      expect(gap).toEqual(NUMBER_BOUNDS.gapMonths({ age }));
      expect(fits('gapMonths', { age, gapMonths: gap.max })).toBe(true);
      expect(fits('gapMonths', { age, gapMonths: gap.max + 1 })).toBe(false);
    }
  });
});
