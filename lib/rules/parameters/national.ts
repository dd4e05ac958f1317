/**
 * National parameters. The data is one JSON file per parameter in parameters/national/ (id,
 * description, unit, lookup, confidence, facts, sources, note, dated values: schema.ts); this module
 * lists the files, validates each against the parameter schema and the shape of its value when the
 * rules load, and exports them under the names the engine reads. The groups at the end are views
 * over the leaves (`group()` in types.ts), never data of their own.
 *
 * To add a value, edit the file (docs/rules-data.md); to add a parameter, add a file, one import and
 * one export here, and list it in parameters/index.ts.
 */
import * as z from 'zod/mini';
import { FEATURES, FEATURE_VALUES, type FeatureId, type FeatureValue } from '../ids';
import { CONFIDENCES, SUBSIDISED_GROUPS, SUBSIDY_KINDS, CHANNELS, type Channel, type Confidence, type SubsidisedGroup, type SubsidyKind } from '../vocab';
import { NewbornWindow, ResidentAccess } from '../regions/schema';
import { group, type FactId, type Parameter, type Unit } from './types';
import { Count, FactIdSchema, MonthDay as MonthDaySchema, loadParameter } from './schema';

import residentIndividualContribution from './national/resident-individual-contribution.json' with { type: 'json' };
import residentGovernmentSubsidy from './national/resident-government-subsidy.json' with { type: 'json' };
import groupSubsidyKindsFile from './national/group-subsidy-kinds.json' with { type: 'json' };
import observedWindowOpensEarliest from './national/observed-window-opens-earliest.json' with { type: 'json' };
import observedWindowClosesEarliest from './national/observed-window-closes-earliest.json' with { type: 'json' };
import observedWindowClosesLatest from './national/observed-window-closes-latest.json' with { type: 'json' };
import observedWindowCoverStarts from './national/observed-window-cover-starts.json' with { type: 'json' };
import duplicateKeepEmployeeYears from './national/duplicate-keep-employee-years.json' with { type: 'json' };
import residentFixedWaitMonths from './national/resident-fixed-wait-months.json' with { type: 'json' };
import residentVariableWaitMonthsPerLapsedYear from './national/resident-variable-wait-months-per-lapsed-year.json' with { type: 'json' };
import residentLongLapseYears from './national/resident-long-lapse-years.json' with { type: 'json' };
import residentLongLapseMinWaitMonths from './national/resident-long-lapse-min-wait-months.json' with { type: 'json' };
import employeeGapNoWaitMaxMonths from './national/employee-gap-no-wait-max-months.json' with { type: 'json' };
import employeeGapMaxWaitMonths from './national/employee-gap-max-wait-months.json' with { type: 'json' };
import employeeGapStricterLocalMaxWaitMonths from './national/employee-gap-stricter-local-max-wait-months.json' with { type: 'json' };
import employeeGapSwitchMinContinuousYears from './national/employee-gap-switch-min-continuous-years.json' with { type: 'json' };
import residentRewardContinuousYears from './national/resident-reward-continuous-years.json' with { type: 'json' };
import residentRewardMinRaiseYuan from './national/resident-reward-min-raise-yuan.json' with { type: 'json' };
import residentRewardCeilingPercent from './national/resident-reward-ceiling-percent.json' with { type: 'json' };
import newbornWindow from './national/newborn-window.json' with { type: 'json' };
import newbornWaitExemptFile from './national/newborn-wait-exempt.json' with { type: 'json' };
import residentAgeAdultFrom from './national/resident-age-adult-from.json' with { type: 'json' };
import residentAgeOlderFrom from './national/resident-age-older-from.json' with { type: 'json' };
import idCardFromAgeFile from './national/id-card-from-age.json' with { type: 'json' };
import employeePayrollEmployerPercent from './national/employee-payroll-employer-percent.json' with { type: 'json' };
import employeePayrollEmployeePercent from './national/employee-payroll-employee-percent.json' with { type: 'json' };
import familySharingScopeFile from './national/family-sharing-scope.json' with { type: 'json' };
import schemeFeaturesFile from './national/scheme-features.json' with { type: 'json' };
import nonLocalAccess from './national/non-local-access.json' with { type: 'json' };
import residentChannels from './national/resident-channels.json' with { type: 'json' };

export type { NewbornWindow } from '../regions/schema';

