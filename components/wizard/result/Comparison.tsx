import { statable, FEATURES, type Option, type Outcome } from '@/lib/rules';
import type { Ctx } from '@/lib/result/context';
import { SeasonNote, seasonApplies } from '@/lib/result/season';
import { CostText, GroupSubsidies, costPieces, coverText, waitText, windowParts, windowText } from '@/lib/result/words';

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

/** A row of the phone's compact comparison: each option's value as lines of pieces, every piece a text its card prints too. */
export type CompactRow = { key: 'amount' | 'window' | 'wait' | 'cover'; label: string; value: (o: Option) => string[][] };

/**
 * The phone's compact comparison, one row per point a person weighs (what they pay, by when, the
 * wait, when cover starts), read from the same outcome through the same wording functions as the
 * cards and the wide table (`rows`), so a figure never differs between them. The last dates we
 * hold for an unsourced season stay in the full card: here only what to do.
 */
export function compactRows(ctx: Ctx, outcome: Outcome): CompactRow[] {
  const { t } = ctx;
  return [
    { key: 'amount', label: t('compare.rows.amount'), value: (o) => costPieces(ctx, o.contribution, outcome.season?.benefitYear ?? null) },
    { key: 'window', label: t('compare.rows.window'), value: (o) => windowParts(ctx, o.window).filter((p) => p.part === 'main').map((p) => [p.text]) },
    { key: 'wait', label: t('compare.compact.wait'), value: (o) => [[waitText(ctx, o.waitingPeriod)]] },
    { key: 'cover', label: t('compare.compact.cover'), value: (o) => [[coverText(ctx, o.cover, o.waitingPeriod)]] },
  ];
}

/** An option's short name for a narrow column: the scheme and the place, in a few characters. */
function ShortName({ ctx: { t }, option, first }: { ctx: Ctx; option: Option; first: boolean }) {
  return (
    <>
      {first && <><span className="badge inline-block rounded bg-brand px-1.5 text-base font-bold text-white">{t('compare.recommended')}</span> </>}
      <span className="font-bold">{t(`compare.short.scheme.${option.choice.scheme}`)}</span>
      <span className="place block font-normal">{t(`compare.short.place.${option.choice.where}`)}</span>
    </>
  );
}

/**
 * On a phone: the options side by side, one row at a time (the row's name across the table, the
 * options' values under it), so one point can be read across options without scrolling past
 * whole cards. A real table (column headers per option, a row-group header per point).
 */
function CompactTable({ ctx, outcome }: { ctx: Ctx; outcome: Outcome }) {
  const { t } = ctx;
  const options = outcome.options;
  return (
    <div className="compare-compact mb-3 sm:hidden" data-compare="compact">
      <table className="w-full table-fixed border-collapse text-base">
        <caption className="sr-only">{t('compare.compact.caption')}</caption>
        <thead>
          <tr>
            {options.map((o, i) => (
              <th key={i} scope="col" className="border border-gray-400 px-1.5 py-1 text-left align-top" data-option={i}><ShortName ctx={ctx} option={o} first={i === 0} /></th>
            ))}
          </tr>
        </thead>
        {compactRows(ctx, outcome).map((r) => (
          <tbody key={r.key} data-row={r.key}>
            <tr>
              <th scope="rowgroup" colSpan={options.length} className="border border-gray-400 bg-gray-100 px-2 py-1 text-left">{r.label}</th>
            </tr>
            <tr>
              {options.map((o, i) => (
                <td key={i} className="border border-gray-400 px-1.5 py-1 align-top [overflow-wrap:anywhere]" data-option={i}>
                  {r.value(o).map((line, j) => <p key={j} className={j > 0 ? 'mt-1' : undefined} data-piece>{line.map((piece, k) => <span key={k} className={k > 0 ? 'block font-bold' : line.length > 1 ? 'block' : undefined}>{piece}</span>)}</p>)}
                </td>
              ))}
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
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
 * Every real option side by side: a table on wider screens and on paper; on a phone, a compact
 * table of the points that decide (`compactRows`), then one full card per option folded in a
 * <details>. All are in the page (CSS picks), so it reads the same without JavaScript.
 */
export function Comparison({ ctx, outcome }: { ctx: Ctx; outcome: Outcome }) {
  const { t, w } = ctx;
  const options = outcome.options;
  const all = rows(ctx, outcome);
  // Each cell worked out once, for the wide table and the phone's cards alike.
  const cells = all.map((r) => options.map((o) => r.cell(o)));
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
      {/* On a phone the compact table comes before the season's note: each of its cells already says what is not in our sources. */}
      <CompactTable ctx={ctx} outcome={outcome} />
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
            {all.map((r, ri) => (
              <tr key={r.key} data-row={r.key}>
                <th scope="row" className="w-36 border border-gray-400 p-2 text-left align-top">{r.label}</th>
                {options.map((_, i) => <td key={i} className="border border-gray-400 p-2 align-top" data-option={i}>{cells[ri]?.[i]}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="compare-cards mt-4 rounded-md border-2 border-gray-400 sm:hidden">
        <summary className="min-h-12 cursor-pointer px-4 py-3 font-semibold">{t('compare.compact.more')}</summary>
        <div className="space-y-4 px-3 pb-3">
        {options.map((o, i) => (
          <article key={i} aria-labelledby={`option-${i}-title`} className={`rounded-lg border-2 p-4 ${i === 0 ? 'border-brand' : 'border-gray-400'}`} data-option={i}>
            <h3 id={`option-${i}-title`} className="text-lg">{name(o, i)}</h3>
            <dl className="mt-2 space-y-2">
              {all.map((r, ri) => (
                <div key={r.key} data-row={r.key}>
                  <dt className="font-bold">{r.label}</dt>
                  <dd>{cells[ri]?.[i]}</dd>
                </div>
              ))}
            </dl>
          </article>
        ))}
        </div>
      </details>
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
