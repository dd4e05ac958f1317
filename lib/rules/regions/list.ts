/**
 * The places with their own data: one JSON file per region, in the order the check lists them.
 * Adding a city is one data file here (plus a scenario fixture); see README.md, "Adding a city".
 * This file only lists the files: `regions/index.ts` validates them (schema.ts) and builds the
 * parameters from them. It imports nothing else, so the vocabulary (vocab.ts) can read the region
 * ids from it without an import cycle.
 */
import beijing from './beijing.json';
import shanghai from './shanghai.json';
import guangzhou from './guangzhou.json';
import hangzhou from './hangzhou.json';
import chengdu from './chengdu.json';

export const REGION_FILES = { beijing, shanghai, guangzhou, hangzhou, chengdu };
