/**
 * The household the household-list specs share (tests/e2e/tools.spec.ts, household-print.spec.ts):
 * grandma renews in a place whose amount for the season is not in our sources (read from the data:
 * tests/e2e/data.ts, issue 21); father and baby are in Beijing, the baby born in 2026 within
 * 2026年度 (a past year's published figure, which a new year does not change).
 */
import { placeWithoutYear } from './data';

/** A place whose window and amounts for the season's benefit year are not in our sources, read from the region files. */
export const noNext = placeWithoutYear();

export const HOUSEHOLD_MEMBERS = [
  `l.奶奶_r.${noNext.region}_a.70_s.not-working_h.local_g.none_c.resident-active`,
  'l.爸爸_r.beijing_a.40_s.employee_h.local_g.none_c.employee-active',
  'l.宝宝_r.beijing_a.0_b.2026-09-10_h.local_g.none_c.none',
] as const;

/** A household link's query: the three members above, then `more` (each an `m` value). */
export function householdQuery(...more: string[]): string {
  const p = new URLSearchParams();
  p.set('hv', '1');
  for (const m of [...HOUSEHOLD_MEMBERS, ...more]) p.append('m', m);
  return p.toString();
}
