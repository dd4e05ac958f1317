/**
 * Benchmark: evaluate over the whole sweep (sweep.ts). Run with `npx vitest bench --run`.
 * One iteration = the full sweep; calls/second = sweep size × hz.
 */
import { bench, describe } from 'vitest';
import { evaluate } from '../../lib/rules';
import { SWEEP_DATES, sweepAnswers } from './sweep';

const answers = sweepAnswers();
const calls = answers.length * SWEEP_DATES.length;

describe(`evaluate × whole sweep (${answers.length} answer sets × ${SWEEP_DATES.length} dates = ${calls} calls per iteration)`, () => {
  bench(
    'whole sweep',
    () => {
      for (const asOf of SWEEP_DATES) for (const a of answers) evaluate(a, { asOf });
    },
    { iterations: 10, time: 0, warmupIterations: 2 },
  );
});
