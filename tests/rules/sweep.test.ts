/**
 * Invariants over the whole sweep (vocabulary × asOf dates, see sweep.ts). Collects violations
 * instead of asserting per call so a failure lists examples and the run stays fast.
 */
import { describe, expect, it, vi } from 'vitest';
import { SUBSIDISED_GROUPS, continuouslyEnrolled, costYears, evaluate, messagePaths, personalPay, REGIONS, ruleFigures, type Outcome, type Answers, type Region } from '../../lib/rules';
import { inWindow } from '../../lib/rules/engine/waiting';
import { statable } from '../../lib/rules/statable';
import { regionalNewbornWindows } from '../../lib/rules/parameters/regional-windows';
import { NOTHING_SOURCED } from './fixture-region';

// A place with nothing sourced is a first-class case of the sweep (issue 20, item 8): a test-only region file.
vi.mock('../../lib/rules/regions/list', async (importOriginal) => (await import('./fixture-region')).withNothingSourced(await importOriginal()));
import { placeRegion } from '../../lib/rules/engine/option';
import { REGION_NOTE_WARNINGS } from '../../lib/rules/regions';
import { nationalResidentIndividual } from '../../lib/rules/parameters/national';
import { regionalAmounts } from '../../lib/rules/parameters/regional-amounts';
import { regionalWindows } from '../../lib/rules/parameters/regional-windows';
import { isUnknown, valueAt, valueForYear } from '../../lib/rules/parameters/types';
import { FACT_APPLIES, SAYS, checkFacts } from '../../lib/rules/fact-applies';
import { FACTS } from '../../lib/rules/facts';
import { relatedGuides } from '../../components/wizard/guideLinks';
import { SWEEP_DATES, invalidSweepAnswers, sweepAnswers } from './sweep';
import { outcomePaths } from './helpers';
import { VoiceSweep } from './voice';

const ANSWERS = sweepAnswers();
const KNOWN_PATHS = new Set(messagePaths());
/** The helper-voice check is fed by the same walk (tests/rules/voice.ts). */
const voice = new VoiceSweep();

