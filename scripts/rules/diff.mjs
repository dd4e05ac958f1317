// rules:diff — what a change to the rules data changes in the answers, before it is published.
//
//   npm run rules:diff -- <from> [<to>] [--sample N] [--examples N] [--groups N] [--exit-code]
//
// <from> and <to> are each a git commit (HEAD~1, main, a tag) or a folder that holds a copy of the
// repository's lib/rules; <to> defaults to the working tree. The rules library of each side (its data
// and its code, as they are at that commit or in that folder) is bundled with rolldown (vite's
// bundler, already in node_modules) into a temporary folder and loaded, then both evaluate:
//  - every scenario fixture (tests/rules/fixtures/*.json of the working tree), and
//  - a sample of the sweep (tests/rules/sweep.ts of the working tree): every Nth answer set
//    (--sample, default 40) on every sweep date;
// and the script prints each outcome that differs in scheme (the recommendation and the
// alternatives), amount (the contribution and what the person pays), window, deadline or warnings.
// Sweep changes are grouped by what changed (the 20 largest groups; --groups N), each with a few
// example links (--examples, default 3) that open the same answers on the site
// (/{locale}/check/result?<link>). Nothing changed: it prints
// "no outcome changed". It exits 0 (a report), or 1 with --exit-code when something changed, and 2
// on an error. docs/rules-changes.md says how to read it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, commitFiles, digestOf, isRulesData, workingTreeFiles } from './digest.mjs';

const FIELDS = ['scheme', 'amount', 'window', 'deadline', 'warnings'];

function usage(message) {
  if (message) console.error(`rules:diff: ${message}`);
  console.error('usage: npm run rules:diff -- <git ref | folder> [<git ref | folder>] [--sample N] [--examples N] [--groups N] [--exit-code]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { sides: [], sample: 40, examples: 3, groups: 20, exitCode: false };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--exit-code') opts.exitCode = true;
    else if (a === '--sample' || a === '--examples' || a === '--groups') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) usage(`${a} takes a whole number from 1`);
      opts[a.slice(2)] = n;
    } else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else opts.sides.push(a);
  }
  if (opts.sides.length < 1 || opts.sides.length > 2) usage('give the commit (or folder) to compare with');
  return opts;
}

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();

/**
 * One side: a folder holding lib/rules, its label, and its rules data files (for the digest). A git
 * commit is written out into `tmp` (every file under lib/rules at that commit).
 */
function side(spec, tmp, name) {
  if (spec === undefined) return { root: ROOT, label: 'the working tree', files: workingTreeFiles(ROOT) };
  const dir = path.resolve(spec);
  if (existsSync(path.join(dir, 'lib/rules/index.ts'))) return { root: dir, label: `the folder ${dir}`, files: workingTreeFiles(dir) };
  let rev;
  try {
    rev = git('rev-parse', '--verify', '--quiet', `${spec}^{commit}`);
  } catch {
    usage(`${spec} is neither a commit of this repository nor a folder with lib/rules/index.ts`);
  }
  const root = path.join(tmp, name);
  for (const file of git('ls-tree', '-r', '--name-only', rev, '--', 'lib/rules').split('\n').filter(Boolean)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), execFileSync('git', ['show', `${rev}:${file}`], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }));
  }
  if (!existsSync(path.join(root, 'lib/rules/index.ts'))) usage(`${spec} has no lib/rules/index.ts`);
  const when = git('log', '-1', '--format=%ad', '--date=short', rev);
  return { root, label: `${spec} (${rev.slice(0, 9)}, ${when})`, rev, files: commitFiles(rev) };
}

/** Bundles `entry` (TypeScript and JSON, with zod from this repository's node_modules) and loads it. */
async function load(entry, out) {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    input: entry,
    platform: 'node',
    logLevel: 'silent',
    resolve: { modules: ['node_modules', path.join(ROOT, 'node_modules')] },
  });
  try {
    const { output } = await bundle.generate({ format: 'esm' });
    writeFileSync(out, output[0].code);
  } finally {
    await bundle.close();
  }
  return import(pathToFileURL(out).href);
}

const sortedJson = (v) => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));

