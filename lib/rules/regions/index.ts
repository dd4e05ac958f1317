/**
 * The region profiles: each file in regions/ (listed in list.ts) validated against schema.ts, and
 * the dated parameters built from them (`<id>.resident-window`, `<id>.resident-contribution`,
 * `<id>.newborn-window`, `<id>.non-local-access`, `<id>.resident-channels`). The engine reads these
 * parameters and the notes and extra materials below; it names no place.
 *
 * A bad file throws here, when the rules load, naming the file and the field: `next build` and
 * every test fail on it.
 */
import type { Material, SourcedRegion } from '../vocab';
import type { WarningId } from '../ids';
import { SOURCE_REGISTRY } from '../source-registry';
import type { DatedValue, FactId, Parameter, Unit } from '../parameters/types';
import { REGION_FILES } from './list';
import { LOCALES, RegionProfile, type GroupSubsidy, type Locale, type NewbornWindow, type RegionCase, type RegionalAmounts, type RegionalWindow, type ResidentAccess } from './schema';
import type { Channel } from '../vocab';

function validate(key: string, data: unknown): RegionProfile {
  const r = RegionProfile.safeParse(data);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(`lib/rules/regions/${key}.json does not fit the region schema (regions/schema.ts):\n${lines.join('\n')}`);
  }
  if (r.data.id !== key) throw new Error(`lib/rules/regions/${key}.json: its id is "${r.data.id}"; it must be the file's name, "${key}"`);
  return r.data;
}

/** Every region's profile, validated, by slug. */
export const PROFILES = Object.fromEntries(Object.entries(REGION_FILES).map(([k, v]) => [k, validate(k, v)])) as Record<SourcedRegion, RegionProfile>;

const labelOwner = new Map<string, SourcedRegion>();
for (const [region, p] of Object.entries(PROFILES) as Array<[SourcedRegion, RegionProfile]>) {
  for (const label of Object.keys(p.residentContribution.labels)) {
    const other = labelOwner.get(label);
    if (other) throw new Error(`lib/rules/regions/${region}.json: the group label "${label}" is already used by ${other}.json`);
    labelOwner.set(label, region);
  }
}

/** Every local group label (e.g. 'bj-older'), in file order; its words are in the region's file. */
export const CONTRIBUTION_LABELS: readonly string[] = [...labelOwner.keys()];
export type ContributionLabel = string;

type Block<T> = {
  description: string;
  confidence: Parameter<T>['confidence'];
  facts: string[];
  sources: string[];
  values: Array<{ from: string; value?: T; unknown?: string; confidence?: Parameter<T>['confidence']; facts?: string[]; sources?: string[] }>;
};

const source = (id: string) => SOURCE_REGISTRY[id as keyof typeof SOURCE_REGISTRY];

function parameter<T>(id: string, unit: Unit, lookup: Parameter<T>['lookup'], b: Block<T>): Parameter<T> {
  return {
    id,
    description: b.description,
    unit,
    lookup,
    confidence: b.confidence,
    facts: b.facts as FactId[],
    sources: b.sources.map(source),
    values: b.values.map((v): DatedValue<T> => ({
      from: v.from,
      value: v.unknown !== undefined ? { unknown: true, note: v.unknown } : (v.value as T),
      ...(v.confidence ? { confidence: v.confidence } : {}),
      ...(v.facts ? { facts: v.facts as FactId[] } : {}),
      ...(v.sources ? { sources: v.sources.map(source) } : {}),
    })),
  };
}

function byRegion<T>(build: (region: SourcedRegion, p: RegionProfile) => T | undefined): Partial<Record<SourcedRegion, T>> {
  const out: Partial<Record<SourcedRegion, T>> = {};
  for (const [region, p] of Object.entries(PROFILES) as Array<[SourcedRegion, RegionProfile]>) {
    const v = build(region, p);
    if (v !== undefined) out[region] = v;
  }
  return out;
}

