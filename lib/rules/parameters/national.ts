/** National parameters. Every value cites fact IDs from the fact records (lib/rules/facts.ts). */
import type { FeatureId, FeatureValue } from '../ids';
import type { Confidence } from '../vocab';
import type { FactId, Parameter } from './types';
import { SOURCES as S } from './sources';

/** 居民医保 individual contribution, national standard, by benefit year (参保年度). F3.1–F3.7. */
export const nationalResidentIndividual: Parameter<number> = {
  id: 'national.resident-individual-contribution',
  description: 'National standard individual contribution for 城乡居民医保; the "YYYY年" standard is collected in autumn YYYY for benefit year YYYY+1 (F3.4).',
  unit: 'CNY/person/year',
  lookup: 'yearly',
  confidence: 'A',
  facts: ['F3.3', 'F3.4'],
  sources: [S.std2024, S.mapping2025],
  values: [
    { from: '2022-01-01', value: 320, facts: ['F3.1'], sources: [S.std2021] },
    { from: '2023-01-01', value: { unknown: true, note: 'The 2022 national standard is not in our sources.' } },
    { from: '2024-01-01', value: 380, facts: ['F3.2'], sources: [S.std2023] },
    { from: '2025-01-01', value: 400, facts: ['F3.3', 'F3.4'], sources: [S.std2024, S.mapping2025] },
    { from: '2026-01-01', value: 400, facts: ['F3.6', 'F3.5'], sources: [S.dazhou2026, S.subsidy2025] },
    { from: '2027-01-01', value: { unknown: true, note: 'The 2026 national standard (for 2027年度) was not published in our sources (F3.7).' }, facts: ['F3.7'] },
  ],
};

