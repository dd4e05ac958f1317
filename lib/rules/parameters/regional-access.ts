/**
 * Who may join the resident scheme without local hukou, per region (F2.2, F2.11, F4.3, F4.6,
 * F4.7, F7.2, F7.5, F7.9, F7.10, F7.13), and payment channels per region (F6.2, F7.1, F7.5).
 * 'unverified' = our sources do not settle it (e.g. whether a megacity has implemented 38号):
 * the outcome then says "confirm locally" rather than yes or no.
 */
import type { Channel, Region } from '../vocab';
import type { Parameter } from './types';
import { SOURCES as S } from './sources';

export const ACCESS = ['eligible', 'not-eligible', 'unverified'] as const;
export type Access = (typeof ACCESS)[number];

export type ResidentAccess = {
  /** other-mainland hukou */
  pupils: Access;
  childrenWithPermit: Access;
  childrenWithoutPermit: Access;
  adultsWithPermit: Access;
  adultsWithoutPermit: Access;
  /** Not employed and holding a 港澳台居民居住证 (F4.6). */
  hmtWithPermit: Access;
  /** Pupils and university students of foreign nationality. */
  foreignStudents: Access;
  /** Not employed, holding a 外国人永久居留身份证 (F4.7: city-specific). */
  foreignPermanent: Access;
  /** 职工医保 as a flexible worker without local hukou (F2.2, F7.3, F7.10). */
  flexibleNonLocal: Access;
};

const NATIONAL: ResidentAccess = {
  pupils: 'eligible',
  childrenWithPermit: 'eligible',
  childrenWithoutPermit: 'unverified',
  adultsWithPermit: 'eligible',
  adultsWithoutPermit: 'unverified',
  hmtWithPermit: 'eligible',
  foreignStudents: 'unverified',
  foreignPermanent: 'unverified',
  flexibleNonLocal: 'eligible',
};

const access = (
  region: Region,
  value: ResidentAccess,
  meta: Pick<Parameter<ResidentAccess>, 'confidence' | 'facts' | 'sources' | 'description'> & { from: string },
): Parameter<ResidentAccess> => ({
  id: `${region}.non-local-access`,
  unit: 'access',
  lookup: 'dated',
  description: meta.description,
  confidence: meta.confidence,
  facts: meta.facts,
  sources: meta.sources,
  values: [{ from: meta.from, value }],
});

export const nonLocalAccess: Record<Region, Parameter<ResidentAccess>> = {
  elsewhere: access('elsewhere', NATIONAL, {
    from: '2024-08-01',
    description: '38号: hukou limits relaxed; megacities must accept 居住证; non-local children join where they live; HMT with permit may join (F4.6).',
    confidence: 'A',
    facts: ['F2.2', 'F4.6', 'F4.7', 'F4.3'],
    sources: [S.gbf38Full, S.gbf38Xjb, S.hmt2019, S.foreign2011, S.univNingbo],
  }),
  beijing: access(
    'beijing',
    { ...NATIONAL, pupils: 'unverified', childrenWithPermit: 'unverified', adultsWithPermit: 'unverified', adultsWithoutPermit: 'not-eligible', flexibleNonLocal: 'unverified' },
    {
      from: '2024-08-01',
      description: 'Beijing list of non-hukou groups does not include a plain 居住证 (F7.2, undated); whether 38号 is implemented is unverified; flexible-worker hukou rule unverified (F7.3).',
      confidence: 'B',
      facts: ['F7.2', 'F7.3', 'F2.2'],
      sources: [S.beijingEligibility, S.beijingFlexibleC, S.gbf38Full],
    },
  ),
  shanghai: access(
    'shanghai',
    { ...NATIONAL, childrenWithPermit: 'unverified', adultsWithPermit: 'unverified', flexibleNonLocal: 'unverified' },
    {
      from: '2025-11-11',
      description: 'Shanghai: pupils, infants at nurseries and students join regardless of hukou (F7.5); adults and flexible workers without Shanghai hukou: not found (F7.6).',
      confidence: 'B',
      facts: ['F7.5', 'F7.6'],
      sources: [S.shanghai2026a, S.shanghai2026b],
    },
  ),
  guangzhou: access(
    'guangzhou',
    {
      ...NATIONAL,
      childrenWithPermit: 'unverified',
      childrenWithoutPermit: 'not-eligible',
      adultsWithPermit: 'unverified',
      adultsWithoutPermit: 'not-eligible',
      foreignStudents: 'eligible',
      foreignPermanent: 'eligible',
    },
    {
      from: '2022-08-19',
      description: 'Guangzhou 2023年度 list: students whatever their hukou, Guangzhou hukou, talent-card families, foreigners with permanent residence, HMT with permit (F7.9); flexible workers without hukou limit (F7.10).',
      confidence: 'B',
      facts: ['F7.9', 'F7.10'],
      sources: [S.newbornGzB, S.materialsGz, S.guangdongFlexible],
    },
  ),
  hangzhou: access(
    'hangzhou',
    { ...NATIONAL, childrenWithoutPermit: 'not-eligible', adultsWithPermit: 'not-eligible', adultsWithoutPermit: 'not-eligible', hmtWithPermit: 'unverified' },
    {
      from: '2025-10-20',
      description: 'Hangzhou urban districts: 少儿 incl. non-local pupils and pre-school children with a parent holding a 浙江省居住证; 其他居民 18+ need urban-district hukou (F7.13).',
      confidence: 'B',
      facts: ['F7.13'],
      sources: [S.materialsHz],
    },
  ),
  chengdu: access(
    'chengdu',
    { ...NATIONAL, childrenWithoutPermit: 'eligible', adultsWithPermit: 'unverified', adultsWithoutPermit: 'unverified' },
    {
      from: '2025-10-17',
      description: 'Sichuan: hukou limits removed for enrolling where you work; students and children may enroll where they live or study (F2.11).',
      confidence: 'B',
      facts: ['F2.11'],
      sources: [S.sichuan2025],
    },
  ),
};

