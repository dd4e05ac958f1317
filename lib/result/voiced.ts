import type { Translator } from '@/lib/i18n/translations';
import type { Who } from '@/lib/rules';

export type CheckT = Translator<'Check'>;

/** The page's wording with the voice: every message gets `who`, so a `{who, select, …}` reads right. */
export function withVoice(t: CheckT, who: Who): CheckT {
  type Values = Record<string, unknown> | undefined;
  const call = t as unknown as (key: string, values?: Values, formats?: unknown) => string;
  const rich = t.rich as unknown as (key: string, values?: Values, formats?: unknown) => unknown;
  const markup = t.markup as unknown as (key: string, values?: Values, formats?: unknown) => string;
  const voiced = (key: string, values?: Values, formats?: unknown) => call(key, { ...values, who }, formats);
  return Object.assign(voiced, {
    rich: (key: string, values?: Values, formats?: unknown) => rich(key, { ...values, who }, formats),
    markup: (key: string, values?: Values, formats?: unknown) => markup(key, { ...values, who }, formats),
    raw: t.raw,
    has: t.has,
  }) as unknown as CheckT;
}