/** Every file in parameters/national/, by its name (tests/rules/parameters-data.test.ts checks none is left out). */
export const NATIONAL_FILES: Readonly<Record<string, unknown>> = {
  'resident-individual-contribution': residentIndividualContribution,
  'resident-government-subsidy': residentGovernmentSubsidy,
  'group-subsidy-kinds': groupSubsidyKindsFile,
  'observed-window-opens-earliest': observedWindowOpensEarliest,
  'observed-window-closes-earliest': observedWindowClosesEarliest,
  'observed-window-closes-latest': observedWindowClosesLatest,
  'observed-window-cover-starts': observedWindowCoverStarts,
  'duplicate-keep-employee-years': duplicateKeepEmployeeYears,
  'resident-fixed-wait-months': residentFixedWaitMonths,
  'resident-variable-wait-months-per-lapsed-year': residentVariableWaitMonthsPerLapsedYear,
  'resident-long-lapse-years': residentLongLapseYears,
  'resident-long-lapse-min-wait-months': residentLongLapseMinWaitMonths,
  'employee-gap-no-wait-max-months': employeeGapNoWaitMaxMonths,
  'employee-gap-max-wait-months': employeeGapMaxWaitMonths,
  'employee-gap-stricter-local-max-wait-months': employeeGapStricterLocalMaxWaitMonths,
  'employee-gap-switch-min-continuous-years': employeeGapSwitchMinContinuousYears,
  'resident-reward-continuous-years': residentRewardContinuousYears,
  'resident-reward-min-raise-yuan': residentRewardMinRaiseYuan,
  'resident-reward-ceiling-percent': residentRewardCeilingPercent,
  'newborn-window': newbornWindow,
  'newborn-wait-exempt': newbornWaitExemptFile,
  'resident-age-adult-from': residentAgeAdultFrom,
  'resident-age-older-from': residentAgeOlderFrom,
  'id-card-from-age': idCardFromAgeFile,
  'employee-payroll-employer-percent': employeePayrollEmployerPercent,
  'employee-payroll-employee-percent': employeePayrollEmployeePercent,
  'family-sharing-scope': familySharingScopeFile,
  'scheme-features': schemeFeaturesFile,
  'non-local-access': nonLocalAccess,
  'resident-channels': residentChannels,
};

const file = (name: string): unknown => NATIONAL_FILES[name];
const FIGURE_UNITS: readonly Unit[] = ['yuan-per-year', 'months', 'days', 'years', 'percent'];
/** A leaf figure: a whole number in one of the figure units. */
const figure = (name: string): Parameter<number> => loadParameter(name, file(name), Count, FIGURE_UNITS);

export type MonthDay = { month: number; day: number };
export type ObservedWindows = { opensEarliest: MonthDay; closesEarliest: MonthDay; closesLatest: MonthDay; coverStarts: MonthDay };
const monthDay = (name: string): Parameter<MonthDay> => loadParameter(name, file(name), MonthDaySchema, ['month-day']);

/** 居民医保 individual contribution, national standard, by benefit year (参保年度). F3.1–F3.7. */
export const nationalResidentIndividual = figure('resident-individual-contribution');
/** 居民医保 minimum government subsidy per person, by benefit year. F3.1–F3.7. */
export const nationalResidentSubsidy = figure('resident-government-subsidy');

/** How each subsidised group's individual contribution is usually paid where the place's own rule is not in our sources (F4.4). */
export const groupSubsidyKinds: Parameter<Record<SubsidisedGroup, SubsidyKind>> = loadParameter(
  'group-subsidy-kinds',
  file('group-subsidy-kinds'),
  z.strictObject(Object.fromEntries(SUBSIDISED_GROUPS.map((g) => [g, z.enum(SUBSIDY_KINDS)])) as Record<SubsidisedGroup, z.ZodMiniEnum<{ [K in SubsidyKind]: K }>>),
  ['enum'],
);

/** The bounds of the local collection periods seen in our sources (F3.8: no national calendar). */
export const observedOpensEarliest = monthDay('observed-window-opens-earliest');
export const observedClosesEarliest = monthDay('observed-window-closes-earliest');
export const observedClosesLatest = monthDay('observed-window-closes-latest');
export const observedCoverStarts = monthDay('observed-window-cover-starts');

/** Which record to keep after duplicate enrollment (F1.4): employee + resident → the employee one after this many continuous years. */
export const duplicateKeepYears = figure('duplicate-keep-employee-years');

/** Fixed waiting period (固定待遇等待期) for late or non-continuous 居民医保 enrollment. F2.7, F3.9. */
export const residentFixedWait = figure('resident-fixed-wait-months');

/** Variable waiting period (变动待遇等待期), F2.7: months per lapsed year, and the floor after a long lapse. */
export const variableWaitPerYear = figure('resident-variable-wait-months-per-lapsed-year');
export const longLapseYears = figure('resident-long-lapse-years');
export const longLapseMinMonths = figure('resident-long-lapse-min-wait-months');

/** 职工医保 gaps (F5.3). */
export const gapNoWaitMaxMonths = figure('employee-gap-no-wait-max-months');
export const gapMaxWaitMonths = figure('employee-gap-max-wait-months');
export const gapStricterLocalMaxWaitMonths = figure('employee-gap-stricter-local-max-wait-months');
export const gapSwitchMinYears = figure('employee-gap-switch-min-continuous-years');

