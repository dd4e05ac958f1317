/**
 * The rules as data, for the sources page (app/[locale]/sources) and GET /api/v1/rules: both are
 * built from here, and this reads only the rules library's public data (PARAMETERS, FACTS, the
 * source registry and the changelog), so neither can drift from what the check uses.
 */
import { createHash } from 'node:crypto';
import { CHANGELOG, FACTS, PARAMETERS, SOURCE_KINDS, SOURCE_REGISTRY, type Source, type SourceKind } from '@/lib/rules';

type Parameter = (typeof PARAMETERS)[number];
type DatedValue = Parameter['values'][number];
type Confidence = Parameter['confidence'];

/** A value the sources do not give: stored as `{ unknown: true, note }`. */
export type UnknownValue = { unknown: true; note: string };
export const isUnknownValue = (v: unknown): v is UnknownValue =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { unknown?: unknown }).unknown === true;

const byUrl = new Map<string, string>(Object.values(SOURCE_REGISTRY).map((s) => [s.url, s.id]));

/**
 * The registry id of a citation: a registry entry (what parameters cite), its id (what the fact
 * records cite), or its address. Null for anything else.
 */
export function sourceIdOf(ref: unknown): string | null {
  if (typeof ref === 'string') {
    if (Object.hasOwn(SOURCE_REGISTRY, ref)) return ref;
    return byUrl.get(ref) ?? null;
  }
  if (typeof ref === 'object' && ref !== null && typeof (ref as { id?: unknown }).id === 'string') {
    const id = (ref as { id: string }).id;
    return Object.hasOwn(SOURCE_REGISTRY, id) ? id : null;
  }
  return null;
}

const ids = (refs: readonly unknown[]): string[] => [...new Set(refs.map(sourceIdOf).filter((x): x is string => x !== null))];

/** A registry entry by id (the id comes from sourceIdOf, so it exists). */
export const sourceById = (id: string): Source => (SOURCE_REGISTRY as Record<string, Source>)[id] as Source;

/** One dated value with what applies to it: its own confidence, facts and sources, else the parameter's. */
export type ResolvedValue = {
  from: string;
  value: unknown;
  confidence: Confidence;
  facts: string[];
  sources: string[];
  /** Whether the value sets its own confidence, facts or sources (shown beside it on the page). */
  own: { confidence: boolean; facts: boolean; sources: boolean };
};

export function resolveValue(p: Parameter, v: DatedValue): ResolvedValue {
  return {
    from: v.from,
    value: v.value,
    confidence: v.confidence ?? p.confidence,
    facts: [...(v.facts ?? p.facts)],
    sources: ids(v.sources ?? p.sources),
    own: { confidence: v.confidence !== undefined, facts: v.facts !== undefined, sources: v.sources !== undefined },
  };
}

/** A parameter's values, newest first: the rules' change history. */
export function historyNewestFirst(p: Parameter): ResolvedValue[] {
  return [...p.values].sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0)).map((v) => resolveValue(p, v));
}

/** Every source id a parameter cites, its own and its values'. */
export function parameterSourceIds(p: Parameter): string[] {
  return ids([...p.sources, ...p.values.flatMap((v) => v.sources ?? [])]);
}

/** Every fact id a parameter cites, its own and its values'. */
export function parameterFactIds(p: Parameter): string[] {
  return [...new Set([...p.facts, ...p.values.flatMap((v) => v.facts ?? [])])];
}

export type CitedBy = { parameters: string[]; facts: string[] };

let citedBy: ReadonlyMap<string, CitedBy> | undefined;

/** For each source id (every one in the registry): the parameters and facts that cite it, in their own order. */
export function citations(): ReadonlyMap<string, CitedBy> {
  if (citedBy) return citedBy;
  const map = new Map<string, CitedBy>(Object.keys(SOURCE_REGISTRY).map((id) => [id, { parameters: [], facts: [] }]));
  for (const p of PARAMETERS) for (const id of parameterSourceIds(p)) map.get(id)?.parameters.push(p.id);
  for (const f of FACTS) for (const id of ids(f.sources)) map.get(id)?.facts.push(f.id);
  citedBy = map;
  return map;
}

