/**
 * Knowledge lives in data, stated once (issue 21): the rules' code states no figure, age, table or
 * date of its own, and no message types a number that a parameter or bound holds.
 *
 * 1. Every TypeScript module under lib/rules is parsed (comments do not count) for numeric
 *    literals other than 0, 1 and -1, for ISO date strings and for fact IDs (provenance typed in
 *    code). Each one found must be on the
 *    allow-list below with its reason; an entry nothing uses any more fails too, so the list stays
 *    honest and short.
 * 2. Every message file (content/messages/**, both locales) is read with its ICU arguments taken
 *    out, and a number next to a unit (岁, 周岁, 年, 元, 个月, 天, %; years, months, days, yuan, %,
 *    "age 16", "under 18") must be an argument — unless it is one of the phrases allowed below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const under = (dir: string, ext: string) =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
    .sort();

/** Literals allowed in lib/rules code, by file: `'*'` allows any in that file. */
const CODE_ALLOWED: ReadonlyArray<{ file: string; values: readonly string[]; why: string }> = [
  { file: 'lib/rules/dates.ts', values: ['*'], why: 'the calendar itself: month lengths, leap years, the ISO layout, the asOf year range (MIN_YEAR, MAX_YEAR), MONTHS_PER_YEAR' },
  {
    file: 'lib/rules/fact-applies.ts',
    values: ['*'],
    why: "the sweep's fact oracle: it states, per fact (by ID), the years, dates and ages to which the fact applies, in its own words and on purpose independent of the parameters it checks the engine against",
  },
  { file: 'lib/rules/link-rule.ts', values: ['2048'], why: 'ADDRESSES_KEPT: how many addresses the link memos keep, a bound on memory' },
  { file: 'lib/rules/url.ts', values: ['64', '20'], why: 'the link format: the longest value kept, and a loop guard' },
  { file: 'lib/rules/engine/todo.ts', values: ['7'], why: 'REMINDER_LEAD_DAYS: how many days before a deadline the reminder falls, a product setting (README, "The outcome")' },
  { file: 'lib/rules/engine/window.ts', values: ['100'], why: 'md(): a month-day as one sortable number, month × 100 + day' },
  { file: 'lib/rules/parameters/schema.ts', values: ['5', '10', '12', '31'], why: 'the schema: the shortest note and description; the bounds of a month and a day' },
  { file: 'lib/rules/regions/schema.ts', values: ['5', '10'], why: 'the schema: the shortest note and description' },
  { file: 'lib/rules/facts.ts', values: ['3', '20'], why: 'the schema: the shortest title, note and statement' },
  { file: 'lib/rules/answers.ts', values: ['10'], why: 'the schema: the shortest basis of a bound' },
];

type Found = { file: string; line: number; value: string };

