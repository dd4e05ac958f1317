/**
 * The places with their own data: one JSON file per city (regions/<id>.json) and one per province
 * (provinces/<id>.json), in the order the check lists them. Adding a city is one data file and one
 * line here (plus scenario fixtures); adding a province is the same, and its cities name it in
 * their `province` field. See README.md, "Adding a city" and "Adding a province".
 *
 * The region question lists the cities, then "another city in <province>" for each province
 * (slug `<province>-other`), then 'elsewhere' (national rules).
 *
 * This file only lists the files: `regions/index.ts` validates them (schema.ts), merges each city
 * with its province and builds the parameters. It imports nothing else, so the vocabulary
 * (vocab.ts) can read the region ids from it without an import cycle.
 */
import beijing from './beijing.json' with { type: 'json' };
import shanghai from './shanghai.json' with { type: 'json' };
import guangzhou from './guangzhou.json' with { type: 'json' };
import shenzhen from './shenzhen.json' with { type: 'json' };
import hangzhou from './hangzhou.json' with { type: 'json' };
import chengdu from './chengdu.json' with { type: 'json' };
import dazhou from './dazhou.json' with { type: 'json' };
import wuhan from './wuhan.json' with { type: 'json' };
import guangdong from '../provinces/guangdong.json' with { type: 'json' };
import sichuan from '../provinces/sichuan.json' with { type: 'json' };

export const REGION_FILES = { beijing, shanghai, guangzhou, shenzhen, hangzhou, chengdu, dazhou, wuhan };
export const PROVINCE_FILES = { guangdong, sichuan };

/** The region slug of "another city in <province>": a public value of link format v=1. */
export const otherInProvince = <P extends string>(province: P): `${P}-other` => `${province}-other`;

/** The cities' slugs, in the check's order. */
export const CITY_SLUGS = Object.keys(REGION_FILES) as Array<keyof typeof REGION_FILES>;

/** The region slugs, in the check's order (without 'elsewhere'). */
export const REGION_SLUGS = [
  ...CITY_SLUGS,
  ...(Object.keys(PROVINCE_FILES) as Array<keyof typeof PROVINCE_FILES>).map(otherInProvince),
];
