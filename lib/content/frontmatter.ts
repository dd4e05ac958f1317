import { z } from 'zod';
import { audiences } from './catalogue';
import { SOURCE_REGISTRY, isSourceId, type Source, type SourceId } from '@/lib/rules';

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

/** A source a guide cites: an id of the registry (lib/rules/sources.data.json), never a restated title or address. */
export const SourceRef = z
  .string()
  .refine(isSourceId, { error: (i) => `unknown source id "${String(i.input)}": cite an id of lib/rules/sources.data.json, adding an entry there first` })
  .transform((id) => id as SourceId);

export const GuideFrontmatter = z.strictObject({
  title: z.string().trim().min(2),
  summary: z.string().trim().min(10),
  audiences: z.array(z.enum(audiences)).min(1),
  facts: z.array(z.string().regex(/^F\d+\.\d+$/, { error: 'fact IDs look like F2.7' })).min(1),
  sources: z
    .array(SourceRef)
    .min(1, { error: 'a guide needs at least one source' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'a source is listed twice' }),
  reviewed: isoDate,
});
export type GuideFrontmatter = z.infer<typeof GuideFrontmatter>;

/** The registry entries a guide cites, in its order, for SourceList. */
export const guideSources = (meta: Pick<GuideFrontmatter, 'sources'>): Source[] => meta.sources.map((id) => SOURCE_REGISTRY[id]);

/** Formats zod issues as "field.path: message" lines, for build errors that name the file. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
}
