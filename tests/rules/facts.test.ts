/**
 * The fact records (lib/rules/facts.data.json, schema and loader in lib/rules/facts.ts): every record fits `FactRecord`, IDs are unique and in
 * order, and every fact ID cited anywhere in the repo — rules, fixtures, guides, messages, UI —
 * has a record. Everything is read relative to the repo, so the test runs from any clone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FACTS, FactRecord } from '../../lib/rules/facts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FACT_ID = /\bF\d+\.\d+\b/g;
const ids = FACTS.map((f) => f.id);
const known = new Set(ids);

/** Repo-relative paths of the files under `dir` (recursively unless `deep` is false) ending with one of `exts`. */
function filesUnder(dir: string, exts: string[], deep = true): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: deep, encoding: 'utf8' })
    .filter((f) => exts.some((e) => f.endsWith(e)))
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
    .sort();
}

const SCANNED: Array<{ label: string; files: string[] }> = [
  { label: 'lib/rules/**/*.ts', files: filesUnder('lib/rules', ['.ts']) },
  { label: 'lib/rules/**/*.json', files: filesUnder('lib/rules', ['.json']) },
  { label: 'lib/rules/README.md', files: ['lib/rules/README.md'] },
  { label: 'README.md, docs/**/*.md', files: ['README.md', ...filesUnder('docs', ['.md'])] },
  { label: 'tests/rules/fixtures/*.json', files: filesUnder('tests/rules/fixtures', ['.json'], false) },
  { label: 'content/guides/**/*.mdx', files: filesUnder('content/guides', ['.mdx']) },
  { label: 'content/messages/**/*.json', files: filesUnder('content/messages', ['.json']) },
  { label: 'lib/content/**/*.ts', files: filesUnder('lib/content', ['.ts']) },
  { label: 'components/**/*.{ts,tsx}', files: filesUnder('components', ['.ts', '.tsx']) },
  { label: 'lib/result/**/*.{ts,tsx}', files: filesUnder('lib/result', ['.ts', '.tsx']) },
];

const numeric = (id: string) => id.slice(1).split('.').map(Number) as [number, number];

describe('FACTS', () => {
  it('every record fits FactRecord', () => {
    for (const f of FACTS) {
      const r = FactRecord.safeParse(f);
      expect(r.success ? [] : r.error.issues, f.id).toEqual([]);
    }
  });

  it('has unique IDs of the form F<section>.<n>, in order', () => {
    expect(FACTS.length).toBeGreaterThan(50);
    for (const id of ids) expect(id).toMatch(/^F\d+\.\d+$/);
    expect(known.size, 'duplicate IDs').toBe(ids.length);
    const sorted = [...ids].sort((a, b) => {
      const [x1, y1] = numeric(a);
      const [x2, y2] = numeric(b);
      return x1 - x2 || y1 - y2;
    });
    expect(ids).toEqual(sorted);
  });

  it('explains every record with no confidence (gaps, untagged facts) in a note', () => {
    for (const f of FACTS) if (f.confidence === null) expect(f.note, f.id).toBeTruthy();
  });

  it('lists each source address once per fact', () => {
    for (const f of FACTS) expect(new Set(f.sources).size, f.id).toBe(f.sources.length);
  });
});

describe('fact IDs cited in the repo', () => {
  it.each(SCANNED.map((s) => [s.label, s.files] as const))('%s cites only known facts', (_label, files) => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const cited = readFileSync(path.join(ROOT, file), 'utf8').match(FACT_ID) ?? [];
      for (const id of cited) expect(known.has(id), `${file} cites ${id}`).toBe(true);
    }
  });

  it('finds citations in the rules, the fixtures and the guides (the scan is not empty)', () => {
    const cites = (prefix: string) =>
      SCANNED.filter((s) => s.label.startsWith(prefix))
        .flatMap((s) => s.files)
        .some((file) => /\bF\d+\.\d+\b/.test(readFileSync(path.join(ROOT, file), 'utf8')));
    for (const prefix of ['lib/rules/**', 'tests/rules/fixtures', 'content/guides']) expect(cites(prefix), prefix).toBe(true);
  });
});
