/**
 * What a person pays, read from a worked-out contribution: the one rule the result page, the
 * household summary and the sweep use for the headline amount, so a subsidised person never sees
 * the full standard as "what you pay" (F4.4), and a newborn's cost counts every benefit year the
 * window needs (F4.2).
 */
import type { Contribution } from './outcome';
import type { SubsidyKind } from './vocab';

/**
 * One benefit year's headline:
 * - `amount`: the figure the person pays (per tier), stated — the year's amount, or their share
 *   under the place's stated rule for their group (`byGroupRule`);
 * - `subsidised`: no figure leads: "usually paid in full / in part — confirm locally"; the
 *   standard amount (`standardYuan`, possibly []) is context only;
 * - `group-rule-no-amount`: the place's rule pays a fixed part, but the year's amount is not in our sources;
 * - `not-stated`: no figure for the year (not published), or not a yearly premium.
 */
export type PersonalPay =
  | { kind: 'amount'; yuan: number[]; byGroupRule: boolean }
  | { kind: 'subsidised'; subsidy: SubsidyKind; standardYuan: number[] }
  | { kind: 'group-rule-no-amount'; subsidyYuan: number }
  | { kind: 'not-stated' };

export function personalPay(c: Contribution): PersonalPay {
  const g = c.groupShare;
  if (g?.kind === 'place-rule') {
    if (g.paysYuan.length > 0) return { kind: 'amount', yuan: g.paysYuan, byGroupRule: true };
    return g.subsidyYuan !== null ? { kind: 'group-rule-no-amount', subsidyYuan: g.subsidyYuan } : { kind: 'not-stated' };
  }
  if (g?.kind === 'usually') return { kind: 'subsidised', subsidy: g.subsidy, standardYuan: c.tiersYuan };
  return c.tiersYuan.length > 0 ? { kind: 'amount', yuan: c.tiersYuan, byGroupRule: false } : { kind: 'not-stated' };
}

/** Every benefit year the cost covers, first the window's own (a newborn's birth year), each with its own figure. */
export function costYears(c: Contribution): Contribution[] {
  return [c, ...c.alsoYears];
}

/**
 * The yearly cost as a range over every benefit year needed, or null when a needed year has no
 * figure. A subsidised person without a stated local rule pays somewhere from nothing to the
 * standard. Where paying the later years is only "may need to" (`yearsRule: 'confirm-locally'`),
 * the lower end counts the first year alone.
 */
export function costRange(c: Contribution): { minYuan: number; maxYuan: number } | null {
  let min = 0;
  let max = 0;
  for (const [i, y] of costYears(c).entries()) {
    const p = personalPay(y);
    let lo: number;
    let hi: number;
    if (p.kind === 'amount') [lo, hi] = [Math.min(...p.yuan), Math.max(...p.yuan)];
    else if (p.kind === 'subsidised' && p.standardYuan.length > 0) [lo, hi] = [0, Math.max(...p.standardYuan)];
    else return null;
    if (i === 0 || c.yearsRule === 'place') min += lo;
    max += hi;
  }
  return { minYuan: min, maxYuan: max };
}
