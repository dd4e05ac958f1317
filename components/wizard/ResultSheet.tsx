import { DocLink } from '@/components/layout/DocLink';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import type { Outcome, PartialAnswers } from '@/lib/rules';
import { contextFor } from '@/lib/result/context';
import { Todo } from './result/Todo';
import { Comparison } from './result/Comparison';
import { Channels, Materials, Waiting } from './result/Details';
import { Warnings, Why } from './result/Warnings';
import { AnswersUsed } from './result/Answers';
import { Share } from './result/Share';
import { Section } from './result/Section';

/** A guide the result links to. */
export type GuideLink = { slug: string; title: string };

/** `counter`: where "change answers" and "start again" go when a family rides along (lib/household/counter.ts). */
export type ResultProps = { locale: Locale; outcome: Outcome; answers: Partial<PartialAnswers>; resultUrl: string; reminderHref: string | null; counter?: { change: string; restart: string } | null };

/**
 * The result: a to-do list first (what to join, next steps, by when, what it costs), then the
 * options side by side, the documents, where to pay, the waiting period, warnings, and why.
 * Server-rendered and complete without JavaScript; prints as a one- or two-page A4 sheet.
 * Synchronous, and reads no file (the Pages Router renders it, pages/[locale]/check/result.tsx, and
 * bundles what it imports for a browser too): `qr` is the SVG of qrCodeSvg(resultUrl), `guides`
 * resultGuides(outcome, answers, locale) (ResultView.tsx).
 */
export function ResultSheet({ locale, outcome, answers, resultUrl, reminderHref, counter, qr, guides }: ResultProps & { qr: string; guides: readonly GuideLink[] }) {
  const ctx = contextFor(locale, answers.who ?? 'self', outcome.asOf);
  const { t, d } = ctx;
  const footer = translations({ locale, namespace: 'Footer' });
  const site = translations({ locale, namespace: 'Site' });
  const option = outcome.options[0];
  const several = outcome.options.length > 1;

  return (
    <div className="result max-w-3xl">
      <header className="result-head">
        <h1 className="text-2xl sm:text-4xl">{t('resultTitle')}</h1>
        <p className="text-base text-ink-muted print:hidden">{t('asOf', { date: d(outcome.asOf) })}</p>
        <p className="hidden print:block">{site('name')} · {t('print.asOf', { date: d(outcome.asOf) })}</p>
        {answers.who === 'helper' && (
          <>
            <p className="text-base font-semibold print:hidden">{t('forHelper')}</p>
            <p className="hidden print:block" data-print-name>{t('print.for')} {t('print.name')}</p>
          </>
        )}
      </header>

      <Todo ctx={ctx} outcome={outcome} reminderHref={reminderHref} />
      {several && <Comparison ctx={ctx} outcome={outcome} />}
      {option && option.materials.length > 0 && <Materials ctx={ctx} option={option} />}
      {option && <Channels ctx={ctx} option={option} />}
      {option && <Waiting ctx={ctx} option={option} />}
      <Warnings ctx={ctx} outcome={outcome} />
      <Why ctx={ctx} outcome={outcome} single={!several} />
      <AnswersUsed ctx={ctx} answers={answers} changeHref={counter?.change} />

      {guides.length > 0 && (
        <Section id="guides" title={t('sections.guides')} print={false}>
          <ul className="list-disc pl-6">
            {guides.map((g) => (
              <li key={g.slug}><DocLink href={`/${locale}/guides/${g.slug}`} className="inline-flex min-h-12 items-center">{g.title}</DocLink></li>
            ))}
          </ul>
        </Section>
      )}

      <Share ctx={ctx} resultUrl={resultUrl} qr={qr} groups={answers.groups ?? []} restartHref={counter?.restart} />
      <p className="not-gov hidden print:block">{footer('disclaimer')}</p>
    </div>
  );
}
