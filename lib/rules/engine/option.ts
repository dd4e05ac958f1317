/**
 * One choice, fully worked out: window, amount, channels, materials, waiting period, cover start
 * and the points that differ between schemes. The recommendation and every alternative go through
 * this same path, with the rules of their own place of enrollment, so they cannot drift apart.
 */
import type { Answers } from '../answers';
import type { Choice, Option } from '../outcome';
import { schemeFeatures } from '../parameters/national';
import { isUnknown, valueAt } from '../parameters/types';
import type { Region } from '../vocab';
import { Ctx } from './context';
import { contribution } from './contribution';
import { channels, materials } from './materials';
import { coverStart, inWindow, waitingPeriod } from './waiting';
import { enrollmentWindow } from './window';

/** Place-specific rules follow the place of enrollment: the hukou place is not the region asked about. */
export function placeRegion(choice: Choice, a: Answers): Region {
  return choice.where === 'place-of-hukou' ? 'elsewhere' : a.region;
}

function features(choice: Choice, ctx: Ctx): Option['features'] {
  if (choice.scheme === 'none') return [];
  const r = valueAt(schemeFeatures, ctx.asOf);
  if (!r || isUnknown(r.value)) return [];
  ctx.because('scheme-features', r);
  const key = choice.scheme === 'resident' ? 'resident' : (choice.group as 'employee-flexible' | 'employee-via-employer' | 'employee-retiree');
  return r.value[key].map((f) => ({ id: f.id, value: f.value, confidence: f.confidence, facts: f.facts }));
}

export function workOut(choice: Choice, a: Answers, asOf: string): Option {
  const ctx = new Ctx(a, asOf, placeRegion(choice, a));
  const window = enrollmentWindow(choice, ctx);
  const wait = waitingPeriod(choice, window, ctx);
  const money = contribution(choice, window, ctx);
  const mats = materials(choice, window, ctx);
  const chans = channels(choice, ctx);
  if (choice.scheme === 'resident') {
    const enrolled = a.coverage === 'resident-active' || a.coverage === 'resident-paid-next' || a.coverage === 'both-active';
    if (!enrolled && inWindow(window) === 'no') {
      ctx.warn('can-enroll-late-now');
      ctx.warn('late-payers-may-lose-subsidy');
    }
    ctx.warn('continuous-enrollment-rewards');
  }
  return {
    choice,
    window,
    contribution: money,
    channels: chans,
    materials: mats,
    waitingPeriod: wait,
    cover: coverStart(choice, window, wait),
    features: features(choice, ctx),
    warnings: ctx.warnings,
    reasons: ctx.reasons,
  };
}
