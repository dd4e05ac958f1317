/**
 * The ONE answers schema: used by the wizard form, the URL parser and the engine.
 * Field validators are shared by the full schema (`Answers`) and the in-progress schema
 * (`PartialAnswers`); cross-field rules live in `CONSTRAINTS` / `REQUIREMENTS` below so the
 * URL parser can drop exactly the contradictory field instead of rejecting the whole link.
 *
 * Written with `zod/mini` (zod 4's tree-shakable API, same core and issues as `zod`): this schema
 * also runs in the browser, in the wizard's form, and mini made that chunk 14 kB gz smaller.
 */
import * as z from 'zod/mini';
import { Coverage, Hukou, Region, Situation, SpecialGroup, Who, YesNo } from './vocab';
import { isIsoDate, MONTHS_PER_YEAR } from './dates';
import bounds from './answer-bounds.data.json' with { type: 'json' };

/**
 * The bounds on numbers and ages (answer-bounds.data.json: product decisions, each with its basis),
 * validated when the rules load. A situation's bound is a number or the name of a limit.
 */
const LIMITS = ['ageMax', 'retireeYearsMax', 'gapMonthsMax', 'lapseYearsMax', 'employeeFrom', 'adultFrom', 'workFrom'] as const;
const Bound = z.union([z.int().check(z.minimum(0)), z.enum(LIMITS)]);
const BoundsFile = z.strictObject({
  description: z.string(),
  limits: z.record(z.enum(LIMITS), z.strictObject({ value: z.int().check(z.minimum(0)), basis: z.string().check(z.minLength(10)) })),
  situationAge: z.record(Situation, z.strictObject({ min: Bound, max: Bound, basis: z.optional(z.string().check(z.minLength(10))) })),
});
const parsedBounds = BoundsFile.safeParse(bounds);
if (!parsedBounds.success) throw new Error(`lib/rules/answer-bounds.data.json does not fit its schema (answers.ts):\n${parsedBounds.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
const limit = (l: (typeof LIMITS)[number]): number => parsedBounds.data.limits[l].value;
const bound = (b: z.infer<typeof Bound>): number => (typeof b === 'number' ? b : limit(b));

export const AGE_MAX = limit('ageMax');
export const GAP_MONTHS_MAX = limit('gapMonthsMax');
export const LAPSE_YEARS_MAX = limit('lapseYearsMax');
export const RETIREE_YEARS_MAX = limit('retireeYearsMax');

const int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/** Field validators, one per answer field. */
export const answerFields = {
  /** Who the check is for; only affects wording. */
  who: Who,
  /** Where the person will enroll (lives / works / studies); 'elsewhere' = national rules. */
  region: Region,
  /** Age in whole years. */
  age: int(0, AGE_MAX),
  /** Only for age 0: the baby's birth date (YYYY-MM-DD), to place it in the local newborn window (F4.2). */
  birthDate: z.string().check(z.refine(isIsoDate, { message: 'issues.invalid-date' })),
  situation: Situation,
  /** Only for retired people: years of 职工医保 contributions (F1.7, F5.4). 0 = never in the employee scheme. */
  retireeYears: int(0, RETIREE_YEARS_MAX),
  hukou: Hukou,
  /** Only for non-local hukou: holds a local 居住证 / 港澳台居民居住证 / 外国人永久居留身份证. */
  permit: YesNo,
  /** Special groups; empty array = none of them. */
  groups: z.array(SpecialGroup).check(z.maxLength(SpecialGroup.options.length)),
  coverage: Coverage,
  /** Only with coverage 'employee-lapsed': months since employee-scheme contributions stopped (F5.3). */
  gapMonths: int(1, GAP_MONTHS_MAX),
  /** Only with coverage 'resident-lapsed': whole years not enrolled (F2.7). */
  lapseYears: int(1, LAPSE_YEARS_MAX),
} as const;

export type AnswerField = keyof typeof answerFields;
export const ANSWER_FIELDS = Object.keys(answerFields) as AnswerField[];

const baseShape = z.object({
  who: answerFields.who,
  region: answerFields.region,
  age: answerFields.age,
  birthDate: z.optional(answerFields.birthDate),
  situation: answerFields.situation,
  retireeYears: z.optional(answerFields.retireeYears),
  hukou: answerFields.hukou,
  permit: z.optional(answerFields.permit),
  groups: answerFields.groups,
  coverage: answerFields.coverage,
  gapMonths: z.optional(answerFields.gapMonths),
  lapseYears: z.optional(answerFields.lapseYears),
});
type Base = z.infer<typeof baseShape>;
export type PartialAnswersShape = Partial<Base>;

/** Ids for cross-field issues; zod issue messages are the message keys `issues.<id>`. */
export const ISSUE_IDS = [
  'invalid-date',
  'age-situation',
  'birth-date-only-for-babies',
  'birth-date-required',
  'retiree-years-only-for-retired',
  'retiree-years-required',
  'retiree-years-exceed-age',
  'permit-only-for-non-local',
  'permit-required',
  'groups-duplicate',
  'orphan-under-18',
  'veteran-18-plus',
  'employee-coverage-16-plus',
  'employee-retired-only-for-retirees',
  'gap-only-for-employee-lapsed',
  'gap-required',
  'gap-exceeds-age',
  'lapse-only-for-resident-lapsed',
  'lapse-required',
  'lapse-exceeds-age',
] as const;
export type IssueId = (typeof ISSUE_IDS)[number];

/** Minimum/maximum age per situation (product decision; keeps impossible links out): answer-bounds.data.json. */
export const SITUATION_AGE = Object.fromEntries(
  Object.entries(parsedBounds.data.situationAge).map(([s, b]) => [s, { min: bound(b.min), max: bound(b.max) }]),
) as Record<Base['situation'], { min: number; max: number }>;

/** Ages the cross-field rules use, stated once (answer-bounds.data.json): employee cover from `employeeFrom`, adults (orphan / veteran) from `adultFrom`, no employee years before `workFrom`. */
export const AGE_RULES = { employeeFrom: limit('employeeFrom'), adultFrom: limit('adultFrom'), workFrom: limit('workFrom') } as const;

/**
 * The bounds of the number answers that depend on other answers, stated once: CONSTRAINTS reject a
 * number beyond them (and the URL parser drops it), and the flow offers exactly these bounds.
 */
export const NUMBER_BOUNDS = {
  retireeYears: (a: PartialAnswersShape) => ({ min: 0, max: a.age === undefined ? RETIREE_YEARS_MAX : Math.min(RETIREE_YEARS_MAX, Math.max(0, a.age - AGE_RULES.workFrom)) }),
  gapMonths: (a: PartialAnswersShape) => ({ min: 1, max: a.age === undefined ? GAP_MONTHS_MAX : Math.min(GAP_MONTHS_MAX, Math.max(1, a.age * MONTHS_PER_YEAR)) }),
  lapseYears: (a: PartialAnswersShape) => ({ min: 1, max: a.age === undefined ? LAPSE_YEARS_MAX : Math.min(LAPSE_YEARS_MAX, Math.max(1, a.age)) }),
} as const;
const within = (field: keyof typeof NUMBER_BOUNDS, a: PartialAnswersShape) => a[field] === undefined || (a[field] as number) <= NUMBER_BOUNDS[field](a).max;

/**
 * Consistency rules. Each is checked only when `path` is present; a rule must accept the
 * answers when the other fields it reads are still missing. On failure, `path` is the field
 * to report (and the one the URL parser drops).
 */
export const CONSTRAINTS: ReadonlyArray<{ path: AnswerField; message: IssueId; ok: (a: PartialAnswersShape) => boolean }> = [
  {
    path: 'situation',
    message: 'age-situation',
    ok: (a) => a.age === undefined || a.situation === undefined || (a.age >= SITUATION_AGE[a.situation].min && a.age <= SITUATION_AGE[a.situation].max),
  },
  { path: 'birthDate', message: 'birth-date-only-for-babies', ok: (a) => a.age === undefined || a.age === 0 },
  { path: 'retireeYears', message: 'retiree-years-only-for-retired', ok: (a) => a.situation === undefined || a.situation === 'retired' },
  { path: 'retireeYears', message: 'retiree-years-exceed-age', ok: (a) => within('retireeYears', a) },
  { path: 'permit', message: 'permit-only-for-non-local', ok: (a) => a.hukou === undefined || a.hukou !== 'local' },
  { path: 'groups', message: 'groups-duplicate', ok: (a) => a.groups === undefined || new Set(a.groups).size === a.groups.length },
  { path: 'groups', message: 'orphan-under-18', ok: (a) => a.age === undefined || !a.groups?.includes('orphan') || a.age < AGE_RULES.adultFrom },
  { path: 'groups', message: 'veteran-18-plus', ok: (a) => a.age === undefined || !a.groups?.includes('veteran') || a.age >= AGE_RULES.adultFrom },
  {
    path: 'coverage',
    message: 'employee-coverage-16-plus',
    ok: (a) => a.age === undefined || a.coverage === undefined || !(a.coverage.startsWith('employee') || a.coverage === 'both-active') || a.age >= AGE_RULES.employeeFrom,
  },
  {
    // Retiree benefits from the employee scheme: retired, and with employee-scheme years behind them.
    path: 'coverage',
    message: 'employee-retired-only-for-retirees',
    ok: (a) => a.coverage !== 'employee-retired' || ((a.situation === undefined || a.situation === 'retired') && (a.retireeYears === undefined || a.retireeYears > 0)),
  },
  { path: 'gapMonths', message: 'gap-only-for-employee-lapsed', ok: (a) => a.coverage === undefined || a.coverage === 'employee-lapsed' },
  { path: 'gapMonths', message: 'gap-exceeds-age', ok: (a) => within('gapMonths', a) },
  { path: 'lapseYears', message: 'lapse-only-for-resident-lapsed', ok: (a) => a.coverage === undefined || a.coverage === 'resident-lapsed' },
  { path: 'lapseYears', message: 'lapse-exceeds-age', ok: (a) => within('lapseYears', a) },
];

/** Whether `a` breaks no constraint on `field`: the flow shows only the options and bounds that fit. */
export function fits(field: AnswerField, a: PartialAnswersShape): boolean {
  return CONSTRAINTS.every((k) => k.path !== field || k.ok(a));
}

/**
 * Whether the permit answer matters: non-local hukou, except other-mainland employees (the
 * employer enrolls them), pupils (the school enrolls them) and university students (F4.3).
 */
export function permitRelevant(a: PartialAnswersShape): boolean {
  if (a.hukou === undefined || a.hukou === 'local') return false;
  if (a.hukou !== 'other-mainland') return true;
  return a.situation === undefined || !['employee', 'pupil', 'university'].includes(a.situation);
}

/** Fields that become required once other answers are known. */
export const REQUIREMENTS: ReadonlyArray<{ path: AnswerField; message: IssueId; when: (a: PartialAnswersShape) => boolean }> = [
  { path: 'birthDate', message: 'birth-date-required', when: (a) => a.age === 0 },
  { path: 'retireeYears', message: 'retiree-years-required', when: (a) => a.situation === 'retired' },
  { path: 'permit', message: 'permit-required', when: (a) => permitRelevant(a) },
  { path: 'gapMonths', message: 'gap-required', when: (a) => a.coverage === 'employee-lapsed' },
  { path: 'lapseYears', message: 'lapse-required', when: (a) => a.coverage === 'resident-lapsed' },
];

/** Names of the constraint failures for a partial set of answers (present fields only). */
export function conflicts(a: PartialAnswersShape): Array<{ path: AnswerField; message: IssueId }> {
  return CONSTRAINTS.filter((c) => a[c.path] !== undefined && !c.ok(a)).map(({ path, message }) => ({ path, message }));
}

/** Complete, consistent answers: what `evaluate` takes. */
export const Answers = baseShape.check(z.superRefine((a, ctx) => {
  for (const c of conflicts(a)) ctx.addIssue({ code: 'custom', path: [c.path], message: `issues.${c.message}` });
  for (const r of REQUIREMENTS) {
    if (r.when(a) && a[r.path] === undefined) ctx.addIssue({ code: 'custom', path: [r.path], message: `issues.${r.message}` });
  }
}));
export type Answers = z.infer<typeof Answers>;

/** In-progress answers (wizard steps, URL): every field optional, consistency still enforced. */
export const PartialAnswers = z.partial(baseShape).check(z.superRefine((a, ctx) => {
  for (const c of conflicts(a)) ctx.addIssue({ code: 'custom', path: [c.path], message: `issues.${c.message}` });
}));
export type PartialAnswers = z.infer<typeof PartialAnswers>;
