/** National parameters. Every value cites fact IDs from the fact records (lib/rules/facts.ts). */
import type { FeatureId, FeatureValue } from '../ids';
import type { Confidence, SubsidisedGroup, SubsidyKind } from '../vocab';
import { group, type FactId, type Parameter } from './types';
import { SOURCES as S } from './sources';
import type { NewbornWindow } from '../regions/schema';

export type { NewbornWindow };

/** 居民医保 individual contribution, national standard, by benefit year (参保年度). F3.1–F3.7. */
export const nationalResidentIndividual: Parameter<number> = {
  id: 'national.resident-individual-contribution',
  description: 'National standard individual contribution for 城乡居民医保; the "YYYY年" standard is collected in autumn YYYY for benefit year YYYY+1 (F3.4).',
  unit: 'yuan-per-year',
  lookup: 'yearly',
  confidence: 'A',
  facts: ['F3.3', 'F3.4'],
  sources: [S.std2024, S.mapping2025],
  values: [
    { from: '2022-01-01', value: 320, facts: ['F3.1'], sources: [S.std2021] },
    { from: '2023-01-01', value: { unknown: true, note: 'The 2022 national standard is not in our sources.' } },
    { from: '2024-01-01', value: 380, facts: ['F3.2'], sources: [S.std2023] },
    { from: '2025-01-01', value: 400, facts: ['F3.3', 'F3.4'], sources: [S.std2024, S.mapping2025] },
    // The national 2025 notice was not found (F3.5): 400 for 2026年度 rests on a local official page (F3.6) and a [B] report, so B.
    { from: '2026-01-01', value: 400, confidence: 'B', facts: ['F3.6', 'F3.5'], sources: [S.dazhou2026, S.subsidy2025] },
    { from: '2027-01-01', value: { unknown: true, note: 'The 2026 national standard (for 2027年度) was not published in our sources (F3.7).' }, facts: ['F3.7'] },
  ],
};

/** 居民医保 minimum government subsidy per person, by benefit year. F3.1–F3.7. */
export const nationalResidentSubsidy: Parameter<number> = {
  id: 'national.resident-government-subsidy',
  description: 'National minimum government subsidy (财政补助) per insured resident.',
  unit: 'yuan-per-year',
  lookup: 'yearly',
  confidence: 'A',
  facts: ['F3.3'],
  sources: [S.std2024],
  values: [
    { from: '2022-01-01', value: 580, facts: ['F3.1'], sources: [S.std2021] },
    { from: '2023-01-01', value: { unknown: true, note: 'The 2022 national standard is not in our sources.' } },
    { from: '2024-01-01', value: 640, facts: ['F3.2'], sources: [S.std2023] },
    { from: '2025-01-01', value: 670, facts: ['F3.3'], sources: [S.std2024] },
    { from: '2026-01-01', value: 700, confidence: 'B', facts: ['F3.5', 'F3.6'], sources: [S.subsidy2025, S.dazhou2026] },
    { from: '2027-01-01', value: { unknown: true, note: 'Not published in our sources (F3.7).' }, facts: ['F3.7'] },
  ],
};

/**
 * How each subsidised group's individual contribution is usually paid where the place's own rule is
 * not in our sources (F4.4: 分类资助参保, amounts set locally). Read from the local examples F4.4
 * holds at [A] — Dazhou 2026年度, 临沂 2023, 曾都区 2022 — all three pay 特困 in full and two of them
 * orphans; severe disability is paid in full in Dazhou and 曾都 (those unable to work) and partly
 * elsewhere; 低保 and monitored households get a fixed part (300, 150, 320 and 175 yuan) in all three.
 * Shown only as "usually … — confirm locally", never as the person's amount.
 */
export const groupSubsidyKinds: Parameter<Record<SubsidisedGroup, SubsidyKind>> = {
  id: 'national.group-subsidy-kinds',
  description: 'How a subsidised group\'s resident-scheme premium is usually paid (in full, or in part) where the local rule is not in our sources; always "confirm locally".',
  unit: 'enum',
  lookup: 'dated',
  confidence: 'A',
  facts: ['F4.4'],
  sources: [S.dazhou2026, S.linyiF4_4, S.zengduF4_4],
  values: [
    {
      from: '2022-01-01',
      value: { tekun: 'usually-full', orphan: 'usually-full', disability: 'full-or-partial', dibao: 'partial-or-full', monitored: 'partial-or-full' },
    },
  ],
};

