/**
 * Regional 居民医保 individual contributions by benefit year and local group. `yearly` lookup:
 * a figure applies to its own benefit year only. Rows are matched in order; the first row whose
 * groups include the person's resident group (and whose minAge ≤ age) wins.
 * Confidence C values are stored for the record but the engine does not state them (warning only).
 */
import type { Group, SourcedRegion } from '../vocab';
import type { Parameter } from './types';
import { SOURCES as S } from './sources';

/** Local group names as published (wording under `contributionLabels`). */
export const CONTRIBUTION_LABELS = [
  'bj-older',
  'bj-students-children',
  'bj-working-age',
  'sh-70-plus',
  'sh-60-69',
  'sh-18-59',
  'sh-pupils-infants-university',
  'gz-students',
  'gz-others',
  'hz-children',
  'hz-university',
  'hz-other-residents',
  'cd-adults',
  'cd-students-children',
] as const;
export type ContributionLabel = (typeof CONTRIBUTION_LABELS)[number];

export type ResidentGroup = Extract<Group, `resident-${string}`>;
export type AmountRow = { label: ContributionLabel; groups: ResidentGroup[]; minAge?: number; tiersYuan: number[]; subsidyYuan?: number };
export type RegionalAmounts = { rows: AmountRow[] };

const STUDENTS_CHILDREN: ResidentGroup[] = ['resident-child', 'resident-pupil', 'resident-university'];
const ADULTS: ResidentGroup[] = ['resident-working-age', 'resident-older'];
const unknownYear = (note: string) => ({ unknown: true as const, note });

export const regionalAmounts: Record<SourcedRegion, Parameter<RegionalAmounts>> = {
  beijing: {
    id: 'beijing.resident-contribution',
    description: 'Beijing individual contribution (subsidy) per group; university students follow the student standard (F4.3).',
    unit: 'CNY/person/year',
    lookup: 'yearly',
    confidence: 'B',
    facts: ['F7.1', 'F4.3'],
    sources: [S.beijing2026],
    values: [
      {
        from: '2026-01-01',
        value: {
          rows: [
            { label: 'bj-students-children', groups: STUDENTS_CHILDREN, tiersYuan: [435], subsidyYuan: 1755 },
            { label: 'bj-older', groups: ['resident-older'], tiersYuan: [460], subsidyYuan: 4380 },
            { label: 'bj-working-age', groups: ADULTS, tiersYuan: [795], subsidyYuan: 2355 },
          ],
        },
      },
      { from: '2027-01-01', value: unknownYear('Beijing 2027年度 figures not in our sources.') },
    ],
  },
  shanghai: {
    id: 'shanghai.resident-contribution',
    description: 'Shanghai individual contribution by age band.',
    unit: 'CNY/person/year',
    lookup: 'yearly',
    confidence: 'B',
    facts: ['F7.5'],
    sources: [S.shanghai2026a, S.shanghai2026b],
    values: [
      {
        from: '2025-01-01',
        confidence: 'C',
        sources: [S.shanghai2025C],
        value: {
          rows: [
            { label: 'sh-pupils-infants-university', groups: STUDENTS_CHILDREN, tiersYuan: [355] },
            { label: 'sh-70-plus', groups: ADULTS, minAge: 70, tiersYuan: [655] },
            { label: 'sh-60-69', groups: ADULTS, minAge: 60, tiersYuan: [825] },
            { label: 'sh-18-59', groups: ADULTS, tiersYuan: [995] },
          ],
        },
      },
      {
        from: '2026-01-01',
        value: {
          rows: [
            { label: 'sh-pupils-infants-university', groups: STUDENTS_CHILDREN, tiersYuan: [400] },
            { label: 'sh-70-plus', groups: ADULTS, minAge: 70, tiersYuan: [700] },
            { label: 'sh-60-69', groups: ADULTS, minAge: 60, tiersYuan: [870] },
            { label: 'sh-18-59', groups: ADULTS, tiersYuan: [1040] },
          ],
        },
      },
      { from: '2027-01-01', value: unknownYear('Shanghai 2027年度 figures not in our sources.') },
    ],
  },
  guangzhou: {
    id: 'guangzhou.resident-contribution',
    description: 'Guangzhou individual contribution (subsidy): 在校学生 vs 其他参保人员; the national/provincial floor applies if higher.',
    unit: 'CNY/person/year',
    lookup: 'yearly',
    confidence: 'A',
    facts: ['F7.7'],
    sources: [S.guangzhou2025],
    values: [
      {
        from: '2024-01-01',
        confidence: 'B',
        sources: [S.guangzhou2024],
        value: {
          rows: [
            { label: 'gz-students', groups: ['resident-pupil', 'resident-university'], tiersYuan: [413], subsidyYuan: 956 },
            { label: 'gz-others', groups: ['resident-child', ...ADULTS], tiersYuan: [549], subsidyYuan: 820 },
          ],
        },
      },
      {
        from: '2025-01-01',
        value: {
          rows: [
            { label: 'gz-students', groups: ['resident-pupil', 'resident-university'], tiersYuan: [413], subsidyYuan: 956 },
            { label: 'gz-others', groups: ['resident-child', ...ADULTS], tiersYuan: [549], subsidyYuan: 820 },
          ],
        },
      },
      { from: '2026-01-01', value: unknownYear('Guangzhou 2026年度 figures were not found (F7.8).'), facts: ['F7.8'] },
      { from: '2027-01-01', value: unknownYear('Guangzhou 2027年度 figures not in our sources.') },
    ],
  },
  hangzhou: {
    id: 'hangzhou.resident-contribution',
    description: 'Hangzhou urban districts; from a city-guide site and conflicting with another page (F7.14): recorded, not stated.',
    unit: 'CNY/person/year',
    lookup: 'yearly',
    confidence: 'C',
    facts: ['F7.14'],
    sources: [S.hangzhouAmountsC],
    values: [
      {
        from: '2026-01-01',
        value: {
          rows: [
            { label: 'hz-children', groups: ['resident-child', 'resident-pupil'], tiersYuan: [340], subsidyYuan: 750 },
            { label: 'hz-university', groups: ['resident-university'], tiersYuan: [100, 130] },
            { label: 'hz-other-residents', groups: ADULTS, tiersYuan: [700, 800] },
          ],
        },
      },
      { from: '2027-01-01', value: unknownYear('Hangzhou 2027年度 figures not in our sources.') },
    ],
  },
  chengdu: {
    id: 'chengdu.resident-contribution',
    description: 'Chengdu 2026: adults choose 400 or 550; students and children (incl. university) 400; subsidy 740.',
    unit: 'CNY/person/year',
    lookup: 'yearly',
    confidence: 'B',
    facts: ['F7.15'],
    sources: [S.chengdu2026],
    values: [
      {
        from: '2026-01-01',
        value: {
          rows: [
            { label: 'cd-students-children', groups: STUDENTS_CHILDREN, tiersYuan: [400], subsidyYuan: 740 },
            { label: 'cd-adults', groups: ADULTS, tiersYuan: [400, 550], subsidyYuan: 740 },
          ],
        },
      },
      { from: '2027-01-01', value: unknownYear('Chengdu 2027年度 figures not in our sources.') },
    ],
  },
};
