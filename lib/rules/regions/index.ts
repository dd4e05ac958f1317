/**
 * The region profiles: each file in regions/ and provinces/ (listed in list.ts) validated against
 * schema.ts, each city merged with its province (`province`), each province also a choice of its
 * own ("another city in <province>", `<province>-other`), and
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
import { PROVINCE_FILES, REGION_FILES, otherInProvince } from './list';
import { LOCALES, ProvinceProfile, RegionProfile, type GroupSubsidy, type Locale, type NewbornWindow, type RegionCase, type RegionalAmounts, type RegionalWindow, type ResidentAccess } from './schema';
import type { Channel } from '../vocab';

function fail(file: string, issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, schema: string): never {
  const lines = issues.map((i) => `  ${i.path.map(String).join('.') || '(file)'}: ${i.message}`);
  throw new Error(`lib/rules/${file} does not fit the ${schema} (regions/schema.ts):\n${lines.join('\n')}`);
}

function validateProvince(key: string, data: unknown): ProvinceProfile {
  const r = ProvinceProfile.safeParse(data);
  if (!r.success) fail(`provinces/${key}.json`, r.error.issues, 'province schema');
  if (r.data.id !== key) throw new Error(`lib/rules/provinces/${key}.json: its id is "${r.data.id}"; it must be the file's name, "${key}"`);
  return r.data;
}

/** Every province's file, validated, by slug. */
export const PROVINCES: Readonly<Record<string, ProvinceProfile>> = Object.fromEntries(Object.entries(PROVINCE_FILES).map(([k, v]) => [k, validateProvince(k, v)]));

type Listed<T extends { when: string }> = T & { material?: string; warning?: string };
const unionOf = <T extends Listed<{ when: string }>>(a: readonly T[], b: readonly T[]): T[] => {
  const key = (x: T) => `${x.warning ?? x.material}|${x.when}`;
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
};

/**
 * A city file merged with its province: every block the city does not give comes from the
 * province; the province's notes and extra materials come first, then the city's own (a
 * province-wide rule holds in every city of it). A city without `province` is taken as it is.
 */
function withProvince(key: string, data: unknown, provinces: Readonly<Record<string, ProvinceProfile>>): unknown {
  if (typeof data !== 'object' || data === null || !('province' in data)) return data;
  const city = data as Record<string, unknown> & { province: unknown };
  const p = typeof city.province === 'string' && Object.hasOwn(provinces, city.province) ? provinces[city.province] : undefined;
  if (!p) throw new Error(`lib/rules/regions/${key}.json: its province "${String(city.province)}" has no file in lib/rules/provinces/ (listed in regions/list.ts)`);
  const blocks = provinceBlocks(p);
  const { notes, extraMaterials } = p;
  const own = <T extends Listed<{ when: string }>>(field: 'notes' | 'extraMaterials'): T[] => (Array.isArray(city[field]) ? (city[field] as T[]) : []);
  return { ...blocks, ...city, notes: unionOf(notes, own('notes')), extraMaterials: unionOf(extraMaterials, own('extraMaterials')) };
}

/** A province's rule blocks, without its names. */
function provinceBlocks(p: ProvinceProfile): Omit<ProvinceProfile, 'id' | 'name' | 'otherName'> {
  const out: Partial<ProvinceProfile> = { ...p };
  delete out.id;
  delete out.name;
  delete out.otherName;
  return out as Omit<ProvinceProfile, 'id' | 'name' | 'otherName'>;
}

/**
 * A city file's profile: merged with its province, validated, or an error naming the file and the
 * field. Used when the rules load, and by tests/rules/add-city.test.ts on a fixture city.
 */
export function regionProfileOf(key: string, data: unknown, provinces: Readonly<Record<string, ProvinceProfile>> = PROVINCES): RegionProfile {
  const r = RegionProfile.safeParse(withProvince(key, data, provinces));
  const province = typeof data === 'object' && data !== null ? (data as { province?: unknown }).province : undefined;
  if (!r.success) fail(`regions/${key}.json${typeof province === 'string' ? ` (with provinces/${province}.json)` : ''}`, r.error.issues, 'region schema');
  if (r.data.id !== key) throw new Error(`lib/rules/regions/${key}.json: its id is "${r.data.id}"; it must be the file's name, "${key}"`);
  if (!/^[a-z]+$/.test(key)) throw new Error(`lib/rules/regions/${key}.json: a city's slug is lower-case letters only (\`<province>-other\` is a province's choice)`);
  return r.data;
}

/** "Another city in <province>": the province's own blocks, under the slug `<province>-other`. */
function provinceChoice(p: ProvinceProfile): RegionProfile {
  return { ...provinceBlocks(p), id: otherInProvince(p.id), name: p.otherName, province: p.id };
}

const cities = Object.entries(REGION_FILES).map(([k, v]) => [k, regionProfileOf(k, v)] as const);
const choices = Object.values(PROVINCES).map((p) => [otherInProvince(p.id), provinceChoice(p)] as const);
for (const [slug] of choices) if (Object.hasOwn(REGION_FILES, slug)) throw new Error(`lib/rules/regions/${slug}.json: "${slug}" is the slug of a province's "another city" choice`);

/** Every region's profile, validated (cities merged with their province), by slug, in the check's order. */
export const PROFILES = Object.fromEntries([...cities, ...choices]) as Record<SourcedRegion, RegionProfile>;

/** Each local group label belongs to the one file that defines it (a city's, or a province's that its cities inherit). */
const labelOwner = new Map<string, string>();
const ownLabels: Array<[string, Record<string, unknown> | undefined]> = [
  ...Object.entries(REGION_FILES).map(([k, v]): [string, Record<string, unknown> | undefined] => [`regions/${k}.json`, (v as { residentContribution?: { labels?: Record<string, unknown> } }).residentContribution?.labels]),
  ...Object.values(PROVINCES).map((p): [string, Record<string, unknown>] => [`provinces/${p.id}.json`, p.residentContribution.labels]),
];
for (const [file, labels] of ownLabels) {
  for (const label of Object.keys(labels ?? {})) {
    const other = labelOwner.get(label);
    if (other) throw new Error(`lib/rules/${file}: the group label "${label}" is already used by ${other}`);
    labelOwner.set(label, file);
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

/** The place's own subsidised-enrollment rules (F4.4), by benefit year; only where a file (or its province's) holds them. */
export const regionalGroupSubsidy = byRegion((r, p) =>
  p.groupSubsidy ? parameter<GroupSubsidy>(`${r}.group-subsidy`, 'yuan-per-year', 'yearly', p.groupSubsidy as Block<GroupSubsidy>) : undefined,
);

/** Who may join without local hukou, where the place's file (or its province's) says; elsewhere the national rule. */
export const regionalAccess = byRegion((r, p) => (p.nonLocalAccess ? parameter<ResidentAccess>(`${r}.non-local-access`, 'access', 'dated', p.nonLocalAccess) : undefined));

/** Ways to pay the resident premium, where the place's file (or its province's) lists them; elsewhere the national list. */
export const regionalChannels = byRegion((r, p) => (p.residentChannels ? parameter<Channel[]>(`${r}.resident-channels`, 'channels', 'dated', p.residentChannels as Block<Channel[]>) : undefined));

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
export { ProvinceProfile, REGION_CASES, REGION_NOTE_WARNINGS, RegionProfile, type AmountRow, type GroupSubsidyRule, type ResidentGroup } from './schema';
export { otherInProvince } from './list';
