/**
 * When each fact applies, and how an outcome says it: the oracle the sweep checks every answer set
 * × date against (tests/rules/sweep.test.ts), beside the fact records (facts.ts), never a branch
 * in a page.
 *
 * - `SAYS`: for every warning, next step and waiting-period reason the engine can emit, the
 *   confidence it asserts and the facts it states. `hedged` means the words say "reportedly / set
 *   locally — confirm locally". An id may not state a fact more firmly than the fact's confidence:
 *   a C fact is only ever said by a hedged id.
 * - `FACT_APPLIES`: entries `{ fact, when, said }`. `when` is a small predicate over the answers,
 *   the date and (where the answers alone cannot tell, e.g. a place that does not admit the
 *   person) the outcome's choices; `said` lists the outcome ids of which at least one must be in
 *   the outcome wherever `when` holds (a statement, a hedge for C, or a pointer to a guide that
 *   covers the fact). `confidence` (with `part`) narrows an entry to a part of a fact tagged lower
 *   than the whole (F4.7's employer deadline is C inside an A fact).
 * - `NOT_SITUATIONAL`: the facts with no entry, each with why (background, a guide topic, a figure
 *   checked by the sweep's amount invariants, a place the check does not cover).
 *
 * Validated when the module loads (zod + cross-checks): an unknown id, a fact without a record, a
 * C fact said by a plain statement, or a fact neither in an entry nor explained, throws.
 */
import * as z from 'zod/mini';
import type { Answers } from './answers';
import { addMonths } from './dates';
import { FACTS } from './facts';
import { NEXT_STEPS, REASONS, WAIT_REASONS, WARNINGS, FEATURES, type NextStepId, type WaitReasonId, type WarningId } from './ids';
import type { Option, Outcome } from './outcome';
import { CHANNELS, CONFIDENCES, COVERAGES, GROUPS, HUKOUS, MATERIALS, PLACES, REGIONS, SCHEMES, SITUATIONS, SPECIAL_GROUPS, WHO, WINDOW_KINDS, YES_NO, type Confidence } from './vocab';

// ---------------------------------------------------------------------------------------------
// What each outcome id asserts.

/** `hedged`: the words say the point is local, unverified or reported, and ask to confirm locally. */
export const SAY_LEVELS = ['A', 'B', 'hedged'] as const;
export type SayLevel = (typeof SAY_LEVELS)[number];
export type Says = { level: SayLevel; facts: string[] };

const s = (level: SayLevel, ...facts: string[]): Says => ({ level, facts });

