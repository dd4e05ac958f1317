/**
 * Tests never pin today's data (issue 21): a new benefit year or a new city is a data change and
 * must break no test. scripts/rules/scratch-new-year.mjs proves it for the unit and component tests
 * (it adds a year and a city in a scratch copy and runs them there); the e2e specs are not run
 * there (each run needs a production build), so this checks them by reading:
 *
 * - a spec that says something is not in our sources takes the year from the data
 *   (tests/e2e/data.ts: SEASON_YEAR, placeWithoutYear), never a year literal;
 * - no test lists every city of the check by hand (the list is REGIONS / CITY_REGIONS, or
 *   tests/e2e/data.ts `cities()`), so a new city is never missing from a hand-made list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CITY_REGIONS } from '../../lib/rules';
import { cities } from '../e2e/data';

const root = fileURLToPath(new URL('../../', import.meta.url));

function filesUnder(dir: string, test: (f: string) => boolean): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** Wording of "not in our sources" in a spec (both locales), as the result, the poster and the guides say it. */
const NOT_IN_SOURCES = /尚未收录|未收录|do not yet have|not (?:yet )?in our sources/;
const YEAR_LITERAL = /(?<![\w$])20\d\d(?!\d)/;

describe('tests do not pin today\'s data (issue 21)', () => {
  const specs = filesUnder('tests/e2e', (f) => f.endsWith('.spec.ts'));

  it('an e2e spec that says "not in our sources" names no year: it reads it from the data (tests/e2e/data.ts)', () => {
    expect(specs.length).toBeGreaterThan(3);
    const pinned: string[] = [];
    for (const f of specs) {
      readFileSync(path.join(root, f), 'utf8').split('\n').forEach((line, i) => {
        if (NOT_IN_SOURCES.test(line) && YEAR_LITERAL.test(line.replace(/\$\{[^}]*\}/g, ''))) pinned.push(`${f}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(pinned).toEqual([]);
  });

  it('no test lists every city of the check by hand', () => {
    const files = filesUnder('tests', (f) => /\.(ts|tsx)$/.test(f));
    const all = (text: string) => [...text.matchAll(/\[([^\][]*)\]/g)].some(([, inside]) => CITY_REGIONS.every((c) => new RegExp(`['"\`]${c}['"\`]`).test(inside ?? '')));
    expect(files.filter((f) => all(readFileSync(path.join(root, f), 'utf8')))).toEqual([]);
    // The check catches such a list.
    expect(all(`const places = [${CITY_REGIONS.map((c) => `'${c}'`).join(', ')}];`)).toBe(true);
  });

  it('the e2e specs read the cities as the rules do', () => {
    expect(cities()).toEqual([...CITY_REGIONS]);
  });
});
