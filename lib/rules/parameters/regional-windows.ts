/**
 * Regional 居民医保 enrollment windows, one `yearly` value per benefit year (参保年度).
 * A year without a value is "not in our sources": the engine then uses the typical national
 * pattern, labelled, and points to the last sourced window — it never projects dates.
 * Confidence C windows are kept for the record but never shown as dates (only "confirm locally").
 */
import type { SourcedRegion } from '../vocab';
import type { NewbornWindow } from './national';
import type { Parameter } from './types';
import { SOURCES as S } from './sources';

export type RegionalWindow = {
  opensOn: string;
  closesOn: string;
  coverStarts: string;
  /** When sources disagree on the opening day, the earliest claim (F7.5); opensOn is the later, safer one. */
  opensOnEarliest?: string;
};

const notSourced = (year: number) => ({ unknown: true as const, note: `${year}年度 window not in our sources (checked 2026-11).` });

export const regionalWindows: Record<SourcedRegion, Parameter<RegionalWindow>> = {
  beijing: {
    id: 'beijing.resident-window',
    description: 'Beijing 城乡居民医保 集中参保期.',
    unit: 'dates',
    lookup: 'yearly',
    confidence: 'B',
    facts: ['F7.1'],
    sources: [S.beijing2026],
    values: [
      { from: '2026-01-01', value: { opensOn: '2025-11-30', closesOn: '2026-02-28', coverStarts: '2026-01-01' } },
      { from: '2027-01-01', value: notSourced(2027) },
    ],
  },
  shanghai: {
    id: 'shanghai.resident-window',
    description: 'Shanghai 城乡居民医保 collection period; the start day differs between sources (F7.5).',
    unit: 'dates',
    lookup: 'yearly',
    confidence: 'B',
    facts: ['F7.5'],
    sources: [S.shanghai2026a, S.shanghai2026b],
    values: [
      { from: '2026-01-01', value: { opensOn: '2025-11-11', opensOnEarliest: '2025-11-07', closesOn: '2025-12-25', coverStarts: '2026-01-01' } },
      { from: '2027-01-01', value: notSourced(2027) },
    ],
  },
  guangzhou: {
    id: 'guangzhou.resident-window',
    description: 'Guangzhou 城乡居民医保 collection period.',
    unit: 'dates',
    lookup: 'yearly',
    confidence: 'B',
    facts: ['F7.9', 'F3.8'],
    sources: [S.newbornGzB],
    values: [
      { from: '2023-01-01', value: { opensOn: '2022-09-01', closesOn: '2022-12-20', coverStarts: '2023-01-01' }, facts: ['F7.9'] },
      { from: '2025-01-01', value: { opensOn: '2024-09-01', closesOn: '2024-12-20', coverStarts: '2025-01-01' }, confidence: 'C', facts: ['F3.8'], sources: [S.guangzhouWindow2025C] },
      { from: '2026-01-01', value: notSourced(2026), facts: ['F7.8'] },
      { from: '2027-01-01', value: notSourced(2027) },
    ],
  },
  hangzhou: {
    id: 'hangzhou.resident-window',
    description: 'Hangzhou urban districts (杭州市区) 少儿 / 大学生 / 其他居民医保 enrollment and renewal period.',
    unit: 'dates',
    lookup: 'yearly',
    confidence: 'B',
    facts: ['F7.13'],
    sources: [S.materialsHz],
    values: [
      { from: '2026-01-01', value: { opensOn: '2025-10-20', closesOn: '2025-12-25', coverStarts: '2026-01-01' } },
      { from: '2027-01-01', value: notSourced(2027) },
    ],
  },
  chengdu: {
    id: 'chengdu.resident-window',
    description: 'Chengdu 城乡居民医保 collection period; 2026年度 end date not verified (F7.15).',
    unit: 'dates',
    lookup: 'yearly',
    confidence: 'C',
    facts: ['F7.15'],
    sources: [S.chengduWindow2025C],
    values: [
      { from: '2025-01-01', value: { opensOn: '2024-09-18', closesOn: '2025-02-28', coverStarts: '2025-01-01' } },
      { from: '2026-01-01', value: notSourced(2026), sources: [S.chengdu2026] },
      { from: '2027-01-01', value: notSourced(2027) },
    ],
  },
};

/** Newborn windows where a city figure exists (F4.2); all are conflicting or low confidence. */
export const regionalNewbornWindows: Partial<Record<SourcedRegion, Parameter<NewbornWindow>>> = {
  guangzhou: {
    id: 'guangzhou.newborn-window',
    description: 'Guangzhou newborn window: 6 months from birth (B) vs 90 days (C) — sources conflict.',
    unit: 'days-or-months',
    lookup: 'dated',
    confidence: 'B',
    facts: ['F4.2'],
    sources: [S.newbornGzB, S.newbornGzC],
    values: [{ from: '2021-01-01', value: { shortest: { days: 90 }, longest: { months: 6 } } }],
  },
  chengdu: {
    id: 'chengdu.newborn-window',
    description: 'Chengdu newborn window: 180 days (2022, C).',
    unit: 'days',
    lookup: 'dated',
    confidence: 'C',
    facts: ['F4.2', 'F7.15'],
    sources: [S.newbornCdC],
    // The 90-day reading is the national safe default ([B] Chongqing), not a Chengdu figure.
    values: [{ from: '2022-01-01', value: { shortest: { days: 90 }, longest: { days: 180 }, shortestConfidence: 'B' } }],
  },
};