function diffDays(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

const PLACE_WARNINGS = new Set(['window-not-in-our-sources', 'regional-window-closed', 'regional-window-unverified', 'regional-amount-unverified', 'contribution-not-published', 'window-dates-local']);

/** Every sourced (A/B) closing day for the place of enrollment and benefit year: the headline may never be later. */
function sourcedClosings(region: Region, benefitYear: number): string[] {
  if (region === 'elsewhere') return [];
  const r = valueForYear(regionalWindows[region], benefitYear);
  return r && !isUnknown(r.value) && r.confidence !== 'C' ? [r.value.closesOn] : [];
}

/** The earliest closing day seen, in the season that collects for the window's benefit year (F3.8). */
function earliestClose(w: { benefitYear: number; seen: { opensEarliest: { month: number; day: number }; closesEarliest: { month: number; day: number } } }): string {
  const md = (m: { month: number; day: number }) => m.month * 100 + m.day;
  const c = w.seen.closesEarliest;
  const year = md(c) >= md(w.seen.opensEarliest) ? w.benefitYear - 1 : w.benefitYear;
  return `${year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/** The place holds its own newborn rule at A or B for this birth date. */
function ownNewbornRule(place: Region, birth: string): boolean {
  const p = place === 'elsewhere' ? undefined : regionalNewbornWindows[place];
  const r = p ? valueAt(p, birth) : null;
  return r !== null && !isUnknown(r.value) && statable(r) === 'state';
}

/**
 * No message promises what the outcome does not carry (item 7b, 8): a warning that names last
 * year's dates carries them and they are the window's; "never in our sources" only where nothing
 * is; the start-date conflict names the day used; a place without its own ways to pay says
 * "confirm locally" and never leaves family sharing as the only way.
 */
/**
 * The 居住证 pointer ("what would change") holds its promise: wherever it shows, the same answers
 * with a permit are admitted where the person lives, and without one they were not already (F7.13,
 * F2.11). Checked by evaluating the changed answers, not by reading the place's rule a second way.
 */
function permitPointerInvariants(a: Answers, asOf: string, o: Outcome): string[] {
  if (a.hukou !== 'other-mainland' || a.permit !== 'no' || !o.recommendation.wouldChange.includes('if-get-residence-permit')) return [];
  const withPermit = evaluate({ ...a, permit: 'yes' }, { asOf });
  const resident = (x: Outcome) => x.options.filter((opt) => opt.choice.scheme === 'resident');
  const admittedWith = resident(withPermit).some((opt) => opt.choice.where !== 'place-of-hukou');
  const admittedWithout = resident(o).some((opt) => opt.choice.where !== 'place-of-hukou') && !resident(o).some((opt) => opt.choice.where === 'place-of-hukou');
  if (!admittedWith) return ['a residence permit pointed to where a permit would not admit them'];
  if (admittedWithout) return ['a residence permit pointed to where they are already admitted without one'];
  return [];
}

function promiseInvariants(a: Answers, o: Outcome): string[] {
  const bad: string[] = [];
  for (const [i, x] of o.options.entries()) {
    const w = x.window;
    const place = placeRegion(x.choice, a);
    for (const warning of x.warnings) {
      const p = warning.params ?? {};
      if (warning.id === 'window-not-in-our-sources') {
        if (w.kind !== 'unsourced' || !w.lastSourced) bad.push(`option ${i}: last dates promised with none`);
        else if (p.lastYear !== w.lastSourced.benefitYear || p.lastOpens !== w.lastSourced.opensOn || p.lastCloses !== w.lastSourced.closesOn) bad.push(`option ${i}: last dates named are not the window's`);
      }
      if (warning.id === 'window-never-in-our-sources' && (w.kind !== 'unsourced' || w.lastSourced !== null)) bad.push(`option ${i}: "never in our sources" beside sourced dates`);
      if (warning.id === 'window-start-dates-conflict' && (w.kind !== 'regional' || p.latest !== w.opensOn)) bad.push(`option ${i}: start-date conflict without the day used`);
    }
    if (x.choice.scheme === 'resident') {
      if (x.channels.every((c) => c === 'family-sharing' || c === 'school') && x.choice.group !== 'resident-pupil' && x.choice.group !== 'resident-university') bad.push(`option ${i}: family sharing as the only way to pay`);
      const general = place === 'elsewhere' || (place as string) === NOTHING_SOURCED || !x.reasons.some((r) => r.id === 'channels-resident' && r.parameterId === `${place}.resident-channels`);
      if (general && !x.warnings.some((y) => y.id === 'channels-confirm-locally')) bad.push(`option ${i}: general ways to pay without "confirm locally"`);
    }
  }
  if (a.hukou === 'foreign' && o.recommendation.wouldChange.includes('if-get-residence-permit')) bad.push('a foreigner told a residence permit usually opens enrollment');
  return bad;
}

const figureCache = new Map<string, ReturnType<typeof ruleFigures>>();
function figuresOn(asOf: string): ReturnType<typeof ruleFigures> {
  let f = figureCache.get(asOf);
  if (!f) figureCache.set(asOf, (f = ruleFigures(asOf)));
  return f;
}

/**
 * Continuity (F2.7 [A], continuity.ts): someone not enrolled last year waits the fixed months even
 * inside the window, and the result says so; only a continuous record (or a newborn within the
 * limit, a special group, a short switch between schemes) is covered from 1 January.
 */
function continuityInvariants(a: Answers, asOf: string, o: Outcome): string[] {
  const bad: string[] = [];
  if (asOf < '2025-01-01') return bad;
  const f = figuresOn(asOf);
  const fixed = f.fixedMonths;
  const switching = a.coverage === 'employee-active' || (a.coverage === 'employee-lapsed' && (a.gapMonths ?? 0) <= f.gapMonths);
  const exemptGroup = a.groups.some((g) => g !== 'veteran');
  for (const [i, x] of o.options.entries()) {
    if (x.choice.scheme !== 'resident' || continuouslyEnrolled(a) || switching || x.window.kind === 'newborn') continue;
    if (x.cover.kind === 'from-date') bad.push(`option ${i}: not continuously enrolled but covered from a date`);
    if (x.cover.kind === 'after-wait' && x.cover.ifInWindow !== null) bad.push(`option ${i}: not continuously enrolled but covered from 1 January if paid in the window`);
    if (!exemptGroup && x.waitingPeriod.minMonths < fixed) bad.push(`option ${i}: not continuously enrolled with a wait under ${fixed} months`);
    if (inWindow(x.window) !== 'no' && !x.warnings.some((y) => y.id === 'not-continuous-wait-in-window')) bad.push(`option ${i}: the wait inside the window not said`);
  }
  return bad;
}

