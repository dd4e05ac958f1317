/** Ids the engine emits for warnings, reasons and waiting-period reasons (wording in messages). */

/**
 * Warnings, in order of importance: the result sorts by this order, and the page shows the first
 * few in full (the rest, with reasons and sources, folded). What can cost a person cover or money
 * comes first; "confirm locally" notes last.
 */
export const WARNINGS = [
  'paid-both',
  'duplicate-enrollment',
  'student-keep-study-place',
  'keep-resident-until-employee-starts-local',
  'newborn-window-may-have-closed',
  'newborn-window-passed',
  'region-does-not-accept-hukou',
  'regional-window-closed',
  'window-not-in-our-sources',
  'window-never-in-our-sources',
  'not-continuous-wait-in-window',
  'window-dates-local',
  'newborn-cross-year-pay-both',
  'contribution-not-published',
  'get-residence-permit',
  'hmt-get-residence-permit',
  'foreign-no-national-basis',
  'foreign-city-specific',
  'region-hukou-rule-unverified',
  'region-flexible-hukou-unverified',
  'region-flexible-tier-one',
  'can-enroll-late-now',
  'late-payers-may-lose-subsidy',
  'choose-one-scheme',
  'retiree-minimum-years-local',
  'window-start-dates-conflict',
  'newborn-window-local',
  'region-urban-districts-only',
  'university-enroll-at-school',
  'pupil-enroll-at-school',
  'regional-window-unverified',
  'regional-amount-unverified',
  'region-amounts-conflict',
  'contribution-national-standard',
  'waiting-period-reading-differs',
  'employee-gap-wait-local',
  'switch-to-employee-wait-local',
  'special-group-subsidy-local',
  'special-group-wait-exemption-local',
  'veteran-service-years-count',
  'veteran-wait-exemption-local',
  'employee-cover-starts-local',
  'foreign-employer-registration-local',
  'flexible-base-rate-local',
  'lapse-lowers-serious-illness-cap',
  'continuous-enrollment-rewards',
  'rules-before-2025-local',
  'birth-date-inconsistent',
  'channels-confirm-locally',
  'family-sharing-register-first',
  'confirm-with-local-office',
] as const;
export type WarningId = (typeof WARNINGS)[number];

/** Why the result is what it is; each reason carries facts, sources, effective date, confidence. */
export const REASONS = [
  'employer-must-enroll',
  'flexible-may-choose',
  'resident-covers-others',
  'no-duplicate-enrollment',
  'university-at-place-of-study',
  'children-where-they-live',
  'resident-age-group',
  'retiree-no-premium-if-years-met',
  'hmt-rules',
  'foreign-employed-must-enroll',
  'foreign-not-employed-no-basis',
  'non-local-access',
  'special-group-subsidised',
  'special-group-place-rule',
  'veteran-service-years-count',
  'window-regional',
  'window-not-sourced',
  'newborn-window',
  'newborn-exempt',
  'late-enrollment',
  'waiting-fixed',
  'waiting-variable',
  'employee-gap-rule',
  'contribution-regional',
  'contribution-national',
  'contribution-not-published',
  'employee-payroll-rates',
  'flexible-base-rate-local',
  'channels-resident',
  'family-sharing',
  'materials-first-time',
  'scheme-features',
] as const;
export type ReasonId = (typeof REASONS)[number];

export const WAIT_REASONS = [
  'in-window',
  'already-enrolled',
  'late-enrollment',
  'not-continuous',
  'years-lapsed',
  'reading-differs',
  'repair-by-back-paying',
  'long-lapse-floor',
  'newborn-exempt',
  'newborn-window-uncertain',
  'newborn-past-limit',
  'depends-on-window',
  'first-enrollment-local',
  'employee-gap-same-place-local',
  'employee-cover-starts-local',
  'special-group-may-be-exempt',
  'employee-gap-within-3-months',
  'employee-gap-over-3-months',
  'switch-within-3-months',
  'switch-to-employee-local',
  'rules-before-2025-local',
] as const;
export type WaitReasonId = (typeof WAIT_REASONS)[number];

/**
 * The cases a waiting period of months is made of, each with its own months: a range is never shown
 * without its cases named (paid in the window or after it; missed years paid back or not; …).
 * 'not-back-paid-readings' is the one case that is itself a range: its words name the two readings
 * of "每多断保1年" (F2.7).
 */
export const WAIT_CASES = [
  'paid-in-window',
  'paid-after-window',
  'back-paid',
  'not-back-paid',
  'not-back-paid-readings',
  'fixed-wait',
  'group-exempt',
  'newborn-longer-limit',
  'newborn-after-limit',
  'switch-qualifies',
  'switch-does-not-qualify',
] as const;
export type WaitCaseId = (typeof WAIT_CASES)[number];

export const WAIT_KINDS = ['none', 'usually-none', 'exempt', 'months', 'local', 'not-applicable'] as const;
export type WaitKind = (typeof WAIT_KINDS)[number];

/** Points a person weighs when choosing between schemes (F1.8, F1.7, F2.4, F5.5, F1.3). */
export const FEATURES = ['cost-basis', 'payment-rhythm', 'personal-account', 'counts-toward-retirement-years'] as const;
export type FeatureId = (typeof FEATURES)[number];
export const FEATURE_VALUES = [
  'base-times-rate-in-full',
  'payroll-shared',
  'fixed-yearly-with-subsidy',
  'none-once-years-met',
  'usually-monthly',
  'monthly-by-employer',
  'yearly-in-window',
  'yes',
  'no',
] as const;
export type FeatureValue = (typeof FEATURE_VALUES)[number];

/** What would change the recommendation. */
export const CHANGES = [
  'if-hired-with-contract',
  'if-employee-scheme-too-costly',
  'if-leave-job',
  'if-move-home',
  'if-get-residence-permit',
  'if-get-foreign-permanent-residence',
  'if-retiree-years-short',
  'if-study-elsewhere',
] as const;
export type ChangeId = (typeof CHANGES)[number];

/** The to-do list, in order; chosen from the person's situation (new, renewal, paid, retiree, employer). */
export const NEXT_STEPS = [
  'employer-enrolls',
  'already-covered-employee',
  'retiree-check-years',
  'newborn-papers-first',
  'enroll-at-school',
  'flexible-register',
  'enroll-resident',
  'renew-resident',
  'already-paid-next-year',
  'move-record-to-study-place',
  'keep-one-record',
  'get-residence-permit-first',
  'commercial-insurance-only',
  'check-record-online',
  'ask-local-office',
] as const;
export type NextStepId = (typeof NEXT_STEPS)[number];