function literalsIn(file: string): Found[] {
  const src = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Found[] = [];
  const at = (n: ts.Node) => src.getLineAndCharacterOfPosition(n.getStart()).line + 1;
  const visit = (n: ts.Node) => {
    if (ts.isNumericLiteral(n)) {
      const negative = ts.isPrefixUnaryExpression(n.parent) && n.parent.operator === ts.SyntaxKind.MinusToken;
      const value = `${negative ? '-' : ''}${Number(n.text.replace(/_/g, ''))}`;
      if (!['0', '1', '-1'].includes(value)) out.push({ file, line: at(n), value });
    } else if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && /^(?:\d{4}-\d{2}(-\d{2})?|F\d+\.\d+)$/.test(n.text)) {
      // A date, or a fact ID: provenance belongs in the data files (parameters, provenance.data.json).
      out.push({ file, line: at(n), value: n.text });
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

const allowed = (f: Found) => CODE_ALLOWED.find((a) => a.file === f.file && (a.values.includes('*') || a.values.includes(f.value)));

describe('lib/rules code states no figure, age, table or date', () => {
  const files = under('lib/rules', '.ts');
  const found = files.flatMap(literalsIn);

  it('scans every module of the rules library', () => {
    expect(files).toContain('lib/rules/engine/materials.ts');
    expect(files).toContain('lib/rules/figures.ts');
    expect(files.length).toBeGreaterThan(30);
  });

  it('every numeric literal other than 0, 1 and -1, every ISO date and every fact ID is on the allow-list with its reason', () => {
    const stray = found.filter((f) => !allowed(f)).map((f) => `${f.file}:${f.line}: ${f.value}`);
    expect(stray, 'move the figure into a data file (docs/rules-data.md), or allow it here with a reason').toEqual([]);
  });

  it('every allow-list entry is still used (the list stays short and true)', () => {
    for (const a of CODE_ALLOWED) {
      expect(a.why.length, a.file).toBeGreaterThan(20);
      const here = found.filter((f) => f.file === a.file);
      if (a.values.includes('*')) expect(here.length, `${a.file} has no literal left: drop its entry`).toBeGreaterThan(0);
      else for (const v of a.values) expect(here.map((f) => f.value), `${a.file}: ${v} is no longer used`).toContain(v);
    }
  });

  it('catches what it is meant to (a literal age, a date, a number in a comment does not count)', () => {
    const probe = (code: string) => {
      const src = ts.createSourceFile('probe.ts', code, ts.ScriptTarget.Latest, true);
      const out: string[] = [];
      const visit = (n: ts.Node) => {
        if (ts.isNumericLiteral(n) && !['0', '1'].includes(n.text)) out.push(n.text);
        if (ts.isStringLiteral(n) && /^\d{4}-\d{2}/.test(n.text)) out.push(n.text);
        ts.forEachChild(n, visit);
      };
      visit(src);
      return out;
    };
    expect(probe("// under 16\nconst kid = a.age < 16; const from = '2025-01-01';")).toEqual(['16', '2025-01-01']);
  });
});

// ---------------------------------------------------------------------------------------------
// Messages.

/** The text of an ICU message outside its arguments: arguments go, the text of select and plural branches stays. */
function plainText(message: string): string {
  let i = 0;
  const text = (): string => {
    let out = '';
    while (i < message.length && message[i] !== '}') {
      if (message[i] === '{') out += ` ${argument()} `;
      else out += message[i++];
    }
    return out;
  };
  const argument = (): string => {
    i++; // {
    const header = /^\s*[\w-]+\s*(?:,\s*(\w+)\s*(?:,|(?=\})))?/.exec(message.slice(i));
    i += header?.[0].length ?? 0;
    const kind = header?.[1];
    let out = '';
    if (kind === 'select' || kind === 'plural' || kind === 'selectordinal') {
      // Branches: `key {text}` until the argument's closing brace.
      for (;;) {
        const key = /^\s*(?:offset:\d+\s*)?=?[\w-]+\s*\{/.exec(message.slice(i));
        if (!key) break;
        i += key[0].length;
        out += ` ${text().replace(/#/g, ' ')} `;
        i++; // }
      }
    } else {
      // A simple, number or date argument: skip to its closing brace.
      let depth = 0;
      while (i < message.length && (message[i] !== '}' || depth > 0)) {
        if (message[i] === '{') depth++;
        if (message[i] === '}') depth--;
        i++;
      }
    }
    while (i < message.length && message[i] !== '}') i++;
    i++; // }
    return out;
  };
  let out = '';
  while (i < message.length) {
    out += text();
    if (i < message.length) i++; // a stray }
  }
  return out;
}

const ZH_FIGURE = /\d+\s*(?:周岁|岁|年|元|个月|天|%|％)/g;
const EN_FIGURE = /\d+(?:st|nd|rd|th)?[\s-]*(?:years?|yuan|months?|days?|%)(?![a-z])|\b(?:age|aged|under|over|from)\s+\d+/gi;

/**
 * Phrases with a number that are not a parameter, and why. Each is matched as written.
 */
const MESSAGE_ALLOWED: ReadonlyArray<{ phrase: RegExp; why: string }> = [
  { phrase: /每多断保1年|每多断缴1年|每多连续参保1年|每补缴1年|断1年|断满2年/g, why: 'the policy text quoted ("每多断保1年", per year) and its two readings' },
  { phrase: /不满1岁|不满1个月|不满1年/g, why: '"under one" in the answers\' hints: how to answer for a baby or a part of a month or year' },
  { phrase: /2027年度”，就是2027年|“2027” means 1 January to 31 December 2027/g, why: 'the glossary\'s example of how a benefit year is named' },
  { phrase: /广州2023年度的规定|Guangzhou’s 2023 rules/g, why: 'a dated local document named as an example, not a figure' },
];

describe('messages take numbers as arguments', () => {
  const files = under('content/messages', '.json');

  it('reads both locales of every message file', () => {
    expect(files).toEqual(expect.arrayContaining(['content/messages/zh-CN.json', 'content/messages/en.json', 'content/messages/rules/zh-CN.json', 'content/messages/rules/en.json']));
  });

  it('no message types an age, amount, period or year next to its unit', () => {
    const stray: string[] = [];
    for (const file of files) {
      const en = file.endsWith('/en.json');
      const walk = (node: unknown, key: string) => {
        if (typeof node === 'string') {
          const text = MESSAGE_ALLOWED.reduce((t, a) => t.replace(a.phrase, ' '), plainText(node));
          for (const m of text.matchAll(en ? EN_FIGURE : ZH_FIGURE)) stray.push(`${file} ${key}: "${m[0].trim()}" in ${node.slice(0, 80)}`);
        } else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, key ? `${key}.${k}` : k);
      };
      walk(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')), '');
    }
    expect(stray, 'make the number an ICU argument filled from its parameter (lib/rules/figures.ts), or allow the phrase here with a reason').toEqual([]);
  });

  it('the reading keeps branch text and drops arguments', () => {
    const zh = new RegExp(ZH_FIGURE.source);
    const en = new RegExp(EN_FIGURE.source, 'i');
    expect(plainText('未满{adultAge}周岁')).not.toMatch(zh);
    expect(plainText('满18周岁')).toMatch(zh);
    expect(plainText('{who, select, helper {TA满18岁} other {你}}')).toMatch(zh);
    expect('only under 18').toMatch(en);
    expect(plainText('from {coverStartsDay} {coverStartsMonth, select, 1 {January} other {December}}')).not.toMatch(en);
    expect(plainText('{n, plural, one {# year} other {# years}} from {m, select, a {age 18} other {x}}').replace(/\s+/g, ' ').trim()).toBe('year years from age 18 x');
  });
});
