/**
 * Waiting period (待遇等待期) for enrolling on `asOf`, and when cover starts; the two never disagree.
 * Resident scheme from 2025 (F2.7, F3.9): fixed 3 months when enrolling outside the window or after
 * a lapse; +1 month per lapsed year, read two ways (F2.7) so carried as a range; repairable by
 * back-paying; ≥6 months after ≥4 lapsed years. Newborns are exempt only within the local limit
 * (F4.1, F2.7, F4.2); other special groups may be exempt (F2.7 "等特殊群体", provincial) so their
 * minimum is 0. Someone not enrolled last year is not continuously enrolled (continuity.ts): the
 * fixed wait applies inside the window too, so only switching schemes after a short gap depends on
 * whether today is inside the window.
 * Employee scheme (F5.3): the ≤3-month rule comes from the rules for moving between areas
 * (转移接续); after a gap in the same place, back-payment is local.
 */
import type { Answers } from '../answers';
import type { WaitCaseId, WaitReasonId } from '../ids';
import type { Choice, CoverStart, EnrollmentWindow, WaitCase, WaitingPeriod } from '../outcome';
import { employeeGap, newbornWaitExempt, residentFixedWait, residentVariableWait, type VariableWait } from '../parameters/national';
import { isUnknown, latest, valueAt } from '../parameters/types';
import { MONTHS_PER_YEAR } from '../dates';
import { SUBSIDISED_GROUPS } from '../vocab';
import type { Ctx } from './context';
import { newbornPastLimit } from './window';

/**
 * The resident waiting-period arithmetic after `years` lapsed years (F2.7), stated once and used by
 * the engine and the guide tables. "每多断保1年" is read two ways: the first lapsed year already
 * adds a month (high reading) or is covered by the fixed period (low reading). Back-paying the
 * missed years repairs the variable part, down to the fixed period — but after a long lapse the
 * total stays at the floor.
 */
export function residentLapseWait(years: number, fixed: number, v: VariableWait): { lowReading: number; highReading: number; afterRepair: number } {
  const highReading = fixed + years * v.monthsPerLapsedYear;
  const lowReading = fixed + Math.max(0, years - 1) * v.monthsPerLapsedYear;
  const afterRepair = Math.min(years >= v.longLapseYears ? Math.max(fixed, v.longLapseMinMonths) : fixed, highReading);
  return { lowReading, highReading, afterRepair };
}

const none = (reasons: WaitReasonId[] = []): WaitingPeriod => ({ kind: 'none', minMonths: 0, maxMonths: 0, reasons, cases: [] });
const local = (reasons: WaitReasonId[], maxMonths = 0): WaitingPeriod => ({ kind: 'local', minMonths: 0, maxMonths, reasons, cases: [] });
const c = (id: WaitCaseId, minMonths: number, maxMonths = minMonths): WaitCase => ({ id, minMonths, maxMonths });

/** A waiting period of months made of its cases: the range is theirs, so the two never disagree. */
function months(reasons: WaitReasonId[], cases: WaitCase[]): WaitingPeriod {
  return { kind: 'months', minMonths: Math.min(...cases.map((x) => x.minMonths)), maxMonths: Math.max(...cases.map((x) => x.maxMonths)), reasons, cases };
}

function employeeWait(a: Answers, ctx: Ctx): WaitingPeriod {
  if (a.coverage === 'employee-active' || a.coverage === 'both-active') return none(['already-enrolled']);
  if (a.coverage.startsWith('resident')) {
    ctx.warn('switch-to-employee-wait-local');
    return local(['switch-to-employee-local']);
  }
  if (a.coverage !== 'employee-lapsed' || a.gapMonths === undefined) {
    // New employee-scheme cover starts on a local schedule (F5.6 is only [C]): say so, never "no wait".
    ctx.warn('employee-cover-starts-local');
    return local(['employee-cover-starts-local']);
  }
  const r = valueAt(employeeGap, ctx.asOf);
  if (!r || isUnknown(r.value)) return local(['employee-gap-same-place-local']);
  ctx.because('employee-gap-rule', r);
  if (a.gapMonths <= r.value.noWaitMaxGapMonths) return local(['employee-gap-within-3-months', 'employee-gap-same-place-local']);
  ctx.warn('employee-gap-wait-local');
  return local(['employee-gap-over-3-months', 'employee-gap-same-place-local'], r.value.maxWaitMonths);
}

