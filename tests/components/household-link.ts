import { parseHousehold } from '@/lib/household/link';

/** A household link (format hv=1) of these members, each an `m` value, parsed as the household page parses it. */
export function householdOf(...members: string[]) {
  const q = new URLSearchParams('hv=1');
  for (const m of members) q.append('m', m);
  return parseHousehold(q);
}
