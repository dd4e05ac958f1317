/**
 * The schema of a region's data file (regions/<id>.json). It checks the file is complete (every
 * block, every access rule, a name and group labels in every locale) and consistent (values in date
 * order, each value either a figure or "not in our sources" with a note, labels for every group
 * row, sources that are registry ids, fact IDs that look like fact IDs). `regions/index.ts` runs it
 * on every file when the rules load, so a bad file fails `next build` and every test.
 *
 * Units are fixed by the block, not written in the file: windows are dates; amounts are yuan per
 * person per year; access is one of ACCESS per group of people; channels are CHANNELS ids; the
 * newborn window is a duration in days or months.
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../dates';
import type { WarningId } from '../ids';
import { isSourceId } from '../source-registry';
import { ACCESS, CHANNELS, CONFIDENCES, GROUPS, MATERIALS, SUBSIDISED_GROUPS } from '../vocab';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every locale of the site. */
export const Localized = z.strictObject({ 'zh-CN': z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type Localized = z.infer<typeof Localized>;

const IsoDate = z.string().check(z.refine(isIsoDate, { message: 'a calendar day, YYYY-MM-DD' }));
const FactIdSchema = z.string().check(z.regex(/^F\d+\.\d+$/, { message: 'fact IDs look like F2.7' }));
const SourceIdSchema = z.string().check(z.refine(isSourceId, { message: 'not an id in lib/rules/sources.data.json' }));
const Confidence = z.enum(CONFIDENCES);
const Count = z.int().check(z.minimum(0));

/**
 * One dated parameter: what it is, how sure we are, on what it rests, and its values by date
 * (`from`). A value is either `value` or `unknown` (a note saying what our sources lack), never both.
 * A value's own confidence, facts and sources override the block's.
 */
function block<T extends z.core.SomeType>(value: T) {
  const entry = z
    .strictObject({
      from: IsoDate,
      value: z.optional(value),
      unknown: z.optional(z.string().check(z.minLength(5))),
      confidence: z.optional(Confidence),
      facts: z.optional(z.array(FactIdSchema)),
      sources: z.optional(z.array(SourceIdSchema)),
    })
    .check(z.refine((e) => (e.value === undefined) !== (e.unknown === undefined), { message: 'give either `value` or `unknown` (a note), not both' }));
  return z
    .strictObject({
      description: z.string().check(z.minLength(10)),
      confidence: Confidence,
      facts: z.array(FactIdSchema).check(z.minLength(1)),
      sources: z.array(SourceIdSchema).check(z.minLength(1)),
      values: z.array(entry).check(z.minLength(1)),
    })
    .check(
      z.refine((b) => b.values.every((v, i) => i === 0 || (b.values[i - 1]?.from ?? '') < v.from), {
        message: 'values must be in date order, one per date',
      }),
    );
}

export const RegionalWindow = z.strictObject({
  opensOn: IsoDate,
  closesOn: IsoDate,
  coverStarts: IsoDate,
  /** When sources disagree on the opening day, the earliest claim (F7.5); opensOn is the later, safer one. */
  opensOnEarliest: z.optional(IsoDate),
});
export type RegionalWindow = z.infer<typeof RegionalWindow>;

const Duration = z
  .strictObject({ days: z.optional(Count), months: z.optional(Count) })
  .check(z.refine((d) => (d.days === undefined) !== (d.months === undefined), { message: 'a duration is in days or in months' }));

/**
 * `shortestConfidence`: the confidence of the shortest reading when it differs from the value's
 * (a city known only from a [C] page still gets the [B] 90-day reading as its safe headline).
 */
export const NewbornWindow = z.strictObject({
  shortest: Duration,
  longest: Duration,
  shortestConfidence: z.optional(Confidence),
  /**
   * True where the place's sources say a newborn window that runs into the next year means paying
   * for every benefit year it touches to be covered from birth (F4.2, Guangzhou). Elsewhere the
   * result says "you may need to pay for both years: confirm locally".
   */
  paysEveryYear: z.optional(z.boolean()),
});
export type NewbornWindow = z.infer<typeof NewbornWindow>;

const RESIDENT_GROUPS = GROUPS.filter((g): g is Extract<(typeof GROUPS)[number], `resident-${string}`> => g.startsWith('resident-'));
export type ResidentGroup = (typeof RESIDENT_GROUPS)[number];

const AmountRow = z.strictObject({
  /** The local group's name as published: its words are in the file's `labels`. */
  label: z.string().check(z.regex(/^[a-z]{2}-[a-z0-9-]+$/, { message: 'a label is a region prefix and a slug, e.g. bj-older' })),
  groups: z.array(z.enum(RESIDENT_GROUPS)).check(z.minLength(1)),
  minAge: z.optional(Count),
  /** Yuan per person per year; two tiers where the person chooses (Chengdu 400 or 550). */
  tiersYuan: z.array(Count).check(z.minLength(1)),
  subsidyYuan: z.optional(Count),
});
export type AmountRow = Omit<z.infer<typeof AmountRow>, 'groups'> & { groups: ResidentGroup[] };
export const RegionalAmounts = z.strictObject({ rows: z.array(AmountRow).check(z.minLength(1)) });
export type RegionalAmounts = { rows: AmountRow[] };

/**
 * One local rule of subsidised enrollment (分类资助参保, F4.4) for a benefit year: the groups it
 * covers, and either `covers: "whole-contribution"` (the government pays the whole individual
 * contribution: the person pays nothing) or `subsidyYuan` (a fixed yearly amount off the
 * individual contribution: the person pays the rest, e.g. Dazhou 2026年度 低保: 300 of 400).
 */
const GroupSubsidyRule = z
  .strictObject({
    groups: z.array(z.enum(SUBSIDISED_GROUPS)).check(z.minLength(1)),
    covers: z.optional(z.literal('whole-contribution')),
    subsidyYuan: z.optional(Count),
  })
  .check(z.refine((r) => (r.covers === undefined) !== (r.subsidyYuan === undefined), { message: 'give either `covers: "whole-contribution"` or `subsidyYuan`, not both' }));
export type GroupSubsidyRule = z.infer<typeof GroupSubsidyRule>;
export const GroupSubsidy = z
  .strictObject({ rules: z.array(GroupSubsidyRule).check(z.minLength(1)) })
  .check(z.refine((v) => new Set(v.rules.flatMap((r) => r.groups)).size === v.rules.flatMap((r) => r.groups).length, { message: 'each group in one rule only' }));
export type GroupSubsidy = z.infer<typeof GroupSubsidy>;

const AccessLevel = z.enum(ACCESS);
/** Who may join without local hukou (F2.2, F4.3, F4.6, F4.7); 'unverified' = our sources do not settle it. */
export const ResidentAccess = z.strictObject({
  /** other-mainland hukou */
  pupils: AccessLevel,
  childrenWithPermit: AccessLevel,
  childrenWithoutPermit: AccessLevel,
  adultsWithPermit: AccessLevel,
  adultsWithoutPermit: AccessLevel,
  /** Not employed and holding a 港澳台居民居住证 (F4.6). */
  hmtWithPermit: AccessLevel,
  /** Pupils and university students of foreign nationality. */
  foreignStudents: AccessLevel,
  /** Not employed, holding a 外国人永久居留身份证 (F4.7: city-specific). */
  foreignPermanent: AccessLevel,
  /** 职工医保 as a flexible worker without local hukou (F2.2, F7.3, F7.10). */
  flexibleNonLocal: AccessLevel,
});
export type ResidentAccess = z.infer<typeof ResidentAccess>;

/** When a region's note or extra material applies. */
export const REGION_CASES = ['flexible-non-local', 'resident'] as const;
export type RegionCase = (typeof REGION_CASES)[number];

/** Warnings a region file may raise (their wording names the place with {regionName}). */
export const REGION_NOTE_WARNINGS = ['region-flexible-hukou-unverified', 'region-flexible-tier-one', 'region-urban-districts-only', 'region-amounts-conflict'] as const satisfies readonly WarningId[];

/** The blocks a place's profile is made of: a city file gives them, or inherits them from its province. */
const profileBlocks = {
  residentWindow: block(RegionalWindow),
  newbornWindow: z.optional(block(NewbornWindow)),
  residentContribution: z.extend(block(RegionalAmounts), { labels: z.record(z.string(), Localized) }),
  /** The place's own subsidised-enrollment rules, per benefit year (F4.4); optional: most places' are not in our sources. */
  groupSubsidy: z.optional(block(GroupSubsidy)),
  /** Optional: without it (in the city's file and its province's) the national rule applies (`national.non-local-access`). */
  nonLocalAccess: z.optional(block(ResidentAccess)),
  /** Optional: without it (in the city's file and its province's) the national list applies (`national.resident-channels`). */
  residentChannels: z.optional(block(z.array(z.enum(CHANNELS)).check(z.minLength(1)))),
  /** Notes the result shows for this place, and when. */
  notes: z.array(z.strictObject({ warning: z.enum(REGION_NOTE_WARNINGS), when: z.enum(REGION_CASES), facts: z.array(FactIdSchema).check(z.minLength(1)) })),
  /** Materials this place asks for beyond the national list, and when. */
  extraMaterials: z.array(z.strictObject({ material: z.enum(MATERIALS), when: z.enum(REGION_CASES), facts: z.array(FactIdSchema).check(z.minLength(1)) })),
};

type WithAmounts = { residentContribution: { values: Array<{ value?: { rows: Array<{ label: string }> } }>; labels: Record<string, unknown> } };
const labelsMatchRows = z.refine<WithAmounts>(
  (p: { residentContribution: { values: Array<{ value?: { rows: Array<{ label: string }> } }>; labels: Record<string, unknown> } }) => {
    const used = new Set(p.residentContribution.values.flatMap((v) => v.value?.rows.map((r) => r.label) ?? []));
    const named = Object.keys(p.residentContribution.labels);
    return named.length === used.size && named.every((l) => used.has(l));
  },
  { message: 'residentContribution.labels must name exactly the labels its rows use' },
);

/** A province's slug: lower-case letters, the file's name in lib/rules/provinces/. */
const ProvinceSlug = z.string().check(z.regex(/^[a-z]+$/, { message: 'a province slug is lower-case letters, e.g. guangdong' }));

/**
 * A place's profile, as the engine reads it: a city's file merged with its province's
 * (regions/index.ts), or a province's own file for "another city in <province>". The window and
 * amount blocks are required after the merge; access and channels fall back to the national rule.
 */
export const RegionProfile = z
  .strictObject({
    /** The slug (link format v=1: never renamed); a city's is its file name, a province's choice is `<province>-other`. */
    id: z.string().check(z.regex(/^[a-z]+(?:-other)?$/, { message: 'a region slug is lower-case letters (a city) or <province>-other' })),
    name: Localized,
    /** The province whose file this place inherits from (lib/rules/provinces/<province>.json). */
    province: z.optional(ProvinceSlug),
    ...profileBlocks,
  })
  .check(labelsMatchRows);
export type RegionProfile = z.infer<typeof RegionProfile>;

/**
 * A province's file (lib/rules/provinces/<id>.json): the rules that hold in every city of the
 * province, in the blocks of a region profile. A city file that names the province inherits every
 * block it does not give itself, and its notes and extra materials add to the province's. The
 * province's blocks are also the profile of the region choice "another city in <province>"
 * (`<id>-other`, named `otherName`), so they are complete: a window or amount block the province
 * has no rule for says so (`unknown`); access and channels it has no rule for are left out (the
 * national rule applies).
 */
export const ProvinceProfile = z
  .strictObject({
    id: ProvinceSlug,
    /** The province's name, e.g. 广东省. */
    name: Localized,
    /** The region choice for a city of this province without its own file, e.g. 广东省其他城市. */
    otherName: Localized,
    ...profileBlocks,
  })
  .check(labelsMatchRows);
export type ProvinceProfile = z.infer<typeof ProvinceProfile>;