/** 居民医保 集中参保期 by benefit year (参保年度); a year without a value is "not in our sources". */
export const regionalWindows = byRegion((r, p) => parameter<RegionalWindow>(`${r}.resident-window`, 'dates', 'yearly', p.residentWindow)) as Record<SourcedRegion, Parameter<RegionalWindow>>;

/** Newborn windows where a city figure exists (F4.2). */
export const regionalNewbornWindows = byRegion((r, p) =>
  p.newbornWindow ? parameter<NewbornWindow>(`${r}.newborn-window`, 'duration', 'dated', p.newbornWindow) : undefined,
);

/** 居民医保 individual contribution by benefit year and local group; `yearly`: a figure is for its own year only. */
export const regionalAmounts = byRegion((r, p) =>
  parameter<RegionalAmounts>(`${r}.resident-contribution`, 'yuan-per-year', 'yearly', p.residentContribution as Block<RegionalAmounts>),
) as Record<SourcedRegion, Parameter<RegionalAmounts>>;

/** The place's own subsidised-enrollment rules (F4.4), by benefit year; only where a file holds them. */
export const regionalGroupSubsidy = byRegion((r, p) =>
  p.groupSubsidy ? parameter<GroupSubsidy>(`${r}.group-subsidy`, 'yuan-per-year', 'yearly', p.groupSubsidy as Block<GroupSubsidy>) : undefined,
);

/** Who may join without local hukou. */
export const regionalAccess = byRegion((r, p) => parameter<ResidentAccess>(`${r}.non-local-access`, 'access', 'dated', p.nonLocalAccess)) as Record<SourcedRegion, Parameter<ResidentAccess>>;

/** Ways to pay the resident premium. */
export const regionalChannels = byRegion((r, p) => parameter<Channel[]>(`${r}.resident-channels`, 'channels', 'dated', p.residentChannels as Block<Channel[]>)) as Record<
  SourcedRegion,
  Parameter<Channel[]>
>;

const isSourced = (region: string): region is SourcedRegion => Object.hasOwn(PROFILES, region);

/** The warnings a place's file raises in a case (e.g. Hangzhou: its data covers the urban districts only). */
export function regionNotes(region: string, when: RegionCase): WarningId[] {
  return isSourced(region) ? PROFILES[region].notes.filter((n) => n.when === when).map((n) => n.warning) : [];
}

/** The materials a place asks for beyond the national list, in a case (e.g. Guangzhou: employment registration). */
export function regionMaterials(region: string, when: RegionCase): Material[] {
  return isSourced(region) ? PROFILES[region].extraMaterials.filter((m) => m.when === when).map((m) => m.material) : [];
}

/**
 * The words the region files hold, in the shape of the rules messages (content/messages/rules):
 * `regionNames.<id>`, `questions.region.options.<id>` and `contributionLabels.<label>`. The words
 * for 'elsewhere' stay in the message files. `lib/wizard/words.ts` merges these in.
 */
export function regionMessages(locale: Locale): { regionNames: Record<string, string>; questions: { region: { options: Record<string, string> } }; contributionLabels: Record<string, string> } {
  const names: Record<string, string> = {};
  const labels: Record<string, string> = {};
  for (const [region, p] of Object.entries(PROFILES)) {
    names[region] = p.name[locale];
    for (const [label, text] of Object.entries(p.residentContribution.labels)) labels[label] = text[locale];
  }
  return { regionNames: names, questions: { region: { options: { ...names } } }, contributionLabels: labels };
}

export { LOCALES as REGION_LOCALES };
export type { GroupSubsidy, Locale as RegionLocale, NewbornWindow, RegionalAmounts, RegionalWindow, ResidentAccess, RegionCase };
export { REGION_CASES, REGION_NOTE_WARNINGS, RegionProfile, type AmountRow, type GroupSubsidyRule, type ResidentGroup } from './schema';