export const SAYS: { warnings: Record<WarningId, Says>; nextSteps: Record<NextStepId, Says>; waitReasons: Record<WaitReasonId, Says> } = {
  warnings: {
    'paid-both': s('A', 'F1.4'),
    'duplicate-enrollment': s('A', 'F1.4', 'F1.6'),
    'student-keep-study-place': s('A', 'F1.4', 'F4.3'),
    'newborn-window-may-have-closed': s('B', 'F4.2'),
    'newborn-window-passed': s('B', 'F4.2'),
    'region-does-not-accept-hukou': s('B', 'F7.2', 'F7.9', 'F7.13'),
    'regional-window-closed': s('B', 'F3.8', 'F3.9'),
    'window-not-in-our-sources': s('A', 'F3.8'),
    'window-never-in-our-sources': s('A', 'F3.8'),
    'not-continuous-wait-in-window': s('A', 'F2.7'),
    'window-dates-local': s('A', 'F3.8'),
    'newborn-cross-year-pay-both': s('B', 'F4.2'),
    'contribution-not-published': s('A', 'F3.7'),
    'get-residence-permit': s('A', 'F2.2', 'F6.1'),
    'hmt-get-residence-permit': s('A', 'F4.6'),
    'foreign-no-national-basis': s('A', 'F4.7'),
    'foreign-city-specific': s('hedged', 'F4.7', 'F7.9'),
    'region-hukou-rule-unverified': s('hedged', 'F2.2'),
    'region-flexible-hukou-unverified': s('hedged', 'F7.3'),
    'can-enroll-late-now': s('A', 'F3.9', 'F2.7'),
    'late-payers-may-lose-subsidy': s('hedged', 'F3.9'),
    'choose-one-scheme': s('B', 'F1.3', 'F1.4'),
    'retiree-minimum-years-local': s('hedged', 'F1.7', 'F5.4'),
    'window-start-dates-conflict': s('B', 'F7.5'),
    'newborn-window-local': s('B', 'F4.1', 'F4.2'),
    'region-urban-districts-only': s('B', 'F7.13'),
    'region-flexible-tier-one': s('hedged', 'F7.11'),
    'region-amounts-conflict': s('hedged', 'F7.12'),
    'university-enroll-at-school': s('A', 'F4.3'),
    'pupil-enroll-at-school': s('B', 'F6.1', 'F7.5'),
    'regional-window-unverified': s('hedged', 'F3.8', 'F7.15'),
    'regional-amount-unverified': s('hedged', 'F7.5', 'F7.14'),
    'contribution-national-standard': s('A', 'F3.3'),
    'waiting-period-reading-differs': s('hedged', 'F2.7'),
    'employee-gap-wait-local': s('B', 'F5.3'),
    'switch-to-employee-wait-local': s('hedged', 'F5.6'),
    'keep-resident-until-employee-starts-local': s('hedged', 'F5.6', 'F5.3', 'F1.4'),
    'special-group-subsidy-local': s('hedged', 'F4.4'),
    'special-group-wait-exemption-local': s('hedged', 'F2.7'),
    'veteran-service-years-count': s('A', 'F4.5'),
    'veteran-wait-exemption-local': s('hedged', 'F4.5'),
    'employee-cover-starts-local': s('hedged', 'F5.6'),
    'foreign-employer-registration-local': s('hedged', 'F4.7'),
    'flexible-base-rate-local': s('B', 'F5.2'),
    'lapse-lowers-serious-illness-cap': s('A', 'F2.5'),
    'continuous-enrollment-rewards': s('A', 'F2.5', 'F2.6'),
    'rules-before-2025-local': s('A', 'F2.9'),
    'birth-date-inconsistent': s('A'),
    'channels-confirm-locally': s('hedged', 'F6.2'),
    'family-sharing-register-first': s('B', 'F2.4', 'F5.5', 'F7.1'),
    'confirm-with-local-office': s('B', 'F6.5'),
  },
  nextSteps: {
    'employer-enrolls': s('B', 'F1.1'),
    'already-covered-employee': s('A', 'F1.6'),
    'retiree-check-years': s('hedged', 'F1.7', 'F5.4'),
    'newborn-papers-first': s('B', 'F6.1'),
    'enroll-at-school': s('A', 'F4.3'),
    'flexible-register': s('B', 'F1.3', 'F5.2'),
    'enroll-resident': s('B', 'F6.1'),
    'renew-resident': s('A', 'F3.8'),
    'already-paid-next-year': s('B', 'F3.4'),
    'move-record-to-study-place': s('A', 'F1.4', 'F4.3'),
    'keep-one-record': s('A', 'F1.4'),
    'get-residence-permit-first': s('A', 'F2.2'),
    'commercial-insurance-only': s('A', 'F4.7'),
    'check-record-online': s('B', 'F6.3'),
    'ask-local-office': s('B', 'F6.5'),
  },
  waitReasons: {
    'in-window': s('A', 'F2.7'),
    'already-enrolled': s('A', 'F2.7'),
    'late-enrollment': s('A', 'F2.7', 'F3.9'),
    'not-continuous': s('A', 'F2.7'),
    'years-lapsed': s('A', 'F2.7'),
    'reading-differs': s('hedged', 'F2.7'),
    'repair-by-back-paying': s('A', 'F2.7', 'F2.8'),
    'long-lapse-floor': s('A', 'F2.7'),
    'newborn-exempt': s('A', 'F4.1'),
    'newborn-window-uncertain': s('hedged', 'F4.2'),
    'newborn-past-limit': s('B', 'F4.1', 'F4.2'),
    'depends-on-window': s('A', 'F2.7'),
    'first-enrollment-local': s('hedged', 'F2.7'),
    'employee-gap-same-place-local': s('hedged', 'F5.3'),
    'employee-cover-starts-local': s('hedged', 'F5.6'),
    'special-group-may-be-exempt': s('hedged', 'F2.7'),
    'employee-gap-within-3-months': s('A', 'F5.3'),
    'employee-gap-over-3-months': s('B', 'F5.3'),
    'switch-within-3-months': s('A', 'F5.3'),
    'switch-to-employee-local': s('hedged', 'F5.6'),
    'rules-before-2025-local': s('A', 'F2.9'),
  },
};

// ---------------------------------------------------------------------------------------------
// The predicate language and the entries' schema.

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'YYYY-MM-DD' }));
const range = z.strictObject({ min: z.optional(z.number()), max: z.optional(z.number()) });
const choiceMatch = z.strictObject({ scheme: z.optional(z.array(z.enum(SCHEMES))), group: z.optional(z.array(z.enum(GROUPS))), where: z.optional(z.array(z.enum(PLACES))) });

/** One test on the answers, the date or the outcome's choices; every key present must hold. */
const Leaf = z.strictObject({
  who: z.optional(z.array(z.enum(WHO))),
  region: z.optional(z.array(z.enum(REGIONS as [string, ...string[]]))),
  situation: z.optional(z.array(z.enum(SITUATIONS))),
  hukou: z.optional(z.array(z.enum(HUKOUS))),
  permit: z.optional(z.array(z.enum(YES_NO))),
  coverage: z.optional(z.array(z.enum(COVERAGES))),
  /** At least one of these groups. */
  groups: z.optional(z.array(z.enum(SPECIAL_GROUPS))),
  age: z.optional(range),
  /** A birth date on or before asOf (a baby whose birth the answers place in the past). */
  born: z.optional(z.literal(true)),
  retireeYears: z.optional(range),
  /** from ≤ asOf ≤ to (either end optional). */
  asOf: z.optional(z.strictObject({ from: z.optional(isoDate), to: z.optional(isoDate) })),
  /** The recommendation (options[0].choice). */
  primary: z.optional(choiceMatch),
  /** Some option, the recommendation or an alternative. */
  option: z.optional(choiceMatch),
  /** The benefit year the recommendation's amount is for (its contribution's benefitYear), inclusive range. */
  benefitYear: z.optional(range),
  /** The recommendation's window: its kind, and whether today is inside the collection period ('unknown' where the season's dates are not sourced). */
  window: z.optional(z.strictObject({ kind: z.optional(z.array(z.enum(WINDOW_KINDS))), inWindow: z.optional(z.array(z.enum(['yes', 'no', 'unknown']))) })),
});
type Leaf = z.infer<typeof Leaf>;

