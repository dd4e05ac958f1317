/**
 * Who may join the resident scheme without local hukou, and the ways to pay the resident premium:
 * national defaults here (for 'elsewhere', and for a place whose file and province file give none),
 * each place's own in its region file (lib/rules/regions/<id>.json) or its province's. 'unverified' = our sources do not settle it (e.g. whether a
 * megacity has implemented 38号): the outcome then says "confirm locally" rather than yes or no.
 */
import { REGIONS, type Channel, type Region } from '../vocab';
import type { Parameter } from './types';
import { SOURCES as S } from './sources';
import { regionalAccess, regionalChannels, type ResidentAccess } from '../regions';

export { ACCESS, type Access } from '../vocab';
export type { ResidentAccess };

/** Everywhere without a region file: 38号 (F2.2) and the national rules for HMT and foreign residents. */
export const nationalAccess: Parameter<ResidentAccess> = {
  id: 'national.non-local-access',
  description: '38号: hukou limits relaxed; megacities must accept 居住证; non-local children join where they live; HMT with permit may join (F4.6).',
  unit: 'access',
  lookup: 'dated',
  confidence: 'A',
  facts: ['F2.2', 'F4.6', 'F4.7', 'F4.3'],
  sources: [S.gbf38Full, S.gbf38Xjb, S.hmt2019, S.foreign2011, S.univNingbo],
  values: [
    {
      from: '2024-08-01',
      value: {
        pupils: 'eligible',
        childrenWithPermit: 'eligible',
        childrenWithoutPermit: 'unverified',
        adultsWithPermit: 'eligible',
        adultsWithoutPermit: 'unverified',
        hmtWithPermit: 'eligible',
        foreignStudents: 'unverified',
        foreignPermanent: 'unverified',
        flexibleNonLocal: 'eligible',
      },
    },
  ],
};

/** Per region: the place's own rule (its file or its province's), else the national one. */
export const nonLocalAccess = Object.fromEntries(REGIONS.map((r) => [r, (r !== 'elsewhere' && regionalAccess[r]) || nationalAccess])) as Record<Region, Parameter<ResidentAccess>>;

/**
 * Resident-scheme payment channels where there is no region file: Dazhou's official list of 7
 * (F6.2 [A]); community/village collection is only a [C] report (Hubei), so it is not listed.
 * Family sharing is national (F2.4, F5.5) and added by the engine.
 */
export const nationalChannels: Parameter<Channel[]> = {
  id: 'national.resident-channels',
  description: 'Ways to pay the 居民医保 premium (collected by 税务) where a place is not in our data.',
  unit: 'channels',
  lookup: 'dated',
  confidence: 'A',
  facts: ['F6.2'],
  sources: [S.dazhou2026],
  values: [{ from: '2025-10-20', value: ['tax-app', 'wechat', 'alipay', 'bank', 'medical-insurance-wallet', 'tax-counter'] }],
};

/** Per region: the place's own list (its file or its province's), else the national one. */
export const residentChannels = Object.fromEntries(REGIONS.map((r) => [r, (r !== 'elsewhere' && regionalChannels[r]) || nationalChannels])) as Record<Region, Parameter<Channel[]>>;
