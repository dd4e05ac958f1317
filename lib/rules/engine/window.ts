/**
 * The enrollment window for `asOf` (F3.8, F4.2, regional F7.x). Regional dates only where
 * sourced at confidence A/B; otherwise the typical national pattern, labelled, plus the last
 * sourced regional window for context. Newborns get their own window counted from birth.
 */
import type { Answers } from '../answers';
import { addDays, addMonths, diffDays, yearOf, ymd } from '../dates';
import type { Choice, DatedWindow, EnrollmentWindow } from '../outcome';
import { nationalNewbornWindow, typicalWindow, type NewbornWindow } from '../parameters/national';
import { regionalNewbornWindows, regionalWindows, type RegionalWindow } from '../parameters/regional-windows';
import { isUnknown, valueAt, valueForYear, type Resolved } from '../parameters/types';
import type { Ctx } from './context';

function dated(
  ctx: Ctx,
  w: Omit<DatedWindow, 'openNow' | 'daysLeft' | 'daysUntilOpen'>,
): DatedWindow {
  const openNow = w.opensOn <= ctx.asOf && ctx.asOf <= w.closesOn;
  const daysLeft = openNow ? diffDays(ctx.asOf, w.closesOn) + 1 : null;
  const daysUntilOpen = ctx.asOf < w.opensOn ? diffDays(ctx.asOf, w.opensOn) : null;
  return {
    kind: w.kind,
    openNow,
    opensOn: w.opensOn,
    closesOn: w.closesOn,
    opensOnEarliest: w.opensOnEarliest,
    closesOnEarliest: w.closesOnEarliest,
    daysLeft,
    daysUntilOpen,
    coverStarts: w.coverStarts,
    benefitYear: w.benefitYear,
    ifMissed: w.ifMissed,
    confidence: w.confidence,
    lastSourced: w.lastSourced,
  };
}

type Known = Resolved<RegionalWindow> & { value: RegionalWindow };
const usable = (r: Resolved<RegionalWindow> | null): r is Known => r !== null && !isUnknown(r.value) && r.confidence !== 'C';

/**
 * Sourced regional window open on asOf (benefit year y or y+1, e.g. Beijing runs into February),
 * else the sourced window for y+1 if it is still ahead. Never a window two years out: that would
 * skip an unsourced window that may be open right now.
 */
function regionalFor(ctx: Ctx): { window: Known; benefitYear: number } | null {
  if (ctx.a.region === 'elsewhere') return null;
  const param = regionalWindows[ctx.a.region];
  const y = yearOf(ctx.asOf);
  for (const by of [y, y + 1]) {
    const r = valueForYear(param, by);
    if (usable(r) && (r.value.opensOnEarliest ?? r.value.opensOn) <= ctx.asOf && ctx.asOf <= r.value.closesOn) return { window: r, benefitYear: by };
  }
  const next = valueForYear(param, y + 1);
  if (usable(next) && ctx.asOf < next.value.opensOn) return { window: next, benefitYear: y + 1 };
  for (const by of [y, y + 1]) {
    const r = valueForYear(param, by);
    if (r && !isUnknown(r.value) && r.confidence === 'C') ctx.warn('regional-window-unverified', { region: ctx.a.region });
  }
  return null;
}

function lastSourced(ctx: Ctx, beforeYear: number): DatedWindow['lastSourced'] {
  if (ctx.a.region === 'elsewhere') return null;
  let best: Known | null = null;
  let bestYear = 0;
  for (const v of regionalWindows[ctx.a.region].values) {
    const by = yearOf(v.from);
    const r = valueForYear(regionalWindows[ctx.a.region], by);
    if (by < beforeYear + 1 && by > bestYear && usable(r) && r.value.closesOn < ctx.asOf) {
      best = r;
      bestYear = by;
    }
  }
  return best ? { benefitYear: bestYear, opensOn: best.value.opensOn, closesOn: best.value.closesOn, confidence: best.confidence, facts: best.facts } : null;
}