export const When = z.extend(Leaf, {
  /** At least one of these holds. */
  any: z.optional(z.array(Leaf)),
  /** None of these holds. */
  not: z.optional(z.array(Leaf)),
});
export type When = z.infer<typeof When>;

export const Said = z.union([
  z.strictObject({ warning: z.enum(WARNINGS) }),
  z.strictObject({ nextStep: z.enum(NEXT_STEPS) }),
  z.strictObject({ waitReason: z.enum(WAIT_REASONS) }),
  z.strictObject({ reason: z.enum(REASONS) }),
  z.strictObject({ feature: z.enum(FEATURES) }),
  z.strictObject({ material: z.enum(MATERIALS) }),
  z.strictObject({ channel: z.enum(CHANNELS) }),
  /** A guide (content/guides/<slug>) the result links to; tests check the guide lists the fact. */
  z.strictObject({ guide: z.string().check(z.regex(/^[a-z]+(?:-[a-z]+)*$/)) }),
]);
export type Said = z.infer<typeof Said>;

export const FactApplies = z.strictObject({
  fact: z.string().check(z.regex(/^F\d+\.\d+$/)),
  /** The level of the part of the fact this entry is about, when lower than the fact's own tag (or the fact carries none). */
  confidence: z.optional(z.enum(CONFIDENCES)),
  /** Which part, in a few words; required with `confidence`. */
  part: z.optional(z.string().check(z.minLength(3))),
  when: When,
  /** At least one of these is in the outcome wherever `when` holds. */
  said: z.array(Said).check(z.minLength(1)),
});
export type FactApplies = z.infer<typeof FactApplies>;

// ---------------------------------------------------------------------------------------------
// The data.

const inEmployeeScheme: Leaf[] = [
  { situation: ['employee'] },
  { coverage: ['employee-active', 'employee-retired', 'both-active'] },
  { primary: { scheme: ['employee'] } },
];
/** The resident scheme where the national rules apply: a place we do not cover, or the hukou place. */
const national: Leaf[] = [
  { region: ['elsewhere'], primary: { scheme: ['resident'] } },
  { primary: { scheme: ['resident'], where: ['place-of-hukou'] } },
];
/** The resident scheme in the place asked about. */
const here = { scheme: ['resident' as const], where: ['place-of-residence' as const, 'place-of-study' as const] };
const baby: Leaf = { age: { max: 0 } };
const heldEmployeeCover: Leaf = { coverage: ['employee-active', 'employee-retired', 'both-active'] };
const retireeInEmployeeScheme: Leaf = { situation: ['retired'], retireeYears: { min: 1 } };
const notEnrolled = ['none', 'employee-lapsed', 'resident-lapsed'] as const;
const from2025 = { from: '2025-01-01' };

