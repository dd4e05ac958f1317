/**
 * Individual contribution. Resident scheme: regional figure for the window's benefit year where
 * sourced at A/B; else the national standard for that year (labelled); else "not published"
 * (F3.7) with the last published figure for context — never an invented number.
 */
import type { Answers } from '../answers';
import { yearOf } from '../dates';
import type { Choice, Contribution, EnrollmentWindow } from '../outcome';
import { nationalResidentIndividual, nationalResidentSubsidy, payrollRates } from '../parameters/national';
import { regionalAmounts, type RegionalAmounts, type ResidentGroup } from '../parameters/regional-amounts';
import { isUnknown, lastKnownBefore, valueAt, valueForYear, type Resolved } from '../parameters/types';
import { SOURCES as S } from '../parameters/sources';
import type { SpecialGroup, SubsidyKind } from '../vocab';
import { statable } from '../statable';
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
function make(ctx: Ctx, kind: Contribution['kind'], f: Fields): Contribution {
  return {
    kind,
    benefitYear: f.benefitYear ?? null,
    region: ctx.region,
    tiersYuan: f.tiersYuan ?? [],
    governmentSubsidyYuan: f.governmentSubsidyYuan ?? null,
    label: f.label ?? null,
    payroll: f.payroll ?? null,
    lastPublished: f.lastPublished ?? [],
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

/**
 * The last sourced figures before `benefitYear`, each labelled by year and by whose it is: the
 * place's own A/B figure (any earlier year), then the national standard. Never one for the other.
 */
function lastPublished(ctx: Ctx, group: ResidentGroup, benefitYear: number): Contribution['lastPublished'] {
  const out: Contribution['lastPublished'] = [];
  if (ctx.region !== 'elsewhere') {
    const param = regionalAmounts[ctx.region];
    for (let y = benefitYear - 1; y >= benefitYear - 8; y--) {
      const r = valueForYear(param, y);
      const row = r ? regionalRow(r, group, ctx.a.age) : null;
      if (r && row && statable(r) === 'state') {
        out.push({ whose: 'place', benefitYear: y, tiersYuan: row.tiersYuan, label: row.label, confidence: r.confidence, facts: r.facts });
        break;
      }
    }
  }
  const last = lastKnownBefore(nationalResidentIndividual, benefitYear);
  if (last && !isUnknown(last.value)) out.push({ whose: 'national', benefitYear: Number(last.from.slice(0, 4)), tiersYuan: [last.value], label: null, confidence: last.confidence, facts: last.facts });
  return out;
}

function residentContribution(a: Answers, group: ResidentGroup, benefitYear: number, ctx: Ctx): Contribution {
  const subsidy = specialGroupSubsidy(a, ctx);
  if (ctx.region !== 'elsewhere') {
    const r = valueForYear(regionalAmounts[ctx.region], benefitYear);
    const row = r ? regionalRow(r, group, a.age) : null;
    if (r && row && statable(r) === 'state') {
      ctx.because('contribution-regional', r);
      return make(ctx, 'regional', {
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
    if (r && row) ctx.warn('regional-amount-unverified', { region: ctx.region });
  }
  const n = valueForYear(nationalResidentIndividual, benefitYear);
  if (n && !isUnknown(n.value)) {
    const s = valueForYear(nationalResidentSubsidy, benefitYear);
    ctx.because('contribution-national', n);
    ctx.warn('contribution-national-standard');
    return make(ctx, 'national-standard', {
      benefitYear,
      tiersYuan: [n.value],
      governmentSubsidyYuan: s && !isUnknown(s.value) ? s.value : null,
      specialGroupSubsidy: subsidy,
      confidence: n.confidence,
      facts: n.facts,
      sources: n.sources,
    });
  }
  // Not in our sources for this benefit year: cite the recorded gap (F3.7) when there is one,
  // else the last figure we do hold, so a later year never borrows another year's fact.
  const basis = n ?? lastKnownBefore(nationalResidentIndividual, benefitYear);
  if (basis) ctx.because('contribution-not-published', basis);
  ctx.warn('contribution-not-published', { benefitYear, region: ctx.region });
  return make(ctx, 'not-published', {
    benefitYear,
    lastPublished: lastPublished(ctx, group, benefitYear),
    specialGroupSubsidy: subsidy,
    confidence: basis?.confidence ?? nationalResidentIndividual.confidence,
    facts: basis?.facts ?? nationalResidentIndividual.facts,
    sources: basis?.sources ?? nationalResidentIndividual.sources,
  });
}

export function contribution(primary: Choice, window: EnrollmentWindow, ctx: Ctx): Contribution {
  const a = ctx.a;
  switch (primary.group) {
    case 'employee-via-employer': {
      const r = valueAt(payrollRates, ctx.asOf);
      ctx.because('employee-payroll-rates', r);
      return make(ctx, 'payroll-share', {
        payroll: r && !isUnknown(r.value) ? r.value : null,
        confidence: r?.confidence ?? 'A',
        facts: r?.facts ?? payrollRates.facts,
        sources: r?.sources ?? payrollRates.sources,
      });
    }
    case 'employee-flexible':
      ctx.because('flexible-base-rate-local');
      return make(ctx, 'flexible-local', { confidence: 'B', facts: ['F5.2', 'F7.10'], sources: [S.guangdongFlexible] });
    case 'employee-retiree':
      return make(ctx, 'retiree', { confidence: 'A', facts: ['F1.7', 'F5.1'], sources: [S.ssLawArt27, S.payroll1998] });
    case 'no-national-basis':
      return make(ctx, 'local-unknown', { confidence: 'A', facts: ['F4.6', 'F4.7'], sources: [S.hmt2019, S.foreign2011] });
    default: {
      const year = 'benefitYear' in window ? window.benefitYear : yearOf(ctx.asOf) + 1;
      return residentContribution(a, primary.group, year, ctx);
    }
  }
}
