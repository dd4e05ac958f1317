/**
 * Regional 居民医保 enrollment windows (one `yearly` value per benefit year) and newborn windows:
 * built from the region files (lib/rules/regions/<id>.json). A year without a value is "not in our
 * sources": the engine then gives a safe day to act by, never projected dates. Confidence C
 * windows are kept for the record but never shown as dates (only "confirm locally").
 */
export { regionalWindows, regionalNewbornWindows, type RegionalWindow } from '../regions';