export type MonthDay = { month: number; day: number };
export type ObservedWindows = { opensEarliest: MonthDay; closesEarliest: MonthDay; closesLatest: MonthDay; coverStarts: MonthDay };

const observed = (id: string, description: string, value: MonthDay, facts: FactId[], sources: Parameter<MonthDay>['sources'], confidence: Confidence = 'B'): Parameter<MonthDay> => ({
  id: `national.observed-window-${id}`,
  description,
  unit: 'month-day',
  lookup: 'dated',
  confidence,
  facts,
  sources,
  values: [{ from: '2022-09-01', value }],
});

/**
 * No national calendar exists (F3.8): each place sets its own collection period. These are the
 * bounds of the local periods seen in our sources, not a window anyone runs. Used to place "the
 * season" and to give a safe day to act by where a place's dates are not in our sources; never
 * shown as a deadline.
 */
export const observedOpensEarliest = observed('opens-earliest', 'Earliest opening day of a local collection period seen in our sources (Fujian, Guangzhou).', { month: 9, day: 1 }, ['F3.8', 'F2.10', 'F7.9'], [S.fujian2025, S.newbornGzB]);
export const observedClosesEarliest = observed('closes-earliest', 'Earliest closing day of a local collection period seen in our sources (Guangzhou): the safe day to act by where a place\'s dates are not known.', { month: 12, day: 20 }, ['F3.8', 'F7.9'], [S.newbornGzB]);
export const observedClosesLatest = observed('closes-latest', 'Latest closing day of a local collection period seen in our sources (Beijing, Dazhou, Fujian\'s extension).', { month: 2, day: 28 }, ['F7.1', 'F3.6', 'F2.10'], [S.beijing2026, S.dazhou2026, S.fujian2025]);
export const observedCoverStarts = observed('cover-starts', 'Paying in a collection period gives cover from this day of the benefit year.', { month: 1, day: 1 }, ['F3.8'], [S.std2024], 'A');

/** The four bounds read together, for the engine (a view over the leaves above). */
export const observedWindows: Parameter<ObservedWindows> = group('national.observed-windows', 'Span of local collection periods (集中参保期) seen in our sources; no national calendar exists.', {
  opensEarliest: observedOpensEarliest,
  closesEarliest: observedClosesEarliest,
  closesLatest: observedClosesLatest,
  coverStarts: observedCoverStarts,
});

/** Which record to keep after duplicate enrollment (F1.4): employee + resident → the employee one after ≥1 continuous year. */
export const duplicateKeepYears: Parameter<number> = {
  id: 'national.duplicate-keep-employee-years',
  description: 'Duplicate enrollment across schemes: keep the employee scheme after this many continuous years in it; other cases and refunds are local.',
  unit: 'years',
  lookup: 'dated',
  confidence: 'A',
  facts: ['F1.4'],
  sources: [S.duplicate2020],
  values: [{ from: '2020-09-15', value: 1 }],
};
export const duplicateKeepRule = group<{ keepEmployeeMinContinuousYears: number }>('national.duplicate-keep-rule', 'Which record to keep after duplicate enrollment.', {
  keepEmployeeMinContinuousYears: duplicateKeepYears,
});

/** Fixed waiting period (固定待遇等待期) for late or non-continuous 居民医保 enrollment. F2.7, F3.9. */
export const residentFixedWait: Parameter<number> = {
  id: 'national.resident-fixed-wait-months',
  description: 'Fixed waiting period after enrolling outside the window or after a lapse; newborns and other special groups exempt.',
  unit: 'months',
  lookup: 'dated',
  confidence: 'A',
  facts: ['F2.7', 'F2.9', 'F3.9', 'F3.10'],
  sources: [S.waitBriefing, S.waitSummary, S.zhqWait],
  values: [
    { from: '2012-01-01', value: { unknown: true, note: 'Before 2025 waiting periods were set locally (e.g. Shanghai 3 months since 2012, F2.8).' }, facts: ['F2.8'], sources: [S.rmrbQa2024] },
    { from: '2025-01-01', value: 3 },
  ],
};

