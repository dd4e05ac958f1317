/**
 * The counter flow: a helper goes through a family one person at a time in quick entry
 * (/{locale}/check/all), and ends on one household sheet with everyone.
 *
 * The people done so far ride along in the household link's own parameters (`hv=1`, one `m` per
 * person, lib/household/link.ts) on quick entry and on the result page; the check's link (v=1) is
 * unchanged: its parameters and values mean what they meant, and these two are taken out before the
 * check reads its answers. The result's own link (to copy, share or print) never carries them.
 * "Next person in this family" starts quick entry with the place and hukou of the person just done;
 * "That is everyone" opens the household sheet. Pure: nothing is stored.
 */
import { answersToSearchParams, type PartialAnswers } from '@/lib/rules';
import { householdToSearchParams, MAX_PEOPLE, parseHousehold, personToParam, type Person } from './link';

type SP = Record<string, string | string[] | undefined>;

/** The household link's keys, taken out of a query before the check reads it. */
export const FAMILY_KEYS: readonly string[] = ['hv', 'm'];

/** The family so far (at most MAX_PEOPLE − 1: room for one more), and the query without it. */
export function splitFamily(sp: SP): { family: Person[]; rest: SP } {
  const rest: SP = Object.create(null);
  for (const key of Object.keys(sp)) {
    if (FAMILY_KEYS.includes(key)) continue;
    Object.defineProperty(rest, key, { value: Object.getOwnPropertyDescriptor(sp, key)?.value, enumerable: true, writable: true });
  }
  if (sp.m === undefined) return { family: [], rest };
  const family = parseHousehold({ hv: '1', m: sp.m }).people
    .filter((p) => Object.keys(p.answers).length > 0)
    .slice(0, MAX_PEOPLE - 1)
    .map(({ label, answers }) => ({ label, answers }));
  return { family, rest };
}

/** The family as query pairs (hv=1, one m per person) to append to a link or carry in a form; none when empty. */
export function familyPairs(family: readonly Person[]): Array<[string, string]> {
  if (family.length === 0) return [];
  return [['hv', '1'], ...family.slice(0, MAX_PEOPLE).map((p): [string, string] => ['m', personToParam(p)])];
}

const withPairs = (params: URLSearchParams, pairs: ReadonlyArray<[string, string]>) => {
  for (const [k, v] of pairs) params.append(k, v);
  return params.toString();
};

/** The result of one person of the family (the check's result URL, the family so far after it). */
export function resultHref(locale: string, answers: Partial<PartialAnswers>, family: readonly Person[]): string {
  return `/${locale}/check/result?${withPairs(answersToSearchParams(answers), familyPairs(family))}`;
}

/** Whether there is room for one more person after this one (the household holds MAX_PEOPLE). */
export const roomForNext = (family: readonly Person[]) => family.length + 1 < MAX_PEOPLE;

/**
 * Quick entry for the next person: the place and hukou of the person just done (and the helper's
 * voice: the next person is someone else), and the family with this person added.
 */
export function nextPersonHref(locale: string, answers: Partial<PartialAnswers>, family: readonly Person[]): string {
  const params = answersToSearchParams({ who: 'helper', ...(answers.region ? { region: answers.region } : {}), ...(answers.hukou ? { hukou: answers.hukou } : {}) });
  return `/${locale}/check/all?${withPairs(params, familyPairs([...family, { label: null, answers }]))}`;
}

/** The household sheet with everyone: the family so far and, when given, the person just done. */
export function familyHref(locale: string, family: readonly Person[], last?: Partial<PartialAnswers>): string {
  return `/${locale}/household?${householdToSearchParams(last ? [...family, { label: null, answers: last }] : family).toString()}`;
}

/**
 * The result's links back into the check when a family rides along (a result reached from quick
 * entry at a counter): "change answers" opens quick entry with this person's answers filled in and
 * the family kept, and "start again" opens quick entry empty for this person (in the helper's voice)
 * with the family kept — at a counter "start again" means the person in front of the helper, and
 * losing the people done before to one tap would be the worse mistake; quick entry's own "back to
 * the check" and the header leave the family. An incomplete result link goes to quick entry too.
 * Null with no family: the result's links are the check's own.
 */
export function counterLinks(locale: string, answers: Partial<PartialAnswers>, family: readonly Person[]): { change: string; restart: string } | null {
  if (family.length === 0) return null;
  const quick = (a: Partial<PartialAnswers>) => `/${locale}/check/all?${withPairs(answersToSearchParams(a), familyPairs(family))}`;
  return { change: quick(answers), restart: quick({ who: 'helper' }) };
}