/** Years counted as lapsed for the resident scheme, or null when the person is continuously covered. */
function lapsedYears(a: Answers): number | null {
  if (a.coverage === 'resident-lapsed') return a.lapseYears ?? 1;
  if (a.coverage === 'employee-lapsed') return Math.floor((a.gapMonths ?? 0) / MONTHS_PER_YEAR);
  return null;
}

/** Inside the collection period today: yes, no, or not known (this season's dates are not in our sources). */
export function inWindow(window: EnrollmentWindow): 'yes' | 'no' | 'unknown' {
  if (window.kind === 'regional' || window.kind === 'newborn') return window.openNow ? 'yes' : 'no';
  if (window.kind === 'unsourced') return window.season === 'likely-open' ? 'unknown' : 'no';
  return 'no';
}

function residentWait(a: Answers, window: EnrollmentWindow, ctx: Ctx): WaitingPeriod {
  if (a.coverage === 'resident-active' || a.coverage === 'resident-paid-next' || a.coverage === 'both-active') return none(['already-enrolled']);
  const fixedR = valueAt(residentFixedWait, ctx.asOf);
  if (!fixedR || isUnknown(fixedR.value)) {
    ctx.warn('rules-before-2025-local');
    return local(['rules-before-2025-local']);
  }
  const fixed = fixedR.value;
  const open = inWindow(window);
  if (window.kind === 'newborn') {
    const exempt = valueAt(newbornWaitExempt, ctx.asOf);
    ctx.because('newborn-exempt', exempt);
    if (!window.openNow) return months(['newborn-exempt', 'newborn-window-uncertain'], [c('newborn-longer-limit', 0), c('newborn-after-limit', fixed)]);
    return { kind: 'exempt', minMonths: 0, maxMonths: 0, reasons: ['newborn-exempt'], cases: [] };
  }
  if (newbornPastLimit(ctx)) {
    // The exemption holds only within the local limit (F2.7, F4.1): past it, the baby enrolls like
    // anyone else who was not enrolled last year: the fixed wait, inside the window too (continuity.ts).
    ctx.because('late-enrollment');
    ctx.because('waiting-fixed', fixedR);
    if (open !== 'no') ctx.warn('not-continuous-wait-in-window');
    return months(['newborn-past-limit', open === 'no' ? 'late-enrollment' : 'not-continuous'], [c(open === 'no' ? 'paid-after-window' : 'fixed-wait', fixed)]);
  }
  const r = valueAt(employeeGap, ctx.asOf) ?? latest(employeeGap);
  const shortGap = r && !isUnknown(r.value) ? r.value.noWaitMaxGapMonths : 0;
  if (a.coverage === 'employee-active' || (a.coverage === 'employee-lapsed' && (a.gapMonths ?? 0) <= shortGap)) {
    // Switching schemes after the continuous years with a short gap (employeeGap): no wait (F5.3); otherwise the fixed wait may apply.
    ctx.because('employee-gap-rule', r);
    ctx.because('waiting-fixed', fixedR);
    return months(['switch-within-3-months', open === 'yes' ? 'in-window' : open === 'no' ? 'late-enrollment' : 'depends-on-window'], [c('switch-qualifies', 0), c('switch-does-not-qualify', fixed)]);
  }
  const lapsed = lapsedYears(a);
  if (lapsed === null || lapsed === 0) {
    // Not enrolled last year, so not continuously enrolled (continuity.ts, F2.7 [A]): the fixed wait
    // applies inside the collection period too, and after it as a late enrollment.
    ctx.because('waiting-fixed', fixedR);
    if (open === 'no') {
      ctx.because('late-enrollment');
      return withSpecialGroups(a, ctx, months(['late-enrollment', 'first-enrollment-local'], [c('paid-after-window', fixed)]));
    }
    ctx.warn('not-continuous-wait-in-window');
    return withSpecialGroups(a, ctx, months(['not-continuous', 'first-enrollment-local'], [c('fixed-wait', fixed)]));
  }
  const varR = valueAt(residentVariableWait, ctx.asOf);
  ctx.because('waiting-fixed', fixedR);
  const reasons: WaitReasonId[] = [open === 'no' ? 'late-enrollment' : 'not-continuous', 'years-lapsed', 'reading-differs', 'repair-by-back-paying'];
  if (open === 'no') ctx.because('late-enrollment');
  else ctx.warn('not-continuous-wait-in-window');
  if (!varR || isUnknown(varR.value)) return withSpecialGroups(a, ctx, months(reasons, [c('fixed-wait', fixed)]));
  ctx.because('waiting-variable', varR);
  ctx.warn('waiting-period-reading-differs');
  ctx.warn('lapse-lowers-serious-illness-cap');
  const v = varR.value;
  const w = residentLapseWait(lapsed, fixed, v);
  if (lapsed >= v.longLapseYears) reasons.push('long-lapse-floor');
  // From the shortest (all missed years paid back) to the longest reading (nothing paid back).
  const notPaid = w.lowReading < w.highReading ? c('not-back-paid-readings', w.lowReading, w.highReading) : c('not-back-paid', w.highReading);
  return withSpecialGroups(a, ctx, months(reasons, w.afterRepair < w.lowReading || w.lowReading < w.highReading ? [c('back-paid', w.afterRepair), notPaid] : [notPaid]));
}

