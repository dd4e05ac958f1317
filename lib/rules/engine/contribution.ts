/**
 * Individual contribution. Resident scheme: regional figure for the window's benefit year where
 * sourced at A/B; else the national standard for that year (labelled); else "not published"
 * (F3.7) with the last published figure for context — never an invented number.
 */
import type { Answers } from '../answers';
import { yearOf } from '../dates';
import type { Choice, Contribution, DatedWindow, EnrollmentWindow, GroupShare } from '../outcome';
import { groupSubsidyKinds, nationalResidentIndividual, nationalResidentSubsidy, payrollRates } from '../parameters/national';
import { regionalAmounts, type RegionalAmounts, type ResidentGroup } from '../parameters/regional-amounts';
import { regionalNewbornWindows } from '../parameters/regional-windows';
import { isUnknown, lastKnownBefore, latest, valueAt, valueForYear, yearsBefore, type Resolved } from '../parameters/types';
import { contributionBasis } from '../reasons';
import { regionalGroupSubsidy, type GroupSubsidyRule } from '../regions';
import { SUBSIDISED_GROUPS, SUBSIDY_KINDS, type SpecialGroup, type SubsidisedGroup, type SubsidyKind } from '../vocab';
import { statable } from '../statable';
import type { Ctx } from './context';

/** The kinds in SUBSIDY_KINDS order: the first is the most in the person's favour. */
const SUBSIDY_RANK = Object.fromEntries(SUBSIDY_KINDS.map((k, i) => [k, i])) as Record<SubsidyKind, number>;
const isSubsidised = (g: SpecialGroup): g is SubsidisedGroup => (SUBSIDISED_GROUPS as readonly string[]).includes(g);

/** Each of the person's subsidised groups with how it is usually paid (national.group-subsidy-kinds, F4.4). */
function specialGroupSubsidy(a: Answers, ctx: Ctx): Contribution['specialGroupSubsidy'] {
  const r = valueAt(groupSubsidyKinds, ctx.asOf) ?? latest(groupSubsidyKinds);
  const kinds = r && !isUnknown(r.value) ? r.value : null;
  const out: Contribution['specialGroupSubsidy'] = [];
  for (const g of a.groups) if (isSubsidised(g) && kinds) out.push({ group: g, kind: kinds[g] });
  if (out.length > 0) {
    ctx.warn('special-group-subsidy-local');
    ctx.because('special-group-subsidised');
  }
  return out;
}

/**
 * What a subsidised person pays (F4.4): the place's own rule for the benefit year where stated
 * (A/B), the lowest share among the person's groups; else "usually paid in full / in part — confirm
 * locally", with the place's [C] rule, if any, as a report. `tiers`: the year's stated amounts ([] if none).
 */
