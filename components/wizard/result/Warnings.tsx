import type { Outcome, Warning } from '@/lib/rules';
import type { Ctx } from '@/lib/result/context';
import { Recommendation } from './Comparison';
import { WithPhones } from '@/components/ui/Phones';
import { Section } from './Section';
import { SourceRef } from '@/components/sources/SourceRef';

/** How many warnings show in full; the rest are folded with the reasons. */
export const VISIBLE_WARNINGS = 3;

/**
 * Warnings that ask the person to confirm something locally, or where our sources disagree.
 * The printed sheet keeps these even when they are folded on screen: the clerk is who can answer them.
 */
const CONFIRM_LOCALLY = /-local$|-unverified$|-conflict$|-reading-differs$|-confirm-locally$/;
export const isConfirmLocally = (id: string) => CONFIRM_LOCALLY.test(id);

function WarningItem({ ctx: { w }, warning }: { ctx: Ctx; warning: Warning }) {
  return (
    <li className="rounded-md border-l-8 border-warn bg-warn-light px-4 py-2" data-warning={warning.id}>
      <WithPhones text={w(`warnings.${warning.id}`, warning.params)} />
    </li>
  );
}

/** The most important warnings (the engine sorts them), at most three. */
export function Warnings({ ctx, outcome }: { ctx: Ctx; outcome: Outcome }) {
  const top = outcome.warnings.slice(0, VISIBLE_WARNINGS);
  const flags = outcome.warnings.slice(VISIBLE_WARNINGS).filter((x) => isConfirmLocally(x.id));
  if (top.length === 0) return null;
  return (
    <Section id="warnings" title={ctx.t('sections.warnings')}>
      <ul className="space-y-3">
        {top.map((x) => <WarningItem key={x.id} ctx={ctx} warning={x} />)}
      </ul>
      {flags.length > 0 && (
        // On paper only: on screen these are in "why" below.
        <div className="hidden print:block" data-print-flags>
          <h3 className="mt-3 text-xl">{ctx.t('print.flags')}</h3>
          <ul className="list-disc pl-6">
            {flags.map((x) => <li key={x.id}><WithPhones text={ctx.w(`warnings.${x.id}`, x.params)} /></li>)}
          </ul>
        </div>
      )}
    </Section>
  );
}

/** Why: the other warnings, the reasons with their sources, confidence and fact IDs; folded, opens without JS. */
export function Why({ ctx, outcome, single }: { ctx: Ctx; outcome: Outcome; single: boolean }) {
  const { t, w, d, conf } = ctx;
  const rest = outcome.warnings.slice(VISIBLE_WARNINGS);
  return (
    <Section id="why" title={t('sections.why')} print={false}>
      {single && <div className="mb-4"><Recommendation ctx={ctx} outcome={outcome} single /></div>}
      <details className="rounded-md border-2 border-gray-400">
        <summary className="min-h-12 cursor-pointer px-4 py-3 font-semibold">
          {rest.length > 0 ? t('why.summaryWithWarnings', { count: rest.length }) : t('why.summary')}
        </summary>
        <div className="space-y-6 px-4 pb-4">
          {rest.length > 0 && (
            <div>
              <h3 className="text-xl">{t('why.moreWarnings')}</h3>
              <ul className="mt-2 space-y-3">{rest.map((x) => <WarningItem key={x.id} ctx={ctx} warning={x} />)}</ul>
            </div>
          )}
          <div>
            <h3 className="text-xl">{t('why.reasons')}</h3>
            <ol className="mt-2 list-decimal space-y-4 pl-6">
              {outcome.reasons.map((r, i) => (
                <li key={`${r.id}-${i}`} data-reason={r.id}>
                  <p>{w(`reasons.${r.id}`)}</p>
                  <p className="text-base text-ink-muted">
                    {r.sources.slice(0, 2).map((s, j) => (
                      <span key={s.id}>
                        {j > 0 && (ctx.locale === 'en' ? '; ' : '；')}
                        {t('source')}: <SourceRef source={s} locale={ctx.locale} t={ctx.st} />
                      </span>
                    ))}
                    {' · '}{conf(r.confidence)}
                    {' · '}{t('facts')}: {r.facts.join(', ')}
                    {r.effectiveFrom && <> · {t('effectiveFrom', { date: d(r.effectiveFrom) })}</>}
                  </p>
                </li>
              ))}
            </ol>
          </div>
          <div className="text-base">
            <h3 className="text-lg">{t('why.legend')}</h3>
            <ul className="mt-1 list-disc pl-6">
              {(['A', 'B', 'C'] as const).map((c) => <li key={c}>{conf(c)}: {w(`confidence.${c}`)}</li>)}
            </ul>
            <p className="mt-2"><a href={`/${ctx.locale}/sources`} className="inline-flex min-h-12 items-center" data-why-link="sources">{t('why.rulesLink')}</a></p>
          </div>
        </div>
      </details>
    </Section>
  );
}