function withSpecialGroups(a: Answers, ctx: Ctx, w: WaitingPeriod): WaitingPeriod {
  if (a.groups.includes('veteran')) ctx.warn('veteran-wait-exemption-local');
  if (!a.groups.some((g) => (SUBSIDISED_GROUPS as readonly string[]).includes(g))) return w;
  ctx.warn('special-group-wait-exemption-local');
  return months([...w.reasons, 'special-group-may-be-exempt'], [c('group-exempt', 0), ...w.cases]);
}

export function waitingPeriod(choice: Choice, window: EnrollmentWindow, ctx: Ctx): WaitingPeriod {
  const a = ctx.a;
  if (choice.scheme === 'none') return { kind: 'not-applicable', minMonths: 0, maxMonths: 0, reasons: [], cases: [] };
  if (choice.group === 'employee-retiree') return none(['already-enrolled']);
  if (choice.scheme === 'employee') return employeeWait(a, ctx);
  return residentWait(a, window, ctx);
}

/** When cover starts if the person acts now, read from the same waiting period (never a second answer). */
export function coverStart(choice: Choice, window: EnrollmentWindow, wait: WaitingPeriod): CoverStart {
  if (choice.scheme === 'none') return { kind: 'not-applicable' };
  if (wait.reasons.includes('already-enrolled')) return { kind: 'already-covered' };
  if (choice.scheme === 'employee') return { kind: 'local' };
  if (wait.kind === 'local') return { kind: 'local' };
  const date = 'coverStarts' in window ? window.coverStarts : null;
  if (wait.kind === 'months') {
    // Covered from the window's date only where paying in the window is what removes the wait (a
    // switch between schemes); a 0 from a group exemption is no promise of 1 January (continuity.ts).
    const fromWindow = wait.reasons.includes('depends-on-window') || wait.reasons.includes('in-window');
    const ifInWindow = fromWindow && wait.minMonths === 0 && date !== null && inWindow(window) !== 'no' && window.kind !== 'newborn' ? date : null;
    // Paid after the window: the 0 in the range was only "paid in time", unless a group exemption also allows 0.
    const lateOnlyFromWindow = wait.reasons.includes('depends-on-window') && !wait.reasons.includes('special-group-may-be-exempt');
    return { kind: 'after-wait', minMonths: wait.minMonths, maxMonths: wait.maxMonths, ifInWindow, lateMinMonths: ifInWindow !== null && lateOnlyFromWindow ? wait.maxMonths : wait.minMonths };
  }
  return date !== null ? { kind: 'from-date', date } : { kind: 'local' };
}
