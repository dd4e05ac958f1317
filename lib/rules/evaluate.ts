/**
 * evaluate(answers, { asOf }) → Outcome. Pure, deterministic, total on schema-valid answers and a
 * valid asOf ('YYYY-MM-DD', a calendar day in Asia/Shanghai). No clock inside.
 */
import type * as z from 'zod/mini';
import { Answers } from './answers';
import { isIsoDate } from './dates';
import { Ctx } from './engine/context';
import { contribution } from './engine/contribution';
import { channels, materials } from './engine/materials';
import { decideScheme } from './engine/scheme';
import { waitingPeriod } from './engine/waiting';
import { enrollmentWindow } from './engine/window';
import type { Outcome } from './outcome';

export type EvaluateOptions = { asOf: string };

export function evaluate(answers: Answers, { asOf }: EvaluateOptions): Outcome {
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a calendar date YYYY-MM-DD, got ${String(asOf)}`);
  const a = answers;
  const ctx = new Ctx(a, asOf);
  const { primary, alternatives } = decideScheme(a, ctx);

  // Current coverage vs the result: never two active enrollments (F1.4, F1.6).
  const existing = a.coverage === 'employee-active' ? 'employee' : a.coverage === 'resident-active' ? 'resident' : null;
  if (existing !== null && existing !== primary.scheme) {
    ctx.warn('duplicate-enrollment', { existing });
    ctx.because('no-duplicate-enrollment');
  } else if (existing === 'resident') ctx.warn('already-enrolled-renew');
  else if (existing === 'employee') ctx.warn('already-enrolled-employee');
  if (alternatives.length > 0) ctx.because('no-duplicate-enrollment');

  const window = enrollmentWindow(primary, ctx);
  const wait = waitingPeriod(primary, window, ctx);
  const money = contribution(primary, window, ctx);
  const mats = materials(primary, window, ctx);
  const chans = channels(primary, ctx);

  if (primary.scheme === 'resident' && 'openNow' in window && !window.openNow && a.coverage !== 'resident-active') {
    ctx.warn('can-enroll-late-now');
    ctx.warn('late-payers-may-lose-subsidy');
  }
  if (primary.scheme === 'resident') ctx.warn('continuous-enrollment-rewards');
  if (a.groups.includes('veteran')) {
    ctx.warn('veteran-service-years-count');
    ctx.because('veteran-service-years-count');
  }
  ctx.warn('confirm-with-local-office');

  return {
    asOf,
    region: a.region,
    primary,
    alternatives,
    materials: mats,
    window,
    contribution: money,
    channels: chans,
    waitingPeriod: wait,
    warnings: ctx.warnings,
    reasons: ctx.reasons,
  };
}

export type SafeEvaluateResult = { success: true; outcome: Outcome } | { success: false; issues: z.core.$ZodIssue[] };

/** Validates unknown input with the `Answers` schema first; never throws. */
export function safeEvaluate(input: unknown, { asOf }: EvaluateOptions): SafeEvaluateResult {
  const parsed = Answers.safeParse(input);
  const issues: z.core.$ZodIssue[] = parsed.success ? [] : [...parsed.error.issues];
  if (!isIsoDate(asOf)) issues.push({ code: 'custom', path: ['asOf'], message: 'issues.invalid-date', input: asOf } as z.core.$ZodIssue);
  if (!parsed.success || issues.length > 0) return { success: false, issues };
  return { success: true, outcome: evaluate(parsed.data, { asOf }) };
}
