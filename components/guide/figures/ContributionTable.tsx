/**
 * Regional resident-scheme individual contributions (and subsidies where sourced) by local group,
 * for the season being collected and the one before (older seasons are left out). A year whose
 * figures are not in our sources reads "本站尚未收录"; a confidence C year reads "reported, check
 * locally" and never shows its figures: `statable()` withholds a C amount, as in the result.
 */
import { type SourcedRegion, regionalAmounts, type AmountRow, type ContributionLabel, type RegionalAmounts, isUnknown, valueForYear, type Resolved, statable } from '@/lib/rules';
import { shownYears } from '@/lib/content/season';
import { Caption, Conf, FigureFoot, RowTh, SOURCED_REGIONS, TableWrap, Td, figureContext, oneOf, type Fig, type Provenance } from './shared';

type Known = Resolved<RegionalAmounts> & { value: RegionalAmounts };
type Year = { year: number; r: Resolved<RegionalAmounts> | null };

function years(region: SourcedRegion, asOf: string): Year[] {
  return shownYears(asOf).map((year) => ({ year, r: valueForYear(regionalAmounts[region], year) }));
}

const stated = (y: Year): y is { year: number; r: Known } => y.r !== null && !isUnknown(y.r.value) && statable(y.r) === 'state';
const reported = (y: Year) => y.r !== null && !isUnknown(y.r.value) && statable(y.r) !== 'state';

/** The sources behind what the table shows on `asOf` (stated and "reported" years). */
export function contributionProvenance({ region }: { region?: string }, asOf: string): Provenance[] {
  const regions = region === undefined ? SOURCED_REGIONS : [oneOf('ContributionTable', 'region', region, SOURCED_REGIONS)];
  return regions.flatMap((r) => years(r, asOf).flatMap((y) => (y.r && !isUnknown(y.r.value) ? [y.r] : [])));
}

function Amount({ fig, row }: { fig: Fig; row: AmountRow }) {
  const list = row.tiersYuan.map(fig.yuan).join(' / ');
  return (
    <>
      <span data-amount="">{row.tiersYuan.length > 1 ? fig.t('contribution.tiers', { list }) : list}</span>
      {row.subsidyYuan !== undefined && <span className="block text-ink-muted" data-subsidy="">{fig.t('contribution.subsidy', { amount: fig.yuan(row.subsidyYuan) })}</span>}
    </>
  );
}

/** Local group name without the leading "北京：" / "Beijing: " (the caption names the place). */
const groupName = (fig: Fig, label: ContributionLabel) => fig.w(`contributionLabels.${label}`).replace(/^[^：:]+[：:]\s*/, '');

function RegionFigures({ fig, region }: { fig: Fig; region: SourcedRegion }) {
  const { t } = fig;
  const ys = years(region, fig.asOf);
  const cols = ys.filter(stated);
  const place = fig.region(region);
  // Years without a figure we can state, said once in a line instead of a column of blanks.
  const missing = ys.filter((y) => !stated(y));
  const missingLine = missing.length > 0 && (
    <p className="figure-gaps" data-gaps={region}>
      {missing.map((y, i) => (
        <span key={y.year} data-year={y.year}>
          {i > 0 && fig.semi}
          {fig.year(y.year)}{fig.colon}
          {reported(y) ? <em className="text-warn" data-unverified="">{t('unverified')}</em> : <span data-not-published="">{t('notPublished')}</span>}
        </span>
      ))}
    </p>
  );
  if (cols.length === 0) {
    return (
      <div className="my-4" data-figure={`contribution-${region}`}>
        <p className="!mb-1 font-bold">{t('contribution.caption', { region: place })}</p>
        {missingLine}
      </div>
    );
  }
  const labels = [...new Set(cols.flatMap((c) => c.r.value.rows.map((x) => x.label)))];
  return (
    <div data-figure={`contribution-${region}`}>
      <TableWrap name={`contribution-${region}-table`}>
        <Caption>{t('contribution.caption', { region: place })}</Caption>
        <thead>
          <tr>
            <th scope="col">{t('contribution.group')}</th>
            {cols.map((c) => <th scope="col" key={c.year} data-year={c.year}>{fig.year(c.year)}</th>)}
          </tr>
        </thead>
        <tbody>
          {labels.map((label) => (
            <tr key={label} data-label={label}>
              <RowTh>{groupName(fig, label)}</RowTh>
              {cols.map((c) => {
                const row = c.r.value.rows.find((x) => x.label === label);
                return (
                  <Td key={c.year} label={fig.year(c.year)} data-year={c.year}>
                    {row ? <><Amount fig={fig} row={row} /><Conf fig={fig} level={c.r.confidence} /></> : '—'}
                  </Td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </TableWrap>
      {missingLine}
    </div>
  );
}

export async function ContributionTable({ region }: { region?: string }) {
  const regions = region === undefined ? SOURCED_REGIONS : [oneOf('ContributionTable', 'region', region, SOURCED_REGIONS)];
  const fig = await figureContext();
  return (
    <div data-figure-group="contributions">
      {regions.map((r) => <RegionFigures key={r} fig={fig} region={r} />)}
      <FigureFoot fig={fig} entries={contributionProvenance({ region }, fig.asOf)}>
        <p>{fig.t('contribution.note')}</p>
      </FigureFoot>
    </div>
  );
}
