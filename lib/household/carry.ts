/**
 * A new person in the household editor starts with the place and hukou of the person before
 * (v=1 keys `r` and `h`): at a counter a family mostly shares them. The server does it for "add"
 * without JavaScript, the editor's script the same. On its own, light: the editor's first script
 * carries it.
 */
export const CARRIED_KEYS: readonly string[] = ['r', 'h'];

/** A new person's fields: the place and hukou of the person before, if any. */
export function carriedValues(before: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of CARRIED_KEYS) {
    const v = before?.[k];
    if (typeof v === 'string' && v !== '') out[k] = v;
  }
  return out;
}
