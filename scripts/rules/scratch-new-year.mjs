#!/usr/bin/env node
/**
 * Issue 21's proof that a new benefit year and a new city are data changes: in a scratch copy of
 * the repository, this script
 *
 *   1. adds the next benefit year to a city's file (default Beijing: the year after its last stated
 *      window or amounts, e.g. 2027) — a window and the resident amounts, each citing a new source
 *      entry in lib/rules/sources.data.json;
 *   2. adds a new city: one region file (lib/rules/regions/<slug>.json, a copy of that city's file
 *      under a new slug, name and row labels) and its line in lib/rules/regions/list.ts;
 *   3. adds the scenario fixtures each change needs (tests/rules/fixtures/scratch-data.json: one for
 *      the new year, the three every place needs for the new city — tests/rules/regions.test.ts);
 *   4. runs the type check (`next typegen`, `tsc --noEmit`: a city is a new value of typed unions)
 *      and the unit and component tests (`npx vitest run`) in the copy, and exits non-zero if any fails.
 *
 * Nothing else is edited: a test that breaks here pins today's data (a year "we do not have" or a
 * list of places) and must read its example from the data or from fixture data instead
 * (tests/data-years.ts, tests/rules/fixture-region.ts). The figures and dates are made up: the last
 * stated ones moved one year on (amounts + 30 yuan). They are never written to the repository.
 *
 * The e2e specs are not run here (a production build per run would double CI time, and Turbopack
 * does not build with node_modules linked from outside the copy): they read
 * their "not in our sources" examples from the data (tests/e2e/data.ts), and
 * tests/rules/no-pinned-years.test.ts checks that no spec names such a year or a list of places.
 *
 * Usage: node scripts/rules/scratch-new-year.mjs [--city beijing|all|<a>,<b>] [--keep] [--no-test] [--no-tsc] [-- <vitest args>]
 *   --city     the cities that get their next year (default beijing; `all`: every city whose own file
 *              states a window and amounts, as when the season's notices have all arrived)
 *   --keep     leave the scratch copy (its path is printed) instead of removing it
 *   --no-test  make the copy and the changes only (implies --keep), e.g. to run single test files in it
 *   --no-tsc   skip the type check
 *   after --, arguments for vitest (test files or folders; default: every test)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const opts = dash < 0 ? argv : argv.slice(0, dash);
const vitestArgs = dash < 0 ? [] : argv.slice(dash + 1);
const flag = (name) => opts.includes(name);
const option = (name, fallback) => (opts.includes(name) ? opts[opts.indexOf(name) + 1] : fallback);

const CITY_OPTION = option('--city', 'beijing');
const NEW_CITY = { id: 'samplecity', prefix: 'sc', name: { 'zh-CN': '示例市', en: 'Sample City' } };
const noTest = flag('--no-test');
const keep = noTest || flag('--keep');

const log = (s) => console.log(`[scratch] ${s}`);

// ---------------------------------------------------------------------------------------------
// The scratch copy: every file git tracks or would track (so uncommitted work is included), and
// node_modules as a folder of links (vite's cache then lands in the copy, not in the real one).

function scratchCopy() {
  const dir = mkdtempSync(path.join(tmpdir(), 'scratch-new-year-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  let n = 0;
  for (const f of files) {
    const from = path.join(root, f);
    if (f === 'node_modules' || f.startsWith('node_modules/')) continue; // linked below (a linked node_modules is not ignored by `node_modules/`)
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    copyFileSync(from, path.join(dir, f));
    n++;
  }
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (entry === '.vite' || entry === '.cache') continue;
    symlinkSync(path.join(root, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  // A repository of its own, committed before the change (as a clone would be): the tests that read
  // git (rules:diff) work in it, and `rules:diff -- HEAD` below shows what the change does.
  const git = (...args) => execFileSync('git', ['-c', 'user.name=scratch', '-c', 'user.email=scratch@localhost', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'scratch copy, before the change');
  log(`copied ${n} files to ${dir} (a git repository, committed)`);
  return dir;
}

const readJson = (dir, f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
const writeJson = (dir, f, data) => writeFileSync(path.join(dir, f), `${JSON.stringify(data, null, 2)}\n`);

/** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) moved `years` on (29 February becomes 28 February). */
function plusYears(day, years) {
  const [y, ...rest] = day.split('-');
  if (rest.length === 2 && rest[0] === '02' && rest[1] === '29') rest[1] = '28';
  return [String(Number(y) + years), ...rest].join('-');
}