const ENTRIES: FactApplies[] = [
  { fact: 'F1.1', when: { situation: ['employee'] }, said: [{ reason: 'employer-must-enroll' }, { reason: 'foreign-employed-must-enroll' }, { reason: 'hmt-rules' }] },
  { fact: 'F1.2', when: { option: { scheme: ['resident'] } }, said: [{ reason: 'resident-covers-others' }, { reason: 'flexible-may-choose' }] },
  { fact: 'F1.3', when: { situation: ['flexible'], hukou: ['local', 'other-mainland'] }, said: [{ reason: 'flexible-may-choose' }, { warning: 'choose-one-scheme' }] },
  { fact: 'F1.4', when: { coverage: ['both-active'] }, said: [{ warning: 'paid-both' }] },
  {
    // Item 6: every student enrolling where they study away from the hukou place, not only one who says they hold a record there.
    fact: 'F1.4',
    when: { situation: ['university', 'pupil'], hukou: ['other-mainland'], primary: { where: ['place-of-study'] } },
    said: [{ warning: 'student-keep-study-place' }],
  },
  // Moving: never two enrollments (the which-scheme guide, linked from every result, covers it).
  { fact: 'F1.5', when: { hukou: ['other-mainland'] }, said: [{ reason: 'no-duplicate-enrollment' }, { guide: 'which-scheme' }] },
  { fact: 'F1.6', when: { coverage: ['employee-active', 'employee-retired', 'both-active'], not: [retireeInEmployeeScheme] }, said: [{ nextStep: 'already-covered-employee' }, { warning: 'duplicate-enrollment' }, { warning: 'paid-both' }] },
  { fact: 'F1.7', when: { situation: ['retired'], retireeYears: { min: 1 } }, said: [{ reason: 'retiree-no-premium-if-years-met' }] },
  // The scheme-features parameter (F1.8) starts with guideline 38's account sharing, 2024-08-01.
  { fact: 'F1.8', when: { asOf: { from: '2024-08-01' }, situation: ['flexible'], hukou: ['local', 'other-mainland'] }, said: [{ feature: 'personal-account' }] },
  { fact: 'F2.2', when: { hukou: ['other-mainland'], primary: { scheme: ['resident'] } }, said: [{ reason: 'non-local-access' }, { reason: 'university-at-place-of-study' }, { warning: 'region-hukou-rule-unverified' }] },
  // Item 6: family sharing for anyone in the employee scheme (their account can pay relatives' premiums), and as a way to pay for anyone in the resident scheme.
  { fact: 'F2.4', when: { asOf: { from: '2024-08-01' }, any: inEmployeeScheme }, said: [{ reason: 'family-sharing' }] },
  { fact: 'F2.4', when: { asOf: { from: '2024-08-01' }, option: { scheme: ['resident'] } }, said: [{ channel: 'family-sharing' }] },
  { fact: 'F5.5', when: { asOf: { from: '2021-01-01' }, any: inEmployeeScheme }, said: [{ reason: 'family-sharing' }] },
  { fact: 'F2.5', when: { asOf: from2025, option: { scheme: ['resident'] } }, said: [{ warning: 'continuous-enrollment-rewards' }] },
  { fact: 'F2.5', when: { asOf: from2025, coverage: ['resident-lapsed'], primary: { scheme: ['resident'] } }, said: [{ warning: 'lapse-lowers-serious-illness-cap' }] },
  { fact: 'F2.6', when: { asOf: from2025, option: { scheme: ['resident'] } }, said: [{ warning: 'continuous-enrollment-rewards' }] },
  {
    fact: 'F2.7',
    when: { asOf: from2025, coverage: [...notEnrolled], primary: { scheme: ['resident'] } },
    said: ['in-window', 'late-enrollment', 'not-continuous', 'depends-on-window', 'newborn-exempt', 'newborn-past-limit', 'switch-within-3-months'].map((r) => ({ waitReason: r as WaitReasonId })),
  },
  { fact: 'F2.7', when: { asOf: from2025, coverage: ['resident-lapsed'], primary: { scheme: ['resident'] } }, said: [{ waitReason: 'years-lapsed' }] },
  { fact: 'F2.8', when: { asOf: from2025, coverage: ['resident-lapsed'], primary: { scheme: ['resident'] } }, said: [{ waitReason: 'repair-by-back-paying' }] },
  { fact: 'F2.9', when: { asOf: { to: '2024-12-31' }, coverage: [...notEnrolled], primary: { scheme: ['resident'] } }, said: [{ waitReason: 'rules-before-2025-local' }] },
  { fact: 'F3.8', when: { primary: { scheme: ['resident'] }, not: [{ coverage: ['resident-paid-next'] }] }, said: [{ reason: 'window-regional' }, { reason: 'window-not-sourced' }, { reason: 'newborn-window' }] },
  { fact: 'F3.9', when: { asOf: from2025, coverage: [...notEnrolled], primary: { scheme: ['resident'] }, window: { kind: ['regional', 'unsourced'], inWindow: ['no'] } }, said: [{ warning: 'can-enroll-late-now' }] },
  {
    fact: 'F3.9',
    confidence: 'C',
    part: "a late payer may lose the subsidy (Guang'an only)",
    when: { coverage: [...notEnrolled], primary: { scheme: ['resident'] }, window: { kind: ['regional', 'unsourced'], inWindow: ['no'] } },
    said: [{ warning: 'late-payers-may-lose-subsidy' }],
  },
  { fact: 'F4.1', when: { age: { max: 0 }, born: true, coverage: ['none'], primary: { scheme: ['resident'] } }, said: [{ waitReason: 'newborn-exempt' }, { waitReason: 'newborn-past-limit' }, { warning: 'newborn-window-passed' }] },
  {
    fact: 'F4.2',
    confidence: 'B',
    part: 'newborn limits are set by each city (examples [B])',
    when: { age: { max: 0 }, born: true, coverage: ['none'], primary: { scheme: ['resident'] } },
    said: [{ warning: 'newborn-window-local' }, { warning: 'newborn-window-passed' }],
  },
  { fact: 'F4.3', when: { situation: ['university'] }, said: [{ reason: 'university-at-place-of-study' }, { warning: 'university-enroll-at-school' }] },
  { fact: 'F4.3', when: { situation: ['university', 'pupil'], hukou: ['other-mainland'], primary: { where: ['place-of-study'] } }, said: [{ warning: 'student-keep-study-place' }] },
  { fact: 'F4.4', when: { groups: ['dibao', 'tekun', 'orphan', 'disability', 'monitored'], primary: { scheme: ['resident'] } }, said: [{ warning: 'special-group-subsidy-local' }] },
  // Item 6: veterans' record and funds transfer (A), and the local waiver of the wait (C) for anyone not now enrolled.
  { fact: 'F4.5', when: { groups: ['veteran'] }, said: [{ warning: 'veteran-service-years-count' }] },
  {
    fact: 'F4.5',
    confidence: 'C',
    part: 'no wait for newly discharged soldiers (泰安 only)',
    when: { groups: ['veteran'], coverage: [...notEnrolled] },
    said: [{ warning: 'veteran-wait-exemption-local' }],
  },
  // A retiree with employee-scheme years stays in that scheme whatever the hukou (F1.7): F4.6 and F4.7 are about joining.
  { fact: 'F4.6', when: { hukou: ['hmt'], not: [retireeInEmployeeScheme] }, said: [{ reason: 'hmt-rules' }] },
  { fact: 'F4.7', when: { hukou: ['foreign'], not: [retireeInEmployeeScheme] }, said: [{ reason: 'foreign-employed-must-enroll' }, { reason: 'foreign-not-employed-no-basis' }] },
  // Item 6: the employer's registration duty for foreign staff; its 30-day deadline is only [C], so hedged and with no figure.
  { fact: 'F4.7', confidence: 'C', part: "the employer's registration deadline", when: { situation: ['employee'], hukou: ['foreign'] }, said: [{ warning: 'foreign-employer-registration-local' }] },
  // Item 6: private insurance for anyone no scheme admits (a foreigner the city excludes, a HK/Macao/Taiwan resident without a permit).
  { fact: 'F4.7', when: { hukou: ['foreign'], primary: { group: ['no-national-basis'] }, not: [heldEmployeeCover] }, said: [{ nextStep: 'commercial-insurance-only' }] },
  { fact: 'F4.6', when: { hukou: ['hmt'], primary: { group: ['no-national-basis'] }, not: [heldEmployeeCover] }, said: [{ nextStep: 'commercial-insurance-only' }] },
  { fact: 'F5.1', when: { primary: { group: ['employee-via-employer'] } }, said: [{ reason: 'employee-payroll-rates' }] },
  { fact: 'F5.2', when: { situation: ['flexible'] }, said: [{ warning: 'flexible-base-rate-local' }] },
  { fact: 'F5.3', when: { coverage: ['employee-lapsed'], primary: { scheme: ['employee'] }, not: [{ situation: ['retired'] }] }, said: [{ waitReason: 'employee-gap-same-place-local' }] },
  { fact: 'F5.4', confidence: 'C', part: 'city minimum years', when: { situation: ['retired'], retireeYears: { min: 1 } }, said: [{ warning: 'retiree-minimum-years-local' }] },
  { fact: 'F5.6', when: { primary: { scheme: ['employee'] }, coverage: ['none', 'employee-lapsed', 'resident-active', 'resident-paid-next', 'resident-lapsed'], not: [{ situation: ['retired'] }, { coverage: ['employee-lapsed'], situation: ['flexible'] }] }, said: [{ warning: 'employee-cover-starts-local' }, { warning: 'switch-to-employee-wait-local' }] },
  // Item 6: someone starting a job while resident cover runs keeps it until employee cover starts.
  { fact: 'F5.6', when: { situation: ['employee'], coverage: ['resident-active', 'resident-paid-next'] }, said: [{ warning: 'keep-resident-until-employee-starts-local' }] },
  { fact: 'F6.1', confidence: 'B', part: 'first-enrollment papers (examples [B])', when: { primary: { scheme: ['resident'] }, coverage: [...notEnrolled] }, said: [{ reason: 'materials-first-time' }] },
  { fact: 'F6.2', when: { primary: { scheme: ['resident'] } }, said: [{ reason: 'channels-resident' }] },
  // No health check to enroll: an untagged inference, so a pointer to the safety guide that says it, never a statement in the result.
  { fact: 'F6.7', confidence: 'C', part: 'an inference from no source asking for a health report', when: { primary: { scheme: ['employee', 'resident'] } }, said: [{ guide: 'staying-safe' }] },
  { fact: 'F6.5', when: {}, said: [{ warning: 'confirm-with-local-office' }, { nextStep: 'ask-local-office' }] },
  // Amounts: the place's sourced figure for the benefit year, else the national standard, else "not published" — never a
  // figure from a C source (babies aside: their cost across benefit years is worked out separately, issue 20 item 2).
  { fact: 'F3.3', when: { benefitYear: { min: 2025, max: 2025 }, any: national, not: [baby] }, said: [{ reason: 'contribution-national' }] },
  { fact: 'F3.5', when: { benefitYear: { min: 2026, max: 2026 }, any: national, not: [baby] }, said: [{ reason: 'contribution-national' }] },
  { fact: 'F3.7', confidence: 'A', part: 'a gap: no 2026 national standard in our sources', when: { benefitYear: { min: 2027, max: 2027 }, any: national, not: [baby] }, said: [{ warning: 'contribution-not-published' }] },
  { fact: 'F7.1', when: { region: ['beijing'], benefitYear: { min: 2026, max: 2026 }, primary: here, not: [baby] }, said: [{ reason: 'contribution-regional' }] },
  { fact: 'F7.5', when: { region: ['shanghai'], benefitYear: { min: 2026, max: 2026 }, primary: here, not: [baby] }, said: [{ reason: 'contribution-regional' }] },
  { fact: 'F7.5', confidence: 'C', part: 'the 2025年度 figures', when: { region: ['shanghai'], benefitYear: { min: 2025, max: 2025 }, primary: here, not: [baby] }, said: [{ warning: 'regional-amount-unverified' }] },
  { fact: 'F7.7', when: { region: ['guangzhou'], benefitYear: { min: 2024, max: 2025 }, primary: here, not: [baby] }, said: [{ reason: 'contribution-regional' }] },
  { fact: 'F7.8', confidence: 'A', part: 'a gap: Guangzhou 2026年度 figures not in our sources', when: { region: ['guangzhou'], benefitYear: { min: 2026, max: 2026 }, primary: here, not: [baby] }, said: [{ warning: 'contribution-not-published' }, { warning: 'contribution-national-standard' }] },
  { fact: 'F7.14', when: { region: ['hangzhou'], benefitYear: { min: 2026, max: 2026 }, primary: here, not: [baby] }, said: [{ warning: 'regional-amount-unverified' }] },
  { fact: 'F7.15', when: { region: ['chengdu'], benefitYear: { min: 2026, max: 2026 }, primary: here, not: [baby] }, said: [{ reason: 'contribution-regional' }] },
  // Places that do not admit, or whose rule for the person we have not verified, say so (place files' nonLocalAccess).
  { fact: 'F7.2', when: { region: ['beijing'], hukou: ['other-mainland'], situation: ['not-working', 'preschool', 'flexible', 'retired'], option: { scheme: ['resident'] } }, said: [{ warning: 'region-does-not-accept-hukou' }, { warning: 'region-hukou-rule-unverified' }] },
  { fact: 'F7.6', confidence: 'C', part: 'a gap: Shanghai’s rule for non-local adults', when: { region: ['shanghai'], hukou: ['other-mainland'], situation: ['not-working', 'flexible'], age: { min: 18 } }, said: [{ warning: 'region-hukou-rule-unverified' }] },
  { fact: 'F7.9', when: { region: ['guangzhou'], hukou: ['foreign'], permit: ['yes'], primary: { scheme: ['resident'] } }, said: [{ warning: 'foreign-city-specific' }] },
  { fact: 'F7.3', when: { region: ['beijing'], situation: ['flexible'], hukou: ['other-mainland'] }, said: [{ warning: 'region-flexible-hukou-unverified' }] },
  { fact: 'F7.13', when: { region: ['hangzhou'], primary: { scheme: ['resident'], where: ['place-of-residence', 'place-of-study'] } }, said: [{ warning: 'region-urban-districts-only' }] },
  { fact: 'F7.11', when: { region: ['shenzhen'], situation: ['flexible'], hukou: ['other-mainland'] }, said: [{ warning: 'region-flexible-tier-one' }] },
  { fact: 'F7.12', when: { region: ['shenzhen'], option: { scheme: ['resident'], where: ['place-of-residence', 'place-of-study', 'place-of-work'] } }, said: [{ warning: 'region-amounts-conflict' }] },
];

