/**
 * Dated, sourced parameters (after OpenFisca). Two lookup styles:
 * - `dated` parameters are switches/figures that carry forward: the value in force on a day is
 *   the last one whose `from` ≤ that day (`valueAt`).
 * - `yearly` parameters belong to one benefit year (参保年度) only: the value for year Y is the one
 *   whose `from` is exactly `Y-01-01` (`valueForYear`); nothing carries over to a later year, so a
 *   missing year reads as "not in our sources", never as last year's figure.
 * Parameters only grow: add a dated value, keep the old ones.
 */
import { CONFIDENCES, type Confidence } from '../vocab';
import { yearOf } from '../dates';
import type { Source } from './sources';

export type FactId = `F${number}.${number}`;

/**
 * The controlled units. A leaf figure is `yuan-per-year`, `months`, `days`, `years` or `percent`;
 * `duration` is days or months written as such ({ days: 90 } / { months: 6 }); `date` one calendar
 * day, `month-day` a day of the year, `dates` a window (opens, closes, cover starts); `switch` is
 * on/off, `enum` one id of a closed list; `access`, `channels` and `features` are the structured
 * values of regions and schemes (regions/schema.ts, national.ts); `group` is a view over leaves
 * (`group()` below), never listed as a parameter. Words: `units.*` in the rules messages.
 */
export const UNITS = ['yuan-per-year', 'months', 'days', 'years', 'percent', 'duration', 'date', 'month-day', 'dates', 'switch', 'enum', 'access', 'channels', 'features', 'group'] as const;
export type Unit = (typeof UNITS)[number];
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
  /** Why this value is what it is (a reading, a gap); data files only, never shown as a figure. */
  note?: string;
};

export type Parameter<T> = {
  id: string;
  /** One sentence: what the figure is. */
  description: string;
  unit: Unit;
  lookup: 'dated' | 'yearly';
  confidence: Confidence;
  facts: FactId[];
  sources: Source[];
  values: ReadonlyArray<DatedValue<T>>;
  /** Why the parameter is what it is: how it was read from the facts, what it leaves out. */
  note?: string;
};

/** What a lookup resolves to, with provenance for the outcome's reasons. */
export type Resolved<T> = {
  parameterId: string;
  unit: Unit;
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
    unit: p.unit,
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

/** The benefit years before `year` that `p` holds a value for (known or not), the latest first. */
export function yearsBefore<T>(p: Parameter<T>, year: number): number[] {
  return p.values
    .filter((v) => v.from.endsWith('-01-01') && v.from < `${year}-01-01`)
    .map((v) => yearOf(v.from))
    .sort((a, b) => b - a);
}

/** The earliest value with a figure (not unknown); null when there is none. */
export function firstKnown<T>(p: Parameter<T>): Resolved<T> | null {
  let best: DatedValue<T> | undefined;
  for (const v of p.values) if (!isUnknown(v.value) && (!best || v.from < best.from)) best = v;
  return best ? resolve(p, best) : null;
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

/** A confidence's rank: its place in CONFIDENCES (A first). */
const RANK = (c: Confidence) => CONFIDENCES.indexOf(c);

/**
 * A view over leaf parameters, read as one value (e.g. `employeeGap` = its four limits), so the
 * engine can ask for a rule at once while the data stays one figure, one unit, one description and
 * one set of sources per leaf (the sources page and the API list the leaves, never a group). The
 * group has a value from each day a leaf changes; a day on which a leaf is unknown or not yet in
 * force is unknown for the group. Its confidence is the lowest of its leaves'; its facts and
 * sources are theirs together.
 */
export function group<T extends Record<string, unknown>>(id: string, description: string, parts: { [K in keyof T]: Parameter<T[K]> }): Parameter<T> {
  const leaves = Object.entries(parts) as Array<[keyof T & string, Parameter<unknown>]>;
  const dates = [...new Set(leaves.flatMap(([, p]) => p.values.map((v) => v.from)))].sort();
  const values = dates.map((from): DatedValue<T> => {
    const resolved = leaves.map(([k, p]) => [k, valueAt(p, from)] as const);
    const facts = [...new Set(resolved.flatMap(([, r]) => r?.facts ?? []))];
    const sources = [...new Map(resolved.flatMap(([, r]) => r?.sources ?? []).map((s) => [s.id, s])).values()];
    const confidence = resolved.reduce<Confidence>((low, [, r]) => (r && RANK(r.confidence) > RANK(low) ? r.confidence : low), 'A');
    const missing = resolved.filter(([, r]) => !r || isUnknown(r.value)).map(([k]) => k);
    const value = missing.length
      ? { unknown: true as const, note: `Not known on ${from}: ${missing.join(', ')}.` }
      : (Object.fromEntries(resolved.map(([k, r]) => [k, r?.value])) as T);
    return { from, value, confidence, facts, sources };
  });
  const first = leaves[0]?.[1];
  if (!first) throw new Error(`group ${id} has no parts`);
  return {
    id,
    description,
    unit: leaves.every(([, p]) => p.unit === first.unit) ? first.unit : 'group',
    lookup: 'dated',
    confidence: values.at(-1)?.confidence ?? first.confidence,
    facts: [...new Set(leaves.flatMap(([, p]) => p.facts))],
    sources: [...new Map(leaves.flatMap(([, p]) => p.sources).map((s) => [s.id, s])).values()],
    values,
  };
}

/** The newest value (for a day after every value, e.g. a fallback when `asOf` is before the first). */
export function latest<T>(p: Parameter<T>): Resolved<T> | null {
  const v = p.values.reduce<DatedValue<T> | undefined>((best, x) => (!best || x.from > best.from ? x : best), undefined);
  return v ? resolve(p, v) : null;
}

/** The oldest value (a fallback for a day before the first). */
export function earliest<T>(p: Parameter<T>): Resolved<T> | null {
  const v = p.values.reduce<DatedValue<T> | undefined>((best, x) => (!best || x.from < best.from ? x : best), undefined);
  return v ? resolve(p, v) : null;
}
