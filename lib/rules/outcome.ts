/** The shape `evaluate` returns. Everything is ids + numbers + dates; words live in messages. */
import type { ContributionLabel } from './parameters/regional-amounts';
import type { Source } from './parameters/sources';
import type { FactId } from './parameters/types';
import type { ReasonId, WaitKind, WaitReasonId, WarningId } from './ids';
import type { Channel, Confidence, ContributionKind, Group, IfMissed, Material, Place, Region, Scheme, SpecialGroup, SubsidyKind } from './vocab';

export type Choice = { scheme: Scheme; group: Group; where: Place };

/** Windows with dates. `daysLeft` counts today: on the closing day it is 1. */
export type DatedWindow = {
  kind: 'regional' | 'typical-national' | 'newborn';
  /** opensOn ≤ asOf ≤ closesOn */
  openNow: boolean;
  opensOn: string;
  closesOn: string;
  /** Sources disagree on the start (F7.5): the earliest claim; opensOn is the later, safer day. */
  opensOnEarliest: string | null;
  /** Newborn windows (F4.2): the last day under the shortest local reading; closesOn is the longest. */
  closesOnEarliest: string | null;
  /** Inclusive of today when open (closesOn − asOf + 1); null when not open. */
  daysLeft: number | null;
  /** opensOn − asOf when the window is still ahead; null otherwise. */
  daysUntilOpen: number | null;
  coverStarts: string;
  benefitYear: number;
  ifMissed: IfMissed;
  confidence: Confidence;
  /** For typical windows in a region with data: the most recent sourced regional window (never projected). */
  lastSourced: { benefitYear: number; opensOn: string; closesOn: string; confidence: Confidence; facts: FactId[] } | null;
};
export type UndatedWindow = { kind: 'any-time' | 'not-applicable'; ifMissed: IfMissed; confidence: Confidence };
export type EnrollmentWindow = DatedWindow | UndatedWindow;

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
  /** When this year's figure is not published: the last published one, clearly labelled as such. */
  lastPublished: { benefitYear: number; tiersYuan: number[]; confidence: Confidence } | null;
  /** Special groups whose premium is (partly) paid locally (F4.4): always "confirm locally". */
  specialGroupSubsidy: Array<{ group: SpecialGroup; kind: SubsidyKind }>;
  confidence: Confidence;
  facts: FactId[];
  sources: Source[];
};

export type WaitingPeriod = {
  kind: WaitKind;
  minMonths: number;
  maxMonths: number;
  reasons: WaitReasonId[];
};

export type Warning = { id: WarningId; params?: Record<string, string | number> };

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
