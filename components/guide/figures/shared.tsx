/**
 * Shared pieces of the figure components: locale + wording, value formatting, the confidence
 * badge, the compact source line under each table, and prop validation (throws at build time).
 */
import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { REGIONS, type Confidence, type FactId, type Source, type SourcedRegion } from '@/lib/rules';
import type { Locale } from '@/lib/i18n/routing';
import { rulesWords } from '@/lib/wizard/words';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import { SourceRef, sourcesT } from '@/components/sources/SourceRef';

export const SOURCED_REGIONS = REGIONS.filter((r): r is SourcedRegion => r !== 'elsewhere');
export const DASH = '—';
/** Guides show the rules in force now: the latest value of each parameter. */
export const LATEST = '2099-12-31';

export async function figureContext() {
  const locale: Locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'Figures' });
  const w = rulesWords(locale);
  const st = await sourcesT(locale);
  return {
    locale,
    t,
    w,
    /** The `Sources` wording, for SourceRef. */
    st,
    yuan: (n: number) => t('yuan', { amount: n.toLocaleString(locale) }),
    date: (iso: string) => formatIsoDate(iso, locale),
    monthDay: (month: number, day: number) =>
      new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, day))),
    region: (r: SourcedRegion) => w(`questions.region.options.${r}`),
    colon: locale === 'zh-CN' ? '：' : ': ',
    semi: locale === 'zh-CN' ? '；' : '; ',
  };
}
export type Fig = Awaited<ReturnType<typeof figureContext>>;

/** A benefit year (参保年度) from a `yearly` value's `from` (YYYY-01-01). */
export const yearOf = (from: string) => Number(from.slice(0, 4));

/** Throws (so `next build` fails) when an MDX prop is not in its vocabulary. */
export function oneOf<T extends string>(component: string, prop: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`<${component} ${prop}="${value}">: "${value}" is not a valid ${prop}; expected one of: ${allowed.join(', ')}`);
}

/** Table box: scrolls inside on a phone instead of widening the page (as MdxTable). */
export function TableWrap({ children, name }: { children: ReactNode; name: string }) {
  return (
    <div className="table-wrap" tabIndex={0} data-figure={name}>
      <table>{children}</table>
    </div>
  );
}

export function Caption({ children }: { children: ReactNode }) {
  return <caption className="mb-2 text-left font-bold">{children}</caption>;
}

/** The letter grade of a figure; the legend under the table says what it means. */
export function Conf({ fig, level }: { fig: Fig; level: Confidence }) {
  return (
    <span className="ml-1 inline-block rounded border border-gray-500 px-1 text-sm leading-snug text-ink-muted" title={fig.w(`confidence.${level}`)} data-confidence={level}>
      <span className="sr-only">{fig.t('confidence')} </span>{level}
    </span>
  );
}

/** Shown instead of a confidence C figure. */
export function Unverified({ fig }: { fig: Fig }) {
  return <em className="text-warn" data-unverified="">{fig.t('unverified')}</em>;
}

export function NotPublished({ fig }: { fig: Fig }) {
  return <span className="text-ink-muted" data-not-published="">{fig.t('notPublished')}</span>;
}

export type Provenance = { label: string; confidence: Confidence; facts: readonly FactId[]; sources: readonly Source[] };

/**
 * Under a table: the confidence legend, then one compact line per distinct provenance
 * ("2026年度：B · 来源：<each source by the one rule, SourceRef> · 依据条目 F7.1"). Identical provenances are merged.
 */
export function SourceLines({ fig, entries }: { fig: Fig; entries: Provenance[] }) {
  const merged = new Map<string, { labels: string[]; e: Provenance }>();
  for (const e of entries) {
    const key = [e.confidence, e.facts.join(','), e.sources.map((s) => s.id).join(' ')].join('|');
    const m = merged.get(key);
    if (m) m.labels.push(e.label);
    else merged.set(key, { labels: [e.label], e });
  }
  const levels = [...new Set(entries.map((e) => e.confidence))].sort();
  const sep = fig.colon;
  const listSep = fig.locale === 'zh-CN' ? '、' : ', ';
  return (
    <div className="-mt-4 mb-6 text-base text-ink-muted" data-figure-sources="">
      {levels.length > 0 && (
        <p className="!my-1">{fig.t('legend', { list: levels.map((l) => `${l} = ${fig.w(`confidence.${l}`)}`).join(fig.semi) })}</p>
      )}
      <ul className="!my-1 list-none !pl-0">
        {[...merged.values()].map(({ labels, e }) => (
          <li key={labels.join()} className="!my-1">
            {labels.join(listSep)}{sep}{e.confidence} · {fig.t('sources')}{sep}
            {e.sources.map((s, i) => (
              <span key={s.id}>
                {i > 0 && fig.semi}
                <SourceRef source={s} locale={fig.locale} t={fig.st} />
              </span>
            ))}
            {' · '}{fig.t('facts', { list: e.facts.join(', ') })}
          </li>
        ))}
      </ul>
    </div>
  );
}
