/**
 * The fact records the product cites (F1.1 … F7.16): parameters, engine reasons, scenario fixtures
 * and guide frontmatter refer to facts by these IDs. One record per fact, with a one-line
 * statement in our own words, the fact's confidence and the sources it rests on, by registry id.
 *
 * `confidence` is the tag the fact carries as a whole. Where it carries none, it is null, unless
 * the fact tags its main statement inside (F1.8, F6.5): then the lowest tag that applies to that
 * statement. Where a fact mixes levels (F7.14 is "C/B"), the lowest that applies to the main
 * statement. `note` says so, and records gaps ("GAP: …") and conflicting readings.
 *
 * The records are data, `facts.data.json` (an array, in ID order); this module is their schema
 * (`FactRecord`) and loader: it validates them when the rules load. tests/rules/facts.test.ts checks
 * them again and that every fact ID cited in the repo is here. A new fact is one more record in the
 * data file, in ID order.
 */
import * as z from 'zod/mini';
import { CONFIDENCES } from './vocab';
import { isSourceId } from './source-registry';
import data from './facts.data.json' with { type: 'json' };

const oneLine = (min: number) => z.string().check(z.minLength(min), z.regex(/^\S(?:[^\n\r]*\S)?$/, { message: 'one line, no leading or trailing space' }));

export const FactRecord = z.strictObject({
  id: z.string().check(z.regex(/^F\d+\.\d+$/, { message: 'fact IDs look like F2.7' })),
  title: oneLine(3),
  statement: oneLine(20),
  confidence: z.nullable(z.enum(CONFIDENCES)),
  /** Source registry ids (lib/rules/sources.data.json): the address, title and kind live there, once. */
  sources: z.array(z.string().check(z.refine(isSourceId, { message: 'not an id in lib/rules/sources.data.json' }))),
  note: z.optional(oneLine(3)),
});
export type FactRecord = z.infer<typeof FactRecord>;

/** The records, validated (a bad record throws when the rules load, naming the record and the field). */
function load(): readonly FactRecord[] {
  const r = z.array(FactRecord).safeParse(data);
  if (!r.success) {
    const lines = r.error.issues.map((i) => {
      const at = typeof i.path[0] === 'number' ? (data as Array<{ id?: unknown }>)[i.path[0]]?.id : undefined;
      return `  ${String(at ?? i.path[0])}.${i.path.slice(1).map(String).join('.')}: ${i.message}`;
    });
    throw new Error(`lib/rules/facts.data.json does not fit FactRecord (lib/rules/facts.ts):\n${lines.join('\n')}`);
  }
  return Object.freeze(r.data.map((f) => Object.freeze(f)));
}

export const FACTS: readonly FactRecord[] = load();
