/**
 * Every parameter the rules read, as leaves: one figure (or one structured value of a region or
 * scheme), one unit, one description and one set of sources each. Groups (`group()` in types.ts,
 * e.g. `employeeGap`) are views over these and are not listed. The sources page, the JSON API and
 * the tests ("every parameter cites a source") read this list.
 */
import type { Parameter } from './types';
import * as national from './national';
import { PROFILES, regionalAccess, regionalAmounts, regionalChannels, regionalGroupSubsidy, regionalNewbornWindows, regionalWindows } from '../regions';
import type { SourcedRegion } from '../vocab';

const regional = (Object.keys(PROFILES) as SourcedRegion[]).flatMap((r) => [
  regionalWindows[r],
  regionalNewbornWindows[r],
  regionalAmounts[r],
  regionalGroupSubsidy[r],
  regionalAccess[r],
  regionalChannels[r],
]);

export const PARAMETERS: ReadonlyArray<Parameter<unknown>> = [
  national.nationalResidentIndividual,
  national.nationalResidentSubsidy,
  national.groupSubsidyKinds,
  national.observedOpensEarliest,
  national.observedClosesEarliest,
  national.observedClosesLatest,
  national.observedCoverStarts,
  national.schemeFeatures,
  national.duplicateKeepYears,
  national.residentFixedWait,
  national.variableWaitPerYear,
  national.longLapseYears,
  national.longLapseMinMonths,
  national.gapNoWaitMaxMonths,
  national.gapMaxWaitMonths,
  national.gapStricterLocalMaxWaitMonths,
  national.gapSwitchMinYears,
  national.nationalNewbornWindow,
  national.newbornWaitExempt,
  national.adultFromAge,
  national.olderFromAge,
  national.idCardFromAge,
  national.employerPayrollPct,
  national.employeePayrollPct,
  national.familySharingScope,
  national.rewardContinuousYears,
  national.rewardMinRaiseYuan,
  national.rewardCeilingPct,
  national.nationalAccess,
  national.nationalChannels,
  ...regional.filter((p) => p !== undefined),
] as ReadonlyArray<Parameter<unknown>>;
