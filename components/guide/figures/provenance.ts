/**
 * The sources behind the figures a guide shows. A figure names no source inside the text (plain
 * reading: sources only in the list at the end); instead the guide page adds, after the sources
 * its frontmatter cites, every source the figures on the page rest on, worked out by the same
 * functions the figure components use, for the same day.
 */
import type { Source } from '@/lib/rules';
import { channelsProvenance } from './PaymentChannels';
import { contributionProvenance } from './ContributionTable';
import { nationalProvenance } from './NationalStandard';
import { newbornProvenance } from './NewbornWindows';
import { nonLocalChildrenProvenance } from './NonLocalChildren';
import { waitingProvenance } from './WaitingPeriods';
import { windowsProvenance } from './EnrollmentWindows';
import { seasonProvenance } from '../SeasonNotice';
import type { Provenance } from './shared';

/** The figure components that carry sources, and how each finds them from its props. */
const BY_COMPONENT: Record<string, (props: Record<string, string>, asOf: string) => Provenance[]> = {
  ContributionTable: (p, asOf) => contributionProvenance({ region: p.region }, asOf),
  EnrollmentWindows: (_p, asOf) => windowsProvenance(asOf),
  NationalStandard: (_p, asOf) => nationalProvenance(asOf),
  NewbornWindows: () => newbornProvenance(),
  NonLocalChildren: (_p, asOf) => nonLocalChildrenProvenance(asOf),
  WaitingPeriods: (p) => waitingProvenance({ scheme: p.scheme ?? '' }),
  PaymentChannels: (p) => channelsProvenance({ scheme: p.scheme }),
  SeasonNotice: (_p, asOf) => seasonProvenance(asOf),
};

/** `<Name a="b" …/>` usages in an MDX source, with their string props. */
export function figureUsages(mdx: string): Array<{ name: string; props: Record<string, string> }> {
  const out: Array<{ name: string; props: Record<string, string> }> = [];
  for (const m of mdx.matchAll(/<([A-Z][A-Za-z]+)\b([^>]*?)\/?>/g)) {
    const props: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)) props[a[1] as string] = a[2] as string;
    out.push({ name: m[1] as string, props });
  }
  return out;
}

/** Every source the figures in `mdx` show on `asOf`, in the order they first appear, once each. */
export function figureSources(mdx: string, asOf: string): Source[] {
  const seen = new Map<string, Source>();
  for (const { name, props } of figureUsages(mdx)) {
    for (const p of BY_COMPONENT[name]?.(props, asOf) ?? []) for (const s of p.sources) if (!seen.has(s.id)) seen.set(s.id, s);
  }
  return [...seen.values()];
}
