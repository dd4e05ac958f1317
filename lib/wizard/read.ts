import { isAsked, parseAnswersFromSearchParams, nextQuestion, question as questionById, QUESTION_IDS, withImplied, type QuestionId, type PartialAnswers } from '@/lib/rules';
import { decodeNotices, splitControl } from './steps';

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The one reading of a link's answers (v=1), for the pages and the API (lib/api/evaluate.ts): the
 * link parser, then an answer the flow implies and the link leaves out (a baby's situation, from
 * a=0) is filled in; one the link gives stays as it is. Never throws.
 */
export function readLinkAnswers(params: Parameters<typeof parseAnswersFromSearchParams>[0]): { answers: Partial<PartialAnswers>; dropped: ReturnType<typeof parseAnswersFromSearchParams>['dropped'] } {
  const parsed = parseAnswersFromSearchParams(params);
  return { answers: withImplied(parsed.answers), dropped: parsed.dropped };
}

/** Reads the wizard's state from a request's query string. Never throws. */
export function readWizard(sp: SearchParams) {
  const { answerParams, submitted, returnToAnswers } = splitControl(sp);
  const parsed = readLinkAnswers(answerParams);
  // Notices carried over from an incomplete summary or result link come first.
  const dropped = [...decodeNotices(sp.n), ...parsed.dropped];
  return { answers: parsed.answers, dropped, submitted, returnToAnswers, answerParams };
}

export function asList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/**
 * The question to show when the person asked for `requested`: itself if it applies and every
 * earlier question is answered, otherwise the first question that still needs an answer.
 */
export function questionToShow(requested: QuestionId, answers: Partial<PartialAnswers>): QuestionId {
  const first = nextQuestion(answers);
  const q = questionById(requested);
  if (!isAsked(q, answers)) return first === 'summary' ? requested : first;
  if (first !== 'summary' && QUESTION_IDS.indexOf(first) < QUESTION_IDS.indexOf(requested)) return first;
  return requested;
}