const yearOf = (entry) => Number(entry.from.slice(0, 4));
const lastStated = (block) => [...block.values].reverse().find((v) => v.value !== undefined);
/**
 * The last year the block says something of: a value, or a gap the fact register records (an
 * `unknown` entry citing a fact, e.g. Guangzhou 2026年度, F7.8). The next benefit year is the one
 * after it: a gap with its fact is not a year "not in our sources yet", and filling it would leave
 * the fact saying it is missing (the sweep holds every fact that applies to being said).
 */
const lastKnown = (block) => [...block.values].reverse().find((v) => v.value !== undefined || (v.unknown !== undefined && (v.facts ?? []).length > 0));

/** Replace the block's entry for `year` (an `unknown` one, or none) with `entry`, keeping date order. */
function setYear(block, year, entry) {
  const from = `${year}-01-01`;
  block.values = [...block.values.filter((v) => v.from !== from), { from, ...entry }].sort((a, b) => a.from.localeCompare(b.from));
}

// ---------------------------------------------------------------------------------------------
// 1. The new year in the host city's file, citing a new source entry.

/** The cities whose next year is added: --city, or with `all` every city whose own file states a window and amounts. */
function hosts(dir) {
  if (CITY_OPTION !== 'all') return CITY_OPTION.split(',');
  const list = readFileSync(path.join(dir, 'lib/rules/regions/list.ts'), 'utf8');
  const cities = (/export const REGION_FILES = \{([^}]*)\}/.exec(list)?.[1] ?? '').split(',').map((c) => c.trim()).filter(Boolean);
  return cities.filter((c) => {
    const f = readJson(dir, `lib/rules/regions/${c}.json`);
    return f.residentWindow && f.residentContribution && lastStated(f.residentWindow) && lastStated(f.residentContribution);
  });
}

function addYear(dir, host) {
  const file = `lib/rules/regions/${host}.json`;
  const city = readJson(dir, file);
  const window = city.residentWindow && lastStated(city.residentWindow);
  const amounts = city.residentContribution && lastStated(city.residentContribution);
  if (!window || !amounts) throw new Error(`${file} has no stated window or amounts to carry on`);
  // A new notice is stated (A or B): a block at C gets its new value at B — unless the block rests
  // on a fact at C (Hangzhou's amounts, F7.14), which a made-up notice cannot raise: the sweep holds
  // a value to the confidence of the facts it rests on.
  const facts = readJson(dir, 'lib/rules/facts.data.json');
  const confidenceOf = new Map((Array.isArray(facts) ? facts : Object.values(facts)).map((f) => [f.id, f.confidence]));
  const raised = (block) => (block.confidence === 'C' && !(block.facts ?? []).some((id) => confidenceOf.get(id) === 'C') ? { confidence: 'B' } : {});
  const confidence = raised(city.residentWindow);
  const amountsConfidence = raised(city.residentContribution);
  const year = Math.max(yearOf(lastKnown(city.residentWindow)), yearOf(lastKnown(city.residentContribution))) + 1;
  const shift = (e) => year - yearOf(e);

  const registryFile = 'lib/rules/sources.data.json';
  const registry = readJson(dir, registryFile);
  const template = registry[city.residentWindow.sources[0]];
  let sourceId = `${host}${year}`;
  while (Object.hasOwn(registry, sourceId)) sourceId += 'x';
  const source = structuredClone(template);
  // A new page: nobody has checked its title against a fact record yet, and it is not unverified either.
  delete source.checked;
  delete source.unverified;
  source.title = `${city.name['zh-CN']}${year}年度城乡居民医保集中参保缴费（演示数据）`;
  if (source.date) source.date = plusYears(source.date, shift(window));
  for (const key of ['officialUrl', 'copyUrl', 'url']) if (typeof source[key] === 'string') source[key] = `${new URL(source[key]).origin}/scratch-${host}-${year}.html`;
  registry[sourceId] = source;
  writeJson(dir, registryFile, registry);

  const w = window.value;
  const newWindow = { opensOn: plusYears(w.opensOn, shift(window)), closesOn: plusYears(w.closesOn, shift(window)), coverStarts: plusYears(w.coverStarts, shift(window)) };
  setYear(city.residentWindow, year, { value: newWindow, ...confidence, sources: [sourceId] });
  const rows = amounts.value.rows.map((r) => ({ ...r, tiersYuan: r.tiersYuan.map((n) => n + 30) }));
  setYear(city.residentContribution, year, { value: { ...amounts.value, rows }, ...amountsConfidence, sources: [sourceId] });
  writeJson(dir, file, city);
  log(`${file}: ${year}年度 window ${newWindow.opensOn} – ${newWindow.closesOn}, amounts ${rows.map((r) => r.tiersYuan.join('/')).join(', ')} (source ${sourceId})`);
  // Amounts at C are recorded, not stated (the result says they are not published): so in the fixture.
  const amountsStated = (amountsConfidence.confidence ?? city.residentContribution.confidence) !== 'C';
  return { host, year, window: newWindow, city, source: sourceId, amountsStated };
}

