import { question as questionById, type Dropped, type PartialAnswers, type QuestionId } from '@/lib/rules';
import { asList, questionToShow, readWizard, type SearchParams } from './read';
import { afterAnswer, paramFor } from './steps';
import { validateField, type FieldError } from './validate';

/** What a question page shows, worked out from its URL alone. */
export type QuestionPage =
  | { kind: 'redirect'; href: string }
  | {
      kind: 'question';
      /** The question to show: the one asked for, or the first that still needs an answer. */
      id: QuestionId;
      answers: Partial<PartialAnswers>;
      notices: Dropped[];
      returnToAnswers: boolean;
      /** The server's finding on the answer just sent (`go=1`), or null. */
      error: FieldError | null;
      /**
       * What to show as chosen or typed: the answer just sent when it has an error (so nothing typed
       * is lost), otherwise the answer the URL holds (so Change, Back and refresh show it).
       */
      values: string[];
    };

/** The URL's answer to `field` as form values (`g=none` is the "none of these" box). */
function formValues(value: unknown): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.length === 0 ? ['none'] : value.map(String);
  return [String(value)];
}

/**
 * The one path of a question page: read the answers from the query string; if the form was sent
 * (`go=1`), check the answer with the rules' schema and go on, or show the question again with the
 * error and what was sent. Called by the page and by its metadata (the "错误：" title), so both see
 * the same thing.
 */
export function questionPage(locale: string, step: QuestionId, searchParams: SearchParams): QuestionPage {
  const { answers, dropped, submitted, returnToAnswers, answerParams } = readWizard(searchParams);
  if (submitted) {
    const q = questionById(step);
    const name = paramFor(q.field);
    const others: Partial<PartialAnswers> = { ...answers };
    delete others[q.field];
    const sent = asList(answerParams[name]);
    const result = validateField(q, sent, others);
    if (result.ok) return { kind: 'redirect', href: afterAnswer(locale, { ...others, [q.field]: result.value }, q.field, returnToAnswers) };
    // The answer just sent is reported by the error, not again as a dropped link parameter.
    return { kind: 'question', id: step, answers: others, notices: dropped.filter((d) => d.key !== name), returnToAnswers, error: result.error, values: sent };
  }
  const id = questionToShow(step, answers);
  return { kind: 'question', id, answers, notices: dropped, returnToAnswers, error: null, values: formValues(answers[questionById(id).field]) };
}
