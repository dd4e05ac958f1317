/**
 * A household's result: each person's own outcome (the check's `evaluate`, unchanged), and what
 * only a household view can say — the most urgent deadline among them, one checklist with the
 * materials merged (each item says whose it is), the yearly total where every amount is known (or
 * what is known and what is not), and family sharing: a member in the employee scheme may pay
 * the others' resident premiums from their personal account (F2.4, F5.5; register first).
 *
 * Pure: no clock, no I/O; `asOf` like the rules.
 */
import { costRange, costYears, evaluate, personalPay, type Answers, type Deadline, type Material, type Outcome } from '@/lib/rules';

export type Member = { label: string | null; answers: Answers };
export type Row = { index: number; label: string | null; outcome: Outcome };

/** What a person's premium for the coming benefit year is, as far as our sources say. */
export type Cost =
  /**
   * `why`: 'subsidised' — a subsidised group without a stated local rule, so from nothing up to the
   * standard (F4.4); 'years' / 'years-place' — a newborn's several benefit years (`years`), summed,
   * where paying each is only "may need to" / the place's stated rule (F4.2).
   */
  | { kind: 'known'; minYuan: number; maxYuan: number; benefitYear: number | null; why?: 'subsidised' | 'years' | 'years-place'; years?: number[] }
  | { kind: 'unknown' } // resident scheme, this year's figure not in our sources (or not stated: confidence C)
  | { kind: 'not-fixed' } // employee scheme: a share of wages or a local base, not one figure
  | { kind: 'none' }; // nothing to pay (retiree with the years, or no basic scheme)

export type HouseholdSummary = {
  rows: Row[];
  /** The most urgent deadline in the household, and whose: act-now first, then the earliest dated day. */
  headline: { deadline: Deadline; whose: number[] } | null;
  /** Materials merged: each once, with the people (row indexes) who need it, in order of first need. */
  checklist: Array<{ material: Material; whose: number[] }>;
  costs: Cost[];
  /** The sum of the known amounts (a range when someone chooses a tier); `complete` when no one's is unknown. */
  total: { minYuan: number; maxYuan: number; complete: boolean; unknown: number[]; notFixed: number[] };
  /** Members whose employee personal account may pay the others' resident premiums, and those others. */
  sharing: { payers: number[]; beneficiaries: number[] } | null;
};

export function costOf(o: Outcome): Cost {
  const first = o.options[0];
  if (!first) return { kind: 'none' };
  const c = first.contribution;
  if (first.choice.scheme === 'none' || c.kind === 'retiree') return { kind: 'none' };
  if (c.kind === 'payroll-share' || c.kind === 'flexible-local') return { kind: 'not-fixed' };
  // The rules' own reading of what this person pays (lib/rules/cost.ts): a subsidised person's share
  // (nothing up to the standard unless the place's rule is stated, F4.4), every benefit year a
  // newborn's window needs (F4.2); a needed year without a figure makes the cost unknown.
  const range = costRange(c);
  if (!range) return { kind: 'unknown' };
  if (c.alsoYears.length > 0) return { kind: 'known', minYuan: range.minYuan, maxYuan: range.maxYuan, benefitYear: null, why: c.yearsRule === 'place' ? 'years-place' : 'years', years: costYears(c).map((y) => y.benefitYear ?? 0) };
  if (personalPay(c).kind === 'subsidised') return { kind: 'known', minYuan: range.minYuan, maxYuan: range.maxYuan, benefitYear: c.benefitYear, why: 'subsidised' };
  return { kind: 'known', minYuan: range.minYuan, maxYuan: range.maxYuan, benefitYear: c.benefitYear };
  return { kind: 'unknown' };
}

/** Higher is more urgent; dated deadlines compare by day. */
function urgency(d: Deadline): [number, string] {
  switch (d.kind) {
    case 'act-now':
      return [3, ''];
    case 'sourced':
    case 'act-by':
      return [2, d.date];
    case 'any-time':
      return [1, ''];
    default:
      return [0, ''];
  }
}

function moreUrgent(a: Deadline, b: Deadline): number {
  const [ra, da] = urgency(a);
  const [rb, db] = urgency(b);
  if (ra !== rb) return rb - ra;
  return da < db ? -1 : da > db ? 1 : 0;
}

export function summarizeHousehold(members: readonly Member[], asOf: string): HouseholdSummary {
  const rows: Row[] = members.map((m, index) => ({ index, label: m.label, outcome: evaluate(m.answers, { asOf }) }));

  let headline: HouseholdSummary['headline'] = null;
  for (const r of rows) {
    const d = r.outcome.deadline;
    if (d.kind === 'none') continue;
    if (!headline || moreUrgent(d, headline.deadline) < 0) headline = { deadline: d, whose: [r.index] };
    else if (moreUrgent(d, headline.deadline) === 0) headline.whose.push(r.index);
  }

  const byMaterial = new Map<Material, number[]>();
  for (const r of rows)
    for (const m of r.outcome.options[0]?.materials ?? []) byMaterial.set(m, [...(byMaterial.get(m) ?? []), r.index]);

  const costs = rows.map((r) => costOf(r.outcome));
  const total = { minYuan: 0, maxYuan: 0, complete: true, unknown: [] as number[], notFixed: [] as number[] };
  costs.forEach((c, i) => {
    if (c.kind === 'known') {
      total.minYuan += c.minYuan;
      total.maxYuan += c.maxYuan;
    } else if (c.kind === 'unknown') {
      total.unknown.push(i);
      total.complete = false;
    } else if (c.kind === 'not-fixed') {
      total.notFixed.push(i);
      total.complete = false;
    }
  });

  // Family sharing (F2.4, F5.5): described only from employee-scheme personal accounts (flexible workers'
  // and retirees' included: national.scheme-features), for the resident premiums of close relatives.
  const payers = rows.filter((r) => r.outcome.options[0]?.choice.scheme === 'employee').map((r) => r.index);
  const beneficiaries = rows.filter((r) => r.outcome.options[0]?.choice.scheme === 'resident' && r.outcome.deadline.kind !== 'none').map((r) => r.index);
  const sharing = payers.length > 0 && beneficiaries.length > 0 ? { payers, beneficiaries } : null;

  return { rows, headline, checklist: [...byMaterial].map(([material, whose]) => ({ material, whose })), costs, total, sharing };
}
