/** The counter flow (lib/household/counter.ts) and what a new person in the editor starts with (lib/household/carry.ts). */
import { describe, expect, it } from 'vitest';
import { carriedValues } from '@/lib/household/carry';
import { counterLinks, familyHref, familyPairs, nextPersonHref, resultHref, roomForNext, splitFamily } from '@/lib/household/counter';
import { MAX_PEOPLE, parseHousehold, type Person } from '@/lib/household/link';
import { readWizard } from '@/lib/wizard/read';
import type { PartialAnswers } from '@/lib/rules';

const mother: Partial<PartialAnswers> = { who: 'helper', region: 'shanghai', age: 38, situation: 'flexible', hukou: 'other-mainland', permit: 'yes', groups: [], coverage: 'none' };
const child: Partial<PartialAnswers> = { who: 'helper', region: 'shanghai', age: 8, situation: 'pupil', hukou: 'other-mainland', groups: [], coverage: 'none' };
const query = (href: string) => Object.fromEntries([...new URL(href, 'http://x').searchParams.keys()].map((k) => {
  const all = new URL(href, 'http://x').searchParams.getAll(k);
  return [k, all.length > 1 ? all : all[0]];
}));

describe('the counter flow', () => {
  it('next person: quick entry with the place and hukou only, in the helper’s voice, and the family with this person added', () => {
    const href = nextPersonHref('zh-CN', mother, []);
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/zh-CN/check/all');
    // The check's own link (v=1) with its own keys: nothing of the person but place and hukou.
    expect(url.searchParams.get('v')).toBe('1');
    expect(url.searchParams.get('w')).toBe('helper');
    expect(url.searchParams.get('r')).toBe('shanghai');
    expect(url.searchParams.get('h')).toBe('other-mainland');
    for (const k of ['a', 's', 'p', 'g', 'c']) expect(url.searchParams.has(k)).toBe(false);
    // The family in the household link's own format, read back by its own parser.
    const { family, rest } = splitFamily(query(href));
    expect(family).toHaveLength(1);
    expect(family[0]!.answers).toMatchObject({ region: 'shanghai', age: 38, permit: 'yes' });
    // What is left is a v=1 link the check reads with nothing dropped.
    const read = readWizard(rest);
    expect(read.dropped).toEqual([]);
    expect(read.answers).toMatchObject({ who: 'helper', region: 'shanghai', hukou: 'other-mainland' });
  });

  it('the result keeps the family; the household link holds everyone in order; the check reads the result with nothing dropped', () => {
    const family: Person[] = [{ label: null, answers: mother }];
    const result = resultHref('en', child, family);
    const { family: kept, rest } = splitFamily(query(result));
    expect(kept.map((p) => p.answers.age)).toEqual([38]);
    expect(readWizard(rest).dropped).toEqual([]);
    expect(readWizard(rest).answers).toMatchObject({ age: 8, situation: 'pupil' });
    const all = familyHref('en', kept, child);
    expect(all.startsWith('/en/household?hv=1&m=')).toBe(true);
    const household = parseHousehold(new URL(all, 'http://x').searchParams);
    expect(household.dropped).toEqual([]);
    expect(household.people.map((p) => p.answers.age)).toEqual([38, 8]);
    expect(household.people.every((p) => p.dropped.length === 0)).toBe(true);
  });

  it('with no family, the result URL is exactly the check’s; a family leaves room for one more at most', () => {
    expect(resultHref('zh-CN', child, [])).toBe('/zh-CN/check/result?v=1&w=helper&r=shanghai&a=8&s=pupil&h=other-mainland&g=none&c=none');
    expect(familyPairs([])).toEqual([]);
    const many = Array.from({ length: MAX_PEOPLE + 3 }, () => ({ label: null, answers: child }));
    const { family } = splitFamily(query(resultHref('zh-CN', child, many)));
    expect(family).toHaveLength(MAX_PEOPLE - 1);
    expect(roomForNext(family)).toBe(false);
    expect(roomForNext(family.slice(1))).toBe(true);
  });

  it('on a result with a family, "change answers" and "start again" go to quick entry and keep the family; with none, the check’s own links', () => {
    expect(counterLinks('zh-CN', child, [])).toBeNull();
    const family: Person[] = [{ label: null, answers: mother }];
    const links = counterLinks('en', child, family)!;
    // Change answers: quick entry with this person's answers filled in, the family after them.
    const change = new URL(links.change, 'http://x');
    expect(change.pathname).toBe('/en/check/all');
    const changed = splitFamily(query(links.change));
    expect(changed.family.map((p) => p.answers.age)).toEqual([38]);
    expect(readWizard(changed.rest)).toMatchObject({ answers: child, dropped: [] });
    // Start again: quick entry empty for this person (the helper's voice), the family kept.
    const restart = new URL(links.restart, 'http://x');
    expect(restart.pathname).toBe('/en/check/all');
    const restarted = splitFamily(query(links.restart));
    expect(restarted.family).toEqual(changed.family);
    expect(readWizard(restarted.rest)).toMatchObject({ answers: { who: 'helper' }, dropped: [] });
    expect(Object.keys(readWizard(restarted.rest).answers)).toEqual(['who']);
  });

  it('a person part the check cannot read is left out, and unknown keys stay for the check to report', () => {
    const { family, rest } = splitFamily({ v: '1', r: 'beijing', hv: '1', m: ['zzz', 'r.beijing_a.70'], x: '1' });
    expect(family.map((p) => p.answers)).toEqual([{ region: 'beijing', age: 70 }]);
    expect(Object.keys(rest)).toEqual(['v', 'r', 'x']);
    expect(readWizard(rest).dropped).toEqual([{ key: 'x', reason: 'unknown' }]);
  });
});

describe('a new person in the household editor', () => {
  it('takes the place and hukou of the person before, nothing else', () => {
    expect(carriedValues({ l: '妈妈', r: 'beijing', a: '38', h: 'local', p: 'yes', g: ['none'] })).toEqual({ r: 'beijing', h: 'local' });
    expect(carriedValues({ r: '', h: 'hmt' })).toEqual({ h: 'hmt' });
    expect(carriedValues(undefined)).toEqual({});
  });
});
