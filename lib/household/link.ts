/**
 * A household ⇄ query string: the household link format, hv=1 (a public, versioned contract like
 * the check's v=1; docs/link-format.md).
 *
 *   hv=1  m=<person>  m=<person> …   (one `m` per person, in order, at most MAX_PEOPLE)
 *
 * A person is the check's own v=1 answers, written compactly as `key.value` pairs joined by `_`,
 * with the same keys and values (r, a, b, s, ry, h, p, g, c, gm, ly; `g` repeated per group or
 * `g.none`), plus `l.<label>`: an optional short label the user typed ("奶奶", "me", "baby").
 *   m=l.奶奶_r.beijing_a.70_s.retired_ry.20_h.local_g.none_c.employee-active
 * One parameter per person keeps a family of ten within the site's query limits (lib/security/limits.ts).
 *
 * Parsing never throws. Each person's answers go through the check's own parser and schema
 * (`parseAnswersFromSearchParams`), so a household can hold nothing the check would not accept;
 * what a person's part drops is reported per person. People beyond MAX_PEOPLE are counted, not
 * kept. The link carries answers and labels only.
 */
import { answersToSearchParams, parseAnswersFromSearchParams, withImplied, type Dropped, type PartialAnswers } from '@/lib/rules';

export const HOUSEHOLD_VERSION = '1';
import { MAX_LABEL, MAX_PEOPLE } from './limits';

export { MAX_LABEL, MAX_PEOPLE };
/** Longest person part looked at; the longest real one is about 110 characters. */
const MAX_PERSON_LENGTH = 300;

export type Person = { label: string | null; answers: Partial<PartialAnswers> };
export type ParsedPerson = Person & { dropped: Dropped[] };
export type ParsedHousehold = {
  people: ParsedPerson[];
  /** People in the link beyond MAX_PEOPLE (not kept). */
  overflow: number;
  /** Problems with the link itself (unknown parameters, a wrong version). */
  dropped: Dropped[];
};

/** A label as we keep it: one line, no separators of this format, at most MAX_LABEL characters; null if empty. */
export function cleanLabel(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // Control characters and this format's separators become spaces; then spaces collapse.
  const flat = raw.normalize('NFC').replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}_]/gu, ' ').replace(/\s+/g, ' ').trim();
  const cut = [...flat].slice(0, MAX_LABEL).join('').trim();
  return cut.length > 0 ? cut : null;
}

function parsePerson(part: string): ParsedPerson {
  if (part.length > MAX_PERSON_LENGTH) return { label: null, answers: {}, dropped: [{ key: 'm', reason: 'invalid' }] };
  const params = new URLSearchParams();
  params.set('v', '1');
  let label: string | null = null;
  const dropped: Dropped[] = [];
  for (const pair of part.split('_')) {
    if (pair === '') continue;
    const dot = pair.indexOf('.');
    if (dot <= 0) {
      dropped.push({ key: pair.slice(0, 8), reason: 'invalid' });
      continue;
    }
    const key = pair.slice(0, dot);
    const value = pair.slice(dot + 1);
    if (key === 'l') label = cleanLabel(value);
    else if (key === 'v' || key === 'w') dropped.push({ key, reason: 'unknown' });
    else params.append(key, value);
  }
  const parsed = parseAnswersFromSearchParams(params);
  // As in the check (lib/wizard/read.ts): an answer the flow implies and the link leaves out (a baby's situation) is filled in.
  return { label, answers: withImplied(parsed.answers), dropped: [...dropped, ...parsed.dropped] };
}

/** Parses a household link's query (a URLSearchParams or Next's searchParams object). */
export function parseHousehold(input: URLSearchParams | Record<string, string | string[] | undefined>): ParsedHousehold {
  const pairs: Array<[string, string]> = [];
  if (input instanceof URLSearchParams) input.forEach((v, k) => pairs.push([k, v]));
  else
    for (const [k, raw] of Object.entries(input)) {
      for (const v of Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) if (typeof v === 'string') pairs.push([k, v]);
    }
  const dropped: Dropped[] = [];
  const people: ParsedPerson[] = [];
  let overflow = 0;
  let version = 0;
  for (const [key, value] of pairs) {
    if (key === 'hv') {
      version += 1;
      if (version > 1) dropped.push({ key, reason: 'duplicate' });
      else if (value !== HOUSEHOLD_VERSION) dropped.push({ key, reason: 'invalid' });
    } else if (key === 'm') {
      if (people.length >= MAX_PEOPLE) overflow += 1;
      else people.push(parsePerson(value));
    } else dropped.push({ key, reason: 'unknown' });
  }
  return { people, overflow, dropped };
}

/** One person's part of the link (`m=`), from answers and a label. */
export function personToParam(p: Person): string {
  const pairs: string[] = [];
  const label = cleanLabel(p.label);
  if (label) pairs.push(`l.${label}`);
  answersToSearchParams(p.answers).forEach((value, key) => {
    if (key !== 'v' && key !== 'w') pairs.push(`${key}.${value}`);
  });
  return pairs.join('_');
}

/** The household's query string (hv=1 first), for at most MAX_PEOPLE people. */
export function householdToSearchParams(people: readonly Person[]): URLSearchParams {
  const out = new URLSearchParams();
  out.set('hv', HOUSEHOLD_VERSION);
  for (const p of people.slice(0, MAX_PEOPLE)) out.append('m', personToParam(p));
  return out;
}
