/** Every parameter, for documentation pages and tests (e.g. "every parameter cites a source"). */
import type { Parameter } from './types';
import * as national from './national';
import { nonLocalAccess, residentChannels } from './regional-access';
import { regionalAmounts } from './regional-amounts';
import { regionalNewbornWindows, regionalWindows } from './regional-windows';

export const PARAMETERS: ReadonlyArray<Parameter<unknown>> = [
  national.nationalResidentIndividual,
  national.nationalResidentSubsidy,
  national.observedWindows,
  national.schemeFeatures,
  national.duplicateKeepRule,
  national.residentFixedWait,
  national.residentVariableWait,
  national.employeeGap,
  national.nationalNewbornWindow,
  national.newbornWaitExempt,
  national.residentAgeBands,
  national.payrollRates,
  national.familySharingScope,
  national.residentRewards,
  ...Object.values(regionalWindows),
  ...Object.values(regionalNewbornWindows),
  ...Object.values(regionalAmounts),
  ...Object.values(nonLocalAccess),
  ...Object.values(residentChannels),
] as ReadonlyArray<Parameter<unknown>>;