/** Rewards for continuous enrollment and for zero claims, from 2025 (F2.5, F2.6). */
export const rewardContinuousYears = figure('resident-reward-continuous-years');
export const rewardMinRaiseYuan = figure('resident-reward-min-raise-yuan');
export const rewardCeilingPct = figure('resident-reward-ceiling-percent');

/** Newborn enrollment window, counted from the birth date (F4.2): per city, so a range. */
export const nationalNewbornWindow: Parameter<NewbornWindow> = loadParameter('newborn-window', file('newborn-window'), NewbornWindow, ['duration']);

/** Newborns exempt from the 2025 waiting periods (F4.1, F2.7). */
export const newbornWaitExempt: Parameter<boolean> = loadParameter('newborn-wait-exempt', file('newborn-wait-exempt'), z.boolean(), ['switch']);

/** Age thresholds used to name resident groups (F7.5, F7.13); local figures may differ. */
export const adultFromAge = figure('resident-age-adult-from');
export const olderFromAge = figure('resident-age-older-from');

/** From this age a mainland resident's identity paper is their own ID card; below it the 户口簿 and a guardian's ID (F6.1, F6.3). */
export const idCardFromAge = figure('id-card-from-age');

/** National guideline payroll rates of 1998 (F5.1). */
export const employerPayrollPct = figure('employee-payroll-employer-percent');
export const employeePayrollPct = figure('employee-payroll-employee-percent');

/** Who a personal account may pay for (F2.4, F5.5). */
export const familySharingScope: Parameter<'spouse-parents-children' | 'close-relatives'> = loadParameter(
  'family-sharing-scope',
  file('family-sharing-scope'),
  z.enum(['spouse-parents-children', 'close-relatives']),
  ['enum'],
);

export type FeatureEntry = { id: FeatureId; value: FeatureValue; confidence: Confidence; facts: FactId[] };
export type SchemeFeatures = Record<'employee-flexible' | 'employee-via-employer' | 'employee-retiree' | 'resident', FeatureEntry[]>;
const FeatureEntrySchema = z.strictObject({
  id: z.enum(FEATURES),
  value: z.enum(FEATURE_VALUES),
  confidence: z.enum(CONFIDENCES),
  facts: z.array(FactIdSchema).check(z.minLength(1)),
});
const FeatureList = z.array(FeatureEntrySchema) as unknown as z.ZodMiniType<FeatureEntry[]>;

/** What differs between the schemes for someone who chooses (F1.8, F1.7, F2.4, F5.5). */
export const schemeFeatures: Parameter<SchemeFeatures> = loadParameter(
  'scheme-features',
  file('scheme-features'),
  z.strictObject({ 'employee-flexible': FeatureList, 'employee-via-employer': FeatureList, 'employee-retiree': FeatureList, resident: FeatureList }),
  ['features'],
);

/** Who may join the resident scheme without local hukou where no region file says (38号, F2.2, F4.6, F4.7). */
export const nationalAccess: Parameter<ResidentAccess> = loadParameter('non-local-access', file('non-local-access'), ResidentAccess, ['access']);

/** Ways to pay the resident premium where no region file says (F6.2). */
export const nationalChannels: Parameter<Channel[]> = loadParameter('resident-channels', file('resident-channels'), z.array(z.enum(CHANNELS)).check(z.minLength(1)), ['channels']);

// Views over the leaves: the engine reads a rule at once; the data stays one figure per file.

/** The four bounds read together, for the engine. */
export const observedWindows: Parameter<ObservedWindows> = group('national.observed-windows', 'Span of local collection periods (集中参保期) seen in our sources; no national calendar exists.', {
  opensEarliest: observedOpensEarliest,
  closesEarliest: observedClosesEarliest,
  closesLatest: observedClosesLatest,
  coverStarts: observedCoverStarts,
});

export const duplicateKeepRule = group<{ keepEmployeeMinContinuousYears: number }>('national.duplicate-keep-rule', 'Which record to keep after duplicate enrollment.', {
  keepEmployeeMinContinuousYears: duplicateKeepYears,
});

export type VariableWait = { monthsPerLapsedYear: number; longLapseYears: number; longLapseMinMonths: number };
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
export const residentRewards = group<ResidentRewards>('national.resident-rewards', 'Continuous-enrollment and zero-claim rewards that raise the serious-illness insurance cap; provinces set the amounts.', {
  continuousYears: rewardContinuousYears,
  minRaiseYuan: rewardMinRaiseYuan,
  ceilingPct: rewardCeilingPct,
});

export const residentAgeBands = group<{ adultFrom: number; olderFrom: number }>('national.resident-age-bands', 'Ages that separate children, working-age and older residents.', {
  adultFrom: adultFromAge,
  olderFrom: olderFromAge,
});

export const payrollRates = group<{ employerPct: number; employeePct: number }>('national.employee-payroll-rates', 'Guideline 职工医保 contribution rates.', {
  employerPct: employerPayrollPct,
  employeePct: employeePayrollPct,
});
