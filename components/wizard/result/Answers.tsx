import { DocLink } from '@/components/layout/DocLink';
import { relevantQuestions, type PartialAnswers } from '@/lib/rules';
import { stepHref } from '@/lib/wizard/steps';
import { answerText } from '@/lib/result/answerText';
import type { Ctx } from '@/lib/result/context';
import { Section } from './Section';
import { colonFor } from '@/lib/i18n/punctuation';

/**
 * The answers the result rests on, in words, so a clerk can see what it was worked out from.
 * Short neutral labels ("年龄", "户口"), so the same sheet reads right whoever holds it.
 * "Change answers" goes to the check's answers page, or, at a counter with a family riding along,
 * to quick entry with the family kept (`changeHref`, lib/household/counter.ts).
 */
export function AnswersUsed({ ctx, answers, changeHref }: { ctx: Ctx; answers: Partial<PartialAnswers>; changeHref?: string | undefined }) {
  const { t, w, locale } = ctx;
  const sep = colonFor(locale);
  return (
    <Section id="answers" title={t('sections.answers')}>
      <dl className="answers grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {/* "Who" only sets the wording (docs/link-format.md); the helper line says it already. */}
        {relevantQuestions(answers).filter((id) => id !== 'who').map((id) => (
          <div key={id} data-answer={id}>
            <dt className="inline text-ink-muted">{t(`answerLabels.${id}`)}{sep}</dt>
            <dd className="inline font-semibold">{answerText(id, answers, locale, w, t)}</dd>
          </div>
        ))}
      </dl>
      <p className="no-print mt-3">
        <DocLink href={changeHref ?? stepHref(locale, 'answers', answers)} className="inline-flex min-h-12 items-center" data-change-answers>{t('changeAnswers')}</DocLink>
      </p>
    </Section>
  );
}
