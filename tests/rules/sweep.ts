/**
 * The sweep: the cartesian product of the vocabulary (every region, situation, hukou, permit,
 * special group, coverage kind; numbers at representative and boundary values) × asOf dates over
 * 2024 … 2028, on and around season edges. Shared by sweep.test.ts and evaluate.bench.ts.
 */
import { Answers, COVERAGES, HUKOUS, REGIONS, SPECIAL_GROUPS, SITUATIONS, fits, permitRelevant } from '../../lib/rules';
import type { Situation, SpecialGroup } from '../../lib/rules';

/** Ages per situation: the group thresholds (child/adult 18, older 60/70) and each end of the range. */
const AGES: Record<Situation, number[]> = {
  preschool: [0, 6],
  pupil: [6, 17],
  university: [18],
  'not-working': [0, 17, 18, 60, 70],
  employee: [16],
  flexible: [17, 60],
  retired: [60],
};

/** asOf dates over two years, on and around window edges (F7.1, F7.5, F7.13, F3.8). */
export const SWEEP_DATES = [
  '2024-03-01', '2024-11-01', '2025-01-01', '2025-07-01', '2025-10-20', '2025-11-30', '2025-12-26', '2026-02-28',
  '2026-03-01', '2026-11-27', '2026-12-21', '2026-12-31', '2027-02-28', '2027-09-01', '2028-06-30', '2028-12-31',
];

/** Two birth dates: one inside the newborn limits around the 2026年度 windows, one past every limit while Beijing's is open. */
const BIRTH_DATES = ['2025-12-01', '2025-06-01'];

export function sweepAnswers(): Answers[] {
  const out: Answers[] = [];
  const groupSets: SpecialGroup[][] = [[], ...SPECIAL_GROUPS.map((g) => [g])];
  for (const region of REGIONS)
    for (const situation of SITUATIONS)
      for (const age of AGES[situation]) {
        if (!fits('situation', { age, situation })) continue;
        for (const birthDate of age === 0 ? BIRTH_DATES : [undefined])
          for (const retireeYears of situation === 'retired' ? [0, 20] : [undefined])
            for (const hukou of HUKOUS)
              for (const permit of permitRelevant({ hukou, situation }) ? (['yes', 'no'] as const) : [undefined])
                for (const groups of groupSets) {
                  if (!fits('groups', { age, groups })) continue;
                  for (const coverage of COVERAGES) {
                    // The schema's own rules (e.g. employee-side coverage from 16), not a copy of them.
                    if (!fits('coverage', { age, situation, retireeYears, coverage })) continue;
                    const lapses: Array<Partial<Answers>> =
                      coverage === 'employee-lapsed' ? [{ gapMonths: 4 }]
                      : coverage === 'resident-lapsed' ? [{ lapseYears: 4 }]
                      : [{}];
                    for (const lapse of lapses) {
                      if (!fits('lapseYears', { age, ...lapse }) || !fits('gapMonths', { age, ...lapse }) || !fits('retireeYears', { age, retireeYears })) continue;
                      const a = { who: 'self', region, age, situation, hukou, groups, coverage, ...lapse } as Answers;
                      if (birthDate !== undefined) a.birthDate = birthDate;
                      if (retireeYears !== undefined) a.retireeYears = retireeYears;
                      if (permit !== undefined) a.permit = permit;
                      out.push(a);
                    }
                  }
                }
      }
  return out;
}

/** Sanity: every generated answer set is schema-valid (checked once in the test). */
export function invalidSweepAnswers(list: Answers[]): Answers[] {
  return list.filter((a) => !Answers.safeParse(a).success);
}
