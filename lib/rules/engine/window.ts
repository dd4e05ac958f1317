/**
 * The enrollment window for `asOf` at the place of enrollment (`ctx.region`). Dates are stated
 * only where sourced at confidence A/B for that place and benefit year (F7.x); otherwise the
 * window is 'unsourced': no dates asserted, the place's last sourced window, the span of windows
 * seen in our sources (F3.8: there is no national calendar) and a safe day to act by. Newborns
 * get their own window counted from birth, closing on the shortest local reading (F4.2).
 */
import type { Answers } from '../answers';
import { addDays, addMonths, dayOf, diffDays, monthOf, MONTHS_PER_YEAR, yearOf, ymd } from '../dates';
import type { Choice, DatedWindow, EnrollmentWindow, SourcedPastWindow, UnsourcedWindow } from '../outcome';
import { nationalNewbornWindow, observedWindows, type MonthDay, type NewbornWindow, type ObservedWindows } from '../parameters/national';
import { regionalNewbornWindows, regionalWindows, type RegionalWindow } from '../parameters/regional-windows';
import { isUnknown, latest, valueAt, valueForYear, yearsBefore, type Resolved } from '../parameters/types';
import { regionNotes } from '../regions';
import { statable } from '../statable';
import type { Ctx } from './context';

function dated(ctx: Ctx, w: Omit<DatedWindow, 'openNow' | 'daysLeft' | 'daysUntilOpen'>): DatedWindow {
  const openNow = w.opensOn <= ctx.asOf && ctx.asOf <= w.closesOn;
  return {
    kind: w.kind,
    rule: w.rule,
    openNow,
    opensOn: w.opensOn,
    closesOn: w.closesOn,
    opensOnEarliest: w.opensOnEarliest,
    closesOnLatest: w.closesOnLatest,
    daysLeft: openNow ? diffDays(ctx.asOf, w.closesOn) + 1 : null,
    daysUntilOpen: ctx.asOf < w.opensOn ? diffDays(ctx.asOf, w.opensOn) : null,
    coverStarts: w.coverStarts,
    benefitYear: w.benefitYear,
    ifMissed: w.ifMissed,
    confidence: w.confidence,
    facts: w.facts,
    sources: w.sources,
  };
}

type Known = Resolved<RegionalWindow> & { value: RegionalWindow };
const usable = (r: Resolved<RegionalWindow> | null): r is Known => r !== null && !isUnknown(r.value) && statable(r) === 'state';


export function seasonSpan(asOf: string): Resolved<ObservedWindows> & { value: ObservedWindows } {
  const r = valueAt(observedWindows, asOf) ?? latest(observedWindows);
  if (r && !isUnknown(r.value)) return r as Resolved<ObservedWindows> & { value: ObservedWindows };
  throw new Error('national.observed-windows has no value');
}

/** A month-day as one sortable number (month × 100 + day). */
const md = (m: MonthDay) => m.month * 100 + m.day;

/**
 * The benefit year whose collection is under way or next, from the span of windows seen: from the
 * earliest opening (autumn of year N) to the latest closing (end of February N+1) the season for
 * benefit year N+1 may be open somewhere; between March and August the next season is N+1's.
 */
export function seasonOf(asOf: string, span: ObservedWindows = seasonSpan(asOf).value): { benefitYear: number; likelyOpen: boolean } {
  const y = yearOf(asOf);
  const today = md({ month: monthOf(asOf), day: dayOf(asOf) });
  if (today >= md(span.opensEarliest)) return { benefitYear: y + 1, likelyOpen: true };
  if (today <= md(span.closesLatest)) return { benefitYear: y, likelyOpen: true };
  return { benefitYear: y + 1, likelyOpen: false };
}

/** The calendar day of month-day `m` inside the season that collects for benefit year `by` (autumn by−1 … February by). */
function inSeason(by: number, m: MonthDay, span: ObservedWindows): string {
  return ymd(md(m) >= md(span.opensEarliest) ? by - 1 : by, m.month, m.day);
}

function past(r: Known, by: number): SourcedPastWindow {
  return { benefitYear: by, opensOn: r.value.opensOn, closesOn: r.value.closesOn, confidence: r.confidence, facts: r.facts, sources: r.sources };
}

/** The most recent window sourced at A/B for the place, before benefit year `beforeYear`. */
function lastSourced(ctx: Ctx, beforeYear: number): SourcedPastWindow | null {
  if (ctx.region === 'elsewhere') return null;
  const param = regionalWindows[ctx.region];
  for (const by of yearsBefore(param, beforeYear)) {
    const r = valueForYear(param, by);
    if (usable(r)) return past(r, by);
  }
  return null;
}

