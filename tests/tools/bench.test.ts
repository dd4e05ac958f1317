import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ES modules of the benchmark, without types
import { newResultChecks, NEW_RESULT_TARGETS } from '../../scripts/bench/report.mjs';
// @ts-expect-error: plain ES modules of the benchmark, without types
import { FRESH_RESULTS, processCpuMs } from '../../scripts/bench/fresh.mjs';

const run = (id: string, requestsPerSec: number, latencyP99Ms: number, cpuMsPerRequest: number | null) => ({ id, requestsPerSec, latencyP99Ms, cpuMsPerRequest });

describe('npm run bench: results never seen before (issue 22)', () => {
  it('asks for more distinct results than the server keeps (2,000), each a result page', () => {
    const urls = FRESH_RESULTS as string[];
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.length).toBeGreaterThan(2000);
    for (const u of urls.slice(0, 50)) expect(u).toMatch(/^\/zh-CN\/check\/result\?v=1&/);
  });

  it('reports the rate as a share of the guide\'s, against a quarter (the aim a third) and p99 under 500 ms', () => {
    expect(NEW_RESULT_TARGETS).toEqual({ minRatio: 0.25, aimRatio: 1 / 3, maxP99Ms: 500 });
    const met = newResultChecks([run('guide', 500, 150, 3), run('result-kept', 5000, 20, 0.2), run('new-results', 170, 480, 11)]);
    expect(met).toMatchObject({ ratio: 0.34, ratioOk: true, aimOk: true, p99Ok: true, cpuMsPerNewResult: 11, cpuMsPerGuide: 3, cpuRatio: 3.7 });
    const missed = newResultChecks([run('guide', 500, 150, null), run('new-results', 100, 900, 20)]);
    expect(missed).toMatchObject({ ratio: 0.2, ratioOk: false, aimOk: false, p99Ok: false, cpuRatio: null });
    expect(newResultChecks([run('guide', 500, 150, 3)])).toBeNull();
  });

  it('reads a process\'s CPU time from /proc, and it grows as the process works', () => {
    if (process.platform !== 'linux') return expect(processCpuMs(process.pid)).toBeNull();
    const before = processCpuMs(process.pid) as number;
    let x = 0;
    for (const end = Date.now() + 120; Date.now() < end; ) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    expect(processCpuMs(process.pid)).toBeGreaterThan(before);
  });
});
