/**
 * Invariants over the whole sweep (vocabulary × asOf dates, see sweep.ts). Collects violations
 * instead of asserting per call so a failure lists examples and the run stays fast.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, messagePaths, type Outcome, type Answers } from '../../lib/rules';
import { SWEEP_DATES, invalidSweepAnswers, sweepAnswers } from './sweep';
import { outcomePaths } from './helpers';

const ANSWERS = sweepAnswers();
const KNOWN_PATHS = new Set(messagePaths());

function diffDays(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
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
    if (w.opensOn > w.closesOn) bad.push('window opens after it closes');
    if (w.openNow && w.daysLeft !== diffDays(asOf, w.closesOn) + 1) bad.push('daysLeft wrong');
    if (!w.openNow && w.daysLeft !== null) bad.push('daysLeft on a closed window');
    if (asOf < w.opensOn ? w.daysUntilOpen !== diffDays(asOf, w.opensOn) : w.daysUntilOpen !== null) bad.push('daysUntilOpen wrong');
    if (w.openNow && (w.daysLeft ?? 0) < 1) bad.push('open with no days left');
    if (w.closesOnEarliest !== null && w.closesOnEarliest > w.closesOn) bad.push('closesOnEarliest after closesOn');
    if (w.opensOnEarliest !== null && w.opensOnEarliest > w.opensOn) bad.push('opensOnEarliest after opensOn');
    if (w.kind !== 'newborn' && w.closesOn < asOf) bad.push('window entirely in the past');
    if (w.kind === 'typical-national' && !o.warnings.some((x) => x.id === 'window-typical-confirm-locally')) bad.push('typical window not labelled');
    if (w.kind !== 'newborn' && String(w.benefitYear) !== w.coverStarts.slice(0, 4)) bad.push('benefit year vs cover start');
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
  if (o.materials.length === 0 && o.primary.group !== 'employee-retiree' && o.primary.scheme !== 'none' && a.coverage !== 'resident-active') bad.push('no materials');
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
  }, 60_000); // 125,856 evaluations: well under a second alone, but CI machines may be busy

  it('is deterministic', () => {
    const sample = ANSWERS.filter((_, i) => i % 97 === 0);
    for (const a of sample) expect(evaluate(a, { asOf: '2026-11-23' })).toEqual(evaluate(a, { asOf: '2026-11-23' }));
  });
});
