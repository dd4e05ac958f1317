import { describe, expect, it, vi } from 'vitest';
import { Answers, answersToSearchParams, costRange, parseAnswersFromSearchParams, type Answers as AnswersT } from '@/lib/rules';
import { MAX_LABEL, MAX_PEOPLE, cleanLabel, householdToSearchParams, parseHousehold, personToParam } from '@/lib/household/link';
import { summarizeHousehold } from '@/lib/household/summary';
import { MAX_QUERY_LENGTH, MAX_QUERY_PARAMS } from '@/lib/security/limits';
import { firstYearWithNoValue } from '../data-years';
import { LAST_YEAR, LAST_YEAR_ONLY } from '../rules/fixture-region';

// The test-only place whose data stop at LAST_YEAR (tests/rules/fixture-region.ts): "a place whose next year we do not have" never comes from today's data.
vi.mock('@/lib/rules/regions/list', async (importOriginal) => (await import('../rules/fixture-region')).withFixturePlaces(await importOriginal()));

const ASOF = '2026-11-23';
const grandma: AnswersT = { who: 'helper', region: 'beijing', age: 70, situation: 'not-working', hukou: 'local', groups: [], coverage: 'resident-active' };
const father: AnswersT = { who: 'helper', region: 'beijing', age: 40, situation: 'employee', hukou: 'local', groups: [], coverage: 'employee-active' };
const baby: AnswersT = { who: 'helper', region: 'beijing', age: 0, birthDate: '2026-10-20', situation: 'preschool', hukou: 'local', groups: [], coverage: 'none' };
const pupil: AnswersT = { who: 'helper', region: 'chengdu', age: 9, situation: 'pupil', hukou: 'other-mainland', groups: ['disability'], coverage: 'resident-lapsed', lapseYears: 2 };

