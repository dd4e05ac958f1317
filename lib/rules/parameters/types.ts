/**
 * Dated, sourced parameters (after OpenFisca). Two lookup styles:
 * - `dated` parameters are switches/figures that carry forward: the value in force on a day is
 *   the last one whose `from` ≤ that day (`valueAt`).
 * - `yearly` parameters belong to one benefit year (参保年度) only: the value for year Y is the one
 *   whose `from` is exactly `Y-01-01` (`valueForYear`); nothing carries over to a later year, so a
 *   missing year reads as "not in our sources", never as last year's figure.
 * Parameters only grow: add a dated value, keep the old ones.
 */
import type { Confidence } from '../vocab';
import type { Source } from './sources';

export type FactId = `F${number}.${number}`;
export type Unknown = { unknown: true; note: string };
export const isUnknown = (v: unknown): v is Unknown =>
  typeof v === 'object' && v !== null && (v as { unknown?: unknown }).unknown === true;

export type DatedValue<T> = {
  from: string;
  value: T | Unknown;
  /** Overrides for this value; default to the parameter's. */
  confidence?: Confidence;
  facts?: FactId[];
  sources?: Source[];
};

export type Parameter<T> = {
  id: string;
  description: string;
  unit: string;
  lookup: 'dated' | 'yearly';
  confidence: Confidence;
  facts: FactId[];
  sources: Source[];
  values: ReadonlyArray<DatedValue<T>>;
};

/** What a lookup resolves to, with provenance for the outcome's reasons. */
export type Resolved<T> = {
  parameterId: string;
  from: string;
  value: T | Unknown;
  confidence: Confidence;
  facts: FactId[];
  sources: Source[];
};

// Resolved values are immutable; build each once per dated value (evaluate runs ~10⁵ times in the sweep).
const resolvedCache = new WeakMap<object, Resolved<unknown>>();

function resolve<T>(p: Parameter<T>, v: DatedValue<T>): Resolved<T> {
  const hit = resolvedCache.get(v);
  if (hit) return hit as Resolved<T>;
  const r: Resolved<T> = Object.freeze({
    parameterId: p.id,
    from: v.from,
    value: v.value,
    confidence: v.confidence ?? p.confidence,
    facts: v.facts ?? p.facts,
    sources: v.sources ?? p.sources,
  });
  resolvedCache.set(v, r);
  return r;
}

/** Value in force on `date` (ISO); null before the first value. */
export function valueAt<T>(p: Parameter<T>, date: string): Resolved<T> | null {
  let found: DatedValue<T> | undefined;
  for (const v of p.values) if (v.from <= date && (!found || v.from >= found.from)) found = v;
  return found ? resolve(p, found) : null;
}

/** Value for benefit year `year` exactly; null when the year is not in our sources. */
export function valueForYear<T>(p: Parameter<T>, year: number): Resolved<T> | null {
  const key = `${year}-01-01`;
  const v = p.values.find((x) => x.from === key);
  return v ? resolve(p, v) : null;
}

/** Latest benefit year with a known (non-unknown) value strictly before `year`. */
export function lastKnownBefore<T>(p: Parameter<T>, year: number): Resolved<T> | null {
  let best: DatedValue<T> | undefined;
  for (const v of p.values) {
    if (isUnknown(v.value) || v.from >= `${year}-01-01`) continue;
    if (!best || v.from > best.from) best = v;
  }
  return best ? resolve(p, best) : null;
}