/** What the person pays (lib/rules/cost.ts personalPay), in a few words. */
function payText(p) {
  if (p.kind === 'amount') return `pays ${p.yuan.join(' or ')}${p.byGroupRule ? ' (by the group rule)' : ''}`;
  if (p.kind === 'subsidised') return `subsidised (${p.subsidy}), standard ${p.standardYuan.join(' or ') || 'not in our sources'}`;
  if (p.kind === 'group-rule-no-amount') return `group rule: ${p.subsidyYuan} off, amount not in our sources`;
  if (p.kind === 'not-stated') return 'pays: not stated';
  return `pays ${sortedJson(p)}`;
}

/**
 * The parts of an outcome a maintainer checks before publishing, each as one line of text. `withPay`:
 * both sides have personalPay (older commits do not), so what the person pays is compared too.
 */
function project(o, lib, withPay) {
  const choice = (c) => `${c.scheme}/${c.group} @ ${c.where}`;
  const c = o.contribution;
  const yearAmount = (x) => `${x.benefitYear ?? '—'}: ${x.tiersYuan.length > 0 ? x.tiersYuan.join(' or ') : 'not in our sources'}`;
  const pay = withPay ? ` · ${payText(lib.personalPay(c))}` : '';
  const amount = c ? `${c.kind} ${yearAmount(c)}${(c.alsoYears ?? []).map((y) => `; ${yearAmount(y)}`).join('')} (${c.confidence})${pay}` : '—';
  const w = o.window;
  const window =
    w.kind === 'regional' || w.kind === 'newborn' ? `${w.kind} ${w.benefitYear}: ${w.opensOn} – ${w.closesOn}${w.closesOnLatest && w.closesOnLatest !== w.closesOn ? ` (at the latest ${w.closesOnLatest})` : ''} (${w.confidence})`
    : w.kind === 'unsourced' ? `unsourced ${w.benefitYear}: safe by ${w.safeBy ?? '—'} (${w.safeByBasis}), last sourced ${w.lastSourced ? `${w.lastSourced.opensOn} – ${w.lastSourced.closesOn}` : '—'}`
    : w.kind;
  // Without daysLeft: it counts from asOf, and says nothing the date does not.
  const deadline = Object.fromEntries(Object.entries(o.deadline).filter(([k]) => k !== 'daysLeft'));
  return {
    scheme: [o.primary, ...o.alternatives].map(choice).join(' | '),
    amount,
    window,
    deadline: sortedJson(deadline),
    // One per line, so that the report can say which were added and which removed.
    warnings: o.warnings.map((x) => (x.params ? `${x.id} ${sortedJson(x.params)}` : x.id)).sort().join('\n'),
  };
}

/** The outcome of `answers` on `asOf` under one rules library, projected; or why there is none. */
function outcomeUnder(lib, answers, asOf, withPay) {
  try {
    const r = lib.safeEvaluate(answers, { asOf });
    if (!r.success) return { invalid: r.issues.map((i) => `${(i.path ?? []).join('.')}: ${i.message}`).join('; ') };
    return project(r.outcome, lib, withPay);
  } catch (e) {
    return { invalid: `threw ${e.message}` };
  }
}

/** What differs between two projections, field by field. */
function differences(a, b) {
  if (a.invalid || b.invalid) return a.invalid === b.invalid ? [] : [{ field: 'answers', before: a.invalid ? `not accepted (${a.invalid})` : 'accepted', after: b.invalid ? `not accepted (${b.invalid})` : 'accepted' }];
  return FIELDS.filter((f) => a[f] !== b[f]).map((field) => ({ field, before: a[field], after: b[field] }));
}

