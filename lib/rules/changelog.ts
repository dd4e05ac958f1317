/**
 * The changelog of the rules data (changelog.json): what changed, when, in which parameters, places
 * and periods, on which sources, and why; newest first. After PolicyEngine's changelog entries.
 *
 * Every change to a rules data file adds an entry at the top whose `dataDigest` is the digest of the
 * data after the change (`npm run rules:digest`, scripts/rules/digest.mjs): tests/rules/changelog.test.ts
 * fails while the data and the newest entry's digest differ. Several entries may share one digest
 * (one data change told as separate entries). Read by the changelog page (/{locale}/sources/changes),
 * its Atom feed (changes.xml) and GET /api/v1/rules. docs/rules-changes.md says how to add one.
 *
 * Validated when this module loads; the test also checks that the parameters, places and facts an
 * entry names exist.
 */
import * as z from 'zod/mini';
import data from './changelog.json' with { type: 'json' };
import { isSourceId } from './source-registry';

const text = z.string().check(z.regex(/^\S(?:[\s\S]*\S)?$/, { message: 'no leading or trailing space' }));
/** Both locales, always. */
const Words = z.strictObject({ 'zh-CN': text, en: text });
const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a day, YYYY-MM-DD' }));

export const ChangelogEntry = z.strictObject({
  /** Stable and unique: the day, then a few words ('2026-12-04-national-2026-at-b'); the feed's entry id is made from it. */
  id: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "an id is the entry's date and a slug, e.g. 2026-12-04-beijing-2027" })),
  /** The day the change was made to the data (Asia/Shanghai). */
  date: isoDay,
  /** A headline, one line (the feed's entry title). */
  title: Words,
  /** What changed, in plain words. */
  summary: Words,
  /** Why: the notice that came out, the error that was found. */
  why: Words,
  /** The parameters whose values changed (ids as in PARAMETERS, e.g. beijing.resident-contribution). */
  parameters: z.array(z.string().check(z.regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, { message: 'a parameter id looks like beijing.resident-window' }))),
  /** The places the change is about (region slugs); empty for the national rules. */
  places: z.array(z.string().check(z.regex(/^[a-z][a-z-]*$/))),
  /** The periods: a benefit year (参保年度, 'YYYY') or the day a value applies from ('YYYY-MM-DD'). */
  periods: z.array(z.string().check(z.regex(/^\d{4}(?:-\d{2}-\d{2})?$/, { message: "a period is a benefit year 'YYYY' or a day 'YYYY-MM-DD'" }))),
  /** Fact records (F3.6 …) the change rests on. */
  facts: z.array(z.string().check(z.regex(/^F\d+\.\d+$/, { message: 'fact IDs look like F2.7' }))),
  /** Source registry ids (sources.data.json). */
  sources: z.array(z.string().check(z.refine(isSourceId, { message: 'not an id in lib/rules/sources.data.json' }))),
  /** The digest of the rules data after this change (npm run rules:digest). */
  dataDigest: z.string().check(z.regex(/^sha256-[0-9a-f]{64}$/, { message: 'the output of npm run rules:digest: sha256- and 64 hex digits' })),
});
export type ChangelogEntry = z.infer<typeof ChangelogEntry>;

export const Changelog = z.strictObject({
  about: z.string(),
  entries: z.array(ChangelogEntry).check(
    z.minLength(1),
    z.superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((e, i) => {
        if (seen.has(e.id)) ctx.issues.push({ code: 'custom', input: e.id, path: [i, 'id'], message: `${e.id} is used twice` });
        seen.add(e.id);
        if (!e.id.startsWith(`${e.date}-`)) ctx.issues.push({ code: 'custom', input: e.id, path: [i, 'id'], message: `the id starts with the entry's date (${e.date})` });
        const before = entries[i - 1];
        if (before && before.date < e.date) ctx.issues.push({ code: 'custom', input: e.date, path: [i, 'date'], message: `newest first: ${e.date} comes after ${before.date}` });
      });
    }),
  ),
});

function load(): readonly ChangelogEntry[] {
  const parsed = Changelog.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`lib/rules/changelog.json is not a valid changelog:\n${lines}`);
  }
  return Object.freeze(parsed.data.entries.map((e) => Object.freeze(e)));
}

/** The changelog entries, newest first. */
export const CHANGELOG: readonly ChangelogEntry[] = load();