/** 居民医保 minimum government subsidy per person, by benefit year. F3.1–F3.7. */
export const nationalResidentSubsidy: Parameter<number> = {
  id: 'national.resident-government-subsidy',
  description: 'National minimum government subsidy (财政补助) per insured resident.',
  unit: 'CNY/person/year',
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

export type MonthDay = { month: number; day: number };
export type ObservedWindows = { opensEarliest: MonthDay; closesEarliest: MonthDay; closesLatest: MonthDay; coverStarts: MonthDay };

/**
 * No national calendar exists (F3.8): each place sets its own collection period. This is the span
 * of local periods seen in our sources, not a window anyone runs: the earliest opening (1 Sep:
 * Fujian F2.10, Guangzhou F7.9), the earliest closing (20 Dec: Guangzhou F7.9), the latest
 * closing (28 Feb: Beijing F7.1, Dazhou F3.6, Fujian's extension F2.10). Paying in a period gives
 * cover from 1 January of the benefit year (F3.8 [A]). Used to place "the season" and to give a
 * safe day to act by where a place's dates are not in our sources; never shown as a deadline.
 */
export const observedWindows: Parameter<ObservedWindows> = {
  id: 'national.observed-windows',
  description: 'Span of local collection periods (集中参保期) seen in our sources; no national calendar exists.',
  unit: 'month-day',
  lookup: 'dated',
  confidence: 'B',
  facts: ['F3.8', 'F2.10', 'F7.9', 'F7.1', 'F3.6'],
  sources: [S.std2024, S.fujian2025, S.newbornGzB, S.beijing2026, S.dazhou2026],
  values: [
    {
      from: '2022-09-01',
      value: { opensEarliest: { month: 9, day: 1 }, closesEarliest: { month: 12, day: 20 }, closesLatest: { month: 2, day: 28 }, coverStarts: { month: 1, day: 1 } },
    },
  ],
};

/** Which record to keep after duplicate enrollment (F1.4): employee + resident → the employee one after ≥1 continuous year. */
export const duplicateKeepRule: Parameter<{ keepEmployeeMinContinuousYears: number }> = {
  id: 'national.duplicate-keep-rule',
  description: 'Duplicate enrollment across schemes: keep the employee scheme after this many continuous years in it; other cases and refunds are local.',
  unit: 'years',
  lookup: 'dated',
  confidence: 'A',
  facts: ['F1.4'],
  sources: [S.duplicate2020],
  values: [{ from: '2020-09-15', value: { keepEmployeeMinContinuousYears: 1 } }],
};

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

/**
 * Variable waiting period (变动待遇等待期): +1 month per extra lapsed year, repairable by paying
 * missed years; ≥6 months in total after ≥4 lapsed years. Two readings of "每多断保1年" (F2.7):
 * 1-year lapse = 3+1, or 2-year lapse = 3+1 — we carry the range.
 */
export const residentVariableWait: Parameter<VariableWait> = {
  id: 'national.resident-variable-wait',
  description: 'Variable waiting period per lapsed year, and the floor after a long lapse.',
  unit: 'months',
  lookup: 'dated',
  confidence: 'A',
  facts: ['F2.7', 'F2.9'],
  sources: [S.waitBriefing, S.waitSummary, S.waitLocalQa, S.waitReading1, S.waitReading2],
  values: [{ from: '2025-01-01', value: { monthsPerLapsedYear: 1, longLapseYears: 4, longLapseMinMonths: 6 } }],
};

export type EmployeeGapRule = {
  noWaitMaxGapMonths: number;
  maxWaitMonths: number;
  stricterLocalMaxWaitMonths: number;
  /** Switching between the two schemes after this many continuous years counts as a short gap too. */
  switchMinContinuousYears: number;
};

/** 职工医保 gaps (F5.3): ≤3 months back-payable without a wait; longer: local wait ≤6 (Jiangsu ≤3). */
export const employeeGap: Parameter<EmployeeGapRule> = {
  id: 'national.employee-gap',
  description: 'Employee-scheme gap that can be back-paid without a wait, and the maximum local wait for longer gaps.',
  unit: 'months',
  lookup: 'dated',
  confidence: 'A',
  facts: ['F5.3'],
  sources: [S.transferGap2021, S.jiangsu2022],
  values: [{ from: '2021-11-29', value: { noWaitMaxGapMonths: 3, maxWaitMonths: 6, stricterLocalMaxWaitMonths: 3, switchMinContinuousYears: 2 } }],
};

export type ResidentRewards = {
  /** Continuous years in 居民医保 after which each further continuous year may raise the 大病保险 cap. */
  continuousYears: number;
  /** Each raise, in principle at least (元). */
  minRaiseYuan: number;
  /** Both rewards together, at most this share of the local original 大病保险 cap (%). */
  ceilingPct: number;
};

/** Rewards for continuous enrollment and for zero claims, from 2025 (F2.5, F2.6); amounts are provincial. */
export const residentRewards: Parameter<ResidentRewards> = {
  id: 'national.resident-rewards',
  description: 'Continuous-enrollment and zero-claim rewards that raise the serious-illness insurance cap; provinces set the amounts.',
  unit: 'years / yuan / percent',
  lookup: 'dated',
  confidence: 'A',
  facts: ['F2.5', 'F2.6'],
  sources: [S.rewards2025, S.waitSummary],
  values: [{ from: '2025-01-01', value: { continuousYears: 4, minRaiseYuan: 1000, ceilingPct: 20 } }],
};

/**
 * `shortestConfidence`: the confidence of the shortest reading when it differs from the value's
 * (a city known only from a [C] page still gets the [B] 90-day reading as its safe headline).
 */
export type NewbornWindow = { shortest: { days?: number; months?: number }; longest: { days?: number; months?: number }; shortestConfidence?: Confidence };

/**
 * Newborn enrollment window: local (F4.2). Default: usually 90 days, some places up to 6 months /
 * 180 days. The shortest reading, which is the one the result counts down to, rests on a [B]
 * source (Chongqing, F4.2); the longer readings are [B] Guangzhou or [C] and are only ever shown
 * as "some places allow longer", never as the deadline.
 */
export const nationalNewbornWindow: Parameter<NewbornWindow> = {
  id: 'national.newborn-window',
  description: 'Newborn enrollment window counted from the birth date; per city, so shown as a range.',
  unit: 'days-or-months',
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

/** Age thresholds used to name resident groups (F7.5 Shanghai bands, F7.13 Hangzhou "18 and over"). */
export const residentAgeBands: Parameter<{ adultFrom: number; olderFrom: number }> = {
  id: 'national.resident-age-bands',
  description: 'Ages that separate children, working-age and older residents when naming the group; local figures may differ.',
  unit: 'years',
  lookup: 'dated',
  confidence: 'B',
  facts: ['F7.5', 'F7.13'],
  sources: [S.shanghai2026a, S.materialsHz],
  values: [{ from: '2016-01-01', value: { adultFrom: 18, olderFrom: 60 } }],
};

/** National guideline payroll rates (F5.1): employer ~6 %, employee 2 %; local rates vary. */
export const payrollRates: Parameter<{ employerPct: number; employeePct: number }> = {
  id: 'national.employee-payroll-rates',
  description: 'Guideline 职工医保 contribution rates; pooling areas set the real rates.',
  unit: 'percent-of-wages',
  lookup: 'dated',
  confidence: 'A',
  facts: ['F5.1'],
  sources: [S.payroll1998],
  values: [{ from: '1998-12-14', value: { employerPct: 6, employeePct: 2 } }],
};

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