// ---------------------------------------------------------------------------------------------
// 2. The new city: one file and one line in list.ts.

function addCity(dir, hostCity) {
  const city = structuredClone(hostCity);
  city.id = NEW_CITY.id;
  city.name = NEW_CITY.name;
  const relabel = (label) => label.replace(/^[a-z]{2}-/, `${NEW_CITY.prefix}-`);
  const amounts = city.residentContribution;
  amounts.labels = Object.fromEntries(Object.entries(amounts.labels).map(([k, v]) => [relabel(k), { 'zh-CN': v['zh-CN'].replace(hostCity.name['zh-CN'], NEW_CITY.name['zh-CN']), en: v.en.replace(hostCity.name.en, NEW_CITY.name.en) }]));
  for (const v of amounts.values) for (const r of v.value?.rows ?? []) r.label = relabel(r.label);
  for (const block of Object.values(city)) if (block && typeof block === 'object' && typeof block.description === 'string') block.description = block.description.replaceAll(hostCity.name.en, NEW_CITY.name.en);
  writeJson(dir, `lib/rules/regions/${NEW_CITY.id}.json`, city);

  const listFile = path.join(dir, 'lib/rules/regions/list.ts');
  const list = readFileSync(listFile, 'utf8');
  const next = list
    .replace(/((?:import \w+ from '\.\/\w+\.json' with \{ type: 'json' \};\n)+)/, `$1import ${NEW_CITY.id} from './${NEW_CITY.id}.json' with { type: 'json' };\n`)
    .replace(/export const REGION_FILES = \{ ([^}]*) \};/, `export const REGION_FILES = { $1, ${NEW_CITY.id} };`);
  if (!next.includes(`import ${NEW_CITY.id} from`) || !next.includes(`, ${NEW_CITY.id} };`)) throw new Error('lib/rules/regions/list.ts: could not add the import and the REGION_FILES entry');
  writeFileSync(listFile, next);
  log(`lib/rules/regions/${NEW_CITY.id}.json (${NEW_CITY.name['zh-CN']}), and its line in list.ts`);
  return city;
}

// ---------------------------------------------------------------------------------------------
// 3. Scenario fixtures: one for the year, three for the city (every place needs three).

function addFixtures(dir, years) {
  const person = (region, age, situation) => ({ who: 'self', region, age, situation, hukou: 'local', groups: [], coverage: 'none' });
  const windowOf = ({ year, window }) => ({ window: { kind: 'regional', benefitYear: year, opensOn: window.opensOn, closesOn: window.closesOn, coverStarts: window.coverStarts } });
  // An adult's amount is the new year's (which row applies is the place's rule: the scenario does not guess it).
  const adult = ({ year, window, amountsStated = true }) => ({ deadline: { kind: 'sourced', date: window.closesOn }, contribution: { kind: amountsStated ? 'regional' : 'not-published', benefitYear: year } });
  const first = years[0];
  const { year, window } = first;
  const asOf = window.opensOn;
  const facts = first.city.residentWindow.facts;
  const scenarios = [
    ...years.map((y) => ({ name: `${y.host} ${y.year}年度 (scratch data): the window, the deadline and the new year's amount`, asOf: y.window.opensOn, facts: y.city.residentWindow.facts, answers: person(y.host, 35, 'not-working'), expect: { ...windowOf(y), ...adult(y) } })),
    { name: `${NEW_CITY.id} (scratch data): the ${year}年度 window`, asOf, facts, answers: person(NEW_CITY.id, 35, 'not-working'), expect: { ...windowOf(first), ...adult(first) } },
    { name: `${NEW_CITY.id} (scratch data): a pupil joins the resident scheme`, asOf, facts, answers: person(NEW_CITY.id, 10, 'pupil'), expect: { primary: { scheme: 'resident' }, ...windowOf(first) } },
    { name: `${NEW_CITY.id} (scratch data): an employee stays in the employee scheme`, asOf, facts, answers: { ...person(NEW_CITY.id, 40, 'employee'), coverage: 'employee-active' }, expect: { primary: { scheme: 'employee' } } },
  ];
  writeJson(dir, 'tests/rules/fixtures/scratch-data.json', scenarios);
  log(`tests/rules/fixtures/scratch-data.json: ${scenarios.length} scenarios`);
}

