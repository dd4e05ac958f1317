// Results seen for the first time, and the CPU time a server spends on them.
//
// FRESH_RESULTS: a different answer set for each request (age × place × situation × hukou × groups:
// 8,400 URLs, more than the 2,000 pages the server keeps in memory), so each one is rendered.
// processCpuMs(pid): the CPU time (user + system) of a process and of every process in its group, in
// ms, from /proc (Linux); null elsewhere. Measuring CPU rather than requests per second keeps the
// figure honest on a machine that other work shares: a busy machine makes a request wait, it does
// not make it cost more CPU.
import { readFileSync, readdirSync } from 'node:fs';

const AGES = Array.from({ length: 50 }, (_, i) => 18 + i);
const PLACES = ['beijing', 'shanghai', 'guangzhou', 'hangzhou', 'chengdu', 'elsewhere'];
const GROUPS = ['none', 'dibao', 'disability', 'tekun', 'monitored', 'veteran', 'dibao&g=disability'];

/** Paths (with the query) of results no server has seen, in the given locale. */
export function freshResults(locale = 'zh-CN') {
  return ['flexible', 'not-working'].flatMap((s) => ['local', 'other-mainland'].flatMap((h) => GROUPS
    .flatMap((g) => PLACES.flatMap((r) => AGES.map((a) => `/${locale}/check/result?v=1&w=self&r=${r}&a=${a}&s=${s}&h=${h}${h === 'local' ? '' : '&p=yes'}&g=${g}&c=none`)))));
}

export const FRESH_RESULTS = freshResults('zh-CN');

/** The clock ticks per second /proc counts CPU time in (USER_HZ: 100 on every Linux that matters). */
const TICKS_PER_SECOND = 100;

function ticksOf(pid) {
  // The command name (field 2) may hold spaces: the fields after it start after the last ')'.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime and stime are fields 14 and 15; pgrp is field 5.
  return { utime: Number(fields[11]), stime: Number(fields[12]), pgrp: Number(fields[2]) };
}

/** CPU ms used so far by `pid` and the other processes of its process group (alive ones), or null off Linux. */
export function processCpuMs(pid) {
  try {
    const leader = ticksOf(pid);
    let ticks = leader.utime + leader.stime;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry) || Number(entry) === pid) continue;
      try {
        const t = ticksOf(Number(entry));
        if (t.pgrp === leader.pgrp) ticks += t.utime + t.stime;
      } catch {
        // gone, or not ours to read
      }
    }
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