function groupShare(subsidy: Contribution['specialGroupSubsidy'], benefitYear: number, tiers: number[], ctx: Ctx): GroupShare | null {
  if (subsidy.length === 0) return null;
  const param = ctx.region === 'elsewhere' ? undefined : regionalGroupSubsidy[ctx.region];
  const r = param ? valueForYear(param, benefitYear) : null;
  const rules = r && !isUnknown(r.value) ? r.value.rules.filter((x) => x.groups.some((g) => subsidy.some((s) => s.group === g))) : [];
  const mine = (x: GroupSubsidyRule) => x.groups.filter((g) => subsidy.some((s) => s.group === g));
  if (r && rules.length > 0 && statable(r) === 'state') {
    // The rule most in the person's favour: the whole contribution, else the largest fixed amount.
    const best = rules.reduce((b, x) => (x.covers === 'whole-contribution' || (b.covers !== 'whole-contribution' && (x.subsidyYuan ?? 0) > (b.subsidyYuan ?? 0)) ? x : b));
    const covers = best.covers === 'whole-contribution' ? 'whole-contribution' : 'part';
    const paysYuan = covers === 'whole-contribution' ? [0] : tiers.map((t) => Math.max(0, t - (best.subsidyYuan ?? 0)));
    ctx.because('special-group-place-rule', r);
    return { kind: 'place-rule', groups: mine(best), covers, subsidyYuan: best.subsidyYuan ?? null, paysYuan, benefitYear, confidence: r.confidence, facts: r.facts, sources: r.sources };
  }
  const subsidyKind = subsidy.reduce((b, s) => (SUBSIDY_RANK[s.kind] < SUBSIDY_RANK[b] ? s.kind : b), subsidy[0]!.kind);
  // A [C] rule is only a report ("reportedly paid in full"): its amounts are withheld.
  const full = r && rules.length > 0 ? rules.find((x) => x.covers === 'whole-contribution') : undefined;
  const placeReport = r && full ? { groups: mine(full), covers: 'whole-contribution' as const, benefitYear, facts: r.facts } : null;
  return { kind: 'usually', subsidy: subsidyKind, placeReport };
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
    groupShare: f.groupShare ?? null,
    alsoYears: f.alsoYears ?? [],
    yearsRule: f.yearsRule ?? null,
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
 * The last sourced figures, each labelled by year and by whose it is: the place's own A/B figure
 * (any earlier year), then the national standard (this benefit year's when published, else the
 * last before it). Never one for the other.
 */
const lastPublishedCache = new Map<string, Contribution['lastPublished']>();

function lastPublished(ctx: Ctx, group: ResidentGroup, benefitYear: number): Contribution['lastPublished'] {
  // Parameters are static data: the answer depends only on these four, and the sweep asks ~10⁵ times.
  const key = `${ctx.region}|${group}|${benefitYear}|${ctx.a.age}`;
  const hit = lastPublishedCache.get(key);
  if (hit) return hit;
  const out = Object.freeze(computeLastPublished(ctx, group, benefitYear)) as Contribution['lastPublished'];
  lastPublishedCache.set(key, out);
  return out;
}

function computeLastPublished(ctx: Ctx, group: ResidentGroup, benefitYear: number): Contribution['lastPublished'] {
  const out: Contribution['lastPublished'] = [];
  if (ctx.region !== 'elsewhere') {
    const param = regionalAmounts[ctx.region];
    for (const y of yearsBefore(param, benefitYear)) {
      const r = valueForYear(param, y);
      const row = r ? regionalRow(r, group, ctx.a.age) : null;
      if (r && row && statable(r) === 'state') {
        out.push({ whose: 'place', benefitYear: y, tiersYuan: row.tiersYuan, label: row.label, confidence: r.confidence, facts: r.facts });
        break;
      }
    }
  }
  const same = valueForYear(nationalResidentIndividual, benefitYear);
  const last = same && !isUnknown(same.value) ? same : lastKnownBefore(nationalResidentIndividual, benefitYear);
  if (last && !isUnknown(last.value)) out.push({ whose: 'national', benefitYear: yearOf(last.from), tiersYuan: [last.value], label: null, confidence: last.confidence, facts: last.facts });
  return out;
}

function residentContribution(a: Answers, group: ResidentGroup, benefitYear: number, ctx: Ctx): Contribution {
  const subsidy = specialGroupSubsidy(a, ctx);
  let hasPlaceLast = false;
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
        groupShare: groupShare(subsidy, benefitYear, row.tiersYuan, ctx),
        confidence: r.confidence,
        facts: r.facts,
        sources: r.sources,
      });
    }
    if (r && row) ctx.warn('regional-amount-unverified', { region: ctx.region });
    hasPlaceLast = lastPublished(ctx, group, benefitYear).some((l) => l.whose === 'place');
  }
  const n = valueForYear(nationalResidentIndividual, benefitYear);
  if (n && !isUnknown(n.value) && !hasPlaceLast) {
    const s = valueForYear(nationalResidentSubsidy, benefitYear);
    ctx.because('contribution-national', n);
    ctx.warn('contribution-national-standard');
    return make(ctx, 'national-standard', {
      benefitYear,
      tiersYuan: [n.value],
      governmentSubsidyYuan: s && !isUnknown(s.value) ? s.value : null,
      specialGroupSubsidy: subsidy,
      groupShare: groupShare(subsidy, benefitYear, [n.value], ctx),
      confidence: n.confidence,
      facts: n.facts,
      sources: n.sources,
    });
  }
  // Not in our sources for this benefit year — for the place (whose own last figure then leads,
  // before the national standard: F7.8) or nationally (F3.7). Cite the recorded gap when there is
  // one, else the last figure we do hold, so a later year never borrows another year's fact.
  const basis = n && !isUnknown(n.value) ? n : (n ?? lastKnownBefore(nationalResidentIndividual, benefitYear));
  if (basis) ctx.because(n && !isUnknown(n.value) ? 'contribution-national' : 'contribution-not-published', basis);
  ctx.warn('contribution-not-published', { benefitYear, region: ctx.region });
  return make(ctx, 'not-published', {
    benefitYear,
    lastPublished: lastPublished(ctx, group, benefitYear),
    specialGroupSubsidy: subsidy,
    groupShare: groupShare(subsidy, benefitYear, [], ctx),
    confidence: basis?.confidence ?? nationalResidentIndividual.confidence,
    facts: basis?.facts ?? nationalResidentIndividual.facts,
    sources: basis?.sources ?? nationalResidentIndividual.sources,
  });
}