/**
 * The rules changelog entry the data change carries (lib/rules/changelog.json, docs/rules-changes.md):
 * what changed, the parameters, places, periods and sources, and the digest of the data after it
 * (scripts/rules/digest.mjs run in the copy) — what a maintainer adds with a real notice.
 */
function addChangelogEntry(dir, change) {
  const file = 'lib/rules/changelog.json';
  const log_ = readJson(dir, file);
  const day = log_.entries[0]?.date ?? '2000-01-01';
  const places = [...change.years.map((y) => y.region), change.city];
  const digest = execFileSync(process.execPath, [path.join(dir, 'scripts/rules/digest.mjs')], { cwd: dir, encoding: 'utf8' }).trim();
  const entry = {
    id: `${day}-scratch-${places.join('-')}`,
    date: day,
    title: { 'zh-CN': `演示数据：${change.years.map((y) => `${y.region} ${y.year}年度`).join('、')}，新增${NEW_CITY.name['zh-CN']}`, en: `Scratch data: ${change.years.map((y) => `${y.region} ${y.year}`).join(', ')}, and ${NEW_CITY.name.en} added` },
    summary: { 'zh-CN': '演示用的新参保年度和新城市（scripts/rules/scratch-new-year.mjs），不写入仓库。', en: 'A demonstration year and city (scripts/rules/scratch-new-year.mjs), never written to the repository.' },
    why: { 'zh-CN': '证明新增年度和城市只需改数据。', en: 'To show that a new year and a new city are a data change.' },
    parameters: change.years.flatMap((y) => [`${y.region}.resident-window`, `${y.region}.resident-contribution`]),
    places,
    periods: change.years.map((y) => String(y.year)),
    facts: [],
    sources: change.years.map((y) => y.source),
    dataDigest: digest,
  };
  log_.entries.unshift(entry);
  writeJson(dir, file, log_);
  log(`${file}: entry ${entry.id} (${digest})`);
}

// ---------------------------------------------------------------------------------------------

const dir = scratchCopy();
let status = 0;
try {
  const years = hosts(dir).map((host) => addYear(dir, host));
  addCity(dir, years[0].city);
  addFixtures(dir, years);
  addChangelogEntry(dir, { years: years.map((y) => ({ region: y.host, year: y.year, source: y.source })), city: NEW_CITY.id });
  // What a maintainer reads before publishing: the outcomes the change moves.
  log('npm run rules:diff -- HEAD');
  spawnSync(process.execPath, ['scripts/rules/diff.mjs', 'HEAD', '--examples', '1', '--groups', '8'], { cwd: dir, stdio: 'inherit' });
  const steps = [
    ...(flag('--no-tsc') ? [] : [['next', 'typegen'], ['tsc', '--noEmit']]),
    ['vitest', 'run', ...vitestArgs],
  ];
  for (const step of noTest ? [] : steps) {
    log(`npx ${step.join(' ')}`);
    const t0 = Date.now();
    const run = spawnSync('npx', step, { cwd: dir, stdio: step[0] === 'next' ? ['inherit', 'ignore', 'inherit'] : 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    status = run.status ?? 1;
    log(`${step[0]} exited ${status} after ${Math.round((Date.now() - t0) / 1000)} s`);
    if (status !== 0) break;
  }
} catch (e) {
  console.error(e);
  status = 1;
} finally {
  if (keep) log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
if (status !== 0) log('FAILED: a test pins today\'s data (see above)');
process.exit(status);
