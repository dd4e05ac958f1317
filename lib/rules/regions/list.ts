/**
 * The places with their own data: one JSON file per region, in the order the check lists them.
 * Adding a city is one data file here (plus a scenario fixture); see README.md, "Adding a city".
 * This file only lists the files: `regions/index.ts` validates them (schema.ts) and builds the
 * parameters from them. It imports nothing else, so the vocabulary (vocab.ts) can read the region
 * ids from it without an import cycle.
 */
import beijing from './beijing.json' with { type: 'json' };
import shanghai from './shanghai.json' with { type: 'json' };
import guangzhou from './guangzhou.json' with { type: 'json' };
import hangzhou from './hangzhou.json' with { type: 'json' };
import chengdu from './chengdu.json' with { type: 'json' };

export const REGION_FILES = { beijing, shanghai, guangzhou, hangzhou, chengdu };
