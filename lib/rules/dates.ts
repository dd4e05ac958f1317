/**
 * Plain calendar dates ('YYYY-MM-DD', a day in Asia/Shanghai). All math is on day numbers
 * (days since 1970-01-01 via Date.UTC), never local time zones, never a clock.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
const MS_PER_DAY = 86_400_000;

// Small memo: the engine parses the same few dozen dates over and over. Bounded, so arbitrary
// input (property tests, URLs) cannot grow it without limit.
const memo = new Map<string, [number, number, number] | null>();

function parts(s: string): [number, number, number] | null {
  let hit = memo.get(s);
  if (hit === undefined) {
    hit = parseParts(s);
    if (memo.size >= 4096) memo.clear();
    memo.set(s, hit);
  }
  return hit;
}

function parseParts(s: string): [number, number, number] | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return [y, mo, d];
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

/** True for a real calendar date 'YYYY-MM-DD' between 1900 and 2200. */
export function isIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && parts(s) !== null;
}

/** Day number (days since 1970-01-01). Throws on a malformed date: callers validate first. */
export function toDay(s: IsoDate): number {
  const p = parts(s);
  if (!p) throw new RangeError(`not an ISO calendar date: ${s}`);
  return Date.UTC(p[0], p[1] - 1, p[2]) / MS_PER_DAY;
}

export function fromDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(s: IsoDate, n: number): IsoDate {
  return fromDay(toDay(s) + n);
}

/** Same day n months later, clamped to the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(s: IsoDate, n: number): IsoDate {
  const p = parts(s);
  if (!p) throw new RangeError(`not an ISO calendar date: ${s}`);
  const total = p[0] * 12 + (p[1] - 1) + n;
  const y = Math.floor(total / 12);
  const mo = (total % 12) + 1;
  const d = Math.min(p[2], daysInMonth(y, mo));
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** b − a in days. */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return toDay(b) - toDay(a);
}

export function yearOf(s: IsoDate): number {
  return Number(s.slice(0, 4));
}

/** The month (1–12) of an ISO date. */
export function monthOf(s: IsoDate): number {
  return Number(s.slice(5, 7));
}

/** The day of the month of an ISO date. */
export function dayOf(s: IsoDate): number {
  return Number(s.slice(8, 10));
}

/** The calendar's months in a year (for ages and gaps given in years and months). */
export const MONTHS_PER_YEAR = 12;

export function ymd(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Lexicographic compare works for ISO dates. */
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