export type VariableWait = { monthsPerLapsedYear: number; longLapseYears: number; longLapseMinMonths: number };

const WAIT_SOURCES = [S.waitBriefing, S.waitSummary, S.waitLocalQa, S.waitReading1, S.waitReading2];
const leaf2025 = <T,>(id: string, description: string, unit: Parameter<T>['unit'], value: T, facts: FactId[], sources: Parameter<T>['sources'], from = '2025-01-01'): Parameter<T> => ({
  id,
  description,
  unit,
  lookup: 'dated',
  confidence: 'A',
  facts,
  sources,
  values: [{ from, value }],
});

/**
 * Variable waiting period (变动待遇等待期): +1 month per extra lapsed year, repairable by paying
 * missed years; ≥6 months in total after ≥4 lapsed years. Two readings of "每多断保1年" (F2.7):
 * 1-year lapse = 3+1, or 2-year lapse = 3+1 — the engine carries the range.
 */
export const variableWaitPerYear = leaf2025('national.resident-variable-wait-months-per-lapsed-year', 'Months added to the waiting period for each further year without resident cover.', 'months', 1, ['F2.7', 'F2.9'], WAIT_SOURCES);
export const longLapseYears = leaf2025('national.resident-long-lapse-years', 'Years without cover from which the long-lapse floor applies.', 'years', 4, ['F2.7', 'F2.9'], WAIT_SOURCES);
export const longLapseMinMonths = leaf2025('national.resident-long-lapse-min-wait-months', 'Waiting period at least this long in total after a long lapse.', 'months', 6, ['F2.7', 'F2.9'], WAIT_SOURCES);
export const residentVariableWait = group<VariableWait>('national.resident-variable-wait', 'Variable waiting period per lapsed year, and the floor after a long lapse.', {
  monthsPerLapsedYear: variableWaitPerYear,
  longLapseYears,
  longLapseMinMonths,
});

export type EmployeeGapRule = {
  noWaitMaxGapMonths: number;
  maxWaitMonths: number;
  stricterLocalMaxWaitMonths: number;
  /** Switching between the two schemes after this many continuous years counts as a short gap too. */
  switchMinContinuousYears: number;
};

/** 职工医保 gaps (F5.3, the rules for moving the record between areas): ≤3 months back-payable without a wait; longer: local wait ≤6 (Jiangsu ≤3). */
const GAP_FROM = '2021-11-29';
export const gapNoWaitMaxMonths = leaf2025('national.employee-gap-no-wait-max-months', 'A gap in the employee scheme up to this many months, when moving between areas, can be paid back without a waiting period.', 'months', 3, ['F5.3'], [S.transferGap2021], GAP_FROM);
export const gapMaxWaitMonths = leaf2025('national.employee-gap-max-wait-months', 'For a longer gap, a local waiting period of at most this many months.', 'months', 6, ['F5.3'], [S.transferGap2021], GAP_FROM);
export const gapStricterLocalMaxWaitMonths = leaf2025('national.employee-gap-stricter-local-max-wait-months', 'A stricter local maximum wait seen in one province (Jiangsu).', 'months', 3, ['F5.3'], [S.jiangsu2022], GAP_FROM);
export const gapSwitchMinYears = leaf2025('national.employee-gap-switch-min-continuous-years', 'Switching between the two schemes after this many continuous years counts as a short gap too.', 'years', 2, ['F5.3'], [S.transferGap2021], GAP_FROM);
export const employeeGap = group<EmployeeGapRule>('national.employee-gap', 'Employee-scheme gap that can be back-paid without a wait, and the maximum local wait for longer gaps.', {
  noWaitMaxGapMonths: gapNoWaitMaxMonths,
  maxWaitMonths: gapMaxWaitMonths,
  stricterLocalMaxWaitMonths: gapStricterLocalMaxWaitMonths,
  switchMinContinuousYears: gapSwitchMinYears,
});

export type ResidentRewards = {
  /** Continuous years in 居民医保 after which each further continuous year may raise the 大病保险 cap. */
  continuousYears: number;
  /** Each raise, in principle at least (元). */
  minRaiseYuan: number;
  /** Both rewards together, at most this share of the local original 大病保险 cap (%). */
  ceilingPct: number;
};

