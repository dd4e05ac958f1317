import { describe, expect, it, vi } from 'vitest';
import { checkPeople, EditorSchema, editorValuesOf, personParams, problemOfMessage, readEditorRequest } from '@/lib/household/editor';
import { householdToSearchParams, MAX_PEOPLE, parseHousehold } from '@/lib/household/link';
import { previewOf } from '@/lib/household/editor-engine';
import { firstYearWithNoValue } from '../data-years';
import { LAST_YEAR, LAST_YEAR_ONLY, LAST_YEAR_ONLY_FILE } from '../rules/fixture-region';

// A figure in a person's line comes from the test-only place whose data stop at LAST_YEAR, never from a real place's file.
vi.mock('@/lib/rules/regions/list', async (importOriginal) => (await import('../rules/fixture-region')).withFixturePlaces(await importOriginal()));

const grandma = { l: '奶奶', r: 'beijing', a: '70', s: 'not-working', h: 'local', g: ['none'], c: 'resident-active' };
const baby = { l: '宝宝', r: 'beijing', a: '０', b: '2026-10-20', h: 'local', g: ['none'], c: 'none' };

describe('the people editor (household editor and quick entry)', () => {
  it('reads a GET form of several people, in order, and the button pressed', () => {
    const r = readEditorRequest({ 'people.1.r': 'shanghai', 'people.0.r': 'beijing', 'people.0.g': ['dibao', 'disability'], hv: '1', remove: '1' });
    expect(r.people).toEqual([{ r: 'beijing', g: ['dibao', 'disability'] }, { r: 'shanghai' }]);
    expect(r.action).toEqual({ kind: 'remove', index: 1 });
    expect(readEditorRequest({ 'people.0.r': 'beijing', add: '1' }).action).toEqual({ kind: 'add' });
    expect(readEditorRequest({ 'people.0.r': 'beijing', go: '1' }).action).toEqual({ kind: 'go' });
    // Removing someone who is not there, people beyond the limit and unknown keys: ignored.
    expect(readEditorRequest({ 'people.0.r': 'beijing', remove: '5' }).action).toEqual({ kind: 'none' });
    expect(readEditorRequest({ [`people.${MAX_PEOPLE}.r`]: 'beijing', 'people.0.zzzz': 'x', 'people.x.r': 'y' }).people).toEqual([]);
  });

  it('accepts complete people with the check’s own reading (full-width digits, the baby’s implied situation)', () => {
    const r = checkPeople([grandma, baby]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.people.map((p) => p.label)).toEqual(['奶奶', '宝宝']);
    expect(r.people[1]!.answers).toMatchObject({ age: 0, situation: 'preschool', birthDate: '2026-10-20' });
  });

  it('reports each person’s problems, and the zod schema puts them at people.<i>.<key> for the form', () => {
    const values = { people: [grandma, { r: 'beijing', a: '七十', h: 'local' }] };
    const r = checkPeople(values.people);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toEqual([]);
    expect(r.problems[1]).toContainEqual({ question: 'age', kind: 'digits' });
    const parsed = EditorSchema.safeParse(values);
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(issues).toContain('people.1.a:digits');
    expect(issues).toContain('people.1.c:missing');
    expect(issues.every((i) => i.startsWith('people.1.'))).toBe(true);
    expect(EditorSchema.safeParse({ people: [grandma, baby] }).success).toBe(true);
    // A number the check cannot take gets its bounds (the check's own message: 0 to 120 for an age);
    // a date that is not one, and a choice the check does not offer, get their own kinds.
    expect(checkPeople([{ ...grandma, a: '-3' }])).toMatchObject({ ok: false, problems: [[{ question: 'age', kind: 'range', min: 0, max: 120 }]] });
    expect(checkPeople([{ ...grandma, a: '999' }])).toMatchObject({ ok: false, problems: [[{ question: 'age', kind: 'range', min: 0, max: 120 }]] });
    expect(checkPeople([{ ...baby, b: '2026-13-40' }])).toMatchObject({ ok: false, problems: [[{ question: 'birth-date', kind: 'date' }]] });
    expect(checkPeople([{ ...grandma, s: 'astronaut' }])).toMatchObject({ ok: false, problems: [[{ question: 'situation', kind: 'invalid' }]] });
    // A combination the rules refuse gets the rule's own message, as on the check's question page.
    expect(checkPeople([{ ...grandma, g: ['orphan'] }])).toMatchObject({ ok: false, problems: [[{ question: 'special-groups', kind: 'conflict', issue: 'orphan-under-18' }]] });
    expect(EditorSchema.safeParse({ people: [{ ...grandma, g: ['orphan'] }] }).error!.issues.map((i) => i.message)).toEqual(['conflict:orphan-under-18']);
    expect(problemOfMessage('s', 'conflict:age-situation')).toEqual({ key: 's', kind: 'conflict', issue: 'age-situation' });
    const range = EditorSchema.safeParse({ people: [{ ...grandma, a: '999' }] });
    expect(range.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual(['people.0.a:range:0:120']);
    expect(problemOfMessage('a', 'range:0:120')).toEqual({ key: 'a', kind: 'range', min: 0, max: 120 });
    expect(problemOfMessage('b', 'date')).toEqual({ key: 'b', kind: 'date' });
    expect(problemOfMessage('c', 'anything else')).toEqual({ key: 'c', kind: 'missing' });
    expect(EditorSchema.safeParse({ people: Array.from({ length: MAX_PEOPLE + 1 }, () => grandma) }).success).toBe(false);
  });

  it('a form library’s shapes (an unticked group as false, untouched fields) read as blanks', () => {
    expect(personParams({ r: 'beijing', g: false, a: undefined, s: '' }).toString()).toBe('r=beijing');
  });

  it('a household link opens in the editor with everyone’s answers, and comes back to the same link', () => {
    const link = householdToSearchParams(checkPeople([grandma, baby]).ok ? (checkPeople([grandma, baby]) as { ok: true; people: never[] }).people : []);
    const values = editorValuesOf(parseHousehold(link).people);
    expect(values.people[0]).toMatchObject({ l: '奶奶', r: 'beijing', a: '70', g: ['none'] });
    const again = checkPeople(values.people);
    expect(again.ok).toBe(true);
    if (again.ok) expect(householdToSearchParams(again.people).toString()).toBe(link.toString());
  });

  it('a person\'s line names the scheme and the amount with its benefit year, as the household card does', () => {
    const words = {
      schemes: { resident: '城乡居民医保' },
      cost: { unknown: '本站尚未收录今年的标准', none: '不需要交', notFixed: '按工资', range: '每年 {min}–{max} 元', single: '{amount} 元/年', ofYear: '{year}年度 {amount}' },
    };
    // Born in August: the newborn period (90 days, up to 180 elsewhere) needs the birth year only, that November.
    const childFigure = LAST_YEAR_ONLY_FILE.residentContribution.values[0]!.value!.rows[0]!.tiersYuan[0];
    expect(previewOf({ ...baby, r: LAST_YEAR_ONLY, b: `${LAST_YEAR}-08-01` }, `${LAST_YEAR}-11-23`, words)).toBe(`城乡居民医保 · ${LAST_YEAR}年度 ${childFigure} 元/年`);
    // A renewal for a year no file has figures for (from the data, not today's year).
    expect(previewOf(grandma, `${firstYearWithNoValue() - 1}-11-23`, words)).toBe('城乡居民医保 · 本站尚未收录今年的标准');
    expect(previewOf({ r: 'beijing' }, '2026-11-23', words)).toBeNull();
  });
});
