/**
 * Invariants over the whole sweep (vocabulary × asOf dates, see sweep.ts). Collects violations
 * instead of asserting per call so a failure lists examples and the run stays fast.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, messagePaths, type Outcome, type Answers, type Region } from '../../lib/rules';
import { placeRegion } from '../../lib/rules/engine/option';
import { REGION_NOTE_WARNINGS } from '../../lib/rules/regions';
import { nationalResidentIndividual } from '../../lib/rules/parameters/national';
import { regionalAmounts } from '../../lib/rules/parameters/regional-amounts';
import { regionalWindows } from '../../lib/rules/parameters/regional-windows';
import { isUnknown, valueForYear } from '../../lib/rules/parameters/types';
import { SWEEP_DATES, invalidSweepAnswers, sweepAnswers } from './sweep';
import { outcomePaths } from './helpers';

const ANSWERS = sweepAnswers();
const KNOWN_PATHS = new Set(messagePaths());

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
  if (d.kind === 'act-by' && w.kind !== 'unsourced') bad.push('act-by without an unsourced window');
  if (w.kind === 'unsourced' && w.safeByBasis === 'earliest-seen' && w.safeBy !== null && w.safeBy.slice(5) !== '12-20') bad.push('earliest-seen safe day is not the earliest closing seen');
  const r = o.reminder;
  if (r) {
    if (d.kind !== 'sourced') bad.push('reminder without a sourced date');
    else if (!(r.remindOn < d.date) || r.deadline !== d.date) bad.push('reminder not before the headline deadline');
    if (r.remindOn <= asOf) bad.push('reminder in the past');
    if ((d.kind === 'sourced' && d.window) !== r.kind) bad.push('reminder names the wrong window');
  }
  return bad;
}

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
    // Waiting period and cover start never contradict.
    const wp = x.waitingPeriod;
    if (wp.kind === 'months' && wp.maxMonths > 0 && x.cover.kind !== 'after-wait') bad.push(`option ${i}: a wait of months but cover "${x.cover.kind}"`);
    if (x.cover.kind === 'from-date' && !['none', 'usually-none', 'exempt'].includes(wp.kind)) bad.push(`option ${i}: a cover date beside a ${wp.kind} wait`);
    if ((wp.kind === 'none' || wp.kind === 'usually-none') && wp.reasons.some((r) => r === 'late-enrollment' || r === 'switch-to-employee-local')) bad.push(`option ${i}: no wait beside a reason for one`);
    // The newborn exemption holds only within the local limit (F2.7, F4.1).
    if (a.age === 0 && a.coverage === 'none' && x.window.kind !== 'newborn' && x.choice.scheme === 'resident' && (wp.kind === 'exempt' || wp.kind === 'none' || wp.kind === 'usually-none') && a.birthDate !== undefined && a.birthDate <= asOf) bad.push(`option ${i}: newborn past the limit promised no wait`);
  }
  return bad;
}

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
  bad.push(...deadlineInvariants(a, asOf, o), ...optionInvariants(a, asOf, o));
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
  it('generates only schema-valid answers', () => {
    expect(ANSWERS.length).toBeGreaterThan(10_000);
    expect(invalidSweepAnswers(ANSWERS)).toEqual([]);
  });

  it('holds every invariant for every answer set on every date', () => {
    const failures: string[] = [];
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
        groupsSeen.add(o.primary.group);
        const bad = check(a, asOf, o);
        if (bad.length > 0 && failures.length < 20) failures.push(`${asOf} ${JSON.stringify(a)}: ${bad.join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBe(ANSWERS.length * SWEEP_DATES.length);
    // Every outcome branch is reachable from the vocabulary.
    expect([...groupsSeen].sort()).toEqual(
      ['employee-flexible', 'employee-retiree', 'employee-via-employer', 'no-national-basis', 'resident-child', 'resident-older', 'resident-pupil', 'resident-university', 'resident-working-age'].sort(),
    );
  }, 240_000); // ANSWERS × SWEEP_DATES evaluations (about 230,000 with 11 places): it grows with every place added, and CI machines may be busy

  it('is deterministic', () => {
    const sample = ANSWERS.filter((_, i) => i % 97 === 0);
    for (const a of sample) expect(evaluate(a, { asOf: '2026-11-27' })).toEqual(evaluate(a, { asOf: '2026-11-27' }));
  });
});