function regionalDated(ctx: Ctx, r: Known, by: number): DatedWindow {
  const v = r.value;
  ctx.because('window-regional', r);
  if (v.opensOnEarliest) ctx.warn('window-start-dates-conflict', { earliest: v.opensOnEarliest, latest: v.opensOn });
  return dated(ctx, {
    kind: 'regional',
    rule: 'place',
    opensOn: v.opensOn,
    closesOn: v.closesOn,
    opensOnEarliest: v.opensOnEarliest ?? null,
    closesOnLatest: null,
    coverStarts: v.coverStarts,
    benefitYear: by,
    ifMissed: 'late-enrollment-wait',
    confidence: r.confidence,
    facts: r.facts,
    sources: r.sources,
  });
}

/**
 * The safe day to act by in the season collecting for benefit year `by` (F3.8): the earliest
 * closing day seen in our sources for a collection window, or the place's own last closing day moved
 * into this season when that is earlier. Never later than the earliest close seen: a place's
 * closing day can move earlier from one year to the next, so last year's later day is no safe day.
 */
export function safeDay(by: number, last: SourcedPastWindow | null, span: ObservedWindows): { safeBy: string; basis: UnsourcedWindow['safeByBasis'] } {
  const earliest = inSeason(by, span.closesEarliest, span);
  if (last) {
    // Last year's local closing day, moved into this season (same month-day, same offset into the season).
    const offset = yearOf(last.closesOn) - (last.benefitYear - 1);
    const moved = ymd(by - 1 + offset, monthOf(last.closesOn), dayOf(last.closesOn));
    if (moved <= earliest) return { safeBy: moved, basis: 'last-year-local' };
  }
  return { safeBy: earliest, basis: 'earliest-seen' };
}

function unsourced(ctx: Ctx, by: number, likelyOpen: boolean): UnsourcedWindow {
  const span = seasonSpan(ctx.asOf);
  ctx.because('window-not-sourced', span);
  const last = lastSourced(ctx, by);
  const { safeBy, basis } = safeDay(by, last, span.value);
  if (ctx.region === 'elsewhere') ctx.warn('window-dates-local', { region: ctx.region, benefitYear: by });
  else if (last) ctx.warn('window-not-in-our-sources', { region: ctx.region, benefitYear: by, lastYear: last.benefitYear, lastOpens: last.opensOn, lastCloses: last.closesOn });
  else ctx.warn('window-never-in-our-sources', { region: ctx.region, benefitYear: by });
  for (const y of [by, by - 1]) {
    const r = ctx.region === 'elsewhere' ? null : valueForYear(regionalWindows[ctx.region], y);
    if (r && !isUnknown(r.value) && statable(r) === 'withhold') ctx.warn('regional-window-unverified', { region: ctx.region });
  }
  return {
    kind: 'unsourced',
    benefitYear: by,
    season: likelyOpen ? 'likely-open' : 'not-started',
    lastSourced: last,
    seen: { opensEarliest: span.value.opensEarliest, closesEarliest: span.value.closesEarliest, closesLatest: span.value.closesLatest, facts: span.facts },
    safeBy: safeBy >= ctx.asOf ? safeBy : null,
    safeByBasis: basis,
    coverStarts: ymd(by, span.value.coverStarts.month, span.value.coverStarts.day),
    ifMissed: 'late-enrollment-wait',
    confidence: span.confidence,
  };
}

/**
 * The season's benefit year from the span seen. If the place's sourced window for that year is
 * open or ahead, it is stated with dates; if it has closed, the next chance is the following
 * season (not sourced yet). Otherwise the season is unsourced for this place.
 */
export function residentWindow(ctx: Ctx): EnrollmentWindow {
  const season = seasonOf(ctx.asOf);
  const param = ctx.region === 'elsewhere' ? null : regionalWindows[ctx.region];
  // A sourced window open today wins, for either benefit year (Beijing's runs into February).
  for (const by of [season.benefitYear - 1, season.benefitYear, season.benefitYear + 1]) {
    const r = param ? valueForYear(param, by) : null;
    if (usable(r) && (r.value.opensOnEarliest ?? r.value.opensOn) <= ctx.asOf && ctx.asOf <= r.value.closesOn) return regionalDated(ctx, r, by);
  }
  const r = param ? valueForYear(param, season.benefitYear) : null;
  if (usable(r)) {
    if (ctx.asOf < r.value.opensOn) return regionalDated(ctx, r, season.benefitYear);
    // Closed for this season: enrolling now is late; the next season is not in our sources yet.
    ctx.warn('regional-window-closed', { region: ctx.region, closes: r.value.closesOn, benefitYear: season.benefitYear });
    return unsourced(ctx, season.benefitYear + 1, false);
  }
  return unsourced(ctx, season.benefitYear, season.likelyOpen);
}

