/**
 * The to-do list: the headline deadline (never later than any sourced reading), the reminder
 * (only for a sourced date, well before it), the season, the next steps for this situation, and
 * what would change the recommendation.
 */
import type { Answers } from '../answers';
import { addDays } from '../dates';
import type { ChangeId, NextStepId, ReasonId } from '../ids';
import type { Deadline, NextStep, Option, Outcome, Reminder, Season } from '../outcome';
import { seasonOf } from './window';

/** A reminder fires this many days before the safe deadline, and only if that day is still ahead. */
export const REMINDER_LEAD_DAYS = 7;

export function deadlineOf(option: Option, a: Answers): Deadline {
  const w = option.window;
  if (a.coverage === 'resident-paid-next' && option.choice.scheme === 'resident') return { kind: 'none' };
  switch (w.kind) {
    case 'regional':
      return { kind: 'sourced', date: w.closesOn, daysLeft: w.daysLeft, opensOn: w.daysUntilOpen !== null ? w.opensOn : null, window: 'collection', confidence: w.confidence };
    case 'newborn':
      if (!w.openNow) return { kind: 'act-now', basis: 'newborn-shortest-passed' };
      // Another place's rule is advice, never this place's deadline: no countdown, no reminder.
      return w.rule === 'place'
        ? { kind: 'sourced', date: w.closesOn, daysLeft: w.daysLeft, opensOn: null, window: 'newborn', confidence: w.confidence }
        : { kind: 'act-by', date: w.closesOn, basis: 'other-places-newborn' };
    case 'unsourced':
      return w.safeBy !== null ? { kind: 'act-by', date: w.safeBy, basis: w.safeByBasis } : { kind: 'act-now', basis: 'season-dates-passed' };
    case 'any-time':
      return { kind: 'any-time' };
    default:
      return { kind: 'none' };
  }
}

export function reminderOf(deadline: Deadline, asOf: string): Reminder | null {
  if (deadline.kind !== 'sourced') return null;
  const remindOn = addDays(deadline.date, -REMINDER_LEAD_DAYS);
  if (remindOn <= asOf) return null;
  return { kind: deadline.window, deadline: deadline.date, remindOn, opensOn: deadline.opensOn !== null && deadline.opensOn > asOf ? deadline.opensOn : null };
}

export function seasonFor(options: Option[], asOf: string): Season | null {
  const resident = options.find((o) => o.choice.scheme === 'resident' && o.window.kind !== 'newborn');
  const s = seasonOf(asOf);
  if (!resident) return options.some((o) => o.choice.scheme === 'resident') ? { benefitYear: s.benefitYear, underWay: s.likelyOpen, datesSourced: false, amountsSourced: false } : null;
  const w = resident.window;
  const by = 'benefitYear' in w ? w.benefitYear : s.benefitYear;
  return {
    benefitYear: by,
    underWay: w.kind === 'regional' ? w.openNow : w.kind === 'unsourced' ? w.season === 'likely-open' : s.likelyOpen,
    datesSourced: w.kind === 'regional',
    amountsSourced: resident.contribution.kind === 'regional' || resident.contribution.kind === 'national-standard',
  };
}

const isStudent = (o: Option) => o.choice.group === 'resident-pupil' || o.choice.group === 'resident-university';

export function nextStepsFor(a: Answers, options: Option[]): NextStep[] {
  const p = options[0] as Option;
  const g = p.choice.group;
  const out: NextStep[] = [];
  const add = (id: NextStepId, params?: NextStep['params']) => out.push(params ? { id, params } : { id });
  // Already holding the other scheme, or both: keep one record (F1.4) before anything else.
  const existing = a.coverage === 'employee-active' ? 'employee' : a.coverage === 'resident-active' || a.coverage === 'resident-paid-next' ? 'resident' : null;
  if (a.coverage === 'both-active' || (existing !== null && p.choice.scheme !== 'none' && existing !== p.choice.scheme)) add('keep-one-record');
  if (g === 'no-national-basis') {
    if (a.coverage === 'employee-active' || a.coverage === 'employee-retired' || a.coverage === 'both-active') {
      // No route to join, but already in the employee scheme (e.g. through a past job): say so, not "commercial only" (F1.6).
      add('already-covered-employee');
    } else {
      if (a.hukou === 'hmt' && a.permit !== 'yes') add('get-residence-permit-first');
      add('commercial-insurance-only');
    }
  } else if (g === 'employee-via-employer') {
    add(a.coverage === 'employee-active' || a.coverage === 'both-active' ? 'already-covered-employee' : 'employer-enrolls');
    add('check-record-online');
  } else if (g === 'employee-retiree') {
    add(a.coverage === 'employee-retired' ? 'already-covered-employee' : 'retiree-check-years');
    add('check-record-online');
  } else if (g === 'employee-flexible') {
    if (a.coverage === 'employee-active' || a.coverage === 'both-active') add('already-covered-employee');
    else add('flexible-register');
  } else if (a.coverage === 'resident-paid-next') {
    add('already-paid-next-year');
    add('check-record-online');
  } else if (a.coverage === 'resident-active') {
    if (isStudent(p) && a.hukou !== 'local') add('move-record-to-study-place');
    else add('renew-resident');
  } else if (a.coverage !== 'both-active') {
    if (p.window.kind === 'newborn') add('newborn-papers-first');
    if (a.hukou === 'other-mainland' && a.permit === 'no' && p.choice.where !== 'place-of-hukou' && !isStudent(p)) add('get-residence-permit-first');
    add(isStudent(p) ? 'enroll-at-school' : 'enroll-resident');
  }
  add('ask-local-office');
  return out;
}

/** `permitHelps`: whether a 居住证 would change where a person of other-mainland hukou may join, by the place's rule (scheme.ts, permitWouldHelp). */
export function recommendationFor(a: Answers, options: Option[], because: ReasonId[], permitHelps = true): Outcome['recommendation'] {
  const g = (options[0] as Option).choice.group;
  const change: ChangeId[] = [];
  if (g === 'employee-flexible' && options.some((o) => o.choice.scheme === 'resident')) change.push('if-employee-scheme-too-costly');
  if (g === 'employee-via-employer') change.push('if-leave-job');
  if (g === 'employee-retiree') change.push('if-retiree-years-short');
  if (g === 'employee-flexible' || g === 'resident-working-age' || g === 'no-national-basis') change.push('if-hired-with-contract');
  if (g === 'resident-university') change.push('if-study-elsewhere');
  // A foreign national's permanent residence card opens the resident scheme only in some cities (F4.7, F7.9), never as a rule.
  // A 居住证 is pointed to only where it would change where the person may join the resident scheme, by the place's rule (permitWouldHelp); a retiree in the employee scheme has no resident option for it to open.
  if (a.hukou !== 'local' && a.permit === 'no' && g !== 'resident-university' && g !== 'resident-pupil' && g !== 'employee-via-employer' && (a.hukou !== 'other-mainland' || (permitHelps && options.some((o) => o.choice.scheme === 'resident'))))
    change.push(a.hukou === 'foreign' ? 'if-get-foreign-permanent-residence' : 'if-get-residence-permit');
  if (g.startsWith('resident-') && g !== 'resident-university') change.push('if-move-home');
  return { because, wouldChange: change };
}