/** Rewards for continuous enrollment and for zero claims, from 2025 (F2.5, F2.6); amounts are provincial. */
const REWARD_SOURCES = [S.rewards2025, S.waitSummary];
export const rewardContinuousYears = leaf2025('national.resident-reward-continuous-years', 'After this many continuous years in the resident scheme, each further continuous year may raise the serious-illness insurance cap.', 'years', 4, ['F2.5'], REWARD_SOURCES);
export const rewardMinRaiseYuan = leaf2025('national.resident-reward-min-raise-yuan', 'Each raise of the cap, in principle at least this much (yuan per year).', 'yuan-per-year', 1000, ['F2.5'], REWARD_SOURCES);
export const rewardCeilingPct = leaf2025('national.resident-reward-ceiling-percent', 'Both rewards together raise the cap by at most this share of the local original cap.', 'percent', 20, ['F2.5', 'F2.6'], REWARD_SOURCES);
export const residentRewards = group<ResidentRewards>('national.resident-rewards', 'Continuous-enrollment and zero-claim rewards that raise the serious-illness insurance cap; provinces set the amounts.', {
  continuousYears: rewardContinuousYears,
  minRaiseYuan: rewardMinRaiseYuan,
  ceilingPct: rewardCeilingPct,
});

/**
 * Newborn enrollment window: local (F4.2). Default: usually 90 days, some places up to 6 months /
 * 180 days. The shortest reading, which is the one the result counts down to, rests on a [B]
 * source (Chongqing, F4.2); the longer readings are [B] Guangzhou or [C] and are only ever shown
 * as "some places allow longer", never as the deadline.
 */
export const nationalNewbornWindow: Parameter<NewbornWindow> = {
  id: 'national.newborn-window',
  description: 'Newborn enrollment window counted from the birth date; per city, so shown as a range.',
  unit: 'duration',
  lookup: 'dated',
  confidence: 'B',
  facts: ['F4.2'],
  sources: [S.newbornCq, S.newbornGzB, S.newbornCdC],
  values: [{ from: '2016-01-01', value: { shortest: { days: 90 }, longest: { days: 180 } } }],
};

/** Newborns exempt from the 2025 waiting periods (F4.1, F2.7). */
export const newbornWaitExempt: Parameter<boolean> = {
  id: 'national.newborn-wait-exempt',
  description: 'Newborns (新生儿) are exempt from the fixed and variable waiting periods.',
  unit: 'switch',
  lookup: 'dated',
  confidence: 'A',
  facts: ['F4.1', 'F2.7'],
  sources: [S.waitBriefing, S.waitSummary],
  values: [{ from: '2025-01-01', value: true }],
};

/** Age thresholds used to name resident groups (F7.5 Shanghai bands, F7.13 Hangzhou "18 and over"); local figures may differ. */
const bandAge = (id: string, description: string, value: number): Parameter<number> => ({
  id: `national.resident-age-${id}`,
  description,
  unit: 'years',
  lookup: 'dated',
  confidence: 'B',
  facts: ['F7.5', 'F7.13'],
  sources: [S.shanghai2026a, S.materialsHz],
  values: [{ from: '2016-01-01', value }],
});
export const adultFromAge = bandAge('adult-from', 'Age from which a resident is named a working-age adult rather than a child (local bands may differ).', 18);
export const olderFromAge = bandAge('older-from', 'Age from which a resident is named older (local bands may differ).', 60);
export const residentAgeBands = group<{ adultFrom: number; olderFrom: number }>('national.resident-age-bands', 'Ages that separate children, working-age and older residents.', {
  adultFrom: adultFromAge,
  olderFrom: olderFromAge,
});

/** National guideline payroll rates of 1998 (F5.1): employer about 6 %, employee 2 %; pooling areas set the real rates. */
const payroll = (id: string, description: string, value: number): Parameter<number> => ({
  id: `national.employee-payroll-${id}`,
  description,
  unit: 'percent',
  lookup: 'dated',
  confidence: 'A',
  facts: ['F5.1'],
  sources: [S.payroll1998],
  values: [{ from: '1998-12-14', value }],
});
export const employerPayrollPct = payroll('employer-percent', 'The 1998 national guideline for the employer\'s share of the wage bill; local rates differ.', 6);
export const employeePayrollPct = payroll('employee-percent', 'The 1998 national guideline for the employee\'s share of their wage; local rates differ.', 2);
export const payrollRates = group<{ employerPct: number; employeePct: number }>('national.employee-payroll-rates', 'Guideline 职工医保 contribution rates.', {
  employerPct: employerPayrollPct,
  employeePct: employeePayrollPct,
});

