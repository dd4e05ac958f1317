import { Answers, evaluate, nextQuestion, type Outcome, type PartialAnswers } from '@/lib/rules';

/** Evaluates complete answers on `asOf` (the page's today in China, or the API's asOf); null if the answers are not complete. */
export function outcomeFor(answers: Partial<PartialAnswers>, asOf: string): { outcome: Outcome; answers: Answers } | null {
  if (nextQuestion(answers) !== 'summary') return null;
  const parsed = Answers.safeParse(answers);
  if (!parsed.success) return null;
  return { outcome: evaluate(parsed.data, { asOf }), answers: parsed.data };
}
