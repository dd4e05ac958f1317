import { Answers, evaluate, nextQuestion, type Outcome, type PartialAnswers } from '@/lib/rules';
import { todayInShanghai } from './today';

/** Evaluates complete answers for today in China; null if the answers are not complete. */
export function outcomeFor(answers: Partial<PartialAnswers>, asOf: string = todayInShanghai()): { outcome: Outcome; answers: Answers } | null {
  if (nextQuestion(answers) !== 'summary') return null;
  const parsed = Answers.safeParse(answers);
  if (!parsed.success) return null;
  return { outcome: evaluate(parsed.data, { asOf }), answers: parsed.data };
}
