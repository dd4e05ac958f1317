/**
 * The wizard's URLs. The answers travel in the query string (the versioned link format of
 * lib/rules/url.ts); two control parameters ride along and are never part of the answers:
 *   go=1         the question form was submitted (no-JS path: the server checks and moves on)
 *   ret=answers  the question was opened from "Check your answers" and returns there
 *   n=key~reason,…  notices carried over when a summary or result link was incomplete and the
 *                person was sent to the first question still needing an answer
 * Pure functions, used by the server pages.
 */
import { ANSWER_FIELDS, conflicts, type AnswerField, type PartialAnswers, QUESTIONS, nextQuestion, withImplied, type QuestionId, DROP_REASONS, URL_PARAMS, answersToSearchParams, type Dropped } from '@/lib/rules';

export const CONTROL_PARAMS = ['go', 'ret', 'n'] as const;
export type Step = QuestionId | 'answers' | 'result';
type SP = Record<string, string | string[] | undefined>;

const NOTICE_KEY = /^[A-Za-z0-9_.-]{1,24}$/;

/** Notices as a compact control parameter value (only plain keys and known reasons survive). */
export function encodeNotices(dropped: Dropped[]): string {
  return dropped.filter((d) => NOTICE_KEY.test(d.key)).slice(0, 12).map((d) => `${d.key}~${d.reason}`).join(',');
}

export function decodeNotices(value: string | string[] | undefined): Dropped[] {
  const text = (Array.isArray(value) ? value[0] : value) ?? '';
  return text.split(',').slice(0, 12).flatMap((part) => {
    const [key = '', reason = ''] = part.split('~');
    return NOTICE_KEY.test(key) && (DROP_REASONS as readonly string[]).includes(reason) ? [{ key, reason: reason as Dropped['reason'] }] : [];
  });
}

/** The first question still needing an answer, carrying the notices for what was dropped. */
export function firstMissingHref(locale: string, answers: Partial<PartialAnswers>, dropped: Dropped[]): string {
  const next = nextQuestion(answers);
  const href = stepHref(locale, next === 'summary' ? 'who' : next, answers);
  const notices = encodeNotices(dropped);
  return notices ? `${href}&n=${encodeURIComponent(notices)}` : href;
}

export function splitControl(sp: SP): { answerParams: SP; submitted: boolean; returnToAnswers: boolean } {
  // No prototype, so that keys like `__proto__` stay ordinary keys (and get reported as unknown).
  const answerParams: SP = Object.create(null);
  for (const key of Object.keys(sp)) {
    if ((CONTROL_PARAMS as readonly string[]).includes(key)) continue;
    Object.defineProperty(answerParams, key, { value: Object.getOwnPropertyDescriptor(sp, key)?.value, enumerable: true, writable: true });
  }
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return { answerParams, submitted: one(sp.go) === '1', returnToAnswers: one(sp.ret) === 'answers' };
}

export function stepPath(locale: string, step: Step): string {
  return `/${locale}/check/${step}`;
}

export function stepHref(locale: string, step: Step, answers: Partial<PartialAnswers>, opts: { ret?: boolean } = {}): string {
  const params = answersToSearchParams(answers);
  if (opts.ret && step !== 'answers' && step !== 'result') params.set('ret', 'answers');
  return `${stepPath(locale, step)}?${params.toString()}`;
}

/**
 * After an answer changes, forget answers that no longer apply: those of questions that became
 * irrelevant and those that now contradict it. The flow then asks them again where needed. Answers
 * the flow implies (a baby's situation) are set to what it implies.
 */
export function settle(answers: Partial<PartialAnswers>, changed?: AnswerField): Partial<PartialAnswers> {
  const out: Record<string, unknown> = withImplied({ ...answers }, { override: true });
  for (let guard = 0; guard < ANSWER_FIELDS.length; guard++) {
    const relevantFields = new Set(QUESTIONS.filter((q) => q.isRelevant(out)).map((q) => q.field));
    const stale = ANSWER_FIELDS.find((f) => out[f] !== undefined && !relevantFields.has(f));
    const conflict = conflicts(out).find((c) => c.path !== changed) ?? conflicts(out)[0];
    const drop = stale ?? conflict?.path;
    if (!drop) break;
    delete out[drop];
  }
  return out as Partial<PartialAnswers>;
}

/** Where to go once `answers` (with the just-answered field) are known. */
export function afterAnswer(locale: string, answers: Partial<PartialAnswers>, changed: AnswerField, returnToAnswers: boolean): string {
  const settled = settle(answers, changed);
  const next = nextQuestion(settled);
  if (next === 'summary') return stepHref(locale, 'answers', settled);
  return stepHref(locale, next, settled, { ret: returnToAnswers });
}

export function paramFor(field: AnswerField): string {
  return URL_PARAMS[field];
}
