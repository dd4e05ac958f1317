/**
 * evaluate(answers, { asOf }) → Outcome. Pure, deterministic, total on schema-valid answers and a
 * valid asOf ('YYYY-MM-DD', a calendar day in Asia/Shanghai). No clock inside.
 */
import type * as z from 'zod/mini';
import { Answers } from './answers';
import { isIsoDate } from './dates';
import { Ctx } from './engine/context';
import { workOut } from './engine/option';
import { decideScheme, permitWouldHelp } from './engine/scheme';
import { deadlineOf, nextStepsFor, recommendationFor, reminderOf, seasonFor } from './engine/todo';
import { WARNINGS } from './ids';
import type { Option, Outcome } from './outcome';
import { familySharingScope } from './parameters/national';
import { valueAt } from './parameters/types';
import type { Coverage } from './vocab';

/** Coverage answers that hold no running enrollment: the person would wait on enrolling. */
const NOT_ENROLLED: ReadonlySet<Coverage> = new Set(['none', 'employee-lapsed', 'resident-lapsed']);

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
  const student = primary.group === 'resident-university' || primary.group === 'resident-pupil';
  if (student && ((existing === 'resident' && a.hukou !== 'local') || (a.hukou === 'other-mainland' && primary.where === 'place-of-study'))) {
    // A student keeps the record at the place of study (F1.4, F4.3): a home-area record beside it
    // would be a duplicate. Said to every student enrolling away from the hukou place, whether or
    // not they told us of a record there (the answers do not ask where a resident record is).
    ctx.warn('student-keep-study-place');
    ctx.because('no-duplicate-enrollment');
  }
  if (alternatives.length > 0) ctx.because('no-duplicate-enrollment');
  if (a.groups.includes('veteran')) {
    // Record and funds transfer, service years counted (F4.5 [A]); the local waiver of the wait only [C].
    ctx.warn('veteran-service-years-count');
    ctx.because('veteran-service-years-count');
    if (NOT_ENROLLED.has(a.coverage)) ctx.warn('veteran-wait-exemption-local');
  }
  if (a.situation === 'employee') {
    // Starting a job with resident cover running: keep it until employee cover starts (F5.6 [C], F5.3, F1.4).
    if (existing === 'resident') ctx.warn('keep-resident-until-employee-starts-local');
    // The employer registers foreign staff (F4.7 [A]); the deadline is only [C], so no figure.
    if (a.hukou === 'foreign') ctx.warn('foreign-employer-registration-local');
  }
  if (a.situation === 'employee' || existing === 'employee' || a.coverage === 'both-active' || primary.scheme === 'employee') {
    // Anyone in the employee scheme: the personal account can pay close relatives' resident premiums (家庭共济, F2.4, F5.5).
    const sharing = valueAt(familySharingScope, asOf);
    if (sharing) ctx.because('family-sharing', sharing);
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
    recommendation: recommendationFor(a, options, because, a.hukou === 'other-mainland' && a.permit === 'no' ? permitWouldHelp(a, ctx) : true),
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