/** Who a personal account may pay for (F2.4, F5.5). */
export const familySharingScope: Parameter<'spouse-parents-children' | 'close-relatives'> = {
  id: 'national.family-sharing-scope',
  description: 'Relatives whose 居民医保 premium an employee personal account may pay (家庭共济).',
  unit: 'enum',
  lookup: 'dated',
  confidence: 'A',
  facts: ['F2.4', 'F5.5'],
  sources: [S.gbf38Cls, S.sharing2024, S.sichuanSharing],
  values: [
    { from: '2021-01-01', value: 'spouse-parents-children', facts: ['F5.5'], sources: [S.sharing2024] },
    { from: '2024-08-01', value: 'close-relatives' },
  ],
};

export type FeatureEntry = { id: FeatureId; value: FeatureValue; confidence: Confidence; facts: FactId[] };
export type SchemeFeatures = Record<'employee-flexible' | 'employee-via-employer' | 'employee-retiree' | 'resident', FeatureEntry[]>;

/**
 * What differs between the schemes for someone who chooses (F1.8): how the cost is set, how
 * often it is paid, whether there is a personal account (F2.4, F5.5: sharing is described only
 * from employee-scheme accounts), and whether the years count toward the employee scheme's
 * minimum years at retirement (F1.7). Reimbursement levels are left out: only C sources (F1.8).
 */
export const schemeFeatures: Parameter<SchemeFeatures> = {
  id: 'national.scheme-features',
  description: 'How cost is set, payment rhythm, personal account and retirement years, per scheme.',
  unit: 'features',
  lookup: 'dated',
  confidence: 'B',
  facts: ['F1.8', 'F1.7', 'F1.3', 'F2.4', 'F5.5', 'F5.1', 'F5.2'],
  sources: [S.workerRights2025, S.ssLawArt27, S.gbf38Cls, S.sharing2024, S.payroll1998, S.guangdongFlexible],
  values: [
    {
      from: '2024-08-01',
      value: {
        'employee-flexible': [
          { id: 'cost-basis', value: 'base-times-rate-in-full', confidence: 'B', facts: ['F1.3', 'F5.2', 'F1.8'] },
          { id: 'payment-rhythm', value: 'usually-monthly', confidence: 'B', facts: ['F1.8'] },
          { id: 'personal-account', value: 'yes', confidence: 'A', facts: ['F2.4', 'F5.5'] },
          { id: 'counts-toward-retirement-years', value: 'yes', confidence: 'A', facts: ['F1.7'] },
        ],
        'employee-via-employer': [
          { id: 'cost-basis', value: 'payroll-shared', confidence: 'A', facts: ['F5.1'] },
          { id: 'payment-rhythm', value: 'monthly-by-employer', confidence: 'B', facts: ['F1.1'] },
          { id: 'personal-account', value: 'yes', confidence: 'A', facts: ['F2.4', 'F5.5'] },
          { id: 'counts-toward-retirement-years', value: 'yes', confidence: 'A', facts: ['F1.7'] },
        ],
        'employee-retiree': [
          { id: 'cost-basis', value: 'none-once-years-met', confidence: 'A', facts: ['F1.7'] },
          { id: 'personal-account', value: 'yes', confidence: 'A', facts: ['F2.4', 'F5.5'] },
        ],
        resident: [
          { id: 'cost-basis', value: 'fixed-yearly-with-subsidy', confidence: 'A', facts: ['F1.3', 'F3.3'] },
          { id: 'payment-rhythm', value: 'yearly-in-window', confidence: 'A', facts: ['F3.8'] },
          { id: 'personal-account', value: 'no', confidence: 'B', facts: ['F1.8', 'F2.4', 'F5.5'] },
          { id: 'counts-toward-retirement-years', value: 'no', confidence: 'A', facts: ['F1.7', 'F1.8'] },
        ],
      },
    },
  ],
};
