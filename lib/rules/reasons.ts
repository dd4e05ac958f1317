/** Reasons that rest on a rule rather than a dated figure; figure-based reasons come from parameters. */
import type { ReasonId } from './ids';
import type { Reason } from './outcome';
import type { Resolved } from './parameters/types';
import { SOURCES as S } from './parameters/sources';

type Static = Omit<Reason, 'id'>;

export const STATIC_REASONS: Partial<Record<ReasonId, Static>> = {
  'employer-must-enroll': { facts: ['F1.1'], sources: [S.employeeWhoQa], effectiveFrom: null, confidence: 'B' },
  'flexible-may-choose': { facts: ['F1.3', 'F1.1', 'F1.2'], sources: [S.workerRights2025, S.employeeWhoQa, S.gf2016], effectiveFrom: '2025-01-07', confidence: 'B' },
  'resident-covers-others': { facts: ['F1.2'], sources: [S.gf2016], effectiveFrom: '2016-01-13', confidence: 'A' },
  'no-duplicate-enrollment': { facts: ['F1.4', 'F1.5', 'F1.6'], sources: [S.duplicate2020, S.transfer2021, S.notice2019], effectiveFrom: '2020-09-15', confidence: 'A' },
  'university-at-place-of-study': { facts: ['F4.3', 'F2.2'], sources: [S.univ2008, S.univ2023, S.gbf38Full], effectiveFrom: '2023-05-30', confidence: 'A' },
  'children-where-they-live': { facts: ['F2.2'], sources: [S.gbf38Full, S.gbf38Xjb], effectiveFrom: '2024-08-01', confidence: 'A' },
  'retiree-no-premium-if-years-met': { facts: ['F1.7', 'F5.4'], sources: [S.ssLawArt27, S.minYearsC], effectiveFrom: null, confidence: 'A' },
  'hmt-rules': { facts: ['F4.6'], sources: [S.hmt2019], effectiveFrom: '2020-01-01', confidence: 'A' },
  'foreign-employed-must-enroll': { facts: ['F4.7'], sources: [S.foreign2011], effectiveFrom: '2011-10-15', confidence: 'A' },
  'foreign-not-employed-no-basis': { facts: ['F4.7'], sources: [S.foreign2011, S.newbornGzB], effectiveFrom: '2011-10-15', confidence: 'A' },
  'special-group-subsidised': { facts: ['F4.4'], sources: [S.gbf38Full, S.dazhou2026], effectiveFrom: '2024-08-01', confidence: 'A' },
  'veteran-service-years-count': { facts: ['F4.5'], sources: [S.veteranLaw, S.jiangsu2022], effectiveFrom: null, confidence: 'A' },
  'late-enrollment': { facts: ['F3.9', 'F2.7'], sources: [S.waitBriefing, S.beijing2026, S.zhqWait], effectiveFrom: '2025-01-01', confidence: 'A' },
  'flexible-base-rate-local': { facts: ['F5.2', 'F7.10'], sources: [S.guangdongFlexible], effectiveFrom: null, confidence: 'B' },
  'materials-first-time': { facts: ['F6.1'], sources: [S.materialsHz, S.materialsWeihai, S.materialsGz], effectiveFrom: '2025-10', confidence: 'B' },
};

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