/**
 * The benefit years a newborn's window needs (F4.2): from the birth year to the year of the
 * shortest closing day, and to this year when today is already past the birth year. Guangzhou's
 * sources say such a window means paying every year it touches; elsewhere it may: confirm locally.
 */
function newbornYears(window: DatedWindow, ctx: Ctx): { years: number[]; rule: 'place' | 'confirm-locally' | null } {
  const first = yearOf(window.opensOn);
  const last = Math.max(yearOf(window.closesOn), Math.min(yearOf(ctx.asOf), yearOf(window.closesOnLatest ?? window.closesOn)));
  if (last <= first) return { years: [first], rule: null };
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  const param = ctx.region === 'elsewhere' ? undefined : regionalNewbornWindows[ctx.region];
  const r = param ? valueAt(param, window.opensOn) : null;
  const sourced = r !== null && !isUnknown(r.value) && r.value.paysEveryYear === true && statable({ confidence: r.confidence, unit: 'enum' }) === 'state';
  return { years, rule: sourced ? 'place' : 'confirm-locally' };
}
export function contribution(primary: Choice, window: EnrollmentWindow, ctx: Ctx): Contribution {
  const a = ctx.a;
  switch (primary.group) {
    case 'employee-via-employer': {
      const r = valueAt(payrollRates, ctx.asOf);
      ctx.because('employee-payroll-rates', r);
      return make(ctx, 'payroll-share', {
        payroll: r && !isUnknown(r.value) ? r.value : null,
        confidence: r?.confidence ?? payrollRates.confidence,
        facts: r?.facts ?? payrollRates.facts,
        sources: r?.sources ?? payrollRates.sources,
      });
    }
    case 'employee-flexible':
      ctx.because('flexible-base-rate-local');
      return make(ctx, 'flexible-local', contributionBasis('flexible-local'));
    case 'employee-retiree':
      return make(ctx, 'retiree', contributionBasis('retiree'));
    case 'no-national-basis':
      return make(ctx, 'local-unknown', contributionBasis('local-unknown'));
    default: {
      if (window.kind === 'newborn') {
        const { years, rule } = newbornYears(window, ctx);
        const [first, ...more] = years.map((y) => residentContribution(a, primary.group as ResidentGroup, y, ctx));
        if (more.length > 0) ctx.warn('newborn-cross-year-pay-both');
        return more.length > 0 && first ? { ...first, alsoYears: more, yearsRule: rule } : (first as Contribution);
      }
      const year = 'benefitYear' in window ? window.benefitYear : yearOf(ctx.asOf) + 1;
      return residentContribution(a, primary.group, year, ctx);
    }
  }
}
