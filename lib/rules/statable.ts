/**
 * How a value of each confidence may be shown: one rule for the result, every figure of the guides,
 * the sources page and the API. "A low-confidence (C) fact is never stated as a plain fact."
 *
 * - `state`: A and B. Stated as the value, with its sources beside it (B is "as our source
 *   says"; every figure lists its sources, so B needs no extra words).
 * - `withhold`: C, for what a person would act on — an amount, a date, a window, a duration, a
 *   count. The value is not shown at all, only that a report exists and is not verified, and whom to
 *   ask: a wrong figure or day costs money or cover.
 * - `hedge`: C, for a description — who may join, ways to pay, a scheme's feature, a list. Shown,
 *   but as a report ("有资料称…，未核实"), never as a plain statement.
 */
import type { Unit } from './parameters/types';
import type { Confidence } from './vocab';

export const STATABILITY = ['state', 'hedge', 'withhold'] as const;
export type Statability = (typeof STATABILITY)[number];

/** Units whose values a person acts on: a C value of one of these is withheld, not hedged. */
const ACTED_ON: ReadonlySet<Unit> = new Set<Unit>(['yuan-per-year', 'months', 'days', 'years', 'percent', 'duration', 'date', 'month-day', 'dates', 'group']);

/** How to show a value of this confidence and unit (e.g. a `Resolved` parameter value). */
export function statable(v: { confidence: Confidence; unit: Unit }): Statability {
  if (v.confidence !== 'C') return 'state';
  return ACTED_ON.has(v.unit) ? 'withhold' : 'hedge';
}
