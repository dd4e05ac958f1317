/**
 * Regional 居民医保 individual contributions by benefit year and local group, built from the region
 * files (lib/rules/regions/<id>.json). `yearly` lookup: a figure applies to its own benefit year
 * only. Rows are matched in order; the first row whose groups include the person's resident group
 * (and whose minAge ≤ age) wins. Confidence C values are kept for the record; `statable()` decides
 * how they are shown (never as a plain figure).
 */
export { CONTRIBUTION_LABELS, regionalAmounts, type AmountRow, type ContributionLabel, type RegionalAmounts, type ResidentGroup } from '../regions';
