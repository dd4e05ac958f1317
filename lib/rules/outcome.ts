/** The shape `evaluate` returns. Everything is ids + numbers + dates; words live in messages. */
import type { ContributionLabel } from './parameters/regional-amounts';
import type { Source } from './parameters/sources';
import type { MonthDay } from './parameters/national';
import type { FactId } from './parameters/types';
import type { ChangeId, FeatureId, FeatureValue, NextStepId, ReasonId, WaitCaseId, WaitKind, WaitReasonId, WarningId } from './ids';
import type { Channel, Confidence, ContributionKind, Group, IfMissed, Material, Place, Region, Scheme, SpecialGroup, SubsidyKind } from './vocab';

export type Choice = { scheme: Scheme; group: Group; where: Place };

/**
 * A window whose dates are sourced for this place and benefit year (kind 'regional'), or a
 * newborn's limit counted from the birth date. Only these carry a countdown.
 * `daysLeft` counts today: on the closing day it is 1.
 */
export type DatedWindow = {
  kind: 'regional' | 'newborn';
  /**
   * Whose rule the dates are: 'place', the place's own (sourced at A/B); 'other-places', a newborn
   * limit read from other places' rules because the place's own is not in our sources (F4.2). Only
   * a 'place' rule gives a deadline with a countdown or a reminder.
   */
  rule: 'place' | 'other-places';
  /** opensOn ≤ asOf ≤ closesOn */
  openNow: boolean;
  opensOn: string;
  /** The safe closing day: for newborns the shortest local reading (F4.2). */
  closesOn: string;
  /** Sources disagree on the start (F7.5): the earliest claim; opensOn is the later, safer day. */
  opensOnEarliest: string | null;
  /** Newborn windows (F4.2): the last day under the longest local reading; null elsewhere. */
  closesOnLatest: string | null;
  /** Inclusive of today when open (closesOn − asOf + 1); null when not open. */
  daysLeft: number | null;
  /** opensOn − asOf when the window is still ahead; null otherwise. */
  daysUntilOpen: number | null;
  coverStarts: string;
  benefitYear: number;
  ifMissed: IfMissed;
  confidence: Confidence;
  facts: FactId[];
  sources: Source[];
};

/** The most recent window sourced for the place of enrollment (never projected forward). */
export type SourcedPastWindow = { benefitYear: number; opensOn: string; closesOn: string; confidence: Confidence; facts: FactId[]; sources: Source[] };

/**
 * This season's window is not in our sources for the place of enrollment (F3.8: no national
 * calendar). No dates are asserted: we give the place's last sourced window, the range of windows
 * seen in our sources, and a safe day to act by (last year's local closing day in this season,
 * else the earliest closing day seen anywhere), which is advice, never a countdown.
 */
export type UnsourcedWindow = {
  kind: 'unsourced';
  benefitYear: number;
  /** 'likely-open': asOf is inside the span of windows seen (autumn to end of February). */
  season: 'likely-open' | 'not-started' ;
  lastSourced: SourcedPastWindow | null;
  /** Span of windows seen in our sources, as month-days (F3.8 table). */
  seen: { opensEarliest: MonthDay; closesEarliest: MonthDay; closesLatest: MonthDay; facts: FactId[] };
  /** Act by this day to be safe; null when that day has passed this season. */
  safeBy: string | null;
  safeByBasis: 'last-year-local' | 'earliest-seen';
  coverStarts: string;
  ifMissed: IfMissed;
  confidence: Confidence;
};
export type UndatedWindow = { kind: 'any-time' | 'not-applicable'; ifMissed: IfMissed; confidence: Confidence };
export type EnrollmentWindow = DatedWindow | UnsourcedWindow | UndatedWindow;

export type Contribution = {
  kind: ContributionKind;
  benefitYear: number | null;
  region: Region;
  /** Individual amounts in yuan; several when the person chooses a tier; empty when unknown. */
  tiersYuan: number[];
  governmentSubsidyYuan: number | null;
  /** Local group name as published (regional figures only). */
  label: ContributionLabel | null;
  /** Guideline payroll rates (employee scheme via employer). */
  payroll: { employerPct: number; employeePct: number } | null;
  /**
   * When this year's figure is not in our sources: the last sourced figures, each labelled by
   * benefit year and by whose it is (the place's own, or the national standard), with its own
   * confidence. The place's figure comes first when there is one.
   */
  lastPublished: Array<{ whose: 'place' | 'national'; benefitYear: number; tiersYuan: number[]; label: ContributionLabel | null; confidence: Confidence; facts: FactId[] }>;
  /** Special groups whose premium is (partly) paid locally (F4.4), each with how it usually is (national.group-subsidy-kinds). */
  specialGroupSubsidy: Array<{ group: SpecialGroup; kind: SubsidyKind }>;
  /**
   * What this person pays when in a subsidised group (F4.4); null when in none. Read the headline
   * through `personalPay` (lib/rules/cost.ts): never the standard amount for a subsidised person
   * unless the place's stated rule says so.
   */
  groupShare: GroupShare | null;
  /**
   * A newborn whose window runs into the next year (F4.2): the further benefit years the window
   * needs, each worked out the same way (own figure, else the place's last, then the national one).
   */
  alsoYears: Contribution[];
  /** With `alsoYears`: 'place' where the place's sources say every year must be paid (Guangzhou), else 'confirm-locally'. */
  yearsRule: 'place' | 'confirm-locally' | null;
  confidence: Confidence;
  facts: FactId[];
  sources: Source[];
};

