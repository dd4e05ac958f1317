/**
 * Scenario fixtures (after OpenFisca's YAML tests): data files under fixtures/, one scenario per
 * outcome branch and per boundary, each citing the fact IDs it rests on.
 *
 * A scenario that needs "a place whose next benefit year we do not have" uses the test-only places
 * of fixture-region.ts (`lastyear`, whose data stop at 2026年度, `reported`, whose amounts are only
 * reported (C), `babyrule`, with a newborn rule, and `nowhere`), never a real
 * place's missing year: adding that year is a data change and must break no scenario (issue 21).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { Answers, evaluate, FACTS, type Outcome } from '../../lib/rules';

const Lists = z.object({ include: z.array(z.string()).optional(), exclude: z.array(z.string()).optional(), exactly: z.array(z.string()).optional() }).strict();

const Scenario = z
  .object({
    name: z.string().min(1),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    facts: z.array(z.string().regex(/^F\d+\.\d+$/)).min(1),
    answers: z.unknown(),
    expect: z
      .object({
        primary: z.record(z.string(), z.unknown()).optional(),
        alternatives: z.array(z.record(z.string(), z.unknown())).optional(),
        window: z.record(z.string(), z.unknown()).optional(),
        contribution: z.record(z.string(), z.unknown()).optional(),
        waitingPeriod: z.record(z.string(), z.unknown()).optional(),
        materials: Lists.optional(),
        channels: Lists.optional(),
        warnings: Lists.optional(),
        warningParams: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.number()]))).optional(),
        reasons: Lists.optional(),
        deadline: z.record(z.string(), z.unknown()).optional(),
        /** null: no reminder may be offered. */
        reminder: z.union([z.null(), z.record(z.string(), z.unknown())]).optional(),
        season: z.union([z.null(), z.record(z.string(), z.unknown())]).optional(),
        nextSteps: Lists.optional(),
        wouldChange: Lists.optional(),
        /** Per option, in order: a partial match of the worked-out option (choice, window, contribution, waitingPeriod, cover …). */
        options: z.array(z.record(z.string(), z.unknown())).optional(),
        optionWarnings: z.array(Lists).optional(),
      })
      .strict(),
  })
  .strict();
type Scenario = z.infer<typeof Scenario>;

vi.mock('../../lib/rules/regions/list', async (importOriginal) => (await import('./fixture-region')).withScenarioPlaces(await importOriginal()));

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
/** Fact IDs of the fact records in the repo (lib/rules/facts.ts). */
const FACT_IDS = new Set(FACTS.map((f) => f.id));

function checkList(label: string, actual: string[], spec: z.infer<typeof Lists> | undefined) {
  if (!spec) return;
  for (const id of spec.include ?? []) expect(actual, `${label} should include ${id}`).toContain(id);
  for (const id of spec.exclude ?? []) expect(actual, `${label} should not include ${id}`).not.toContain(id);
  if (spec.exactly) expect([...actual].sort(), label).toEqual([...spec.exactly].sort());
}

function run(s: Scenario) {
  const answers = Answers.parse(s.answers);
  const o: Outcome = evaluate(answers, { asOf: s.asOf });
  const e = s.expect;
  if (e.primary) expect(o.primary).toMatchObject(e.primary);
  if (e.alternatives) expect(o.alternatives).toEqual(e.alternatives);
  if (e.window) expect(o.window).toMatchObject(e.window);
  if (e.contribution) expect(o.contribution).toMatchObject(e.contribution);
  if (e.waitingPeriod) expect(o.waitingPeriod).toMatchObject(e.waitingPeriod);
  checkList('materials', o.materials, e.materials);
  checkList('channels', o.channels, e.channels);
  checkList('warnings', o.warnings.map((w) => w.id), e.warnings);
  checkList('reasons', o.reasons.map((r) => r.id), e.reasons);
  if (e.deadline) expect(o.deadline).toMatchObject(e.deadline);
  if (e.reminder === null) expect(o.reminder).toBeNull();
  else if (e.reminder) expect(o.reminder).toMatchObject(e.reminder);
  if (e.season === null) expect(o.season).toBeNull();
  else if (e.season) expect(o.season).toMatchObject(e.season);
  checkList('nextSteps', o.nextSteps.map((x) => x.id), e.nextSteps);
  checkList('wouldChange', o.recommendation.wouldChange, e.wouldChange);
  if (e.options) {
    expect(o.options.length, 'number of options').toBe(e.options.length);
    e.options.forEach((spec, i) => expect(o.options[i], `option ${i}`).toMatchObject(spec));
  }
  e.optionWarnings?.forEach((spec, i) => checkList(`option ${i} warnings`, (o.options[i]?.warnings ?? []).map((w) => w.id), spec));
  for (const [id, params] of Object.entries(e.warningParams ?? {})) expect(o.warnings.find((w) => w.id === id)?.params).toEqual(params);
}

describe.each(files)('fixtures/%s', (file) => {
  const scenarios = z.array(Scenario).parse(JSON.parse(readFileSync(`${dir}${file}`, 'utf8')));
  it('cites only fact IDs that exist in FACTS', () => {
    expect(FACT_IDS.size).toBeGreaterThan(50);
    for (const s of scenarios) for (const f of s.facts) expect(FACT_IDS.has(f), `${s.name}: ${f}`).toBe(true);
  });
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => run(s));
});