describe('household link format hv=1', () => {
  it('round-trips people, labels and every answer through the check’s own parser', () => {
    const people = [
      { label: '奶奶', answers: grandma },
      { label: 'me', answers: father },
      { label: null, answers: baby },
      { label: '小明 (9)', answers: pupil },
    ];
    const q = householdToSearchParams(people);
    expect(q.get('hv')).toBe('1');
    expect(q.getAll('m')).toHaveLength(4);
    const back = parseHousehold(new URLSearchParams(q.toString()));
    expect(back.dropped).toEqual([]);
    expect(back.overflow).toBe(0);
    expect(back.people.map((p) => p.label)).toEqual(['奶奶', 'me', null, '小明 (9)']);
    for (const [i, p] of back.people.entries()) {
      expect(p.dropped).toEqual([]);
      expect({ ...p.answers, who: 'helper' }).toEqual(people[i]!.answers);
      expect(Answers.safeParse({ ...p.answers, who: 'helper' }).success).toBe(true);
    }
  });

  it('writes each person as the v=1 keys, compactly', () => {
    expect(personToParam({ label: '奶奶', answers: grandma })).toBe('l.奶奶_r.beijing_a.70_s.not-working_h.local_g.none_c.resident-active');
    const v1 = answersToSearchParams(pupil);
    const part = personToParam({ label: null, answers: pupil });
    for (const [k, v] of v1) if (k !== 'v' && k !== 'w') expect(part).toContain(`${k}.${v}`);
  });

  it('drops what the check would drop, per person, and never throws', () => {
    const q = new URLSearchParams('hv=1&m=r.beijing_a.200_s.flexible&m=r.mars_a.30&m=nonsense&x=1&hv=2');
    const h = parseHousehold(q);
    expect(h.people).toHaveLength(3);
    expect(h.people[0]?.dropped).toContainEqual({ key: 'a', reason: 'invalid' });
    expect(h.people[0]?.answers.region).toBe('beijing');
    expect(h.people[1]?.dropped).toContainEqual({ key: 'r', reason: 'invalid' });
    expect(h.people[2]?.dropped.length).toBeGreaterThan(0);
    expect(h.dropped).toEqual([{ key: 'x', reason: 'unknown' }, { key: 'hv', reason: 'duplicate' }]);
    // The same answers fail in a v=1 link for the same reason.
    expect(parseAnswersFromSearchParams(new URLSearchParams('v=1&r=beijing&a=200')).dropped).toContainEqual({ key: 'a', reason: 'invalid' });
    for (const junk of ['m=%00', 'm=' + 'x'.repeat(5000), 'm=._._', 'm=l.', 'hv=1&m=g.none_g.dibao']) expect(() => parseHousehold(new URLSearchParams(junk))).not.toThrow();
  });

  it(`keeps at most ${MAX_PEOPLE} people and counts the rest`, () => {
    const many = Array.from({ length: 13 }, () => ({ label: null, answers: grandma }));
    const q = new URLSearchParams(householdToSearchParams(many).toString());
    expect(q.getAll('m')).toHaveLength(MAX_PEOPLE);
    const extra = new URLSearchParams(q);
    extra.append('m', personToParam({ label: null, answers: father }));
    extra.append('m', personToParam({ label: null, answers: father }));
    const h = parseHousehold(extra);
    expect(h.people).toHaveLength(MAX_PEOPLE);
    expect(h.overflow).toBe(2);
  });

  it('a full household with long labels fits the site’s query limits', () => {
    const people = Array.from({ length: MAX_PEOPLE }, (_, i) => ({ label: '外婆外公爷爷奶奶姑姑阿姨哥哥', answers: i % 2 ? pupil : { ...baby } }));
    const q = householdToSearchParams(people).toString();
    expect(q.length).toBeLessThan(MAX_QUERY_LENGTH);
    expect([...new URLSearchParams(q).keys()].length).toBeLessThan(MAX_QUERY_PARAMS);
  });

  it('labels are one short line without the format’s separators', () => {
    expect(cleanLabel('  奶奶\n\t ')).toBe('奶奶');
    expect(cleanLabel('a_b')).toBe('a b');
    expect(cleanLabel('\u202eevil')).toBe('evil');
    expect([...(cleanLabel('一二三四五六七八九十一二三四五') ?? '')]).toHaveLength(MAX_LABEL);
    expect(cleanLabel('   ')).toBeNull();
  });
});