/** Facts with no applies-when entry, and why none. */
export const NOT_SITUATIONAL: Record<string, string> = {
  'F2.1': 'the identity and date of guideline 38',
  'F2.3': 'a policy direction with no rule to apply',
  'F2.10': 'Fujian is not a place in the check (evidence for the season window only)',
  'F2.11': 'place data: Sichuan’s province file (lib/rules/provinces/sichuan.json, who may join where they work), inherited by its cities; pinned by tests/rules/fixtures/cities-and-provinces.json',
  'F2.12': 'a local reward amount (Shangrao), not a place in the check',
  'F3.1': 'a national figure: stated through the dated parameters, checked by the sweep amount invariants',
  'F3.2': 'the 2023 standard, for 2024年度: before the first season the sweep reaches (2025年度), so no entry could be checked',
  'F3.4': 'how years map to benefit years: built into the parameters',
  'F3.6': 'place data: Dazhou’s file (window, amounts, channels), stated through its dated parameters and checked by the sweep’s window and amount invariants; evidence for national figures too',
  'F3.10': 'one district’s reminder of F2.7',
  'F6.3': 'a guide topic (digital credential), not part of the enrollment outcome',
  'F6.4': 'a guide topic (care in another province), not part of the enrollment outcome',
  'F6.8': 'a guide topic (lost card), [C]',
  'F6.9': 'a guide topic (refunds), [C]',
  'F7.4': 'commercial cover, not basic insurance',
  'F7.10': 'place data: Guangdong’s province file (flexible workers’ papers and payment apps), inherited by its cities; pinned by tests/rules/fixtures/cities-and-provinces.json',
  'F7.16': 'place data at [C] (Wuhan’s file): statable() withholds its amount and channels are hedged; the sweep checks no C amount or date is stated',
};

