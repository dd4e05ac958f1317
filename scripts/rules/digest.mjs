// The digest of the rules data: one sha256 over every rules data file, normalised so that it
// changes only when the data does (not with line endings, key order or indentation).
//
// Which files are rules data (RULES_DATA below): every JSON file under lib/rules (regions,
// provinces, the source registry, and any parameter or fact files kept as JSON) except the
// changelog itself, plus lib/rules/parameters/national.ts and lib/rules/facts.ts while those are
// TypeScript. A JSON file is parsed and written back with its keys sorted; a TS file is read with
// LF line endings and no trailing spaces. Each file enters the digest with its path, so adding,
// removing or renaming a data file changes it too.
//
// The newest entry of lib/rules/changelog.json records this digest (`dataDigest`), and
// tests/rules/changelog.test.ts fails when the data no longer matches it: a data change needs an
// entry (docs/rules-changes.md).
//
//   npm run rules:digest            the digest of the working tree's data
//   npm run rules:digest -- <ref>   the digest of the data at a git commit (e.g. HEAD~1)
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHANGELOG = 'lib/rules/changelog.json';
/** TypeScript files that hold rules data, counted while they exist. */
// parameters/national.ts and facts.ts held the data until 2026-12-04; now they only load and type
// the JSON files (parameters/national/*.json, facts.data.json). They count only in a tree where they
// still held the data (no facts.data.json): older entries' digests were made that way.
export const TS_DATA = ['lib/rules/parameters/national.ts', 'lib/rules/facts.ts'];
const JSON_TWIN = 'lib/rules/facts.data.json';
/** Drop the TS files from a tree whose data is JSON (they are code there). */
const dataOnly = (files) => (files.includes(JSON_TWIN) ? files.filter((f) => !TS_DATA.includes(f)) : files);

/** Whether a repository path (POSIX, from the root) is a rules data file. */
export function isRulesData(file) {
  if (file === CHANGELOG) return false;
  if (TS_DATA.includes(file)) return true;
  return file.startsWith('lib/rules/') && file.endsWith('.json');
}

/** JSON with every object's keys sorted, no whitespace: the same data gives the same text. */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A data file's content as it enters the digest. Throws on a JSON file that does not parse. */
export function normalise(file, text) {
  const body = text.replace(/^\uFEFF/, '');
  if (file.endsWith('.json')) {
    try {
      return canonicalJson(JSON.parse(body));
    } catch (e) {
      throw new Error(`${file} is not valid JSON: ${e.message}`);
    }
  }
  return body.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[ \t]+$/, '')).join('\n').replace(/\n+$/, '');
}

/**
 * The digest of the given files ([{ file, text }]): 'sha256-' and 64 hex digits. Files are taken in
 * path order, each as its path, a NUL, its normalised content and a NUL.
 */
export function digestOf(files) {
  const hash = createHash('sha256');
  for (const { file, text } of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    hash.update(`${file}\0${normalise(file, text)}\0`);
  }
  return `sha256-${hash.digest('hex')}`;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/** The rules data files of a working tree at `root`, with their text. */
export function workingTreeFiles(root = ROOT) {
  const files = walk(path.join(root, 'lib/rules')).map((p) => path.relative(root, p).split(path.sep).join('/')).filter(isRulesData);
  for (const f of TS_DATA) if (!files.includes(f) && existsSync(path.join(root, f))) files.push(f);
  return dataOnly(files).map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
}

/** The rules data files at a git commit, with their text. */
export function commitFiles(ref, root = ROOT) {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let rev;
  try {
    rev = git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).trim();
  } catch {
    throw new Error(`${ref} is not a commit in this repository`);
  }
  const names = dataOnly(git('ls-tree', '-r', '--name-only', rev, '--', 'lib/rules').split('\n').filter(Boolean).filter(isRulesData));
  return names.map((file) => ({ file, text: git('show', `${rev}:${file}`) }));
}

/** The digest of the working tree's rules data. */
export const rulesDataDigest = (root = ROOT) => digestOf(workingTreeFiles(root));

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ref = process.argv.slice(2).find((a) => !a.startsWith('--'));
  try {
    const files = ref ? commitFiles(ref) : workingTreeFiles();
    console.log(digestOf(files));
    if (process.argv.includes('--files')) for (const f of files.map((x) => x.file).sort()) console.error(`  ${f}`);
  } catch (e) {
    console.error(`rules:digest: ${e.message.split('\n')[0]}`);
    process.exit(1);
  }
}
