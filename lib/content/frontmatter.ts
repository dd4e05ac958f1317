import { z } from 'zod';
import { audiences } from './catalogue';
import { SOURCE_REGISTRY, type Source as RegistrySource } from '@/lib/rules/source-registry';

const SOURCE_BY_URL = new Map(Object.values(SOURCE_REGISTRY).map((s) => [s.url, s]));

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

export const Source = z.object({
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  date: z.union([isoDate, z.literal('undated')]),
  // Fact IDs (records in lib/rules/facts.ts) that this source backs (e.g. F2.7).
  facts: z.array(z.string().regex(/^F\d+\.\d+$/)).optional(),
});
export type Source = z.infer<typeof Source>;

export const GuideFrontmatter = z.strictObject({
  title: z.string().trim().min(2),
  summary: z.string().trim().min(10),
  audiences: z.array(z.enum(audiences)).min(1),
  facts: z.array(z.string().regex(/^F\d+\.\d+$/, { error: 'fact IDs look like F2.7' })).min(1),
  sources: z.array(Source).min(1, { error: 'a guide needs at least one source' }),
  reviewed: isoDate,
});
export type GuideFrontmatter = z.infer<typeof GuideFrontmatter>;

/** Formats zod issues as "field.path: message" lines, for build errors that name the file. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
}

/** The registry entry (lib/rules/sources.data.json) for a source a guide lists; throws, naming the address, if there is none. */
export function registrySource(s: Pick<Source, 'url'>): RegistrySource {
  const hit = SOURCE_BY_URL.get(s.url);
  if (!hit) throw new Error(`Guide source ${s.url} is not in lib/rules/sources.data.json: add an entry for it`);
  return hit;
}