/** A place with nothing sourced is worded as such: no dates, no amounts of its own, no countdown (item 8). */
function nothingSourcedInvariants(a: Answers, o: Outcome): string[] {
  const bad: string[] = [];
  if ((a.region as string) !== NOTHING_SOURCED) return bad;
  if (o.deadline.kind === 'sourced' || o.reminder !== null) bad.push('a countdown or reminder in a place with nothing sourced');
  for (const [i, x] of o.options.entries()) {
    if (x.window.kind === 'regional') bad.push(`option ${i}: dated window in a place with nothing sourced`);
    if (x.window.kind === 'unsourced' && x.window.lastSourced !== null) bad.push(`option ${i}: last dates in a place with nothing sourced`);
    if (x.contribution.kind === 'regional' || x.contribution.lastPublished.some((l) => l.whose === 'place')) bad.push(`option ${i}: a local amount in a place with nothing sourced`);
  }
  return bad;
}

function deadlineInvariants(a: Answers, asOf: string, o: Outcome): string[] {
  const bad: string[] = [];
  const first = o.options[0];
  if (!first) return ['no options'];
  const d = o.deadline;
  const w = first.window;
  const place = placeRegion(first.choice, a);
  if (d.kind === 'sourced') {
    // A countdown only for a window sourced for this place and benefit year, or a newborn limit.
    if (w.kind === 'regional') {
      if (!sourcedClosings(place, w.benefitYear).includes(d.date)) bad.push('countdown to a date not sourced for this place and year');
    } else if (w.kind === 'newborn') {
      if (d.date !== w.closesOn || (w.closesOnLatest !== null && d.date > w.closesOnLatest)) bad.push('newborn headline is not the shortest reading');
    } else bad.push(`countdown on a ${w.kind} window`);
    if (d.date < asOf) bad.push('countdown to a past day');
    if (d.confidence === 'C') bad.push('countdown to a date known only at confidence C');
  }
  if ('date' in d && 'benefitYear' in w) for (const c of sourcedClosings(place, w.benefitYear)) if (d.date > c) bad.push('headline later than a sourced reading');
  if (d.kind === 'act-by' && d.date < asOf) bad.push('act-by in the past');
  if (d.kind === 'act-by' && w.kind !== 'unsourced' && d.basis !== 'other-places-newborn') bad.push('act-by without an unsourced window');
  if (w.kind === 'unsourced' && w.safeByBasis === 'earliest-seen' && w.safeBy !== null && w.safeBy.slice(5) !== '12-20') bad.push('earliest-seen safe day is not the earliest closing seen');
  // A safe day is never later than the earliest close seen for a collection window (item 7d).
  if (w.kind === 'unsourced' && w.safeBy !== null && w.safeBy > earliestClose(w)) bad.push(`safe day ${w.safeBy} later than the earliest close seen (${earliestClose(w)})`);
  if (d.kind === 'act-by' && w.kind === 'unsourced' && d.date > earliestClose(w)) bad.push('act-by later than the earliest close seen');
  // A countdown or a reminder only under the place's own sourced rule (item 7c).
  if (d.kind === 'sourced' && d.window === 'newborn') {
    if (w.kind !== 'newborn' || w.rule !== 'place') bad.push('newborn countdown under another place\'s rule');
    else if (!ownNewbornRule(place, a.birthDate ?? '')) bad.push('newborn countdown without the place\'s own A/B rule');
  }
  if (w.kind === 'newborn' && w.rule === 'place' && !ownNewbornRule(place, a.birthDate ?? '')) bad.push('newborn rule called the place\'s own without one');
  if (w.kind === 'newborn' && w.rule === 'other-places' && w.openNow && !(d.kind === 'act-by' && d.basis === 'other-places-newborn')) bad.push('other places\' newborn rule not given as advice');
  if (d.kind === 'act-by' && d.basis === 'other-places-newborn' && (w.kind !== 'newborn' || w.rule !== 'other-places' || d.date !== w.closesOn)) bad.push('other places\' newborn advice without their rule or later than its shortest reading');
  const r = o.reminder;
  if (r) {
    if (d.kind !== 'sourced') bad.push('reminder without a sourced date');
    else if (!(r.remindOn < d.date) || r.deadline !== d.date) bad.push('reminder not before the headline deadline');
    if (r.remindOn <= asOf) bad.push('reminder in the past');
    if ((d.kind === 'sourced' && d.window) !== r.kind) bad.push('reminder names the wrong window');
  }
  return bad;
}

