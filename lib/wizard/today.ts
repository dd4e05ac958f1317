/**
 * Today's calendar date in China (Asia/Shanghai), as YYYY-MM-DD. This is the only place the
 * product reads the clock; the rules library always receives the date as `asOf`.
 * `CHECK_TODAY` (YYYY-MM-DD) pins the date for tests and for reproducing a result.
 */
export function todayInShanghai(now: Date = new Date()): string {
  const pinned = process.env.CHECK_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return parts; // en-CA formats as YYYY-MM-DD
}
