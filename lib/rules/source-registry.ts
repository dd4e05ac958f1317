/**
 * The source registry: every document the rules, the result's reasons and the guides cite, by id.
 * The data is `sources.data.json` (id → entry); this file is its schema and its typed accessor.
 * The data is validated when this module loads, so `next build` and every test that reaches the
 * rules fail on a bad entry; `tests/rules/sources.test.ts` checks it again and names the entry.
 *
 * An entry has exactly one address:
 * - `officialUrl`: the document on its publisher's own government site (kind `official-site`). Only
 *   hosts under gov.cn or gov.hk count; a copy on any other host is never official, http or https.
 * - `copyUrl`: where we found the text when the official address is not known. Its kind says what
 *   the text is: `official-copy` (an official text copied on an unrelated site), `news` (a report),
 *   `commercial-unverified` (a commercial or unverified page: never evidence for a figure on its own).
 *
 * `ourTitle: true` marks an entry whose title and publisher are ours (the topic of the fact that
 * cites it, and the host), because the fact file lists only the address: read the page before
 * citing it in a guide. Such pages are `commercial-unverified` until someone has read them.
 *
 * `date` is as precise as the page allows ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; null = the page shows
 * no date). `retrieved` is when we read the page ('2026-11' for the entries of the fact file).
 * `number` is the document number (文号), e.g. 国办发〔2024〕38号, kept out of `title`.
 *
 * Rendering is one rule, `components/sources/SourceRef.tsx`: only an `officialUrl` is a plain link.
 */
import * as z from 'zod/mini';
import data from './sources.data.json';

export const SOURCE_KINDS = ['official-site', 'official-copy', 'news', 'commercial-unverified'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Government hosts: the only ones whose pages may be `official-site`. */
export const OFFICIAL_HOST = /(^|\.)gov\.(cn|hk)$/;

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });
const text = z.string().check(z.minLength(1), z.regex(/^\S(?:.*\S)?$/, { message: 'no leading or trailing space' }));

export const SourceEntry = z
  .strictObject({
    title: text,
    publisher: text,
    number: z.optional(z.string().check(z.regex(/〔\d{4}〕\d+号$/, { message: 'a document number looks like 国办发〔2024〕38号' }))),
    date: z.nullable(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: "date is 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'" }))),
    retrieved: z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, { message: "retrieved is 'YYYY-MM' or 'YYYY-MM-DD'" })),
    kind: z.enum(SOURCE_KINDS),
    officialUrl: z.optional(httpUrl),
    copyUrl: z.optional(httpUrl),
    ourTitle: z.optional(z.literal(true)),
  })
  .check(
    z.superRefine((e, ctx) => {
      const issue = (path: string, message: string) => ctx.issues.push({ code: 'custom', input: e, path: [path], message });
      if (e.officialUrl && e.copyUrl) issue('copyUrl', 'one address only: the official one when it is known, else the copy');
      if (e.kind === 'official-site') {
        if (!e.officialUrl) issue('officialUrl', 'an official-site entry needs officialUrl');
        else if (!OFFICIAL_HOST.test(new URL(e.officialUrl).hostname)) issue('officialUrl', `${new URL(e.officialUrl).hostname} is not a government host (gov.cn, gov.hk): use kind official-copy, news or commercial-unverified with copyUrl`);
      } else {
        if (e.officialUrl) issue('officialUrl', `a ${e.kind} entry has no official address: put the address in copyUrl`);
        if (!e.copyUrl) issue('copyUrl', `a ${e.kind} entry needs copyUrl`);
      }
      if (e.ourTitle && e.kind !== 'commercial-unverified' && e.kind !== 'official-site') issue('kind', 'a page nobody has read (ourTitle) stays commercial-unverified');
    }),
  );
export type SourceEntry = z.infer<typeof SourceEntry>;

export const SourceRegistry = z.record(z.string().check(z.regex(/^[a-z][A-Za-z0-9_]*$/, { message: 'ids are camelCase ASCII' })), SourceEntry).check(
  z.superRefine((reg, ctx) => {
    const seen = new Map<string, string>();
    for (const [id, e] of Object.entries(reg)) {
      const url = e.officialUrl ?? e.copyUrl ?? '';
      const other = seen.get(url);
      if (other) ctx.issues.push({ code: 'custom', input: e, path: [id], message: `same address as ${other}: one entry per document` });
      seen.set(url, id);
    }
  }),
);

/** A registry entry as the rules hand it out: with its id and its one address (`url`, for keys only; render through SourceRef). */
export type Source = Readonly<SourceEntry & { id: string; url: string }>;
export type SourceId = keyof typeof data;

function build(): { readonly [K in SourceId]: Source } {
  const parsed = SourceRegistry.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`lib/rules/sources.data.json is not a valid source registry:\n${lines}`);
  }
  const out: Record<string, Source> = {};
  for (const [id, e] of Object.entries(parsed.data)) out[id] = Object.freeze({ id, ...e, url: (e.officialUrl ?? e.copyUrl) as string });
  return Object.freeze(out) as { readonly [K in SourceId]: Source };
}

/** Every source, by id. Parameters cite these objects (`SOURCES.x` in parameters/sources.ts). */
export const SOURCE_REGISTRY = build();
export const SOURCE_IDS = Object.keys(SOURCE_REGISTRY) as SourceId[];

export const isSourceId = (id: string): id is SourceId => Object.hasOwn(SOURCE_REGISTRY, id);

/** The host a copy sits on, named in the rendering ("转载于 <host>"). */
export const sourceHost = (s: Pick<Source, 'url'>) => new URL(s.url).hostname;