const subsidised = (a: Answers) => a.groups.some((g) => (SUBSIDISED_GROUPS as readonly string[]).includes(g));

function optionInvariants(a: Answers, asOf: string, o: Outcome): string[] {
  const bad: string[] = [];
  for (const [i, x] of o.options.entries()) {
    const place = placeRegion(x.choice, a);
    const c = x.contribution;
    if (x.choice.scheme === 'resident') {
      if (c.tiersYuan.length === 0 && c.kind !== 'not-published') bad.push(`option ${i}: resident amount neither a figure nor an explicit unknown`);
      if (c.kind === 'not-published' && !x.warnings.some((w) => w.id === 'contribution-not-published')) bad.push(`option ${i}: unknown amount not flagged`);
      if (x.channels.length === 0) bad.push(`option ${i}: no channels`);
      if (!['regional', 'unsourced', 'newborn'].includes(x.window.kind)) bad.push(`option ${i}: resident option without a window`);
    }
    if (x.choice.scheme !== 'none' && x.materials.length === 0) bad.push(`option ${i}: no materials`);
    if (x.choice.scheme !== 'none' && x.choice.group !== 'employee-retiree' && x.channels.length === 0) bad.push(`option ${i}: no channels`);
    // The confidence shown is the value's own.
    if (c.kind === 'regional') {
      const r = place === 'elsewhere' ? null : valueForYear(regionalAmounts[place], c.benefitYear ?? 0);
      if (!r || r.confidence !== c.confidence || r.confidence === 'C') bad.push(`option ${i}: regional amount with a borrowed confidence`);
    }
    for (const l of c.lastPublished) {
      if (l.whose === 'place') {
        const r = place === 'elsewhere' ? null : valueForYear(regionalAmounts[place], l.benefitYear);
        if (!r || r.confidence !== l.confidence || r.confidence === 'C') bad.push(`option ${i}: last place figure with a borrowed confidence`);
      } else {
        const r = valueForYear(nationalResidentIndividual, l.benefitYear);
        if (!r || r.confidence !== l.confidence) bad.push(`option ${i}: last national figure with a borrowed confidence`);
      }
    }
    // Place-specific statements only for the place of enrollment.
    if (c.region !== place) bad.push(`option ${i}: amount for another place`);
    if (x.window.kind === 'unsourced' && x.window.lastSourced && place === 'elsewhere') bad.push(`option ${i}: a city's window for a place we do not cover`);
    for (const w of x.warnings) {
      if (PLACE_WARNINGS.has(w.id) && w.params?.region !== undefined && w.params.region !== place) bad.push(`option ${i}: ${w.id} about ${String(w.params.region)} while enrolling in ${place}`);
      if (REGION_NOTE_WARNINGS.includes(w.id as never) && w.params?.region !== place) bad.push(`option ${i}: ${w.id} from another place's file`);
    }
    // What a subsidised person pays (F4.4): never the standard amount as the headline, unless the
    // place's stated (A/B) rule for the group gives that share.
    if (subsidised(a) && x.choice.scheme === 'resident') {
      for (const y of costYears(c)) {
        const pay = personalPay(y);
        if (pay.kind === 'amount' && !pay.byGroupRule) bad.push(`option ${i}: a subsidised person's headline is the standard amount (${y.benefitYear})`);
        if (y.groupShare === null) bad.push(`option ${i}: a subsidised person without a group share`);
        if (y.groupShare?.kind === 'place-rule' && y.groupShare.confidence === 'C') bad.push(`option ${i}: a [C] group rule stated`);
      }
    }
    // A newborn whose period (birth → shortest closing) crosses 31 December: the cost names both benefit years (F4.2).
    if (x.window.kind === 'newborn' && x.window.closesOn.slice(0, 4) > x.window.opensOn.slice(0, 4)) {
      const by = Number(x.window.opensOn.slice(0, 4));
      const years = costYears(c).map((y) => y.benefitYear);
      if (!years.includes(by) || !years.includes(by + 1)) bad.push(`option ${i}: newborn period crosses the year but the cost names ${years.join(', ')}`);
      if (c.yearsRule === null) bad.push(`option ${i}: newborn years without whose rule it is`);
    }
    // Waiting period and cover start never contradict.
    const wp = x.waitingPeriod;
    // A range of months is never shown without its cases, each with its own months.
    if (wp.kind === 'months') {
      const lo = Math.min(...wp.cases.map((k) => k.minMonths));
      const hi = Math.max(...wp.cases.map((k) => k.maxMonths));
      if (wp.cases.length === 0 || lo !== wp.minMonths || hi !== wp.maxMonths) bad.push(`option ${i}: waiting cases do not make up the range`);
      if (wp.minMonths < wp.maxMonths && wp.cases.length < 2) bad.push(`option ${i}: a waiting range ${wp.minMonths}–${wp.maxMonths} with one case`);
      for (const k of wp.cases) if (k.minMonths < k.maxMonths && k.id !== 'not-back-paid-readings') bad.push(`option ${i}: waiting case ${k.id} is itself a range`);
    } else if (wp.cases.length > 0) bad.push(`option ${i}: waiting cases on a ${wp.kind} wait`);
    if (wp.kind === 'months' && wp.maxMonths > 0 && x.cover.kind !== 'after-wait') bad.push(`option ${i}: a wait of months but cover "${x.cover.kind}"`);
    if (x.cover.kind === 'from-date' && !['none', 'usually-none', 'exempt'].includes(wp.kind)) bad.push(`option ${i}: a cover date beside a ${wp.kind} wait`);
    if ((wp.kind === 'none' || wp.kind === 'usually-none') && wp.reasons.some((r) => r === 'late-enrollment' || r === 'switch-to-employee-local')) bad.push(`option ${i}: no wait beside a reason for one`);
    // The newborn exemption holds only within the local limit (F2.7, F4.1).
    if (a.age === 0 && a.coverage === 'none' && x.window.kind !== 'newborn' && x.choice.scheme === 'resident' && (wp.kind === 'exempt' || wp.kind === 'none' || wp.kind === 'usually-none') && a.birthDate !== undefined && a.birthDate <= asOf) bad.push(`option ${i}: newborn past the limit promised no wait`);
  }
  return bad;
}

