/**
 * Dates outside the data (issue 24, defect 5): `evaluate` answers any asOf the API accepts, from
 * 1900-01-01 to 2200-12-31, for any valid answers, without throwing. A parameter with no value on
 * that day is "not in our sources", never an error (lib/rules/engine/context.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Answers, evaluate, isIsoDate } from '../../lib/rules';
import { FIRST_DAY, LAST_DAY, anyDay, validAnswers } from './arbitraries';
import { sweepAnswers } from './sweep';

const ANSWERS = sweepAnswers();

describe('evaluate over the whole range of dates', () => {
  it('never throws, for any asOf from 1900 to 2200 and any valid answers', () => {
    fc.assert(fc.property(validAnswers, anyDay, (answers, asOf) => {
      expect(Answers.safeParse(answers).success).toBe(true);
      expect(isIsoDate(asOf)).toBe(true);
      const outcome = evaluate(answers, { asOf });
      expect(outcome.options.length).toBeGreaterThan(0);
    }), { seed: 24, numRuns: 3000 });
  });

  it('the first and last days, and the day that failed (1998-12-13, an employee), answer too', () => {
    const employee = ANSWERS.find((a) => a.situation === 'employee')!;
    for (const asOf of [FIRST_DAY, '1998-12-13', '1998-12-14', LAST_DAY]) {
      for (const answers of [employee, ...ANSWERS.filter((_, i) => i % 97 === 0)]) {
        expect(() => evaluate(answers, { asOf }), `${asOf} ${JSON.stringify(answers)}`).not.toThrow();
      }
    }
  });
});
