import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_QUERY_PARAMS, REQUEST_LINE_KB, largestEditorQuery, largestHouseholdQuery, queryLimitResponse } from '@/lib/security/limits';
import { EDITOR_FIELDS } from '@/lib/household/fields';
import { MAX_LABEL, MAX_PEOPLE, householdToSearchParams, parseHousehold } from '@/lib/household/link';
import { readEditorRequest } from '@/lib/household/editor';
import type { Answers } from '@/lib/rules';

const pupil: Answers = { who: 'helper', region: 'chengdu', age: 9, situation: 'pupil', hukou: 'other-mainland', groups: ['disability'], coverage: 'resident-lapsed', lapseYears: 2 };
/** A person with many answers: a baby (a birth date), a permit, several groups. */
const full: Answers = { who: 'helper', region: 'guangzhou', age: 0, birthDate: '2026-10-20', situation: 'preschool', hukou: 'other-mainland', permit: 'yes', groups: ['dibao', 'orphan', 'disability', 'monitored'], coverage: 'none' };

const base = 'http://127.0.0.1:3000/en/check/reminder';
const realLink = `${base}?v=1&w=helper&r=chengdu&a=0&b=2026-10-01&s=preschool&h=other-mainland&p=yes&g=dibao&g=tekun&g=orphan&g=disability&g=monitored&g=veteran&c=resident-lapsed&ly=3&go=1&ret=answers`;

describe('the bound on a query string (lib/security/limits.ts)', () => {
  it('lets every real link through, with room to spare', () => {
    expect(queryLimitResponse(realLink)).toBeNull();
    expect(queryLimitResponse(base)).toBeNull();
    expect(realLink.length * 5).toBeLessThan(MAX_QUERY_LENGTH);
    expect(realLink.split('&').length * 4).toBeLessThan(MAX_QUERY_PARAMS);
  });

  it('answers a query string over the length with 414 and a short text, in both languages, with the security headers', async () => {
    expect(queryLimitResponse(`${base}?${'x'.repeat(MAX_QUERY_LENGTH)}`)).toBeNull();
    const res = queryLimitResponse(`${base}?${'x'.repeat(MAX_QUERY_LENGTH + 1)}`);
    expect(res?.status).toBe(414);
    const html = await res?.text();
    expect(html).toContain('<h1>414 链接过长 <span lang="en">/ Link too long</span></h1>');
    expect(html).not.toMatch(/<script|<style|<link|<img/);
    expect(html?.length).toBeLessThan(1000);
    expect(res?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res?.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('answers more parameters than the bound with 400, counting separators only', async () => {
    expect(queryLimitResponse(`${base}?${Array(MAX_QUERY_PARAMS).fill('x').join('&')}`)).toBeNull();
    const res = queryLimitResponse(`${base}?${Array(MAX_QUERY_PARAMS + 1).fill('x').join('&')}`);
    expect(res?.status).toBe(400);
    expect(await res?.text()).toContain('<h1>400 链接参数过多 <span lang="en">/ Too many parameters</span></h1>');
  });

  it('ignores the fragment; 4,000 repeated keys are refused by the length alone, 500 by their number', () => {
    expect(queryLimitResponse(`${base}?v=1#${'&x'.repeat(5000)}`)).toBeNull();
    expect(queryLimitResponse(`${base}?${'&x'.repeat(4000)}`)?.status).toBe(414);
    expect(MAX_QUERY_LENGTH).toBeLessThan(8000);
    expect(queryLimitResponse(`${base}?${'&x'.repeat(500)}`)?.status).toBe(400);
  });
});

// Issue 24, defect 4: the site refused its own forms (109 parameters for 9 people; 414 for a
// household link of ten people with Chinese labels). The bounds now come from the formats.
describe('the bounds follow the largest query strings the site makes', () => {
  const label = '外婆外公爷爷奶奶姑姑阿姨哥哥'.slice(0, MAX_LABEL);

  /** The household editor's GET form for ten people, as a browser sends it: every field, every box, a 12-character label. */
  function editorSubmission(): string {
    const q = new URLSearchParams();
    for (let i = 0; i < MAX_PEOPLE; i++) {
      q.append(`people.${i}.l`, label);
      for (const f of EDITOR_FIELDS) {
        if (f.input === 'checkbox') for (const v of f.values) q.append(`people.${i}.${f.key}`, v);
        else q.append(`people.${i}.${f.key}`, f.input === 'date' ? '2026-10-20' : f.input === 'number' ? '120' : f.values.at(-1)!);
      }
    }
    q.append('go', '1');
    return q.toString();
  }

  it('a label is 12 Chinese characters, each 9 characters once percent-encoded', () => {
    expect([...label]).toHaveLength(12);
    expect(new URLSearchParams({ l: label }).toString()).toHaveLength(2 + 12 * 9);
  });

  it('accepts the household editor\'s largest submission without JavaScript (10 people, every field, every box), and the editor reads all ten', () => {
    const query = editorSubmission();
    expect(query.split('&').length).toBeGreaterThan(109);
    expect(queryLimitResponse(`http://127.0.0.1:3000/zh-CN/household/edit?${query}`)).toBeNull();
    const sp: Record<string, string[]> = {};
    for (const [k, v] of new URLSearchParams(query)) (sp[k] ??= []).push(v);
    const read = readEditorRequest(sp);
    expect(read.people).toHaveLength(MAX_PEOPLE);
    expect(read.people[9]).toMatchObject({ l: label, r: expect.any(String), g: expect.arrayContaining(['none']) });
    expect(read.action).toEqual({ kind: 'go' });
  });

  it('accepts the largest household link: ten people with 12-character Chinese labels and long answers', () => {
    const people = Array.from({ length: MAX_PEOPLE }, (_, i) => ({ label, answers: i % 2 ? pupil : full }));
    const query = householdToSearchParams(people).toString();
    expect(query.length).toBeGreaterThan(2048); // the old bound
    const parsed = parseHousehold(new URLSearchParams(query));
    expect(parsed.people.map((p) => p.label)).toEqual(Array(MAX_PEOPLE).fill(label));
    expect(parsed.people.flatMap((p) => p.dropped)).toEqual([]);
    expect(queryLimitResponse(`http://127.0.0.1:3000/zh-CN/household?${query}`)).toBeNull();
  });

  it('the bounds are the largest of the formats with a margin, worked out from them', () => {
    const editor = largestEditorQuery();
    const household = largestHouseholdQuery();
    expect(editor.length).toBeGreaterThanOrEqual(editorSubmission().length);
    expect(household.length).toBeGreaterThan(householdToSearchParams(Array.from({ length: MAX_PEOPLE }, () => ({ label, answers: pupil }))).toString().length);
    for (const q of [editor, household]) {
      expect(q.length * 1.4).toBeLessThan(MAX_QUERY_LENGTH);
      expect(q.split('&').length * 1.4).toBeLessThan(MAX_QUERY_PARAMS);
      expect(queryLimitResponse(`http://127.0.0.1:3000/zh-CN/household/edit?${q}`)).toBeNull();
    }
    // Still far below what would make Next's query parsing costly, and a request line nginx can hold.
    expect(MAX_QUERY_PARAMS).toBeLessThan(500);
    expect(REQUEST_LINE_KB * 1024).toBeGreaterThan(MAX_QUERY_LENGTH + 512);
  });
});
