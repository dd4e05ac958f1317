/**
 * The schema of a national parameter's data file (parameters/national/<name>.json), one file per
 * parameter, after OpenFisca and PolicyEngine: `id` (`national.<name>`, the file's name), one
 * sentence of `description`, a controlled `unit` (UNITS), a `lookup` style (`dated`: the value in
 * force carries forward; `yearly`: one value per benefit year, nothing carries over), the
 * parameter's `confidence`, `facts` (fact IDs, lib/rules/facts.data.json) and `sources` (ids in
 * lib/rules/sources.data.json), an optional `note` (why the value is what it is, gaps), and the
 * dated `values`. Each value is `value` or `unknown` (a note saying what our sources lack), never
 * both, and may override the confidence, facts and sources, and carry its own `note`.
 *
 * The value's shape is fixed per parameter by the loader (national.ts passes a zod schema for it):
 * a number for yuan-per-year, months, days, years and percent; `{ month, day }` for month-day; a
 * duration pair for the newborn window; and so on. `loadParameter` validates a file when the rules
 * load, so a bad file fails `next build` and every test, naming the file and the field.
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../dates';
import { isSourceId, SOURCE_REGISTRY, type SourceId } from '../source-registry';
import { CONFIDENCES } from '../vocab';
import { UNITS, type DatedValue, type FactId, type Parameter, type Unit } from './types';

const IsoDate = z.string().check(z.refine(isIsoDate, { message: 'a calendar day, YYYY-MM-DD' }));
export const FactIdSchema = z.string().check(z.regex(/^F\d+\.\d+$/, { message: 'fact IDs look like F2.7' }));
export const SourceIdSchema = z.string().check(z.refine(isSourceId, { message: 'not an id in lib/rules/sources.data.json' }));
const Confidence = z.enum(CONFIDENCES);
const Note = z.string().check(z.minLength(5));

/** A whole number of at least 0: ages, months, years, yuan, percent. */
export const Count = z.int().check(z.minimum(0));
/** A day of the year, e.g. { month: 12, day: 20 }. */
export const MonthDay = z.strictObject({ month: z.int().check(z.minimum(1), z.maximum(12)), day: z.int().check(z.minimum(1), z.maximum(31)) });

/** The file's shape, for a parameter whose values fit `value`. */
export function ParameterFile<T extends z.core.SomeType>(value: T) {
  const entry = z
    .strictObject({
      from: IsoDate,
      value: z.optional(value),
      unknown: z.optional(Note),
      confidence: z.optional(Confidence),
      facts: z.optional(z.array(FactIdSchema).check(z.minLength(1))),
      sources: z.optional(z.array(SourceIdSchema).check(z.minLength(1))),
      note: z.optional(Note),
    })
    .check(z.refine((e) => (e.value === undefined) !== (e.unknown === undefined), { message: 'give either `value` or `unknown` (a note), not both' }));
  return z
    .strictObject({
      id: z.string().check(z.regex(/^national\.[a-z0-9-]+$/, { message: 'a national parameter id is national.<name>, lower-case' })),
      description: z.string().check(z.minLength(10)),
      unit: z.enum(UNITS.filter((u) => u !== 'group') as [Exclude<Unit, 'group'>, ...Array<Exclude<Unit, 'group'>>]),
      lookup: z.enum(['dated', 'yearly']),
      confidence: Confidence,
      facts: z.array(FactIdSchema).check(z.minLength(1)),
      sources: z.array(SourceIdSchema).check(z.minLength(1)),
      note: z.optional(Note),
      values: z.array(entry).check(z.minLength(1)),
    })
    .check(
      z.refine((p) => p.values.every((v, i) => i === 0 || (p.values[i - 1]?.from ?? '') < v.from), { message: 'values must be in date order, one per date' }),
      z.refine((p) => p.lookup === 'dated' || p.values.every((v) => v.from.endsWith('-01-01')), { message: 'a yearly parameter has one value per benefit year, from YYYY-01-01' }),
    );
}

/**
 * Validates one national parameter file and builds the `Parameter` the engine reads. `name` is the
 * file's name without `.json`; the id must be `national.<name>`. Throws, naming the file and the
 * field, on any mistake.
 */
export function loadParameter<T>(name: string, data: unknown, value: z.ZodMiniType<T>, units: readonly Unit[]): Parameter<T> {
  const file = `lib/rules/parameters/national/${name}.json`;
  const r = ParameterFile(value).safeParse(data);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.map(String).join('.') || '(file)'}: ${i.message}`);
    throw new Error(`${file} does not fit the parameter schema (parameters/schema.ts):\n${lines.join('\n')}`);
  }
  const p = r.data;
  if (p.id !== `national.${name}`) throw new Error(`${file}: its id is "${p.id}"; it must be "national.${name}", after the file's name`);
  if (!units.includes(p.unit)) throw new Error(`${file}: unit "${p.unit}" does not fit its value; expected ${units.join(' or ')}`);
  const src = (ids: readonly string[]) => ids.map((id) => SOURCE_REGISTRY[id as SourceId]);
  const values = p.values.map((v): DatedValue<T> => {
    const out: DatedValue<T> = { from: v.from, value: v.unknown !== undefined ? { unknown: true, note: v.unknown } : (v.value as T) };
    if (v.confidence) out.confidence = v.confidence;
    if (v.facts) out.facts = v.facts as FactId[];
    if (v.sources) out.sources = src(v.sources);
    if (v.note) out.note = v.note;
    return out;
  });
  return {
    id: p.id,
    description: p.description,
    unit: p.unit,
    lookup: p.lookup,
    confidence: p.confidence,
    facts: p.facts as FactId[],
    sources: src(p.sources),
    values,
    ...(p.note ? { note: p.note } : {}),
  };
}
