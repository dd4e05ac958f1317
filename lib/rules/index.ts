/** Public API of the rules library. See README.md next to this file. */
export * from './vocab';
export * from './ids';
export {
  Answers,
  PartialAnswers,
  answerFields,
  ANSWER_FIELDS,
  ISSUE_IDS,
  SITUATION_AGE,
  AGE_RULES,
  CONSTRAINTS,
  NUMBER_BOUNDS,
  REQUIREMENTS,
  fits,
  conflicts,
  permitRelevant,
  type AnswerField,
  type IssueId,
} from './answers';
export { evaluate, safeEvaluate, type EvaluateOptions, type SafeEvaluateResult } from './evaluate';
export type { Choice, Contribution, CoverStart, DatedWindow, Deadline, EnrollmentWindow, Feature, GroupShare, NextStep, Option, Outcome, Reason, Reminder, Season, SourcedPastWindow, UndatedWindow, UnsourcedWindow, WaitCase, WaitingPeriod, Warning } from './outcome';
export { REMINDER_LEAD_DAYS } from './engine/todo';
export {
  QUESTIONS,
  QUESTION_IDS,
  askedQuestions,
  boundsFor,
  estimateTotal,
  isAsked,
  nextQuestion,
  optionsFor,
  previousQuestion,
  question,
  questionNumber,
  relevantQuestions,
  withImplied,
  type InputKind,
  type Question,
  type QuestionId,
} from './flow';
export {
  DROP_REASONS,
  LINK_VERSION,
  URL_PARAMS,
  answersToSearchParams,
  parseAnswersFromSearchParams,
  type DropReason,
  type Dropped,
  type ParsedAnswers,
  type SearchParamsInput,
} from './url';
export { MESSAGE_NAMESPACES, messagePaths, regionMessagePaths } from './registry';
export { CONTRIBUTION_LABELS, PROFILES, PROVINCES, ProvinceProfile, RegionProfile, otherInProvince, regionMessages, regionProfileOf, type ContributionLabel } from './regions';
export { PARAMETERS } from './parameters';
export { UNITS, type Parameter, type FactId, type Unit } from './parameters/types';
export type { Source, SourceId, SourceKind } from './parameters/sources';
export { SOURCE_REGISTRY, SOURCE_IDS, SOURCE_KINDS, SourceEntry, isSourceId, sourceHost } from './source-registry';
export { isIsoDate, MIN_YEAR, MAX_YEAR } from './dates';
export { ruleFigures, FIGURE_ARGUMENTS, type FigureArgument } from './figures';
export { FACTS, FactRecord } from './facts';
export { continuityRule, continuouslyEnrolled, type ContinuityRule } from './continuity';
export { statable, STATABILITY, type Statability } from './statable';
export { personalPay, costYears, costRange, type PersonalPay } from './cost';
export { CHANGELOG, ChangelogEntry } from './changelog';
export { OFFICIAL_TEXT_URLS, hostOf, isAllowedHost, linkable, stateOutletOf, whyNotLinkable } from './link-policy';
// For the guide figures, the season notice and the paper check: the parameters they show, and how a
// dated value is read. Outside lib/rules, import from here only (eslint.config.mjs forbids deep imports).
export { isUnknown, valueAt, valueForYear, type Resolved } from './parameters/types';
export {
  employeeGap,
  familySharingScope,
  nationalNewbornWindow,
  nationalResidentIndividual,
  nationalResidentSubsidy,
  newbornWaitExempt,
  observedWindows,
  residentFixedWait,
  residentVariableWait,
  type NewbornWindow,
} from './parameters/national';
export { regionalAmounts, regionalNewbornWindows, regionalWindows, type AmountRow, type RegionalAmounts, type RegionalWindow } from './regions';
export { nonLocalAccess, residentChannels, type ResidentAccess } from './parameters/regional-access';
export { residentLapseWait } from './engine/waiting';
