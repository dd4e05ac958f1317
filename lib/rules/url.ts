/**
 * Answers ⇄ query string. The link format is a public, versioned contract (v=1):
 *   v=1  w=who  r=region  a=age  b=birthDate  s=situation  ry=retireeYears  h=hukou  p=permit
 *   g=group (repeatable, or comma-separated; g=none for "none of these")  c=coverage
 *   gm=gapMonths  ly=lapseYears
 * Parsing never throws: unknown, malformed, out-of-range, repeated and contradictory values are
 * dropped and reported, so the wizard can show a notice and re-ask only those questions.
 */
import { answerFields, conflicts, type AnswerField, type PartialAnswers } from './answers';
import { SPECIAL_GROUPS, type SpecialGroup } from './vocab';

export const LINK_VERSION = '1';

/** Answer field → URL param name. Never rename a param; add a new one and bump v if needed. */
export const URL_PARAMS = {
  who: 'w',
  region: 'r',
  age: 'a',
  birthDate: 'b',
  situation: 's',
  retireeYears: 'ry',
  hukou: 'h',
  permit: 'p',
  groups: 'g',
  coverage: 'c',
  gapMonths: 'gm',
  lapseYears: 'ly',
} as const satisfies Record<AnswerField, string>;

const FIELD_BY_PARAM = new Map<string, AnswerField>(Object.entries(URL_PARAMS).map(([f, p]) => [p, f as AnswerField]));
const NUMBER_FIELDS = new Set<AnswerField>(['age', 'retireeYears', 'gapMonths', 'lapseYears']);
const NONE_TOKEN = 'none';
/** Longest value we look at; anything longer is dropped as invalid. */
export const MAX_VALUE_LENGTH = 64;
/** Plain non-negative integers only: no sign, exponent, decimals or leading zeros ("-0", "1e309", "07"). */
const INTEGER = /^(0|[1-9][0-9]{0,5})$/;

export const DROP_REASONS = ['unknown', 'invalid', 'contradictory', 'duplicate'] as const;
export type DropReason = (typeof DROP_REASONS)[number];
export type Dropped = { key: string; reason: DropReason };
export type ParsedAnswers = { answers: Partial<PartialAnswers>; dropped: Dropped[] };
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function pairs(params: SearchParamsInput, dropped: Dropped[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (params instanceof URLSearchParams) {
    params.forEach((value, key) => out.push([key, value]));
    return out;
  }
  if (typeof params !== 'object' || params === null) return out;
  for (const key of Object.keys(params)) {
    const raw: unknown = Object.getOwnPropertyDescriptor(params, key)?.value;
    if (raw === undefined) continue;
    const list: unknown[] = Array.isArray(raw) ? raw : [raw];
    for (const v of list) {
      if (typeof v === 'string') out.push([key, v]);
      else dropped.push({ key, reason: 'invalid' });
    }
  }
  return out;
}

function parseGroups(values: string[], dropped: Dropped[]): SpecialGroup[] | undefined {
  const tokens = values.flatMap((v) => v.split(','));
  if (tokens.some((t) => t !== NONE_TOKEN && !(SPECIAL_GROUPS as readonly string[]).includes(t))) {
    dropped.push({ key: URL_PARAMS.groups, reason: 'invalid' });
    return undefined;
  }
  const unique = [...new Set(tokens)];
  if (unique.length < tokens.length) dropped.push({ key: URL_PARAMS.groups, reason: 'duplicate' });
  if (unique.includes(NONE_TOKEN)) {
    if (unique.length === 1) return [];
    dropped.push({ key: URL_PARAMS.groups, reason: 'contradictory' });
    return undefined;
  }
  return unique as SpecialGroup[];
}

function parseScalar(field: AnswerField, value: string): unknown {
  if (NUMBER_FIELDS.has(field)) {
    if (!INTEGER.test(value)) return undefined;
    const r = answerFields[field].safeParse(Number(value));
    return r.success ? r.data : undefined;
  }
  const r = answerFields[field].safeParse(value);
  return r.success ? r.data : undefined;
}

export function parseAnswersFromSearchParams(params: SearchParamsInput): ParsedAnswers {
  const dropped: Dropped[] = [];
  const byField = new Map<AnswerField, string[]>();
  let versionSeen = 0;
  for (const [key, value] of pairs(params, dropped)) {
    if (key === 'v') {
      versionSeen += 1;
      if (versionSeen > 1) dropped.push({ key, reason: 'duplicate' });
      else if (value !== LINK_VERSION) dropped.push({ key, reason: 'invalid' });
      continue;
    }
    const field = FIELD_BY_PARAM.get(key);
    if (field === undefined) {
      dropped.push({ key, reason: 'unknown' });
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      dropped.push({ key, reason: 'invalid' });
      continue;
    }
    const list = byField.get(field) ?? [];
    list.push(value);
    byField.set(field, list);
  }

  const answers: Record<string, unknown> = {};
  for (const [field, values] of byField) {
    const key = URL_PARAMS[field];
    if (field === 'groups') {
      const g = parseGroups(values, dropped);
      if (g !== undefined) answers.groups = g;
      continue;
    }
    const first = values[0] as string;
    if (values.length > 1) {
      // Repeated scalar: keep it only if every copy agrees; report each extra copy.
      const agree = values.every((v) => v === first);
      for (let i = agree ? 1 : 0; i < values.length; i++) dropped.push({ key, reason: 'duplicate' });
      if (!agree) continue;
    }
    const parsed = parseScalar(field, first);
    if (parsed === undefined) dropped.push({ key, reason: 'invalid' });
    else answers[field] = parsed;
  }

  // Drop contradictory fields one at a time (the dependent field of each failing rule).
  const partial = answers as Partial<PartialAnswers>;
  for (let guard = 0; guard < 20; guard++) {
    const c = conflicts(partial)[0];
    if (!c) break;
    delete (partial as Record<string, unknown>)[c.path];
    dropped.push({ key: URL_PARAMS[c.path], reason: 'contradictory' });
  }
  return { answers: partial, dropped };
}

const ORDER: AnswerField[] = ['who', 'region', 'age', 'birthDate', 'situation', 'retireeYears', 'hukou', 'permit', 'groups', 'coverage', 'gapMonths', 'lapseYears'];

export function answersToSearchParams(answers: Partial<PartialAnswers>): URLSearchParams {
  const out = new URLSearchParams();
  out.set('v', LINK_VERSION);
  for (const field of ORDER) {
    const value = answers[field];
    if (value === undefined) continue;
    if (field === 'groups') {
      const groups = value as SpecialGroup[];
      if (groups.length === 0) out.append(URL_PARAMS.groups, NONE_TOKEN);
      for (const g of groups) out.append(URL_PARAMS.groups, g);
    } else out.set(URL_PARAMS[field], String(value));
  }
  return out;
}