const channels = (region: Region, list: Channel[], meta: Pick<Parameter<Channel[]>, 'confidence' | 'facts' | 'sources'> & { from: string }): Parameter<Channel[]> => ({
  id: `${region}.resident-channels`,
  description: 'Ways to pay the 居民医保 premium (collected by 税务).',
  unit: 'channel ids',
  lookup: 'dated',
  confidence: meta.confidence,
  facts: meta.facts,
  sources: meta.sources,
  values: [{ from: meta.from, value: list }],
});

/** Resident-scheme payment channels. Family sharing is national (F2.4, F5.5) and added by the engine. */
export const residentChannels: Record<Region, Parameter<Channel[]>> = {
  // Dazhou's official list of 7 (F6.2 [A]); community/village collection is only a [C] report (Hubei), so it is not listed.
  elsewhere: channels('elsewhere', ['tax-app', 'wechat', 'alipay', 'bank', 'medical-insurance-wallet', 'tax-counter'], {
    from: '2025-10-20',
    confidence: 'A',
    facts: ['F6.2'],
    sources: [S.dazhou2026],
  }),
  beijing: channels('beijing', ['jingtong', 'tax-app', 'bank'], { from: '2025-11-30', confidence: 'B', facts: ['F7.1', 'F6.2'], sources: [S.beijing2026] }),
  shanghai: channels('shanghai', ['suishenban'], { from: '2025-11-11', confidence: 'B', facts: ['F7.5', 'F6.2'], sources: [S.shanghai2026a, S.shanghai2026b] }),
  guangzhou: channels('guangzhou', ['yue-yibao', 'yue-shuitong'], { from: '2025-10-29', confidence: 'B', facts: ['F6.2'], sources: [S.channelsGd] }),
  hangzhou: channels('hangzhou', ['zhejiang-tax-miniprogram', 'tax-app', 'bank'], { from: '2025-10-20', confidence: 'B', facts: ['F6.2'], sources: [S.channelsZj] }),
  // Sichuan-wide platform and Dazhou's official list (same province, not Chengdu itself): confirm locally.
  chengdu: channels('chengdu', ['sichuan-yibao-platform', 'tax-app', 'wechat', 'alipay', 'bank', 'tax-counter'], {
    from: '2025-10-20',
    confidence: 'C',
    facts: ['F6.2', 'F5.5', 'F3.6'],
    sources: [S.dazhou2026],
  }),
};
