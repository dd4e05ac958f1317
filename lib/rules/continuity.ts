/**
 * Continuity: the one rule for when resident-scheme cover starts for someone who pays within the
 * local collection period (F2.7 [A], F3.8 [A]).
 *
 * - Paid for the benefit year before too (continuously enrolled): cover from 1 January of the
 *   benefit year paid for.
 * - Not continuously enrolled (no cover last year: never enrolled, or lapsed): the fixed waiting
 *   period (3 months) applies even when paying inside the window; newborns within the local limit
 *   and other special groups set by the province are exempt (F2.7, F4.1).
 *
 * The engine (engine/waiting.ts) reads `continuouslyEnrolled`; the season notice and the guides
 * read `continuityRule(asOf)` (or the figures `coverStartsMonth`, `coverStartsDay` and
 * `fixedMonths` of `ruleFigures`) and the sentence `warnings.not-continuous-wait-in-window`, so
 * no page states the rule in its own words.
 */
import type { Answers } from './answers';
import type { FactId } from './parameters/types';
import type { MonthDay } from './parameters/national';
import { observedCoverStarts, residentFixedWait } from './parameters/national';
import { isUnknown, latest, valueAt } from './parameters/types';
import { ruleBasis } from './reasons';
import { CONFIDENCES, type Confidence } from './vocab';

/** The lowest of some confidences (C below B below A). */
const lowest = (cs: Confidence[]): Confidence => cs.reduce((low, c) => (CONFIDENCES.indexOf(c) > CONFIDENCES.indexOf(low) ? c : low));

export type ContinuityRule = {
  /** Paid for the year before too: cover from this day of the benefit year paid for. */
  continuous: { coverStarts: MonthDay };
  /** Not continuously enrolled: this fixed wait applies even inside the collection period. */
  notContinuous: { fixedWaitMonths: number; evenInWindow: true };
  confidence: Confidence;
  facts: FactId[];
};

/** The continuity rule on `asOf`: null where the national fixed wait is not in force (before 2025 waits were local, F2.9). */
export function continuityRule(asOf: string): ContinuityRule | null {
  const fixed = valueAt(residentFixedWait, asOf);
  const starts = valueAt(observedCoverStarts, asOf) ?? latest(observedCoverStarts);
  if (!fixed || isUnknown(fixed.value) || !starts || isUnknown(starts.value)) return null;
  const basis = ruleBasis('continuity');
  return {
    continuous: { coverStarts: starts.value },
    notContinuous: { fixedWaitMonths: fixed.value, evenInWindow: true },
    confidence: lowest([basis.confidence, fixed.confidence, starts.confidence]),
    facts: [...basis.facts],
  };
}

/** Whether the person holds a resident-scheme record that runs on without a break (paid last year too). */
export function continuouslyEnrolled(a: Pick<Answers, 'coverage'>): boolean {
  return a.coverage === 'resident-active' || a.coverage === 'resident-paid-next' || a.coverage === 'both-active';
}
