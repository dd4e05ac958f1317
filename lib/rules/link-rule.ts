/**
 * The link rule as a pure function of the policy data (link-policy.json), with no imports, so the
 * e2e runner (which cannot import JSON modules) applies the very same rule to the built pages.
 * Everything else uses `linkable` from link-policy.ts, which binds this rule to the data.
 */
export type LinkPolicyData = { government: ReadonlyArray<{ suffix: string }>; stateMedia: ReadonlyArray<{ host: string; outlet: string }> };

const under = (h: string, base: string) => h === base || h.endsWith(`.${base}`);

/** A government host of the policy: a listed suffix (gov.cn, gov.hk) or a subdomain of one. */
export const governmentHost = (p: LinkPolicyData, h: string) => p.government.some((g) => under(h.toLowerCase(), g.suffix));

/** The named state news outlet a host belongs to, or null. */
export const stateOutlet = (p: LinkPolicyData, h: string): string | null => p.stateMedia.find((m) => under(h.toLowerCase(), m.host))?.outlet ?? null;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export type NotLinkable = 'not-a-url' | 'not-https' | 'host' | 'port-or-user';

/** Why an absolute address may not be a live link under the policy, or null when it may. */
export function whyNotLinkableUnder(p: LinkPolicyData, url: string): NotLinkable | null {
  const u = parse(url);
  if (!u) return 'not-a-url';
  if (!governmentHost(p, u.hostname) && stateOutlet(p, u.hostname) === null) return 'host';
  if (u.port !== '' || u.username !== '' || u.password !== '') return 'port-or-user';
  if (u.protocol !== 'https:') return 'not-https';
  return null;
}

const hosts = new Map<string, string>();

/** How many addresses each of the link rule's memos keeps (a bound on memory, not a rule): the host of each, and whether it may be linked. */
export const ADDRESSES_KEPT = 2048;

/** The host of an address, for naming it as text (each address parsed once; at most ADDRESSES_KEPT kept). */
export const hostOf = (url: string): string => {
  let host = hosts.get(url);
  if (host === undefined) {
    host = parse(url)?.hostname ?? url;
    if (hosts.size >= ADDRESSES_KEPT) hosts.clear();
    hosts.set(url, host);
  }
  return host;
};
