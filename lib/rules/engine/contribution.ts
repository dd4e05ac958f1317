/**
 * Individual contribution. Resident scheme: regional figure for the window's benefit year where
 * sourced at A/B; else the national standard for that year (labelled); else "not published"
 * (F3.7) with the last published figure for context — never an invented number.
 */
import type { Answers } from '../answers';
import type { Choice, Contribution, EnrollmentWindow } from '../outcome';
import { nationalResidentIndividual, nationalResidentSubsidy, payrollRates } from '../parameters/national';
import { regionalAmounts, type RegionalAmounts, type ResidentGroup } from '../parameters/regional-amounts';
import { isUnknown, lastKnownBefore, valueAt, valueForYear, type Resolved } from '../parameters/types';
import { SOURCES as S } from '../parameters/sources';
import type { SpecialGroup, SubsidyKind } from '../vocab';
import type { Ctx } from './context';

const SUBSIDY: Partial<Record<SpecialGroup, SubsidyKind>> = {
  tekun: 'usually-full',
  orphan: 'usually-full',
  disability: 'full-or-partial',
  dibao: 'partial-or-full',
  monitored: 'partial-or-full',
};

function specialGroupSubsidy(a: Answers, ctx: Ctx): Contribution['specialGroupSubsidy'] {
  const out: Contribution['specialGroupSubsidy'] = [];
  for (const g of a.groups) {
    const kind = SUBSIDY[g];
    if (kind) out.push({ group: g, kind });
  }
  if (out.length > 0) {
    ctx.warn('special-group-subsidy-local');
    ctx.because('special-group-subsidised');
  }
  return out;
}

type Fields = Partial<Omit<Contribution, 'kind' | 'region' | 'confidence' | 'facts' | 'sources'>> &
  Pick<Contribution, 'confidence' | 'facts' | 'sources'>;

/** Builds the full object in one literal (no spread-and-override: keeps V8 shapes fast). */
function make(a: Answers, kind: Contribution['kind'], f: Fields): Contribution {
  return {
    kind,
    benefitYear: f.benefitYear ?? null,
    region: a.region,
    tiersYuan: f.tiersYuan ?? [],
    governmentSubsidyYuan: f.governmentSubsidyYuan ?? null,
    label: f.label ?? null,
    payroll: f.payroll ?? null,
    lastPublished: f.lastPublished ?? null,
    specialGroupSubsidy: f.specialGroupSubsidy ?? [],
    confidence: f.confidence,
    facts: f.facts,
    sources: f.sources,
  };
}

function regionalRow(r: Resolved<RegionalAmounts>, group: ResidentGroup, age: number) {
  if (isUnknown(r.value)) return null;
  return r.value.rows.find((row) => row.groups.includes(group) && (row.minAge === undefined || age >= row.minAge)) ?? null;
}

/** The most recent published A/B figure before `benefitYear`: regional first, else national. */
function lastPublished(a: Answers, group: ResidentGroup, benefitYear: number): Contribution['lastPublished'] {
  if (a.region !== 'elsewhere') {
    const param = regionalAmounts[a.region];
    for (let y = benefitYear - 1; y >= benefitYear - 3; y--) {
      const r = valueForYear(param, y);
      const row = r ? regionalRow(r, group, a.age) : null;
      if (r && row && r.confidence !== 'C') return { benefitYear: y, tiersYuan: row.tiersYuan, confidence: r.confidence };
    }
  }
  const last = lastKnownBefore(nationalResidentIndividual, benefitYear);
  return last && !isUnknown(last.value) ? { benefitYear: Number(last.from.slice(0, 4)), tiersYuan: [last.value], confidence: last.confidence } : null;
}

function residentContribution(a: Answers, group: ResidentGroup, benefitYear: number, ctx: Ctx): Contribution {
  const subsidy = specialGroupSubsidy(a, ctx);
  if (a.region !== 'elsewhere') {
    const r = valueForYear(regionalAmounts[a.region], benefitYear);
    const row = r ? regionalRow(r, group, a.age) : null;
    if (r && row && r.confidence !== 'C') {
      ctx.because('contribution-regional', r);
      return make(a, 'regional', {
        benefitYear,
        tiersYuan: row.tiersYuan,
        governmentSubsidyYuan: row.subsidyYuan ?? null,
        label: row.label,
        specialGroupSubsidy: subsidy,
        confidence: r.confidence,
        facts: r.facts,
        sources: r.sources,
      });
    }
    if (r && row) ctx.warn('regional-amount-unverified', { region: a.region });
  }
  const n = valueForYear(nationalResidentIndividual, benefitYear);
  if (n && !isUnknown(n.value)) {
    const s = valueForYear(nationalResidentSubsidy, benefitYear);
    ctx.because('contribution-national', n);
    ctx.warn('contribution-national-standard');
    return make(a, 'national-standard', {
      benefitYear,
      tiersYuan: [n.value],
      governmentSubsidyYuan: s && !isUnknown(s.value) ? s.value : null,
      specialGroupSubsidy: subsidy,
      confidence: n.confidence,
      facts: n.facts,
      sources: n.sources,
    });
  }
  const unknown = n ?? valueForYear(nationalResidentIndividual, 2027);
  if (unknown) ctx.because('contribution-not-published', unknown);
  ctx.warn('contribution-not-published', { benefitYear });
  return make(a, 'not-published', {
    benefitYear,
    lastPublished: lastPublished(a, group, benefitYear),
    specialGroupSubsidy: subsidy,
    confidence: unknown?.confidence ?? 'A',
    facts: unknown?.facts ?? ['F3.7'],
    sources: unknown?.sources ?? nationalResidentIndividual.sources,
  });
}

export function contribution(primary: Choice, window: EnrollmentWindow, ctx: Ctx): Contribution {
  const a = ctx.a;
  switch (primary.group) {
    case 'employee-via-employer': {
      const r = valueAt(payrollRates, ctx.asOf);
      ctx.because('employee-payroll-rates', r);
      return make(a, 'payroll-share', {
        payroll: r && !isUnknown(r.value) ? r.value : null,
        confidence: r?.confidence ?? 'A',
        facts: r?.facts ?? payrollRates.facts,
        sources: r?.sources ?? payrollRates.sources,
      });
    }
    case 'employee-flexible':
      ctx.because('flexible-base-rate-local');
      return make(a, 'flexible-local', { confidence: 'B', facts: ['F5.2', 'F7.10'], sources: [S.guangdongFlexible] });
    case 'employee-retiree':
      return make(a, 'retiree', { confidence: 'A', facts: ['F1.7', 'F5.1'], sources: [S.ssLawArt27, S.payroll1998] });
    case 'no-national-basis':
      return make(a, 'local-unknown', { confidence: 'A', facts: ['F4.6', 'F4.7'], sources: [S.hmt2019, S.foreign2011] });
    default: {
      const year = 'benefitYear' in window ? window.benefitYear : Number(ctx.asOf.slice(0, 4)) + 1;
      return residentContribution(a, primary.group, year, ctx);
    }
  }
}
