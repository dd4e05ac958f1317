/**
 * Helper mode is a voice (answers.who, link `w`). Every message the result, the household page and
 * the API format gets the argument `who` ('self' | 'helper'): lib/wizard/words.ts adds it to the
 * rules' words, lib/result/context.ts to the page's own. A sentence about the person
 * says who they are once, with an ICU select, in the locale that needs it:
 *
 *   zh-CN  {who, select, helper {TA} other {你}}已参加居民医保…
 *   en     {who, select, helper {They are} other {You are}} in the resident scheme…
 *
 * In zh-CN the person helped is "TA": gender-neutral, short, and the usual word in public-service
 * apps for acting for someone else ("为TA缴费"); "对方" reads as the other party to a deal, and
 * "被帮助的人" is clumsy. In English, singular "they". The helper is still "你"/"you" where a
 * sentence speaks to the helper as such ("在截止前提醒你"): those messages are listed below, each
 * with why, and nowhere else may a helper-mode result say 你/您/you/your (tests/rules/voice.test.ts
 * holds every helper-mode result of the sweep to it; tests/components checks the pages).
 */

/** The ICU argument that carries the voice; either locale may use it where the other does not need to. */
export const VOICE_ARGUMENT = 'who';

/** Second-person words, per locale: in helper mode these may only speak to the helper. */
export const SECOND_PERSON: Record<'zh-CN' | 'en', RegExp> = {
  'zh-CN': /[你您]/,
  en: /\b(?:you|your|yours|yourself|yourselves)\b/i,
};

/**
 * Messages that speak to the helper as such: their 你/you is the one using the page, never the
 * person helped. Keys are `<namespace>.<path>` ('Check.…', 'Household.…', 'Footer.…', 'rules.…').
 */
export const TO_THE_HELPER: Readonly<Record<string, string>> = {
  'Check.forHelper': 'Says whom the result is for: “the person you are helping”.',
  'Check.share.calendarHint': 'The calendar file reminds whoever downloads it.',
  'Check.share.sensitive': 'The link carries the answer the helper chose; the helper decides whom to send it to.',
  'Check.printHint': 'How the helper prints the page.',
  'Check.changeAnswers': 'The helper gave the answers and may change them.',
  'Household.privacy': 'The household link is shared by the one who made the list.',
};

export function speaksToHelper(key: string): boolean {
  return Object.hasOwn(TO_THE_HELPER, key);
}
