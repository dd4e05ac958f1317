/**
 * Years and places read from the data, for tests that need "a year we do not have" or "every
 * place": a new benefit year or a new city is a data change and must break no test (issue 21).
 */
import { PARAMETERS, PROFILES, type SourcedRegion } from '@/lib/rules';
import { isUnknown } from '@/lib/rules/parameters/types';

/** The first benefit year after every yearly value in our data (regional and national): no place has it. */
export function firstYearWithNoValue(): number {
  const years = PARAMETERS.filter((p) => p.lookup === 'yearly').flatMap((p) => p.values.filter((v) => !isUnknown(v.value)).map((v) => Number(v.from.slice(0, 4))));
  return Math.max(...years) + 1;
}

/** The place's most recent collection window sourced at A or B before benefit year `beforeYear` (the engine looks back six years). */
export function lastUsableWindow(region: SourcedRegion, beforeYear: number): { benefitYear: number; opensOn: string; closesOn: string } | null {
  const block = PROFILES[region].residentWindow;
  let best: { benefitYear: number; opensOn: string; closesOn: string } | null = null;
  for (const v of block.values) {
    const year = Number(v.from.slice(0, 4));
    const confidence = v.confidence ?? block.confidence;
    if (!v.value || confidence === 'C' || year >= beforeYear || year < beforeYear - 6) continue;
    if (!best || year > best.benefitYear) best = { benefitYear: year, opensOn: v.value.opensOn, closesOn: v.value.closesOn };
  }
  return best;
}
