/**
 * Reasons that rest on a rule rather than a dated figure, and the provenance of the contribution
 * kinds that have no figure; figure-based reasons come from parameters. The data is
 * `provenance.data.json` (`reasons`: reason id → facts, sources, effective date, confidence;
 * `contributions`: contribution kind → facts, sources, confidence; `rules`: the same for a rule
 * stated as one sentence, e.g. continuity), validated here when the rules
 * load: a reason id must be one of REASONS, a kind one of CONTRIBUTION_KINDS, a source an entry of
 * the registry.
 */
import * as z from 'zod/mini';
import { REASONS, type ReasonId } from './ids';
import type { Contribution, Reason } from './outcome';
import type { FactId, Resolved } from './parameters/types';
import { FactIdSchema, SourceIdSchema } from './parameters/schema';
import { SOURCE_REGISTRY, type SourceId } from './source-registry';
import { CONFIDENCES, CONTRIBUTION_KINDS } from './vocab';
import data from './provenance.data.json' with { type: 'json' };

const Provenance = z.strictObject({
  facts: z.array(FactIdSchema).check(z.minLength(1)),
  sources: z.array(SourceIdSchema).check(z.minLength(1)),
  confidence: z.enum(CONFIDENCES),
});
const ProvenanceFile = z.strictObject({
  reasons: z.partialRecord(z.enum(REASONS), z.extend(Provenance, { effectiveFrom: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, { message: "effectiveFrom is 'YYYY-MM' or 'YYYY-MM-DD', or null" }))) })),
  contributions: z.partialRecord(z.enum(CONTRIBUTION_KINDS), Provenance),
  /** Rules stated as one sentence across pages (continuity.ts). */
  rules: z.strictObject({ continuity: Provenance }),
});

function load() {
  const r = ProvenanceFile.safeParse(data);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.map(String).join('.')}: ${i.message}`);
    throw new Error(`lib/rules/provenance.data.json does not fit its schema (lib/rules/reasons.ts):\n${lines.join('\n')}`);
  }
  const src = (ids: readonly string[]) => ids.map((id) => SOURCE_REGISTRY[id as SourceId]);
  const reasons: Partial<Record<ReasonId, Static>> = {};
  for (const [id, x] of Object.entries(r.data.reasons)) if (x) reasons[id as ReasonId] = { facts: x.facts as FactId[], sources: src(x.sources), effectiveFrom: x.effectiveFrom, confidence: x.confidence };
  const contributions: Partial<Record<Contribution['kind'], ContributionBasis>> = {};
  for (const [kind, x] of Object.entries(r.data.contributions)) if (x) contributions[kind as Contribution['kind']] = Object.freeze({ facts: x.facts as FactId[], sources: src(x.sources), confidence: x.confidence });
  const rules = Object.freeze({ continuity: Object.freeze({ facts: r.data.rules.continuity.facts as FactId[], sources: src(r.data.rules.continuity.sources), confidence: r.data.rules.continuity.confidence }) });
  return { reasons, contributions, rules };
}

type Static = Omit<Reason, 'id'>;
export type ContributionBasis = Pick<Contribution, 'confidence' | 'facts' | 'sources'>;
const loaded = load();

export const STATIC_REASONS: Partial<Record<ReasonId, Static>> = loaded.reasons;

/** The provenance of a rule stated as one sentence (`continuity`: when resident cover starts, continuity.ts). */
export function ruleBasis(rule: 'continuity'): ContributionBasis {
  return loaded.rules[rule];
}

/** The provenance of a contribution kind that rests on a rule, not a figure (flexible-local, retiree, local-unknown). */
export function contributionBasis(kind: Contribution['kind']): ContributionBasis {
  const b = loaded.contributions[kind];
  if (!b) throw new Error(`no provenance for contribution kind ${kind} in lib/rules/provenance.data.json`);
  return b;
}

// Reasons are immutable, so each distinct one is built once and shared (the sweep calls evaluate ~10⁵ times).
const cache = new Map<string, Reason>();

export function staticReason(id: ReasonId): Reason {
  let hit = cache.get(id);
  if (!hit) {
    const r = STATIC_REASONS[id];
    if (!r) throw new Error(`no static reason ${id}`);
    hit = Object.freeze({ id, ...r });
    cache.set(id, hit);
  }
  return hit;
}

const byResolved = new WeakMap<Resolved<unknown>, Map<ReasonId, Reason>>();

export function reasonFrom(id: ReasonId, r: Resolved<unknown>): Reason {
  let m = byResolved.get(r);
  if (!m) {
    m = new Map();
    byResolved.set(r, m);
  }
  let hit = m.get(id);
  if (!hit) {
    hit = Object.freeze({ id, facts: r.facts, sources: r.sources, effectiveFrom: r.from, confidence: r.confidence, parameterId: r.parameterId });
    m.set(id, hit);
  }
  return hit;
}