export function residentWindow(ctx: Ctx): DatedWindow {
  const regional = regionalFor(ctx);
  if (regional) {
    const v = regional.window.value;
    ctx.because('window-regional', regional.window);
    if (v.opensOnEarliest) ctx.warn('window-start-dates-conflict', { earliest: v.opensOnEarliest, latest: v.opensOn });
    if (ctx.a.region === 'hangzhou') ctx.warn('hangzhou-urban-districts-only');
    return dated(ctx, {
      kind: 'regional',
      opensOn: v.opensOn,
      closesOn: v.closesOn,
      opensOnEarliest: v.opensOnEarliest ?? null,
      closesOnEarliest: null,
      coverStarts: v.coverStarts,
      benefitYear: regional.benefitYear,
      ifMissed: 'late-enrollment-wait',
      confidence: regional.window.confidence,
      lastSourced: null,
    });
  }
  const t = valueAt(typicalWindow, ctx.asOf) ?? valueAt(typicalWindow, '2099-01-01');
  const p = t && !isUnknown(t.value) ? t.value : { opens: { month: 9, day: 1 }, closes: { month: 12, day: 31 }, coverStarts: { month: 1, day: 1 } };
  if (t) ctx.because('window-typical', t);
  // Typical window for benefit year B opens in autumn of B−1. If this region's sourced window for
  // B has already closed, the next chance is the following year's window, not the typical one.
  let y = yearOf(ctx.asOf);
  if (ctx.a.region !== 'elsewhere' && usable(valueForYear(regionalWindows[ctx.a.region], y + 1))) y += 1;
  ctx.warn('window-typical-confirm-locally', { region: ctx.a.region });
  ctx.warn('window-may-run-into-february');
  return dated(ctx, {
    kind: 'typical-national',
    opensOn: ymd(y, p.opens.month, p.opens.day),
    closesOn: ymd(y, p.closes.month, p.closes.day),
    opensOnEarliest: null,
    closesOnEarliest: null,
    coverStarts: ymd(y + 1, p.coverStarts.month, p.coverStarts.day),
    benefitYear: y + 1,
    ifMissed: 'late-enrollment-wait',
    confidence: t?.confidence ?? 'B',
    lastSourced: lastSourced(ctx, y + 1),
  });
}

/** Last day "within N days / M months of birth", birth day counted as day 1. */
function lastDay(birth: string, span: { days?: number; months?: number }): string {
  if (span.months !== undefined) return addDays(addMonths(birth, span.months), -1);
  return addDays(birth, (span.days ?? 90) - 1);
}

/** The baby's age-0 birth date if it is consistent with asOf (not in the future, under one year). */
export function usableBirthDate(a: Answers, ctx: Ctx): string | null {
  if (a.age !== 0 || a.birthDate === undefined) return null;
  if (a.birthDate > ctx.asOf || a.birthDate <= addMonths(ctx.asOf, -12)) {
    ctx.warn('birth-date-inconsistent');
    return null;
  }
  return a.birthDate;
}

/** Newborn window, or null (not a newborn, already enrolled, or the window has passed). */
export function newbornWindow(a: Answers, ctx: Ctx): DatedWindow | null {
  const birth = usableBirthDate(a, ctx);
  if (birth === null || a.coverage !== 'none') return null;
  const param = (a.region !== 'elsewhere' && regionalNewbornWindows[a.region]) || nationalNewbornWindow;
  const r: Resolved<NewbornWindow> | null = valueAt(param, birth) ?? valueAt(nationalNewbornWindow, '2099-01-01');
  if (!r || isUnknown(r.value)) return null;
  const earliest = lastDay(birth, r.value.shortest);
  const latest = lastDay(birth, r.value.longest);
  ctx.because('newborn-window', r);
  ctx.warn('newborn-window-local');
  if (ctx.asOf > latest) {
    ctx.warn('newborn-window-passed');
    return null;
  }
  if (ctx.asOf > earliest) ctx.warn('newborn-window-may-have-closed', { earliest });
  if (yearOf(latest) > yearOf(birth)) ctx.warn('newborn-cross-year-pay-both');
  return dated(ctx, {
    kind: 'newborn',
    opensOn: birth,
    closesOn: latest,
    opensOnEarliest: null,
    closesOnEarliest: earliest,
    coverStarts: birth,
    benefitYear: yearOf(birth),
    ifMissed: 'newborn-late-enrollment',
    confidence: r.confidence,
    lastSourced: null,
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
      return newbornWindow(ctx.a, ctx) ?? residentWindow(ctx);
  }
}
