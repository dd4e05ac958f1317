/**
 * Closed vocabularies. Each set is one `as const` array with a derived zod enum and TS type.
 * The slugs are public values (URLs, fixtures, message keys): never rename one; add new ones.
 * Display text lives in content/messages/rules/{zh-CN,en}.json.
 */
import * as z from 'zod/mini'; // runs in the browser too (see answers.ts)
import { CITY_SLUGS, REGION_SLUGS } from './regions/list';

/** Who the check is for. Only changes wording ("you" vs "the person you are helping"). */
export const WHO = ['self', 'helper'] as const;
export const Who = z.enum(WHO);
export type Who = z.infer<typeof Who>;

/** Main situation of the person (F1.1, F1.3, F4.3). */
export const SITUATIONS = [
  'employee', // 有用人单位 — employed by an employer
  'flexible', // 灵活就业 — self-employed without employees, freelance, gig, part-time without employer cover
  'not-working',
  'pupil', // 中小学生 (incl. vocational secondary)
  'university', // 大学生 (full-time)
  'preschool', // 学龄前儿童 / 婴幼儿
  'retired',
] as const;
export const Situation = z.enum(SITUATIONS);
export type Situation = z.infer<typeof Situation>;

/** Hukou relative to the place of enrollment (F2.2, F4.6, F4.7). */
export const HUKOUS = ['local', 'other-mainland', 'hmt', 'foreign'] as const;
export const Hukou = z.enum(HUKOUS);
export type Hukou = z.infer<typeof Hukou>;

/**
 * Whether the person holds the permit that matters for their hukou:
 * other-mainland → local 居住证; hmt → 港澳台居民居住证; foreign → 外国人永久居留身份证.
 */
export const YES_NO = ['yes', 'no'] as const;
export const YesNo = z.enum(YES_NO);
export type YesNo = z.infer<typeof YesNo>;

/**
 * Places with their own sourced data: the cities (one file each in regions/), then "another city in
 * <province>" (`<province>-other`, one file each in provinces/), all listed in regions/list.ts; and
 * 'elsewhere': national rules only. A place's slug is public (link format v=1): never rename one.
 */
export type SourcedRegion = (typeof REGION_SLUGS)[number];
export const SOURCED_REGIONS: SourcedRegion[] = [...REGION_SLUGS];
/** The cities among them (each with its own file), without the "another city in <province>" choices. */
export const CITY_REGIONS: SourcedRegion[] = [...CITY_SLUGS];
export const REGIONS: ReadonlyArray<SourcedRegion | 'elsewhere'> = [...SOURCED_REGIONS, 'elsewhere'];
export const Region = z.enum(REGIONS as [SourcedRegion | 'elsewhere', ...Array<SourcedRegion | 'elsewhere'>]);
export type Region = z.infer<typeof Region>;

/** Whether a place may accept someone without local hukou into a scheme (regions/*.json, `nonLocalAccess`). */
export const ACCESS = ['eligible', 'not-eligible', 'unverified'] as const;
export type Access = (typeof ACCESS)[number];

/** Special groups (F4.4, F4.5). Several may apply; an empty array means none. */
export const SPECIAL_GROUPS = ['dibao', 'tekun', 'orphan', 'disability', 'monitored', 'veteran'] as const;
export const SpecialGroup = z.enum(SPECIAL_GROUPS);
export type SpecialGroup = z.infer<typeof SpecialGroup>;
/** Groups whose resident premium is (partly) paid by government under 分类资助参保 (F4.4). */
export const SUBSIDISED_GROUPS = ['dibao', 'tekun', 'orphan', 'disability', 'monitored'] as const satisfies readonly SpecialGroup[];
export type SubsidisedGroup = (typeof SUBSIDISED_GROUPS)[number];

/** Current coverage (F1.4, F2.7, F5.3). */
// 'resident-paid-next' (already paid for the coming benefit year) and 'both-active' (paid into both
// schemes, F1.4) were added after v=1 was published: new values only, old links keep their meaning.
// employee-retired (link format v=1, added 2026-11): retired and drawing employee-scheme retiree
// benefits, no longer paying; the engine treats it as holding the employee scheme.
export const COVERAGES = ['none', 'employee-active', 'employee-retired', 'resident-active', 'resident-paid-next', 'both-active', 'employee-lapsed', 'resident-lapsed'] as const;
export const Coverage = z.enum(COVERAGES);
export type Coverage = z.infer<typeof Coverage>;

// ---- Outcome vocabularies (ids the engine emits; wording in messages) ----

export const SCHEMES = ['employee', 'resident', 'none'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const GROUPS = [
  'employee-via-employer',
  'employee-flexible',
  'employee-retiree',
  'resident-child',
  'resident-pupil',
  'resident-university',
  'resident-working-age',
  'resident-older',
  'no-national-basis',
] as const;
export type Group = (typeof GROUPS)[number];

/** Where to enroll. */
export const PLACES = ['employer', 'place-of-work', 'place-of-residence', 'place-of-hukou', 'place-of-study', 'current-insurance-place', 'local-office'] as const;
export type Place = (typeof PLACES)[number];

export const MATERIALS = [
  'id-card',
  'hukou-book',
  'residence-permit',
  'hmt-residence-permit',
  'hmt-travel-permit',
  'passport',
  'foreign-permanent-residence',
  'foreign-work-permit',
  'labour-contract',
  'birth-certificate',
  'guardian-id',
  'parent-residence-permit',
  'relationship-proof',
  'school-enrollment-proof',
  'employment-registration',
  'photo',
  'proof-dibao',
  'proof-tekun',
  'proof-orphan',
  'proof-disability',
  'proof-monitored',
  'proof-veteran',
] as const;
export type Material = (typeof MATERIALS)[number];

export const CHANNELS = [
  'employer',
  'tax-app',
  'wechat',
  'alipay',
  'bank',
  'tax-counter',
  'community-service-point',
  'family-sharing',
  'medical-insurance-wallet',
  'school',
  'medical-insurance-counter',
  'jingtong',
  'suishenban',
  'zhejiang-tax-miniprogram',
  'yue-yibao',
  'yue-shuitong',
  'sichuan-yibao-platform',
  'chushuitong',
  'ehuiban',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const WINDOW_KINDS = ['regional', 'unsourced', 'newborn', 'any-time', 'not-applicable'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

export const IF_MISSED = [
  'late-enrollment-wait',
  'newborn-late-enrollment',
  'employer-must-enroll',
  'pay-monthly-gap-rules',
  'none',
] as const;
export type IfMissed = (typeof IF_MISSED)[number];

export const CONTRIBUTION_KINDS = [
  'regional',
  'national-standard',
  'not-published',
  'local-unknown',
  'payroll-share',
  'flexible-local',
  'retiree',
] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** How a special group's premium is typically subsidised; always "confirm locally" (F4.4). */
export const SUBSIDY_KINDS = ['usually-full', 'full-or-partial', 'partial-or-full'] as const;
export type SubsidyKind = (typeof SUBSIDY_KINDS)[number];

export const CONFIDENCES = ['A', 'B', 'C'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
