/** fast-check arbitraries shared by the rules and API tests: any day the API accepts, any valid answers. */
import fc from 'fast-check';
import { fromDay, toDay } from '../../lib/rules/dates';
import { sweepAnswers } from './sweep';

/** Every day `asOf` may be (lib/rules/dates.ts isIsoDate: 1900 to 2200). */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2200-12-31';
export const anyDay = fc.integer({ min: toDay(FIRST_DAY), max: toDay(LAST_DAY) }).map(fromDay);

const ANSWERS = sweepAnswers();
/** A valid answer set from the sweep (every region, situation, hukou, permit, group, coverage); a baby's birth date anywhere in the range. */
export const validAnswers = fc.tuple(fc.integer({ min: 0, max: ANSWERS.length - 1 }), anyDay).map(([i, birth]) => {
  const a = { ...ANSWERS[i]! };
  if (a.age === 0) a.birthDate = birth;
  return a;
});
