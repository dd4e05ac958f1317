/**
 * Waiting period (待遇等待期) for enrolling on `asOf`.
 * Resident scheme from 2025 (F2.7, F3.9): fixed 3 months when enrolling outside the window or
 * after a lapse; +1 month per lapsed year, read two ways (F2.7) so carried as a range; repairable
 * by back-paying; ≥6 months after ≥4 lapsed years. Newborns exempt (F4.1); other special groups
 * may be exempt (F2.7 "等特殊群体", details provincial) so their minimum is 0.
 * Employee scheme (F5.3): gap ≤3 months back-payable without a wait; longer gaps: up to 6 months
 * (Jiangsu ≤3) — a range 0–6.
 */
import type { Answers } from '../answers';
import type { WaitReasonId } from '../ids';
import type { Choice, EnrollmentWindow, WaitingPeriod } from '../outcome';
import { employeeGap, newbornWaitExempt, residentFixedWait, residentVariableWait } from '../parameters/national';
import { isUnknown, valueAt } from '../parameters/types';
import { SUBSIDISED_GROUPS } from '../vocab';
import type { Ctx } from './context';

const none = (reasons: WaitReasonId[] = []): WaitingPeriod => ({ kind: 'none', minMonths: 0, maxMonths: 0, reasons });

function employeeWait(a: Answers, ctx: Ctx): WaitingPeriod {
  if (a.coverage.startsWith('resident')) {
    ctx.warn('switch-to-employee-wait-local');
    return none(['switch-to-employee-local']);
  }
  if (a.coverage !== 'employee-lapsed' || a.gapMonths === undefined) return none();
  const r = valueAt(employeeGap, ctx.asOf);
  if (!r || isUnknown(r.value)) return { kind: 'local', minMonths: 0, maxMonths: 0, reasons: ['employee-gap-over-3-months'] };
  ctx.because('employee-gap-rule', r);
  if (a.gapMonths <= r.value.noWaitMaxGapMonths) return none(['employee-gap-within-3-months']);
  ctx.warn('employee-gap-wait-local');
  return { kind: 'months', minMonths: 0, maxMonths: r.value.maxWaitMonths, reasons: ['employee-gap-over-3-months'] };
}

/** Years counted as lapsed for the resident scheme, or null when the person is continuously covered. */
function lapsedYears(a: Answers): number | null {
  if (a.coverage === 'resident-lapsed') return a.lapseYears ?? 1;
  if (a.coverage === 'employee-lapsed') return Math.floor((a.gapMonths ?? 0) / 12);
  return null;
}

function residentWait(a: Answers, window: EnrollmentWindow, ctx: Ctx): WaitingPeriod {
  if (a.coverage === 'resident-active') return none(['already-enrolled']);
  if (a.coverage === 'employee-active') return none(['switch-within-3-months']);
  const fixedR = valueAt(residentFixedWait, ctx.asOf);
  if (!fixedR || isUnknown(fixedR.value)) {
    ctx.warn('rules-before-2025-local');
    return { kind: 'local', minMonths: 0, maxMonths: 0, reasons: ['rules-before-2025-local'] };
  }
  const fixed = fixedR.value;
  const inWindow = 'openNow' in window && window.openNow;
  if (window.kind === 'newborn') {
    const exempt = valueAt(newbornWaitExempt, ctx.asOf);
    ctx.because('newborn-exempt', exempt);
    if (window.closesOnEarliest !== null && ctx.asOf > window.closesOnEarliest) {
      return { kind: 'months', minMonths: 0, maxMonths: fixed, reasons: ['newborn-exempt', 'newborn-window-uncertain'] };
    }
    return { kind: 'exempt', minMonths: 0, maxMonths: 0, reasons: ['newborn-exempt'] };
  }
  const lapsed = lapsedYears(a);
  if (a.coverage === 'employee-lapsed' && (a.gapMonths ?? 0) <= 3) {
    // Switching schemes after ≥2 continuous years with a gap ≤3 months: no wait (F5.3).
    const r = valueAt(employeeGap, ctx.asOf);
    ctx.because('employee-gap-rule', r);
    if (inWindow) return none(['switch-within-3-months']);
    return { kind: 'months', minMonths: 0, maxMonths: fixed, reasons: ['switch-within-3-months', 'late-enrollment'] };
  }
  if (lapsed === null || lapsed === 0) {
    if (a.coverage === 'none' && !(a.age === 0 && a.birthDate !== undefined)) ctx.warn('first-enrollment-lapse-rule-local');
    if (inWindow && a.coverage === 'none') return none(['in-window']);
    ctx.because('late-enrollment');
    ctx.because('waiting-fixed', fixedR);
    return withSpecialGroups(a, ctx, { kind: 'months', minMonths: fixed, maxMonths: fixed, reasons: [inWindow ? 'not-continuous' : 'late-enrollment'] });
  }
  const varR = valueAt(residentVariableWait, ctx.asOf);
  ctx.because('waiting-fixed', fixedR);
  const reasons: WaitReasonId[] = [inWindow ? 'not-continuous' : 'late-enrollment', 'years-lapsed', 'reading-differs', 'repair-by-back-paying'];
  if (!inWindow) ctx.because('late-enrollment');
  if (!varR || isUnknown(varR.value)) return withSpecialGroups(a, ctx, { kind: 'months', minMonths: fixed, maxMonths: fixed, reasons });
  ctx.because('waiting-variable', varR);
  ctx.warn('waiting-period-reading-differs');
  ctx.warn('lapse-lowers-serious-illness-cap');
  const v = varR.value;
  const maxMonths = fixed + lapsed * v.monthsPerLapsedYear;
  let minMonths = fixed;
  if (lapsed >= v.longLapseYears) {
    minMonths = Math.min(Math.max(fixed, v.longLapseMinMonths), maxMonths);
    reasons.push('long-lapse-floor');
  }
  return withSpecialGroups(a, ctx, { kind: 'months', minMonths, maxMonths, reasons });
}

function withSpecialGroups(a: Answers, ctx: Ctx, w: WaitingPeriod): WaitingPeriod {
  if (a.groups.includes('veteran')) ctx.warn('veteran-wait-exemption-local');
  if (!a.groups.some((g) => (SUBSIDISED_GROUPS as readonly string[]).includes(g))) return w;
  ctx.warn('special-group-wait-exemption-local');
  return { ...w, minMonths: 0, reasons: [...w.reasons, 'special-group-may-be-exempt'] };
}

export function waitingPeriod(primary: Choice, window: EnrollmentWindow, ctx: Ctx): WaitingPeriod {
  const a = ctx.a;
  if (primary.scheme === 'none') return { kind: 'not-applicable', minMonths: 0, maxMonths: 0, reasons: [] };
  if (primary.group === 'employee-retiree') return none();
  if (primary.scheme === 'employee') return employeeWait(a, ctx);
  return residentWait(a, window, ctx);
}