describe('household summary', () => {
  const members = [
    { label: '奶奶', answers: grandma },
    { label: '爸爸', answers: father },
    { label: '宝宝', answers: baby },
  ];
  const s = summarizeHousehold(members, ASOF);

  it('gives each person the check’s own outcome', () => {
    expect(s.rows.map((r) => r.outcome.options[0]?.choice.scheme)).toEqual(['resident', 'employee', 'resident']);
  });

  it('leads with the most urgent deadline: the season’s safe day (the earliest close seen) before the newborn’s advice from other places’ rule', () => {
    // The household in the fixture place whose data stop at LAST_YEAR: its next window is not sourced, and it holds no
    // newborn rule of its own, so the baby's 90 days are advice (no countdown), and both are days to act by.
    const there = members.map((m) => ({ ...m, answers: { ...m.answers, region: LAST_YEAR_ONLY } as unknown as AnswersT }));
    const h = summarizeHousehold(there, `${LAST_YEAR}-11-23`);
    expect(h.rows[2]?.outcome.deadline).toMatchObject({ kind: 'act-by', basis: 'other-places-newborn', date: `${LAST_YEAR + 1}-01-17` });
    expect(h.headline?.whose).toEqual([0]);
    expect(h.headline?.deadline).toEqual({ kind: 'act-by', date: `${LAST_YEAR}-12-20`, basis: 'earliest-seen' });
  });

  it('merges the materials, each with whose it is', () => {
    const all = s.rows.flatMap((r) => r.outcome.options[0]?.materials ?? []);
    expect(s.checklist.map((c) => c.material).sort()).toEqual([...new Set(all)].sort());
    for (const c of s.checklist) for (const i of c.whose) expect(s.rows[i]?.outcome.options[0]?.materials).toContain(c.material);
  });

  it('does not add up amounts it does not have: only known amounts are added, the others are named', () => {
    expect(s.costs[1]).toEqual({ kind: 'not-fixed' });
    // The baby's newborn period (born 2026-10-20) runs into 2027 (F4.2): the cost counts both benefit
    // years, and is known only when every year's figure is (never the birth year alone, an under-count).
    const babyCost = s.rows[2]!.outcome.contribution;
    expect(babyCost.alsoYears.map((c) => c.benefitYear)).toEqual([2027]);
    expect(s.costs[2]?.kind).toBe(costRange(babyCost) === null ? 'unknown' : 'known');
    const known = s.costs.flatMap((c) => (c.kind === 'known' ? [c] : []));
    const indexes = (kind: string) => s.costs.flatMap((c, i) => (c.kind === kind ? [i] : []));
    expect(s.total).toEqual({
      minYuan: known.reduce((n, c) => n + c.minYuan, 0),
      maxYuan: known.reduce((n, c) => n + c.maxYuan, 0),
      complete: indexes('unknown').length === 0 && indexes('not-fixed').length === 0,
      unknown: indexes('unknown'),
      notFixed: indexes('not-fixed'),
    });
    // In a year no file has figures for (read from the data, not today's), the renewal's amount is unknown and not added.
    const year = firstYearWithNoValue();
    const later = summarizeHousehold([members[0]!, members[1]!], `${year - 1}-11-23`);
    expect(later.costs[0]).toEqual({ kind: 'unknown' });
    expect(later.total).toEqual({ minYuan: 0, maxYuan: 0, complete: false, unknown: [0], notFixed: [1] });
  });

  it('adds up known amounts, as a range where someone chooses a tier', () => {
    const cd = (age: number): AnswersT => ({ who: 'helper', region: 'chengdu', age, situation: 'not-working', hukou: 'local', groups: [], coverage: 'none' });
    const t = summarizeHousehold([{ label: null, answers: cd(30) }, { label: null, answers: cd(4) }], '2025-11-23').total;
    expect(t).toEqual({ minYuan: 800, maxYuan: 950, complete: true, unknown: [], notFixed: [] });
  });

  it('names family sharing when an employee-scheme member could pay the others’ resident premiums (F2.4, F5.5)', () => {
    expect(s.sharing).toEqual({ payers: [1], beneficiaries: [0, 2] });
    expect(summarizeHousehold([members[0]!, members[2]!], ASOF).sharing).toBeNull();
  });
});

describe('one person’s form (the people editor asks it)', () => {
  const form = (pairs: Array<[string, string]>) => new URLSearchParams(pairs);

  it('accepts a complete person, with full-width digits, and the check’s implied answers', async () => {
    const { readPersonForm } = await import('@/lib/household/form');
    const r = readPersonForm(form([['l', '宝宝'], ['r', 'beijing'], ['a', '０'], ['b', '2026-10-20'], ['h', 'local'], ['g', 'none'], ['c', 'none'], ['s', '']]));
    expect(r.problems).toEqual([]);
    expect(r.label).toBe('宝宝');
    expect(r.complete).toMatchObject({ region: 'beijing', age: 0, birthDate: '2026-10-20', situation: 'preschool', who: 'helper' });
  });

  it('reports every missing or refused answer at once, in the check’s order, and ignores questions that do not apply', async () => {
    const { readPersonForm } = await import('@/lib/household/form');
    const r = readPersonForm(form([['r', 'beijing'], ['a', '七十'], ['h', 'other-mainland'], ['g', 'none'], ['g', 'dibao'], ['gm', '5']]));
    expect(r.complete).toBeNull();
    expect(r.problems).toEqual([
      { question: 'age', kind: 'digits' },
      { question: 'situation', kind: 'missing' },
      { question: 'residence-permit', kind: 'missing' },
      { question: 'special-groups', kind: 'none-exclusive' },
      { question: 'coverage', kind: 'missing' },
    ]);
  });

});