/** Last day "within N days / M months of birth", birth day counted as day 1. */
function lastDay(birth: string, span: { days?: number; months?: number }): string {
  if (span.months !== undefined) return addDays(addMonths(birth, span.months), -1);
  if (span.days === undefined) throw new Error('a duration is in days or in months (regions/schema.ts)');
  return addDays(birth, span.days - 1);
}

/** The baby's age-0 birth date if it is consistent with asOf (not in the future, under one year). */
export function usableBirthDate(a: Answers, ctx: Ctx): string | null {
  if (a.age !== 0 || a.birthDate === undefined) return null;
  if (a.birthDate > ctx.asOf || a.birthDate <= addMonths(ctx.asOf, -MONTHS_PER_YEAR)) {
    ctx.warn('birth-date-inconsistent');
    return null;
  }
  return a.birthDate;
}

/**
 * The newborn limit readings for the place of enrollment (F4.2), and whose rule they are: the
 * place's own only when its file holds a newborn rule sourced at A or B; otherwise the readings are
 * other places' (the national range seen in our sources), which is advice, never the place's deadline.
 */
export function newbornLimits(ctx: Ctx, birth: string): { earliest: string; latest: string; r: Resolved<NewbornWindow>; rule: 'place' | 'other-places' } | null {
  const own = ctx.region !== 'elsewhere' ? regionalNewbornWindows[ctx.region] : undefined;
  const ownR = own ? valueAt(own, birth) : null;
  const placeRule = ownR !== null && !isUnknown(ownR.value) && statable(ownR) === 'state';
  const r: Resolved<NewbornWindow> | null = placeRule ? ownR : (valueAt(nationalNewbornWindow, birth) ?? latest(nationalNewbornWindow));
  if (!r || isUnknown(r.value)) return null;
  return { earliest: lastDay(birth, r.value.shortest), latest: lastDay(birth, r.value.longest), r, rule: placeRule ? 'place' : 'other-places' };
}

/** True when the baby is past every local newborn limit we know (so the exemption no longer holds). */
export function newbornPastLimit(ctx: Ctx): boolean {
  const a = ctx.a;
  if (a.age !== 0 || a.birthDate === undefined || a.coverage !== 'none') return false;
  if (a.birthDate > ctx.asOf || a.birthDate <= addMonths(ctx.asOf, -MONTHS_PER_YEAR)) return false;
  const lim = newbornLimits(ctx, a.birthDate);
  return lim !== null && ctx.asOf > lim.latest;
}

/** Newborn window, or null (not a newborn, already enrolled, or every limit has passed). */
export function newbornWindow(a: Answers, ctx: Ctx): DatedWindow | null {
  const birth = usableBirthDate(a, ctx);
  if (birth === null || a.coverage !== 'none') return null;
  const lim = newbornLimits(ctx, birth);
  if (!lim) return null;
  ctx.because('newborn-window', lim.r);
  ctx.warn('newborn-window-local');
  if (ctx.asOf > lim.latest) {
    ctx.warn('newborn-window-passed');
    return null;
  }
  if (ctx.asOf > lim.earliest) ctx.warn('newborn-window-may-have-closed', { earliest: lim.earliest, latest: lim.latest, rule: lim.rule });
  if (yearOf(lim.latest) > yearOf(birth) || yearOf(lim.earliest) > yearOf(birth)) ctx.warn('newborn-cross-year-pay-both');
  return dated(ctx, {
    kind: 'newborn',
    rule: lim.rule,
    opensOn: birth,
    closesOn: lim.earliest,
    opensOnEarliest: null,
    closesOnLatest: lim.latest,
    coverStarts: birth,
    benefitYear: yearOf(birth),
    ifMissed: 'newborn-late-enrollment',
    // The headline is the shortest reading, so the window carries that reading's confidence.
    confidence: (!isUnknown(lim.r.value) && lim.r.value.shortestConfidence) || lim.r.confidence,
    facts: lim.r.facts,
    sources: lim.r.sources,
  });
}

export function enrollmentWindow(primary: Choice, ctx: Ctx): EnrollmentWindow {
  switch (primary.group) {
    case 'employee-via-employer':
      ctx.warn('employee-cover-starts-local');
      return { kind: 'any-time', ifMissed: 'employer-must-enroll', confidence: 'B' };
    case 'employee-flexible':
      return { kind: 'any-time', ifMissed: 'pay-monthly-gap-rules', confidence: 'B' };
    case 'employee-retiree':
    case 'no-national-basis':
      return { kind: 'not-applicable', ifMissed: 'none', confidence: 'A' };
    default:
      for (const w of regionNotes(ctx.region, 'resident')) ctx.warn(w, { region: ctx.region });
      return newbornWindow(ctx.a, ctx) ?? residentWindow(ctx);
  }
}