/** How a subsidised group's premium is paid: the place's own stated rule, or "usually …, confirm locally". */
export type GroupShare =
  | {
      kind: 'place-rule';
      groups: SpecialGroup[];
      /** 'whole-contribution': the person pays nothing; 'part': a fixed yearly amount (`subsidyYuan`) off it. */
      covers: 'whole-contribution' | 'part';
      subsidyYuan: number | null;
      /** What the person pays, per tier; [] when the year's amount is not in our sources. */
      paysYuan: number[];
      benefitYear: number;
      confidence: Confidence;
      facts: FactId[];
      sources: Source[];
    }
  | {
      kind: 'usually';
      /** The most favourable of the person's groups (national.group-subsidy-kinds). */
      subsidy: SubsidyKind;
      /** The place's own rule when known only at confidence C: reported, never stated (F7.14). */
      placeReport: { groups: SpecialGroup[]; covers: 'whole-contribution' | 'part'; benefitYear: number; facts: FactId[] } | null;
    };

/** One case of a waiting period, with its own months (e.g. missed years paid back: 3). */
export type WaitCase = { id: WaitCaseId; minMonths: number; maxMonths: number };

export type WaitingPeriod = {
  kind: WaitKind;
  minMonths: number;
  maxMonths: number;
  reasons: WaitReasonId[];
  /**
   * For kind 'months': the cases the range is made of, each with its months; together they span
   * minMonths…maxMonths. A range (min < max) always has two cases or more. Empty for other kinds.
   */
  cases: WaitCase[];
};

export type Warning = { id: WarningId; params?: Record<string, string | number> };

/** When cover starts if the person acts now; never contradicts the waiting period. */
export type CoverStart =
  | { kind: 'from-date'; date: string }
  /**
   * ifInWindow: the day cover starts when paid within the local collection period (when that is
   * still possible); lateMinMonths..maxMonths: the wait when paid after it.
   */
  | { kind: 'after-wait'; minMonths: number; maxMonths: number; ifInWindow: string | null; lateMinMonths: number }
  | { kind: 'already-covered' }
  | { kind: 'local' }
  | { kind: 'not-applicable' };

/** One point a person weighs when choosing, each from a dated, sourced parameter (F1.8, F1.7). */
export type Feature = { id: FeatureId; value: FeatureValue; confidence: Confidence; facts: FactId[] };

/** One real choice, fully worked out through the same engine path as the recommendation. */
export type Option = {
  choice: Choice;
  window: EnrollmentWindow;
  contribution: Contribution;
  channels: Channel[];
  materials: Material[];
  waitingPeriod: WaitingPeriod;
  cover: CoverStart;
  features: Feature[];
  /** Statements about this option's place and rules (place of enrollment only). */
  warnings: Warning[];
  reasons: Reason[];
};

/** The headline date: never later than any sourced reading; a countdown only when sourced. */
export type Deadline =
  | { kind: 'sourced'; date: string; daysLeft: number | null; opensOn: string | null; window: 'collection' | 'newborn'; confidence: Confidence }
  | { kind: 'act-by'; date: string; basis: 'last-year-local' | 'earliest-seen' | 'other-places-newborn' }
  | { kind: 'act-now'; basis: 'newborn-shortest-passed' | 'season-dates-passed' | 'window-closed' }
  /* act-by 'other-places-newborn': the shortest newborn limit of other places, for a place whose own rule is not in our sources. */
  | { kind: 'any-time' }
  | { kind: 'none' };

/** An .ics reminder: only for a sourced date, well before it. */
export type Reminder = { kind: 'collection' | 'newborn'; deadline: string; remindOn: string; opensOn: string | null };

/** The collection season under way (or next), and what our sources hold for it. */
export type Season = { benefitYear: number; underWay: boolean; datesSourced: boolean; amountsSourced: boolean };

export type NextStep = { id: NextStepId; params?: Record<string, string | number> };

export type Reason = {
  id: ReasonId;
  facts: FactId[];
  sources: Source[];
  /** Effective date of the rule or figure (as precise as sources allow), null if the sources give none. */
  effectiveFrom: string | null;
  confidence: Confidence;
  parameterId?: string;
};

export type Outcome = {
  asOf: string;
  region: Region;
  /** The recommendation first, then every real alternative; each fully worked out. */
  options: Option[];
  /** Why the first option is recommended, and what would change it. */
  recommendation: { because: ReasonId[]; wouldChange: ChangeId[] };
  deadline: Deadline;
  reminder: Reminder | null;
  season: Season | null;
  nextSteps: NextStep[];
  /** options[0].choice */
  primary: Choice;
  /** Real choices only, never to be combined with the primary (no duplicate enrollment, F1.4). */
  alternatives: Choice[];
  materials: Material[];
  window: EnrollmentWindow;
  contribution: Contribution;
  channels: Channel[];
  waitingPeriod: WaitingPeriod;
  warnings: Warning[];
  reasons: Reason[];
};
