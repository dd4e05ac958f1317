import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(ROOT, rel)).isDirectory() ? files(rel) : /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

/**
 * Where the clock may be read below the pages: its one reader (lib/wizard/today.ts), the API's handler
 * (it takes today when no asOf is given), and the guides' figures, which are prerendered (they are
 * worked out for the day the page is built: components/guide/figures/shared.tsx, guideDay).
 */
const ALLOWED = new Set(['lib/wizard/today.ts', 'lib/api/evaluate.ts', 'components/guide/figures/shared.tsx']);
const CLOCK = /todayInShanghai\s*\(|new Date\(\s*\)|Date\.now\(\s*\)/;

describe('nothing below the page reads the clock (issue 21: words take asOf)', () => {
  it('lib/ and components/ read no clock but where listed; the date comes in as asOf', () => {
    const readers = [...files('lib'), ...files('components')].filter((f) => CLOCK.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(readers.length).toBeGreaterThan(0); // the scan sees today.ts itself
    expect(readers.filter((f) => !ALLOWED.has(f.split(path.sep).join('/')))).toEqual([]);
  });
});
