/**
 * The one rule for which addresses the site links to live (data: `link-policy.json`; the policy in
 * words: docs/sources.md). A live link goes only to a government host (gov.cn, gov.hk and their
 * subdomains: nhsa.gov.cn, npc.gov.cn, a province's or city's government or 医保局 site) or to a
 * state news outlet named in the data, over https, with no port and no user info. Every other
 * address is cited as text: its host named, never a link. Pure data and string checks: no clock,
 * no network. The rule itself is `link-rule.ts`; this file binds it to the data.
 */
import * as z from 'zod/mini';
import data from './link-policy.json' with { type: 'json' };
import { ADDRESSES_KEPT, governmentHost, hostOf, stateOutlet, whyNotLinkableUnder, type NotLinkable } from './link-rule';

const host = z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { message: 'a lower-case host name' }));
export const LinkPolicy = z.strictObject({
  $comment: z.string(),
  government: z.array(z.strictObject({ suffix: host, covers: z.string() })),
  stateMedia: z.array(z.strictObject({ host, outlet: z.string() })),
  officialTexts: z.strictObject({ 'gov-policy-library': z.url({ protocol: /^https$/ }), 'law-database': z.url({ protocol: /^https$/ }) }),
});

const POLICY = LinkPolicy.parse(data);

/** Where the official text of a document is found: a national library, or the issuer's own site. */
export const OFFICIAL_TEXT_PLACES = ['gov-policy-library', 'law-database', 'issuer-site'] as const;
export type OfficialTextPlace = (typeof OFFICIAL_TEXT_PLACES)[number];
/** The libraries' addresses (the issuer's site has none we can give). */
export const OFFICIAL_TEXT_URLS: Readonly<Record<Exclude<OfficialTextPlace, 'issuer-site'>, string>> = POLICY.officialTexts;

export const GOVERNMENT_SUFFIXES: readonly string[] = POLICY.government.map((g) => g.suffix);
export const STATE_MEDIA: ReadonlyArray<{ host: string; outlet: string }> = POLICY.stateMedia;

/** A government host: gov.cn or gov.hk, or a subdomain of one. */
export const isGovernmentHost = (h: string) => governmentHost(POLICY, h);

/** The named state news outlet a host belongs to, or null. */
export const stateOutletOf = (h: string): string | null => stateOutlet(POLICY, h);

/** A host we may link to: a government host or a named state news outlet (the scheme is checked by `linkable`). */
export const isAllowedHost = (h: string) => isGovernmentHost(h) || stateOutletOf(h) !== null;

/**
 * The answers given so far, by address: the same few hundred addresses of the source registry are
 * checked again on every result and guide, and each check parses a URL. Bounded (forgotten all at
 * once past ADDRESSES_KEPT): an address may come from content, never from a request.
 */
const answered = new Map<string, NotLinkable | null>();

/** Why an absolute address may not be a live link, or null when it may. */
export const whyNotLinkable = (url: string): NotLinkable | null => {
  const hit = answered.get(url);
  if (hit !== undefined) return hit;
  const why = whyNotLinkableUnder(POLICY, url);
  if (answered.size >= ADDRESSES_KEPT) answered.clear();
  answered.set(url, why);
  return why;
};

/** The one test every live outbound link passes: https, no port or user info, an allowed host. */
export const linkable = (url: string) => whyNotLinkable(url) === null;

export { hostOf };
