/**
 * The national figures that the wording of rules ids mentions (waiting months, the employee-gap
 * limits, payroll shares, age bands, the 2025 rewards) and the answers' age bounds the issue
 * messages state, as ICU arguments. Messages say `{fixedMonths}` instead of
 * retyping "3", so changing a parameter changes every sentence that states it.
 */
import { AGE_RULES } from './answers';
import { maxDate, yearOf } from './dates';
import { duplicateKeepRule, employeeGap, nationalNewbornWindow, observedWindows, payrollRates, residentAgeBands, residentFixedWait, residentRewards, residentVariableWait } from './parameters/national';
import { firstKnown, isUnknown, latest, valueAt, type Parameter } from './parameters/types';

/**
 * The day the national waiting periods began (F2.9): the first value of the fixed wait with a
 * figure (national.resident-fixed-wait-months). The waits and the rewards (F2.5), which began with
 * them, are read from that day for an earlier `asOf`, and the wording says "from {waitRulesFromYear}".
 */
export const WAIT_RULES_FROM: string = (() => {
  const r = firstKnown(residentFixedWait);
  if (!r) throw new Error('national.resident-fixed-wait-months has no value with a figure');
  return r.from;
})();

function known<T>(p: Parameter<T>, date: string): T | null {
  const r = valueAt(p, date);
  return r && !isUnknown(r.value) ? (r.value as T) : null;
}

function knownLatest<T>(p: Parameter<T>): T | null {
  const r = latest(p);
  return r && !isUnknown(r.value) ? (r.value as T) : null;
}

export const FIGURE_ARGUMENTS = [
  'fixedMonths', 'monthsPerYear', 'longLapseYears', 'floorMonths', 'gapMonths', 'maxWaitMonths', 'stricterWaitMonths',
  'employerPct', 'employeePct', 'adultFrom', 'olderFrom', 'switchMinYears', 'rewardYears', 'rewardMinYuan', 'rewardCeilingPct',
  'seasonOpensMonth', 'seasonClosesEarliestMonth', 'seasonClosesEarliestDay', 'seasonClosesLatestMonth', 'keepEmployeeYears',
  'waitRulesFromYear', 'newbornShortestDays', 'newbornLongestDays', 'coverStartsMonth', 'coverStartsDay',
  'employeeFromAge', 'adultAge',
] as const;
export type FigureArgument = (typeof FIGURE_ARGUMENTS)[number];

export function ruleFigures(asOf: string): Record<FigureArgument, number> {
  const waitDate = maxDate(asOf, WAIT_RULES_FROM);
  const variable = known(residentVariableWait, waitDate);
  const gap = known(employeeGap, asOf) ?? knownLatest(employeeGap);
  const payroll = known(payrollRates, asOf);
  const bands = known(residentAgeBands, asOf);
  const rewards = known(residentRewards, waitDate); // the rewards began with the waits
  const seen = known(observedWindows, asOf) ?? knownLatest(observedWindows);
  const keep = known(duplicateKeepRule, asOf) ?? knownLatest(duplicateKeepRule);
  const newborn = known(nationalNewbornWindow, asOf) ?? knownLatest(nationalNewbornWindow);
  // Every parameter here has a sourced value from before 2025; NaN would show a missing one.
  return {
    fixedMonths: known(residentFixedWait, waitDate) ?? Number.NaN,
    monthsPerYear: variable?.monthsPerLapsedYear ?? Number.NaN,
    longLapseYears: variable?.longLapseYears ?? Number.NaN,
    floorMonths: variable?.longLapseMinMonths ?? Number.NaN,
    gapMonths: gap?.noWaitMaxGapMonths ?? Number.NaN,
    maxWaitMonths: gap?.maxWaitMonths ?? Number.NaN,
    stricterWaitMonths: gap?.stricterLocalMaxWaitMonths ?? Number.NaN,
    employerPct: payroll?.employerPct ?? Number.NaN,
    employeePct: payroll?.employeePct ?? Number.NaN,
    adultFrom: bands?.adultFrom ?? Number.NaN,
    olderFrom: bands?.olderFrom ?? Number.NaN,
    switchMinYears: gap?.switchMinContinuousYears ?? Number.NaN,
    rewardYears: rewards?.continuousYears ?? Number.NaN,
    rewardMinYuan: rewards?.minRaiseYuan ?? Number.NaN,
    rewardCeilingPct: rewards?.ceilingPct ?? Number.NaN,
    seasonOpensMonth: seen?.opensEarliest.month ?? Number.NaN,
    seasonClosesEarliestMonth: seen?.closesEarliest.month ?? Number.NaN,
    seasonClosesEarliestDay: seen?.closesEarliest.day ?? Number.NaN,
    seasonClosesLatestMonth: seen?.closesLatest.month ?? Number.NaN,
    keepEmployeeYears: keep?.keepEmployeeMinContinuousYears ?? Number.NaN,
    waitRulesFromYear: yearOf(WAIT_RULES_FROM),
    newbornShortestDays: newborn?.shortest.days ?? Number.NaN,
    newbornLongestDays: newborn?.longest.days ?? Number.NaN,
    // The continuity rule (continuity.ts): continuously enrolled, paid in the window → cover from this day.
    coverStartsMonth: seen?.coverStarts.month ?? Number.NaN,
    coverStartsDay: seen?.coverStarts.day ?? Number.NaN,
    // The answers' own bounds (answer-bounds.data.json), which the issue messages state.
    employeeFromAge: AGE_RULES.employeeFrom,
    adultAge: AGE_RULES.adultFrom,
  };
}