const RANK = { A: 0, B: 1, C: 2 } as const;
const FACT_RANK = new Map<string, number | null>(FACTS.map((f) => [f.id, f.confidence === null ? null : RANK[f.confidence]]));

/** Nothing stated more firmly than its confidence: every id the outcome emits declares the level it asserts (lib/rules/fact-applies.ts SAYS), and a reason is never firmer than the firmest fact it cites. */
function confidenceInvariants(o: Outcome): string[] {
  const bad: string[] = [];
  const reason = (r: Outcome['reasons'][number]) => {
    let firmest = Infinity;
    for (const f of r.facts) {
      const c = FACT_RANK.get(f);
      if (c !== null && c !== undefined && c < firmest) firmest = c;
    }
    if (RANK[r.confidence] < firmest && firmest !== Infinity) bad.push(`reason ${r.id} at ${r.confidence}, firmer than its facts ${r.facts.join(', ')}`);
  };
  for (const w of o.warnings) if (!(w.id in SAYS.warnings)) bad.push(`warning ${w.id} declares no level`);
  for (const n of o.nextSteps) if (!(n.id in SAYS.nextSteps)) bad.push(`next step ${n.id} declares no level`);
  o.reasons.forEach(reason);
  for (const x of o.options) {
    for (const w of x.warnings) if (!(w.id in SAYS.warnings)) bad.push(`warning ${w.id} declares no level`);
    for (const r of x.waitingPeriod.reasons) if (!(r in SAYS.waitReasons)) bad.push(`wait reason ${r} declares no level`);
    x.reasons.forEach(reason);
  }
  return bad;
}

