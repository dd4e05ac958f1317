/**
 * npm run rules:diff (scripts/rules/diff.mjs): the same rules give "no outcome changed"; a changed
 * amount and window in a copy of the data show up as changed outcomes, before and after. The change
 * is made to whatever the data holds now (the latest sourced Beijing figures), so the test does not
 * pin today's data.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = process.cwd();
const SCRIPT = path.join(ROOT, 'scripts/rules/diff.mjs');

function rulesDiff(...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

type Dated = { from: string; value?: { closesOn?: string; rows?: Array<{ tiersYuan: number[] }> } };
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('npm run rules:diff', () => {
  it('is the script package.json runs', () => {
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts['rules:diff']).toBe('node scripts/rules/diff.mjs');
  });

  it('against HEAD, with the rules as at HEAD on both sides: no outcome changed', () => {
    const r = rulesDiff('HEAD', 'HEAD', '--sample', '97', '--exit-code');
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^rules:diff: HEAD \([0-9a-f]{9}, \d{4}-\d{2}-\d{2}\) → HEAD/);
    expect(r.out).toContain('data files changed: none');
    expect(r.out).toMatch(/scenarios: \d+ evaluated, 0 changed/);
    expect(r.out).toMatch(/sweep sample: \d+ of \d+ answer sets × \d+ dates = \d+ outcomes, 0 changed/);
    expect(r.out.trim().endsWith('no outcome changed')).toBe(true);
  });

  it('a changed amount and window in a copy of the data: the outcomes that change, before and after', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'rules-diff-test-'));
    try {
      cpSync(path.join(ROOT, 'lib/rules'), path.join(tmp, 'lib/rules'), { recursive: true });
      const file = path.join(tmp, 'lib/rules/regions/beijing.json');
      const beijing = JSON.parse(readFileSync(file, 'utf8'));
      // The latest Beijing year with figures and the latest with dates, whatever they are now.
      const amounts = (beijing.residentContribution.values as Dated[]).filter((v) => v.value?.rows).at(-1)!;
      const row = amounts.value!.rows![0]!;
      const before = row.tiersYuan[0]!;
      row.tiersYuan[0] = before + 5;
      const window = (beijing.residentWindow.values as Dated[]).filter((v) => v.value?.closesOn).at(-1)!;
      const closed = window.value!.closesOn!;
      window.value!.closesOn = dayBefore(closed);
      writeFileSync(file, JSON.stringify(beijing, null, 2));

      const r = rulesDiff(ROOT, tmp, '--sample', '97', '--exit-code');
      expect(r.err).toBe('');
      expect(r.status, 'changed outcomes with --exit-code').toBe(1);
      expect(r.out).toContain(`→ the folder ${tmp}`);
      expect(r.out).toContain('data files changed: lib/rules/regions/beijing.json');
      expect(r.out).not.toContain('no outcome changed');
      expect(r.out).toMatch(/scenarios: \d+ evaluated, [1-9]\d* changed/);
      // A Beijing scenario's amount, before and after.
      expect(r.out).toMatch(new RegExp(`amount:\\n\\s+before: [^\\n]*\\b${before}\\b[^\\n]*\\n\\s+after: [^\\n]*\\b${before + 5}\\b`));
      // A window and a deadline that end a day earlier.
      expect(r.out).toMatch(new RegExp(`window:\\n\\s+before: [^\\n]*${closed}[^\\n]*\\n\\s+after: [^\\n]*${dayBefore(closed)}`));
      expect(r.out).toMatch(/deadline:\n/);
      // Sweep examples are links in the link format, with their day.
      expect(r.out).toMatch(/\n {6}asOf=\d{4}-\d{2}-\d{2} v=1&w=self&r=beijing&/);
      expect(r.out).toMatch(/\d+ outcomes? changed \(scheme, amount, window, deadline, warnings\)\n$/);
      // Without --exit-code a change is still a report, not a failure.
      expect(rulesDiff(ROOT, tmp, '--sample', '997').status).toBe(0);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('says what is wrong with its arguments', () => {
    const r = rulesDiff('no-such-ref-xyz');
    expect(r.status).toBe(2);
    expect(r.err).toContain('no-such-ref-xyz is neither a commit of this repository nor a folder with lib/rules/index.ts');
    expect(rulesDiff().status).toBe(2);
    expect(rulesDiff('HEAD', '--sample', '0').err).toContain('--sample takes a whole number from 1');
  });
});
