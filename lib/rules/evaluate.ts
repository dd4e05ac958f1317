/**
 * evaluate(answers, { asOf }) → Outcome. Pure, deterministic, total on schema-valid answers and a
 * valid asOf ('YYYY-MM-DD', a calendar day in Asia/Shanghai). No clock inside.
 */
import type * as z from 'zod/mini';
import { Answers } from './answers';
import { isIsoDate } from './dates';
import { Ctx } from './engine/context';
import { workOut } from './engine/option';
import { decideScheme } from './engine/scheme';
import { deadlineOf, nextStepsFor, recommendationFor, reminderOf, seasonFor } from './engine/todo';
import { WARNINGS } from './ids';
import type { Option, Outcome } from './outcome';

export type EvaluateOptions = { asOf: string };

export function evaluate(answers: Answers, { asOf }: EvaluateOptions): Outcome {
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a calendar date YYYY-MM-DD, got ${String(asOf)}`);
  // A retiree drawing employee-scheme benefits holds the employee scheme as a paying member does
  // (no wait, no second enrollment); only the next step differs, so nextStepsFor reads the answer as given.
  const a: Answers = answers.coverage === 'employee-retired' ? { ...answers, coverage: 'employee-active' } : answers;
  const ctx = new Ctx(a, asOf);
  const { primary, alternatives } = decideScheme(a, ctx);
  const because = ctx.reasons.map((r) => r.id);

  // Current coverage vs the result: never two active enrollments (F1.4, F1.6).
  const existing = a.coverage === 'employee-active' ? 'employee' : a.coverage === 'resident-active' || a.coverage === 'resident-paid-next' ? 'resident' : null;
  if (a.coverage === 'both-active') {
    ctx.warn('paid-both');
    ctx.because('no-duplicate-enrollment');
  } else if (existing !== null && existing !== primary.scheme && primary.scheme !== 'none') {
    ctx.warn('duplicate-enrollment', { existing });
    ctx.because('no-duplicate-enrollment');
  }
  if (existing === 'resident' && a.hukou !== 'local' && (primary.group === 'resident-university' || primary.group === 'resident-pupil')) {
    // A student keeps the record at the place of study (F1.4, F4.3): renewing a home-area record would be a duplicate.
    ctx.warn('student-keep-study-place');
    ctx.because('no-duplicate-enrollment');
  }
  if (alternatives.length > 0) ctx.because('no-duplicate-enrollment');
  if (a.groups.includes('veteran')) {
    ctx.warn('veteran-service-years-count');
    ctx.because('veteran-service-years-count');
  }

  const options = [primary, ...alternatives].map((choice) => workOut(choice, a, asOf));
  const first = options[0] as Option;
  for (const w of first.warnings) ctx.warn(w.id, w.params);
  for (const r of first.reasons) if (!ctx.reasons.some((x) => x.id === r.id)) ctx.reasons.push(r);
  ctx.warn('confirm-with-local-office');
  const warnings = [...ctx.warnings].sort((x, y) => WARNINGS.indexOf(x.id) - WARNINGS.indexOf(y.id));
  const deadline = deadlineOf(first, a);

  return {
    asOf,
    region: a.region,
    options,
    recommendation: recommendationFor(a, options, because),
    deadline,
    reminder: reminderOf(deadline, asOf),
    season: seasonFor(options, asOf),
    nextSteps: nextStepsFor(answers, options),
    primary,
    alternatives,
    materials: first.materials,
    window: first.window,
    contribution: first.contribution,
    channels: first.channels,
    waitingPeriod: first.waitingPeriod,
    warnings,
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
