/**
 * The resident-scheme collection season as of a day, for the season notice on the home page and
 * the guides about paying, and for the years the guide tables show. Nothing here re-derives a
 * rule: every answer comes from `evaluate` (the same outcome the check gives), run for one
 * ordinary person per place — a working-age resident with local hukou and no cover — so the
 * notice, the tables and the check cannot disagree about which benefit year is being collected,
 * or whether we hold that year's dates and amounts for a place.
 */
import { REGIONS, evaluate, type Answers, type Outcome, type Region, type SourcedRegion } from '@/lib/rules';

export type PlaceStatus = {
  region: Region;
  /**
   * The benefit year this place collects for now. It can be one later than the season's: when the
   * place's own sourced window for the season has already closed (Shanghai's closes on 25 December).
   */
  benefitYear: number;
  /** The place's sourced window for the season's benefit year closed before `asOf`. */
  closed: { benefitYear: number; closesOn: string } | null;
  /** This season's dates are in our sources (A/B) for the place. */
  datesSourced: boolean;
  /** Dates, when sourced. */
  window: { opensOn: string; closesOn: string; coverStarts: string } | null;
  /** This season's individual amount is in our sources for the place (A/B), or the national standard is. */
  amountsSourced: boolean;
  /** This season's individual amount(s) when sourced, in yuan. */
  amount: number[] | null;
  /** The place's last sourced window before this season (A/B), labelled with its benefit year. */
  lastWindow: { benefitYear: number; opensOn: string; closesOn: string } | null;
  /** The last published individual amount (the place's own first, else the national standard). */
  lastAmount: { whose: 'place' | 'national'; benefitYear: number; tiersYuan: number[] } | null;
};

export type Season = {
  asOf: string;
  /** The benefit year (参保年度) being collected now, or next when no collection is under way. */
  benefitYear: number;
  /** Collection for that year is likely under way somewhere (inside the span of windows seen). */
  underWay: boolean;
  /** The span of local windows seen in our sources, as month-days (there is no national calendar, F3.8). */
  seen: { opens: MonthDay; closesEarliest: MonthDay; closesLatest: MonthDay };
  /**
   * The day to pay by to be safe where the local dates are not known: the check's own `safeBy` for a
   * place with no local data (the earliest closing day seen), or null once it has passed this season.
   */
  safeBy: string | null;
  /** Whose closing day `safeBy` is (the check's `safeByBasis`). */
  safeByBasis: 'last-year-local' | 'earliest-seen';
  /** The national standard for this benefit year is in our sources. */
  nationalSourced: boolean;
  national: PlaceStatus;
  places: PlaceStatus[];
};
type MonthDay = { month: number; day: number };

/** The ordinary person the notice is worked out for; only the place changes. */
const person = (region: Region): Answers => ({ who: 'self', region, age: 35, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' });

function status(region: Region, o: Outcome): PlaceStatus {
  const option = o.options.find((x) => x.choice.scheme === 'resident');
  if (!option) throw new Error(`season: no resident option for ${region}`);
  const w = option.window;
  const c = option.contribution;
  const last = c.lastPublished[0];
  const closed = option.warnings.find((x) => x.id === 'regional-window-closed')?.params;
  return {
    region,
    benefitYear: 'benefitYear' in w ? w.benefitYear : (o.season?.benefitYear ?? 0),
    closed: closed ? { benefitYear: Number(closed.benefitYear), closesOn: String(closed.closes) } : null,
    datesSourced: w.kind === 'regional',
    window: w.kind === 'regional' ? { opensOn: w.opensOn, closesOn: w.closesOn, coverStarts: w.coverStarts } : null,
    amountsSourced: c.kind === 'regional' || (region === 'elsewhere' && c.kind === 'national-standard'),
    amount: c.kind === 'regional' || (region === 'elsewhere' && c.kind === 'national-standard') ? c.tiersYuan : null,
    lastWindow: w.kind === 'unsourced' && w.lastSourced ? { benefitYear: w.lastSourced.benefitYear, opensOn: w.lastSourced.opensOn, closesOn: w.lastSourced.closesOn } : null,
    lastAmount: last ? { whose: last.whose, benefitYear: last.benefitYear, tiersYuan: last.tiersYuan } : null,
  };
}

const cache = new Map<string, Season>();

/** The season on `asOf` (YYYY-MM-DD, Asia/Shanghai). */
export function seasonOn(asOf: string): Season {
  const hit = cache.get(asOf);
  if (hit) return hit;
  const outcomes = REGIONS.map((region) => [region, evaluate(person(region), { asOf })] as const);
  const [, national] = outcomes.find(([r]) => r === 'elsewhere') ?? [];
  if (!national?.season) throw new Error('season: the rules gave no season');
  const w = national.options.find((x) => x.choice.scheme === 'resident')?.window;
  if (!w || w.kind !== 'unsourced') throw new Error('season: the national window has no span');
  const nat = status('elsewhere', national);
  const season: Season = {
    asOf,
    benefitYear: national.season.benefitYear,
    underWay: national.season.underWay,
    seen: { opens: w.seen.opensEarliest, closesEarliest: w.seen.closesEarliest, closesLatest: w.seen.closesLatest },
    safeBy: w.safeBy,
    safeByBasis: w.safeByBasis,
    nationalSourced: nat.amountsSourced,
    national: nat,
    places: outcomes.filter(([r]) => r !== 'elsewhere').map(([r, o]) => status(r, o)),
  };
  cache.set(asOf, season);
  return season;
}

/**
 * The benefit years a guide table shows on `asOf`: the season being collected and the one before
 * it. Older seasons are left out, so a table never leads with figures a reader can no longer use.
 */
export function shownYears(asOf: string): [previous: number, current: number] {
  const { benefitYear } = seasonOn(asOf);
  return [benefitYear - 1, benefitYear];
}

export const placeRegions = (s: Season): SourcedRegion[] => s.places.map((p) => p.region as SourcedRegion);
