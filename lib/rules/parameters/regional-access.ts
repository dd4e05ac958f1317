/**
 * Who may join the resident scheme without local hukou, and the ways to pay the resident premium:
 * the national defaults (parameters/national/*.json, for 'elsewhere', and for a place whose file and province file give none),
 * each place's own in its region file (lib/rules/regions/<id>.json) or its province's. 'unverified' = our sources do not settle it (e.g. whether a
 * megacity has implemented 38号): the outcome then says "confirm locally" rather than yes or no.
 */
import { REGIONS, type Channel, type Region } from '../vocab';
import type { Parameter } from './types';
import { nationalAccess, nationalChannels } from './national';
import { regionalAccess, regionalChannels, type ResidentAccess } from '../regions';

export { ACCESS, type Access } from '../vocab';
export type { ResidentAccess };
/** The national defaults: data in parameters/national/non-local-access.json and resident-channels.json. */
export { nationalAccess, nationalChannels };

/** Per region: the place's own rule (its file or its province's), else the national one. */
export const nonLocalAccess = Object.fromEntries(REGIONS.map((r) => [r, (r !== 'elsewhere' && regionalAccess[r]) || nationalAccess])) as Record<Region, Parameter<ResidentAccess>>;

/** Per region: the place's own list (its file or its province's), else the national one. */
export const residentChannels = Object.fromEntries(REGIONS.map((r) => [r, (r !== 'elsewhere' && regionalChannels[r]) || nationalChannels])) as Record<Region, Parameter<Channel[]>>;