/** Fact coverage gathered by the sweep: where each fact applied, and where it applied but was not said. */
const factStats = { calls: 0, applied: new Map<string, number>(), unsaid: new Map<string, number>(), examples: [] as string[] };

function check(a: Answers, asOf: string, o: Outcome): string[] {
  const bad: string[] = [];
  if (!o.primary || typeof o.primary.group !== 'string') bad.push('no primary');
  if (o.primary.group === 'employee-via-employer' && a.situation !== 'employee') bad.push('employer scheme without an employer');
  if (o.alternatives.some((x) => x.group === o.primary.group && x.where === o.primary.where)) bad.push('alternative repeats primary');
  if (o.alternatives.some((x) => x.group === 'employee-via-employer')) bad.push('employer scheme as alternative');
  for (const p of outcomePaths(o)) if (!KNOWN_PATHS.has(p)) bad.push(`no wording for ${p}`);
  for (const r of o.reasons) if (r.sources.length === 0 || r.facts.length === 0) bad.push(`reason ${r.id} without source/fact`);
  if (o.reasons.length === 0) bad.push('no reasons');
  const w = o.window;
  if ('openNow' in w) {
    const open = w.opensOn <= asOf && asOf <= w.closesOn;
    if (w.openNow !== open) bad.push('openNow inconsistent with dates');
    if (w.opensOn > w.closesOn && w.kind !== 'newborn') bad.push('window opens after it closes');
    if (w.openNow && w.daysLeft !== diffDays(asOf, w.closesOn) + 1) bad.push('daysLeft wrong');
    if (!w.openNow && w.daysLeft !== null) bad.push('daysLeft on a closed window');
    if (asOf < w.opensOn ? w.daysUntilOpen !== diffDays(asOf, w.opensOn) : w.daysUntilOpen !== null) bad.push('daysUntilOpen wrong');
    if (w.openNow && (w.daysLeft ?? 0) < 1) bad.push('open with no days left');
    if (w.closesOnLatest !== null && w.closesOnLatest < w.closesOn) bad.push('newborn: the safe closing day is later than the longest reading');
    if (w.opensOnEarliest !== null && w.opensOnEarliest > w.opensOn) bad.push('opensOnEarliest after opensOn');
    if (w.kind !== 'newborn' && w.closesOn < asOf) bad.push('window entirely in the past');
    if (w.kind !== 'newborn' && String(w.benefitYear) !== w.coverStarts.slice(0, 4)) bad.push('benefit year vs cover start');
  }
  bad.push(...deadlineInvariants(a, asOf, o), ...optionInvariants(a, asOf, o), ...promiseInvariants(a, o), ...permitPointerInvariants(a, asOf, o), ...continuityInvariants(a, asOf, o), ...nothingSourcedInvariants(a, o), ...confidenceInvariants(o));
  // The fact oracle: every applicable fact is said (statement, hedge for C, or guide pointer), never more firmly than its level.
  const facts = checkFacts(a, asOf, o, () => relatedGuides(o, a));
  factStats.calls++;
  for (const f of facts.applied) factStats.applied.set(f, (factStats.applied.get(f) ?? 0) + 1);
  for (const p of facts.problems) {
    const f = p.split(' ')[0] as string;
    const n = factStats.unsaid.get(f) ?? 0;
    factStats.unsaid.set(f, n + 1);
    if (n < 2 && factStats.examples.length < 40) factStats.examples.push(`${asOf} ${JSON.stringify(a)}: ${p}`);
  }
  if (o.primary.scheme !== 'resident' && 'openNow' in w) bad.push('dated window for a non-resident scheme');
  const wp = o.waitingPeriod;
  if (wp.minMonths < 0 || wp.minMonths > wp.maxMonths) bad.push('waiting range inverted');
  if (wp.kind === 'months' && wp.reasons.length === 0) bad.push('waiting months without reasons');
  const c = o.contribution;
  if (c.kind === 'regional' && (c.confidence === 'C' || c.tiersYuan.length === 0)) bad.push('regional amount stated at confidence C or empty');
  if (c.kind === 'not-published' && c.tiersYuan.length > 0) bad.push('unpublished year with an amount');
  if (c.kind === 'not-published' && !o.warnings.some((x) => x.id === 'contribution-not-published')) bad.push('unpublished year not flagged');
  if ('openNow' in w && w.kind === 'regional' && w.confidence === 'C') bad.push('regional window at confidence C');
  if (new Set(o.warnings.map((x) => x.id)).size !== o.warnings.length) bad.push('duplicate warnings');
  if (o.materials.length === 0 && o.primary.scheme !== 'none') bad.push('no materials');
  return bad;
}

