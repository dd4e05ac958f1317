import { statable, FEATURES, type Option, type Outcome } from '@/lib/rules';
import type { Ctx } from '@/lib/result/context';
import { SeasonNote, seasonApplies } from '@/lib/result/season';
import { CostText, GroupSubsidies, coverText, waitText, windowText } from '@/lib/result/words';

type Row = { key: string; label: string; cell: (o: Option) => React.ReactNode };

/** One scheme feature of an option (cost basis, rhythm, personal account, years), or "does not apply". */
function FeatureCell({ ctx: { t, w }, option, id }: { ctx: Ctx; option: Option; id: (typeof FEATURES)[number] }) {
  const f = option.features.find((x) => x.id === id);
  if (!f) return <>{t('compare.notApplicable')}</>;
  return <>{w(`featureValues.${f.value}`)}{statable({ confidence: f.confidence, unit: 'features' }) === 'hedge' && <> ({t('compare.unverified')})</>}</>;
}

function rows(ctx: Ctx, outcome: Outcome): Row[] {
  const { t, w } = ctx;
  return [
    { key: 'amount', label: t('compare.rows.amount'), cell: (o) => <CostText ctx={ctx} c={o.contribution} fallbackYear={outcome.season?.benefitYear ?? null} groups={false} /> },
    ...FEATURES.map((id) => ({ key: id, label: w(`features.${id}`), cell: (o: Option) => <FeatureCell ctx={ctx} option={o} id={id} /> })),
    { key: 'window', label: t('compare.rows.window'), cell: (o) => windowText(ctx, o.window) },
    { key: 'wait', label: t('compare.rows.wait'), cell: (o) => <>{waitText(ctx, o.waitingPeriod)}<br />{coverText(ctx, o.cover, o.waitingPeriod)}</> },
    { key: 'channels', label: t('compare.rows.channels'), cell: (o) => (o.channels.length > 0 ? ctx.list(o.channels.map((c) => w(`channels.${c}`))) : t('compare.notApplicable')) },
    { key: 'materials', label: t('compare.rows.materials'), cell: (o) => ctx.list(o.materials.map((m) => w(`materials.${m}`))) },
  ];
}

/** Why the first option is recommended, and what would change that. */
export function Recommendation({ ctx, outcome, single = false }: { ctx: Ctx; outcome: Outcome; single?: boolean }) {
  const { t, w } = ctx;
  const { because, wouldChange } = outcome.recommendation;
  return (
    <div className="space-y-3" data-recommendation>
      {because.length > 0 && (
        <div>
          {/* With one option the section title already says "why". */}
          {!single && <h3 className="text-xl">{t('compare.because')}</h3>}
          <ul className="mt-1 list-disc space-y-1 pl-6">{because.map((id) => <li key={id}>{w(`reasons.${id}`)}</li>)}</ul>
        </div>
      )}
      {wouldChange.length > 0 && (
        <div>
          <h3 className="text-xl">{t('compare.wouldChange')}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">{wouldChange.map((id) => <li key={id}>{w(`changes.${id}`)}</li>)}</ul>
        </div>
      )}
    </div>
  );
}

/**
 * Every real option side by side: a table on wider screens and on paper, one card per option on a
 * phone. Both are in the page (CSS picks one), so it reads the same without JavaScript.
 */
export function Comparison({ ctx, outcome }: { ctx: Ctx; outcome: Outcome }) {
  const { t, w } = ctx;
  const options = outcome.options;
  const all = rows(ctx, outcome);
  const name = (o: Option, i: number) => (
    <>
      {i === 0 && <span className="badge mb-1 inline-block rounded bg-brand px-2 text-base font-bold text-white">{t('compare.recommended')}</span>}
      <span className="block font-bold">{w(`groups.${o.choice.group}`)}</span>
      <span className="place block font-normal">{w(`places.${o.choice.where}`)}</span>
    </>
  );
  // The same special-group subsidies apply to every resident option: said once, under the table.
  const subsidies = [...new Map(options.flatMap((o) => o.contribution.specialGroupSubsidy).map((x) => [x.group, x])).values()];
  const seasonIndex = options.findIndex((_, i) => i > 0 && seasonApplies(outcome, i));
  return (
    <section aria-labelledby="compare-title" className="mt-10" data-section="compare">
      <h2 id="compare-title" className="mb-3 text-2xl">{t('sections.compare')}</h2>
      <p className="mb-3 font-semibold">{t('compare.onlyOne')}</p>
      {seasonIndex > 0 && !seasonApplies(outcome, 0) && outcome.season && <SeasonNote ctx={ctx} season={outcome.season} />}
      <div className="compare-table hidden sm:block">
        <table className="w-full table-fixed border-collapse text-base">
          <caption className="sr-only">{t('compare.caption')}</caption>
          <thead>
            <tr>
              <td className="w-36 border border-gray-400 bg-gray-100 p-2" />
              {options.map((o, i) => (
                <th key={i} scope="col" className="border border-gray-400 bg-gray-100 p-2 text-left align-top" data-option={i}>{name(o, i)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {all.map((r) => (
              <tr key={r.key} data-row={r.key}>
                <th scope="row" className="w-36 border border-gray-400 p-2 text-left align-top">{r.label}</th>
                {options.map((o, i) => <td key={i} className="border border-gray-400 p-2 align-top" data-option={i}>{r.cell(o)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="compare-cards space-y-4 sm:hidden">
        {options.map((o, i) => (
          <article key={i} aria-labelledby={`option-${i}-title`} className={`rounded-lg border-2 p-4 ${i === 0 ? 'border-brand' : 'border-gray-400'}`} data-option={i}>
            <h3 id={`option-${i}-title`} className="text-lg">{name(o, i)}</h3>
            <dl className="mt-2 space-y-2">
              {all.map((r) => (
                <div key={r.key} data-row={r.key}>
                  <dt className="font-bold">{r.label}</dt>
                  <dd>{r.cell(o)}</dd>
                </div>
              ))}
            </dl>
          </article>
        ))}
      </div>
      {subsidies.length > 0 && (
        <div className="group-subsidies mt-3">
          <p className="font-semibold">{t('compare.groupSubsidies')}</p>
          <GroupSubsidies ctx={ctx} subsidies={subsidies} />
        </div>
      )}
      <div className="recommendation mt-6"><Recommendation ctx={ctx} outcome={outcome} /></div>
    </section>
  );
}
