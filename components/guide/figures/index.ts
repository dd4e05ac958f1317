/** MDX components that read every figure from the rules library's parameters (issue 5). */
export { NationalStandard } from './NationalStandard';
export { ContributionTable } from './ContributionTable';
export { EnrollmentWindows } from './EnrollmentWindows';
export { NewbornWindows } from './NewbornWindows';
export { NonLocalChildren } from './NonLocalChildren';
export { WaitingPeriods } from './WaitingPeriods';
export { Materials } from './Materials';
export { PaymentChannels } from './PaymentChannels';
export { CheckLink } from './CheckLink';
export { Figure } from './Figure';
