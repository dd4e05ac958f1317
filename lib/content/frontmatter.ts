import { z } from 'zod';
import { audiences } from './catalogue';

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
