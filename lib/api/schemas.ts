/**
 * JSON Schemas generated from the zod schemas the site itself validates with (zod 4's
 * `toJSONSchema`, here through `zod/mini` like the schemas themselves), served under
 * /api/v1/schema/<name>.json. Cross-field rules (CONSTRAINTS and REQUIREMENTS in
 * lib/rules/answers.ts, e.g. "a birth date only for age 0") are zod refinements, which JSON Schema
 * cannot state: the schemas say so in their description, and /api/v1/evaluate applies them.
 */
import * as z from 'zod/mini';
import { Answers, ChangelogEntry, FactRecord, PartialAnswers, SourceEntry } from '@/lib/rules';
import { siteUrl } from '@/lib/site';
import { API_BASE, type SchemaName } from './paths';

const CROSS_FIELD = 'Cross-field rules (e.g. birthDate only when age is 0; permit only for a non-local hukou) are not expressible in JSON Schema; /api/v1/evaluate applies them and answers 400 naming the field.';

const SCHEMAS: Record<SchemaName, { schema: z.core.$ZodType; title: string; description: string }> = {
  answers: { schema: Answers, title: 'Answers', description: `Complete answers to the check, what the rules evaluate. The link format (v=1) carries the same fields as query parameters. ${CROSS_FIELD}` },
  'partial-answers': { schema: PartialAnswers, title: 'PartialAnswers', description: `Answers so far (every field optional). ${CROSS_FIELD}` },
  source: { schema: SourceEntry, title: 'Source', description: 'One entry of the source registry (lib/rules/sources.data.json), as in the `sources` map of /api/v1/rules (which adds `citedBy`). Exactly one of officialUrl (a government host, kind official-site) or copyUrl (the copy, report or page we read: a record for checking, not a link to follow; the site shows its host as text). issuer, number (文号; null = not verified), issued and officialText (gov-policy-library, law-database or issuer-site) describe the document the page carries. unverified: the title is ours; checked: the fact record the title was checked against. Links go live only under lib/rules/link-policy.json (https; gov.cn, gov.hk or a named state outlet).' },
  fact: { schema: FactRecord, title: 'Fact', description: 'One fact record: a one-line statement in our words, its confidence and its sources by registry id, as in the `facts` map of /api/v1/rules (keyed by id).' },
  change: { schema: ChangelogEntry, title: 'Change', description: 'One entry of the changelog of the rules data (lib/rules/changelog.json), as in the `changelog` list of /api/v1/rules (newest first): when, what changed and why in both locales, the parameters, places, periods, facts and sources it concerns, and the digest of the rules data after it.' },
};

const cache = new Map<SchemaName, Record<string, unknown>>();

/** The JSON Schema (draft 2020-12) named `name`, with its own `$id`. */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  let s = cache.get(name);
  if (!s) {
    const { schema, title, description } = SCHEMAS[name];
    // io 'input': what a client sends or reads; unrepresentable parts (refinements) are left out.
    const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    s = { ...generated, $id: `${siteUrl}${API_BASE}/schema/${name}.json`, title, description };
    cache.set(name, s);
  }
  return s;
}
