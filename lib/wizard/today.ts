/**
 * Today's calendar date in China (Asia/Shanghai), as YYYY-MM-DD. This is the only place the
 * product reads the clock, and only a page (or the API's handler) calls it, once per request: the
 * rules library and the words (lib/wizard/words.ts) always receive the date as `asOf`.
 * `CHECK_TODAY` (YYYY-MM-DD) pins the date for tests and for reproducing a result.
 */
// Building an Intl.DateTimeFormat with a time zone costs far more than formatting with one (it was
// a fifth of a result's CPU when built per call): one, made once.
const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function todayInShanghai(now: Date = new Date()): string {
  const pinned = process.env.CHECK_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return shanghaiDate.format(now); // en-CA formats as YYYY-MM-DD
}
