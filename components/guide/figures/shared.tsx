/**
 * Shared pieces of the figure components: locale + wording, the date the guide is built for and
 * its season, value formatting, the confidence in words, the table box (rows become cards on a
 * phone), and prop validation (throws at build time).
 *
 * Sources are not named inside a figure: each component's `…Provenance` function gives the guide
 * page the sources behind what it shows, and the page lists them with its own at the end
 * (app/[locale]/guides/[slug]/page.tsx).
 */
import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { getLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import { REGIONS, type Confidence, type FactId, type Source, type SourcedRegion } from '@/lib/rules';
import type { Locale } from '@/lib/i18n/routing';
import { rulesWords } from '@/lib/wizard/words';
import { todayInShanghai } from '@/lib/wizard/today';
import { seasonOn } from '@/lib/content/season';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import { colonFor, semicolonFor } from '@/lib/i18n/punctuation';

export const SOURCED_REGIONS = REGIONS.filter((r): r is SourcedRegion => r !== 'elsewhere');
export const DASH = '—';
/** Rules that carry forward (waiting months, newborn periods…): the latest value of each parameter. */
export const LATEST = '2099-12-31';

/**
 * The day the guides are worked out for: today in China when the page is built (prerendered), or
 * CHECK_TODAY. Seasonal tables show the season being collected on this day and the one before.
 */
export const guideDay = (): string => todayInShanghai();

export async function figureContext() {
  const locale: Locale = await getLocale();
  const t = translations({ locale, namespace: 'Figures' });
  const asOf = guideDay();
  const w = rulesWords(locale, { asOf });
  return {
    locale,
    t,
    w,
    asOf,
    season: seasonOn(asOf),
    yuan: (n: number) => t('yuan', { amount: n.toLocaleString(locale) }),
    date: (iso: string) => formatIsoDate(iso, locale),
    monthDay: (month: number, day: number) => monthDay(locale, month, day),
    region: (r: SourcedRegion) => w(`regionNames.${r}`),
    year: (y: number) => t('year', { year: String(y) }),
    colon: colonFor(locale),
    semi: semicolonFor(locale),
  };
}
export type Fig = Awaited<ReturnType<typeof figureContext>>;

export function monthDay(locale: Locale, month: number, day: number): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, day)));
}

/** A benefit year (参保年度) from a `yearly` value's `from` (YYYY-01-01). */
export const yearOf = (from: string) => Number(from.slice(0, 4));

/** Throws (so `next build` fails) when an MDX prop is not in its vocabulary. */
export function oneOf<T extends string>(component: string, prop: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`<${component} ${prop}="${value}">: "${value}" is not a valid ${prop}; expected one of: ${allowed.join(', ')}`);
}

/**
 * Table box. On a wide screen an ordinary table; below 40rem each row becomes a card: the row
 * header is its title and each cell shows its column's name (see `.stack` in app/globals.css).
 * The box still scrolls, focusable, should a table ever be wider than the screen.
 */
export function TableWrap({ children, name }: { children: ReactNode; name: string }) {
  return (
    <div className="table-wrap" tabIndex={0} data-figure={name}>
      <table className="stack">{children}</table>
    </div>
  );
}

export function Caption({ children }: { children: ReactNode }) {
  return <caption className="mb-2 text-left font-bold">{children}</caption>;
}

/** The column's name, shown inside the cell only when rows are cards (a phone); hidden from screen readers, which have the header. */
export function CellLabel({ children }: { children: ReactNode }) {
  return <span className="cell-label" aria-hidden="true">{children}</span>;
}

/** A data cell that names its column when the row is shown as a card. */
export function Td({ label, children, ...rest }: { label: ReactNode } & TdHTMLAttributes<HTMLTableCellElement>) {
  return <td {...rest}><CellLabel>{label}</CellLabel>{children}</td>;
}

/** A row header: the card's title on a phone. */
export function RowTh({ children, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" {...rest}>{children}</th>;
}

/**
 * A date or a date range kept on one line ("2026年1/月1日" never): it moves to the next line whole.
 * Only a date wider than the whole line (200% text on a 320 px phone) wraps inside it, rather than
 * making the page scroll sideways.
 */
export function NoBreak({ children }: { children: ReactNode }) {
  return <span className="no-break inline-block max-w-full">{children}</span>;
}

/**
 * How sure we are of a figure, in words a reader knows: an official document, a press report, or
 * "reported, check locally". The letter stays in `data-confidence` for the tests.
 */
export function Conf({ fig, level }: { fig: Fig; level: Confidence }) {
  return (
    <span className={`conf conf-${level}`} data-confidence={level}>
      <span className="sr-only">{fig.t('confidence')}{fig.colon}</span>{fig.t(`confidenceWord.${level}`)}
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

/** What a figure rests on: the page lists `sources` at its end; facts stay in the markup for the tests. */
export type Provenance = { confidence: Confidence; facts: readonly FactId[]; sources: readonly Source[] };

/** One short line under a figure: where its sources are, and the fact IDs in data attributes only. */
export function FigureFoot({ fig, entries, children }: { fig: Fig; entries: readonly Provenance[]; children?: ReactNode }) {
  const facts = [...new Set(entries.flatMap((e) => e.facts))];
  const sources = [...new Set(entries.flatMap((e) => e.sources.map((s) => s.id)))];
  return (
    <div className="figure-foot" data-figure-sources={sources.join(' ')} data-facts={facts.join(' ')}>
      {children}
      {sources.length > 0 && <p>{fig.t.rich('sourcesAtEnd', { link: (chunks) => <a href="#sources">{chunks}</a> })}</p>}
    </div>
  );
}