// ---------------------------------------------------------------------------------------------
// Validation at load.

const RANK: Record<SayLevel | Confidence, number> = { A: 0, B: 1, C: 2, hedged: 2 };
const FACT_CONFIDENCE = new Map(FACTS.map((f) => [f.id, f.confidence]));

/** The level an entry is about: its part's, else the fact's own (null: the fact carries no tag). */
export function entryLevel(e: FactApplies): Confidence | null {
  return e.confidence ?? FACT_CONFIDENCE.get(e.fact) ?? null;
}

/** The level a said id asserts, where it is fixed (warnings, next steps, waiting reasons); reasons and features carry theirs in the outcome. */
export function saidLevel(x: Said): SayLevel | null {
  if ('warning' in x) return SAYS.warnings[x.warning].level;
  if ('nextStep' in x) return SAYS.nextSteps[x.nextStep].level;
  if ('waitReason' in x) return SAYS.waitReasons[x.waitReason].level;
  if ('material' in x || 'channel' in x) return 'A';
  return null;
}

/** Every problem with the data; empty when it is sound. Run at load (throws) and by the tests. */
export function problems(entries: readonly unknown[] = ENTRIES): string[] {
  const out: string[] = [];
  for (const [ns, table] of Object.entries(SAYS))
    for (const [id, says] of Object.entries(table as Record<string, Says>))
      for (const f of says.facts) {
        if (!FACT_CONFIDENCE.has(f)) out.push(`${ns}.${id}: no fact record ${f}`);
        const c = FACT_CONFIDENCE.get(f);
        if (c && RANK[says.level] < RANK[c]) out.push(`${ns}.${id} states ${f} at ${says.level}, firmer than its confidence ${c}`);
      }
  const covered = new Set<string>();
  for (const [i, raw] of entries.entries()) {
    const r = FactApplies.safeParse(raw);
    if (!r.success) {
      out.push(`entry ${i}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      continue;
    }
    const e = r.data;
    covered.add(e.fact);
    const own = FACT_CONFIDENCE.get(e.fact);
    if (own === undefined) {
      out.push(`entry ${i}: no fact record ${e.fact}`);
      continue;
    }
    if ((e.confidence === undefined) !== (e.part === undefined)) out.push(`entry ${i} (${e.fact}): confidence and part go together`);
    if (own && e.confidence && RANK[e.confidence] < RANK[own]) out.push(`entry ${i} (${e.fact}): part at ${e.confidence} firmer than the fact's ${own}`);
    const level = entryLevel(e);
    if (level === null) out.push(`entry ${i} (${e.fact}): the fact carries no tag, so the entry names the part and its confidence`);
    for (const x of e.said) {
      const l = saidLevel(x);
      if (level !== null && l !== null && RANK[l] < RANK[level]) out.push(`entry ${i} (${e.fact}): ${JSON.stringify(x)} says it at ${l}, firmer than ${level}`);
    }
  }
  for (const f of FACTS) {
    if (covered.has(f.id) && f.id in NOT_SITUATIONAL) out.push(`${f.id}: both an entry and a NOT_SITUATIONAL reason`);
    if (!covered.has(f.id) && !(f.id in NOT_SITUATIONAL)) out.push(`${f.id}: neither an applies-when entry nor a NOT_SITUATIONAL reason`);
  }
  for (const f of Object.keys(NOT_SITUATIONAL)) if (!FACT_CONFIDENCE.has(f)) out.push(`NOT_SITUATIONAL: no fact record ${f}`);
  return out;
}

const loadProblems = problems();
if (loadProblems.length > 0) throw new Error(`lib/rules/fact-applies.ts: ${loadProblems.join('\n')}`);

export const FACT_APPLIES: readonly FactApplies[] = Object.freeze(ENTRIES);

// ---------------------------------------------------------------------------------------------
// Reading an outcome.

type Test = (a: Answers, asOf: string, o: Outcome) => boolean;
type ChoiceMatch = z.infer<typeof choiceMatch>;

/** Inside the collection period today, as the engine reads it (engine/waiting.ts inWindow). */
function inWindowOf(w: Option['window']): 'yes' | 'no' | 'unknown' {
  if (w.kind === 'regional' || w.kind === 'newborn') return w.openNow ? 'yes' : 'no';
  if (w.kind === 'unsourced') return w.season === 'likely-open' ? 'unknown' : 'no';
  return 'no';
}

function choiceTest(m: ChoiceMatch): (c: Option['choice']) => boolean {
  const scheme = m.scheme && new Set<string>(m.scheme);
  const group = m.group && new Set<string>(m.group);
  const where = m.where && new Set<string>(m.where);
  return (c) => (!scheme || scheme.has(c.scheme)) && (!group || group.has(c.group)) && (!where || where.has(c.where));
}

/** One leaf, compiled once into a list of small tests (the sweep asks each entry ~4 × 10⁵ times). */
function compileLeaf(l: Leaf): Test {
  const tests: Test[] = [];
  const field = (key: 'who' | 'region' | 'situation' | 'hukou' | 'permit' | 'coverage', values: readonly string[] | undefined) => {
    if (!values) return;
    const set = new Set(values);
    tests.push((a) => a[key] !== undefined && set.has(a[key] as string));
  };
  field('who', l.who);
  field('region', l.region);
  field('situation', l.situation);
  field('hukou', l.hukou);
  field('permit', l.permit);
  field('coverage', l.coverage);
  if (l.groups) {
    const groups = l.groups;
    tests.push((a) => a.groups.some((g) => groups.includes(g)));
  }
  const range = (key: 'age' | 'retireeYears', r: { min?: number; max?: number } | undefined) => {
    if (!r) return;
    const { min = -Infinity, max = Infinity } = r;
    tests.push((a) => a[key] !== undefined && (a[key] as number) >= min && (a[key] as number) <= max);
  };
  range('age', l.age);
  range('retireeYears', l.retireeYears);
  // As engine/window.ts usableBirthDate: not in the future, and under one year old.
  if (l.born) tests.push((a, asOf) => a.birthDate !== undefined && a.birthDate <= asOf && a.birthDate > addMonths(asOf, -12));
  if (l.asOf) {
    const { from = '0000-00-00', to = '9999-99-99' } = l.asOf;
    tests.push((_a, asOf) => asOf >= from && asOf <= to);
  }
  if (l.primary) {
    const c = choiceTest(l.primary);
    tests.push((_a, _d, o) => c(o.primary));
  }
  if (l.option) {
    const c = choiceTest(l.option);
    tests.push((_a, _d, o) => o.options.some((x) => c(x.choice)));
  }
  if (l.benefitYear) {
    const { min = -Infinity, max = Infinity } = l.benefitYear;
    tests.push((_a, _d, o) => {
      const y = o.options[0]?.contribution.benefitYear;
      return y !== undefined && y !== null && y >= min && y <= max;
    });
  }
  if (l.window) {
    const kinds = l.window.kind && new Set<string>(l.window.kind);
    const inside = l.window.inWindow && new Set<string>(l.window.inWindow);
    tests.push((_a, _d, o) => {
      const w = o.options[0]?.window;
      return w !== undefined && (!kinds || kinds.has(w.kind)) && (!inside || inside.has(inWindowOf(w)));
    });
  }
  return (a, asOf, o) => tests.every((f) => f(a, asOf, o));
}

function compile(when: When): Test {
  const own = compileLeaf(when);
  const any = when.any?.map(compileLeaf);
  const not = when.not?.map(compileLeaf);
  return (a, asOf, o) => own(a, asOf, o) && (!any || any.some((f) => f(a, asOf, o))) && (!not || !not.some((f) => f(a, asOf, o)));
}

const compiled = (e: FactApplies) => ({ e, test: compile(e.when), level: entryLevel(e) });
const COMPILED = FACT_APPLIES.map(compiled);

export function applies(when: When, a: Answers, asOf: string, o: Outcome): boolean {
  return compile(when)(a, asOf, o);
}

/** The guides the result page links to for an outcome (components/wizard/guideLinks.ts), asked only when an entry names a guide. */
export type GuidesOf = () => readonly string[];

/** The level at which the outcome says `x` (across the outcome and every option), or null when it does not say it. */
export function saidAt(x: Said, o: Outcome, guides: GuidesOf): SayLevel | Confidence | null {
  if ('warning' in x) return o.warnings.some((w) => w.id === x.warning) || o.options.some((op) => op.warnings.some((w) => w.id === x.warning)) ? SAYS.warnings[x.warning].level : null;
  if ('nextStep' in x) return o.nextSteps.some((n) => n.id === x.nextStep) ? SAYS.nextSteps[x.nextStep].level : null;
  if ('waitReason' in x) return o.options.some((op) => op.waitingPeriod.reasons.includes(x.waitReason)) ? SAYS.waitReasons[x.waitReason].level : null;
  if ('reason' in x) {
    let best: Confidence | null = null;
    for (const r of o.reasons) if (r.id === x.reason && (best === null || RANK[r.confidence] < RANK[best])) best = r.confidence;
    for (const op of o.options) for (const r of op.reasons) if (r.id === x.reason && (best === null || RANK[r.confidence] < RANK[best])) best = r.confidence;
    return best;
  }
  if ('feature' in x) {
    let best: Confidence | null = null;
    for (const op of o.options) for (const f of op.features) if (f.id === x.feature && (best === null || RANK[f.confidence] < RANK[best])) best = f.confidence;
    return best;
  }
  if ('material' in x) return o.options.some((op) => op.materials.includes(x.material)) ? 'A' : null;
  if ('channel' in x) return o.options.some((op) => op.channels.includes(x.channel)) ? 'A' : null;
  return guides().includes(x.guide) ? 'hedged' : null;
}

/**
 * Checks one outcome against every entry: each applicable entry is said at least once, and a C
 * fact (or C part) is said only by a hedged id — never by a plain statement, a reason or a feature
 * given at A or B. (That no id states an A/B fact more firmly than its tag is checked on the SAYS
 * table at load.) Returns the problems, each starting with the fact ID, and the facts that applied.
 */
export function checkFacts(a: Answers, asOf: string, o: Outcome, guides: GuidesOf = () => [], entries?: readonly FactApplies[]): { problems: string[]; applied: string[] } {
  const bad: string[] = [];
  const applied: string[] = [];
  for (const { e, test, level } of entries ? entries.map(compiled) : COMPILED) {
    if (!test(a, asOf, o)) continue;
    applied.push(e.fact);
    const hedgedOnly = level === 'C';
    let said = false;
    for (const x of e.said) {
      const l = saidAt(x, o, guides);
      if (l === null) continue;
      said = true;
      if (hedgedOnly && RANK[l] < RANK.C) bad.push(`${e.fact} (${e.part ?? 'C'}) said by ${JSON.stringify(x)} at ${l}, not hedged`);
    }
    if (!said) bad.push(`${e.fact}${e.part ? ` (${e.part})` : ''} applies but none of ${e.said.map((x) => Object.values(x)[0]).join(', ')} is said`);
  }
  return { problems: bad, applied };
}