/** The registry grouped by kind, in the order of SOURCE_KINDS (official first), each group in registry order. */
export function sourcesByKind(): Array<{ kind: SourceKind; sources: Source[] }> {
  const all = Object.values(SOURCE_REGISTRY) as Source[];
  return SOURCE_KINDS.map((kind) => ({ kind, sources: all.filter((s) => s.kind === kind) }));
}

/** The fact records, with their sources as registry ids. */
export function factRecords() {
  return FACTS.map((f) => ({ ...f, sourceIds: ids(f.sources) }));
}

/** `o` without the keys named. */
export function omit<O extends object, K extends keyof O>(o: O, keys: readonly K[]): Omit<O, K> {
  const out = { ...o };
  for (const k of keys) delete out[k];
  return out;
}

/** A registry entry as the API gives it: the data file's fields, without the id (the key) or the derived url. */
export const entryOf = (s: Source) => omit(s, ['id', 'url']);

export type RulesDocument = ReturnType<typeof buildRulesDocument>;

function buildRulesDocument() {
  const cited = citations();
  const data = {
    parameters: PARAMETERS.map((p) => ({
      id: p.id,
      description: p.description,
      unit: p.unit,
      lookup: p.lookup,
      confidence: p.confidence,
      facts: [...p.facts],
      sources: ids(p.sources),
      // Oldest first, as they were added; each with the confidence, facts and sources that apply to it.
      values: [...p.values].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)).map((v) => {
        const r = resolveValue(p, v);
        return { from: r.from, value: r.value, confidence: r.confidence, facts: r.facts, sources: r.sources };
      }),
    })),
    sources: Object.fromEntries(Object.values(SOURCE_REGISTRY).map((s) => [s.id, { ...entryOf(s as Source), citedBy: cited.get(s.id) }])),
    // Each a fact record as its schema (/api/v1/schema/fact.json) has it, keyed by its id.
    facts: Object.fromEntries(factRecords().map(({ sourceIds, ...f }) => [f.id, { ...f, sources: sourceIds }])),
    // What changed in the data and why, newest first (lib/rules/changelog.json): in the hashed data, so
    // that a new entry changes `version` and the ETag as the body changes.
    changelog: CHANGELOG.map((e) => ({ ...e })),
  };
  const canonical = JSON.stringify(data);
  const dates = (list: string[]) => list.filter(Boolean).sort().at(-1) ?? null;
  return {
    api: 'yibao-guide/v1' as const,
    // Changes exactly when the data below changes: a cheap way for a tool to see that the rules moved.
    version: `sha256-${createHash('sha256').update(canonical).digest('hex').slice(0, 16)}`,
    generated: {
      from: 'PARAMETERS, FACTS, the source registry and the changelog of the rules library (lib/rules) in this build',
      latestValueFrom: dates(PARAMETERS.flatMap((p) => p.values.map((v) => v.from))),
      latestRetrieved: dates(Object.values(SOURCE_REGISTRY).map((s) => s.retrieved)),
      latestChange: dates(CHANGELOG.map((e) => e.date)),
    },
    lookups: {
      dated: 'the value in force on a day is the last one whose `from` is on or before that day',
      yearly: 'a value applies to one benefit year (参保年度) only: the one whose `from` is YYYY-01-01; a year without a value is not in our sources',
    },
    unknownValues: 'a value of { "unknown": true, "note": … } means the figure is not in our sources (never a guess)',
    counts: { parameters: data.parameters.length, sources: Object.keys(data.sources).length, facts: Object.keys(data.facts).length, changes: data.changelog.length },
    ...data,
  };
}

let doc: RulesDocument | undefined;

/** The whole rules document, built once. */
export function rulesDocument(): RulesDocument {
  doc ??= buildRulesDocument();
  return doc;
}
