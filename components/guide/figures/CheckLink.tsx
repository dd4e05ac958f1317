/** A button-like link into the wizard with some answers already filled in. */
import type { ReactNode } from 'react';
import { COVERAGES, HUKOUS, SITUATIONS, nextQuestion, type PartialAnswers } from '@/lib/rules';
import { siteUrl } from '@/lib/site';
import { stepHref } from '@/lib/wizard/steps';
import { figureContext, oneOf } from './shared';

type Props = { situation?: string; hukou?: string; coverage?: string; children?: ReactNode };

export function checkAnswers({ situation, hukou, coverage }: Omit<Props, 'children'>): Partial<PartialAnswers> {
  const answers: Partial<PartialAnswers> = {};
  if (situation !== undefined) answers.situation = oneOf('CheckLink', 'situation', situation, SITUATIONS);
  if (hukou !== undefined) answers.hukou = oneOf('CheckLink', 'hukou', hukou, HUKOUS);
  if (coverage !== undefined) answers.coverage = oneOf('CheckLink', 'coverage', coverage, COVERAGES);
  return answers;
}

export async function CheckLink({ children, ...props }: Props) {
  const answers = checkAnswers(props);
  const fig = await figureContext();
  const next = nextQuestion(answers);
  const href = stepHref(fig.locale, next === 'summary' ? 'answers' : next, answers);
  return (
    <a
      href={href}
      data-print-href={`${siteUrl}${href}`}
      data-check-link=""
      className="my-1 inline-block rounded-md bg-brand px-4 py-2 font-bold text-white no-underline hover:bg-brand-dark hover:text-white"
    >
      {children ?? fig.t('check.default')}
      <span aria-hidden="true"> →</span>
    </a>
  );
}