describe('sweep over vocabulary × dates', () => {
  it('generates only schema-valid answers, the place with nothing sourced included', () => {
    expect(ANSWERS.length).toBeGreaterThan(10_000);
    expect(REGIONS).toContain(NOTHING_SOURCED);
    expect(ANSWERS.some((a) => (a.region as string) === NOTHING_SOURCED)).toBe(true);
    expect(invalidSweepAnswers(ANSWERS)).toEqual([]);
  });

  it('holds every invariant for every answer set on every date', () => {
    const failures: string[] = [];
    const kinds = new Set<string>();
    const groupsSeen = new Set<string>();
    let calls = 0;
    for (const asOf of SWEEP_DATES) {
      for (const a of ANSWERS) {
        let o: Outcome;
        try {
          o = evaluate(a, { asOf });
        } catch (e) {
          failures.push(`${asOf} threw ${String(e)} for ${JSON.stringify(a)}`);
          continue;
        }
        calls++;
        voice.add(a, o);
        groupsSeen.add(o.primary.group);
        const bad = check(a, asOf, o);
        if (bad.length > 0 && failures.length < 40) {
          // One example per kind of violation, so a failure shows every kind, not 40 of the first.
          const kind = bad.map((b) => b.replace(/^option \d+: /, '').replace(/\d{4}-\d{2}-\d{2}/g, 'D')).sort().join('; ');
          if (!kinds.has(kind)) {
            kinds.add(kind);
            failures.push(`${asOf} ${JSON.stringify(a)}: ${bad.join('; ')}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBe(ANSWERS.length * SWEEP_DATES.length);
    // Every outcome branch is reachable from the vocabulary.
    expect([...groupsSeen].sort()).toEqual(
      ['employee-flexible', 'employee-retiree', 'employee-via-employer', 'no-national-basis', 'resident-child', 'resident-older', 'resident-pupil', 'resident-university', 'resident-working-age'].sort(),
    );
  }, 420_000); // every answer set × date (every place, the place with nothing sourced included) with every invariant and the fact oracle: it grows with every place added; minutes on a busy shared machine

  it('says every applicable fact wherever it applies, never more firmly than its confidence (fact coverage)', () => {
    // Gathered by the invariant walk above over the same answer sets × dates.
    expect(factStats.calls).toBe(ANSWERS.length * SWEEP_DATES.length);
    const withEntry = new Set(FACT_APPLIES.map((e) => e.fact));
    const applicable = [...factStats.applied.keys()];
    const saidEverywhere = applicable.filter((f) => !factStats.unsaid.has(f));
    console.log(
      `fact coverage: ${FACTS.length} facts; ${withEntry.size} with an applies-when; ${applicable.length} applicable somewhere in the sweep; ` +
        `${saidEverywhere.length} of ${applicable.length} said wherever they apply (${ANSWERS.length} answer sets × ${SWEEP_DATES.length} dates)`,
    );
    expect(factStats.examples).toEqual([]);
    expect(Object.fromEntries(factStats.unsaid)).toEqual({});
    // Every entry's fact applies somewhere in the sweep: an entry the sweep never meets checks nothing.
    expect([...withEntry].filter((f) => !factStats.applied.has(f))).toEqual([]);
  });

  it('says TA / they, never 你 / you, about the person in every helper-mode result (runs after the walk)', async () => {
    expect(voice.outcomes).toBe(ANSWERS.length * SWEEP_DATES.length);
    const { failures, missing, report } = await voice.check();
    expect(failures).toEqual([]);
    expect(missing).toEqual([]);
    console.info(report);
  }, 120_000);

  it('is deterministic', () => {
    const sample = ANSWERS.filter((_, i) => i % 97 === 0);
    for (const a of sample) expect(evaluate(a, { asOf: '2026-11-27' })).toEqual(evaluate(a, { asOf: '2026-11-27' }));
  });
});
