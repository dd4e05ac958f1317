/**
 * The source registry: every document the rules, the result's reasons and the guides cite, by id.
 * The data is `sources.data.json` (id → entry); this file is its schema and its typed accessor.
 * The data is validated when this module loads, so `next build` and every test that reaches the
 * rules fail on a bad entry; `tests/rules/sources.test.ts` checks it again and names the entry.
 *
 * An entry describes the page we read, and where that page carries a document (a notice, a
 * decision, a law), the document itself:
 * - the page: `title`, `publisher` (as the page names it), `date` (the page's date, as precise as
 *   it allows: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; null = none shown), `retrieved` (when we read
 *   it) and exactly one address. `officialUrl`: the page is on its publisher's own government site
 *   (kind `official-site`; a government host of `link-policy.json`). `copyUrl`: a copy, a report or
 *   another page (kinds `official-copy`, `news`, `commercial-unverified`).
 * - the document: `issuer` (发文机关), `number` (文号, kept out of `title`; null = it has one we could
 *   not verify), `issued` (its date) and `officialText`, where a reader finds the official text:
 *   the State Council policy library on www.gov.cn (`gov-policy-library`, national documents), the
 *   national law database (`law-database`, laws) or the issuer's own site (`issuer-site`).
 * - `unverified: true`: the title is our description of the page's topic (the fact file gives only
 *   the address); shown as "标题未核实". `checked: 'F2.1'`: a title we wrote was checked against that
 *   fact record, which names the document the page carries.
 *
 * Which addresses become live links is one rule, `link-policy.ts` (`linkable`), applied by the one
 * renderer, `components/sources/SourceRef.tsx`: an official page over https is a link; a copy is
 * text naming its host ("我们读到的转载：<host>"), a link only if its host is a named state outlet.
 */
import * as z from 'zod/mini';
import data from './sources.data.json' with { type: 'json' };
import { OFFICIAL_TEXT_PLACES, isGovernmentHost } from './link-policy';

export const SOURCE_KINDS = ['official-site', 'official-copy', 'news', 'commercial-unverified'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Government hosts (link-policy.json): the only ones whose pages may be `official-site`. */
export const isOfficialHost = isGovernmentHost;

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });
const datePattern = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: "a date is 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'" }));
const text = z.string().check(z.minLength(1), z.regex(/^\S(?:.*\S)?$/, { message: 'no leading or trailing space' }));

export const SourceEntry = z
  .strictObject({
    title: text,
    publisher: text,
    issuer: z.optional(text),
    number: z.optional(z.nullable(z.string().check(z.regex(/(〔\d{4}〕\d+号|令第\d+号)$/, { message: 'a document number looks like 国办发〔2024〕38号 or 人力资源社会保障部令第16号' })))),
    issued: z.optional(datePattern),
    officialText: z.optional(z.enum(OFFICIAL_TEXT_PLACES)),
    date: z.nullable(datePattern),
    retrieved: z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, { message: "retrieved is 'YYYY-MM' or 'YYYY-MM-DD'" })),
    kind: z.enum(SOURCE_KINDS),
    officialUrl: z.optional(httpUrl),
    copyUrl: z.optional(httpUrl),
    unverified: z.optional(z.literal(true)),
    checked: z.optional(z.string().check(z.regex(/^F\d+\.\d+$/, { message: 'checked names the fact record, e.g. F2.1' }))),
  })
  .check(
    z.superRefine((e, ctx) => {
      const issue = (path: string, message: string) => ctx.issues.push({ code: 'custom', input: e, path: [path], message });
      if (e.officialUrl && e.copyUrl) issue('copyUrl', 'one address only: the official one when it is known, else the copy');
      if (e.kind === 'official-site') {
        if (!e.officialUrl) issue('officialUrl', 'an official-site entry needs officialUrl');
        else if (!isOfficialHost(new URL(e.officialUrl).hostname)) issue('officialUrl', `${new URL(e.officialUrl).hostname} is not a government host (gov.cn, gov.hk): use kind official-copy, news or commercial-unverified with copyUrl`);
      } else {
        if (e.officialUrl) issue('officialUrl', `a ${e.kind} entry has no official address: put the address in copyUrl`);
        if (!e.copyUrl) issue('copyUrl', `a ${e.kind} entry needs copyUrl`);
      }
      if (e.unverified && e.checked) issue('checked', 'a title is either unverified or checked against a fact record, not both');
      if (e.unverified && e.kind === 'official-copy') issue('kind', 'a page whose title nobody has verified is not an official-copy: news or commercial-unverified');
      if ((e.number !== undefined || e.issued || e.officialText) && !e.issuer) issue('issuer', 'a document number, issue date or official-text place belongs to a document: give its issuer');
      if (e.issuer && e.kind !== 'official-site' && !e.officialText) issue('officialText', 'a copy of a document says where its official text is found (gov-policy-library, law-database or issuer-site)');
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

/** The host a page sits on, named in the rendering ("我们读到的转载：<host>"). */
export const sourceHost = (s: Pick<Source, 'url'>) => new URL(s.url).hostname;