function readScenarios() {
  const dir = path.join(ROOT, 'tests/rules/fixtures');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((file) => {
    const list = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    return list.map((s) => ({ label: `${file} › ${s.name} (asOf ${s.asOf})`, answers: s.answers, asOf: s.asOf }));
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const tmp = mkdtempSync(path.join(tmpdir(), 'rules-diff-'));
  try {
    const from = side(opts.sides[0], tmp, 'from');
    const to = side(opts.sides[1], tmp, 'to');
    const before = await load(path.join(from.root, 'lib/rules/index.ts'), path.join(tmp, 'from.mjs'));
    const after = await load(path.join(to.root, 'lib/rules/index.ts'), path.join(tmp, 'to.mjs'));
    // The sweep's answer sets, from the working tree's sweep and vocabulary.
    const sweep = await load(path.join(ROOT, 'tests/rules/sweep.ts'), path.join(tmp, 'sweep.mjs'));
    const withPay = typeof before.personalPay === 'function' && typeof after.personalPay === 'function';
    const compare = (answers, asOf) => differences(outcomeUnder(before, answers, asOf, withPay), outcomeUnder(after, answers, asOf, withPay));

    console.log(`rules:diff: ${from.label} → ${to.label}`);
    const changedFiles = [...new Set([...from.files, ...to.files].map((f) => f.file))].filter(isRulesData).sort().filter((f) => {
      const a = from.files.find((x) => x.file === f);
      const b = to.files.find((x) => x.file === f);
      return !a || !b || digestOf([a]) !== digestOf([b]);
    });
    console.log(`rules data: ${digestOf(from.files)} → ${digestOf(to.files)}`);
    console.log(changedFiles.length > 0 ? `data files changed: ${changedFiles.join(', ')}` : 'data files changed: none');

    // Scenarios, one by one.
    const scenarios = readScenarios();
    const scenarioChanges = [];
    for (const s of scenarios) {
      const d = compare(s.answers, s.asOf);
      if (d.length > 0) scenarioChanges.push({ label: s.label, d });
    }

    // A sample of the sweep, grouped by what changed.
    const all = sweep.sweepAnswers();
    const sample = all.filter((_a, i) => i % opts.sample === 0);
    const dates = sweep.SWEEP_DATES;
    const groups = new Map();
    let sweepChanged = 0;
    for (const answers of sample) {
      for (const asOf of dates) {
        const d = compare(answers, asOf);
        if (d.length === 0) continue;
        sweepChanged += 1;
        const key = sortedJson(d);
        const g = groups.get(key) ?? { d, cases: [] };
        g.cases.push(`asOf=${asOf} ${after.answersToSearchParams(answers).toString()}`);
        groups.set(key, g);
      }
    }

    const print = (d, indent) => {
      for (const x of d) {
        console.log(`${indent}${x.field}:`);
        if (x.field === 'warnings') {
          const was = x.before.split('\n').filter(Boolean);
          const now = x.after.split('\n').filter(Boolean);
          for (const w of was.filter((w) => !now.includes(w))) console.log(`${indent}  removed: ${w}`);
          for (const w of now.filter((w) => !was.includes(w))) console.log(`${indent}  added:   ${w}`);
          continue;
        }
        console.log(`${indent}  before: ${x.before}`);
        console.log(`${indent}  after:  ${x.after}`);
      }
    };
    console.log('');
    console.log(`scenarios: ${scenarios.length} evaluated, ${scenarioChanges.length} changed`);
    for (const c of scenarioChanges) {
      console.log(`  ~ ${c.label}`);
      print(c.d, '      ');
    }
    console.log(`sweep sample: ${sample.length} of ${all.length} answer sets × ${dates.length} dates = ${sample.length * dates.length} outcomes, ${sweepChanged} changed`);
    const sorted = [...groups.values()].sort((a, b) => b.cases.length - a.cases.length);
    for (const g of sorted.slice(0, opts.groups)) {
      console.log(`  ~ ${g.cases.length} ${g.cases.length === 1 ? 'outcome' : 'outcomes'} (fields: ${g.d.map((x) => x.field).join(', ')}), e.g.`);
      for (const c of g.cases.slice(0, opts.examples)) console.log(`      ${c}`);
      print(g.d, '      ');
    }
    if (sorted.length > opts.groups) console.log(`  … and ${sorted.length - opts.groups} more kinds of change (--groups ${sorted.length} shows them all)`);
    const changed = scenarioChanges.length + sweepChanged;
    console.log('');
    console.log(changed === 0 ? 'no outcome changed' : `${changed} ${changed === 1 ? 'outcome' : 'outcomes'} changed (${FIELDS.join(', ')})`);
    return opts.exitCode && changed > 0 ? 1 : 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// exitCode, not exit(): a long report written to a pipe is not cut off.
main().then((code) => { process.exitCode = code; }, (e) => {
  console.error(`rules:diff: ${e.stack ?? e}`);
  process.exitCode = 2;
});
