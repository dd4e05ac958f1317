/**
 * Regional resident-scheme individual contributions (and subsidies where sourced) by local group
 * and benefit year. Confidence C years are shown as "reported, unverified", never as figures
 * (the engine does not state them either); missing years read "not published".
 */
import type { SourcedRegion } from '@/lib/rules';
import { regionalAmounts, type AmountRow, type ContributionLabel, type RegionalAmounts } from '@/lib/rules/parameters/regional-amounts';
import { isUnknown, valueForYear, type Resolved } from '@/lib/rules/parameters/types';
import { Caption, Conf, DASH, NotPublished, SOURCED_REGIONS, SourceLines, TableWrap, Unverified, figureContext, oneOf, yearOf, type Fig } from './shared';

type Column = { year: number; r: Resolved<RegionalAmounts> };

function Amount({ fig, row }: { fig: Fig; row: AmountRow }) {
  const list = row.tiersYuan.map(fig.yuan).join(' / ');
  return (
    <>
      <span data-amount="">{row.tiersYuan.length > 1 ? fig.t('contribution.tiers', { list }) : list}</span>
      {row.subsidyYuan !== undefined && <span className="block text-ink-muted" data-subsidy="">{fig.t('contribution.subsidy', { amount: fig.yuan(row.subsidyYuan) })}</span>}
    </>
  );
}

function Cell({ fig, col, label }: { fig: Fig; col: Column; label: ContributionLabel }) {
  if (isUnknown(col.r.value)) return <td><NotPublished fig={fig} /></td>;
  if (col.r.confidence === 'C') return <td><Unverified fig={fig} /></td>;
  const row = col.r.value.rows.find((x) => x.label === label);
  return <td>{row ? <Amount fig={fig} row={row} /> : DASH}</td>;
}

/** Local group name without the leading "北京：" / "Beijing: " (the caption names the place). */
const groupName = (fig: Fig, label: ContributionLabel) => fig.w(`contributionLabels.${label}`).replace(/^[^：:]+[：:]\s*/, '');

function RegionTable({ fig, region }: { fig: Fig; region: SourcedRegion }) {
  const { t } = fig;
  const p = regionalAmounts[region];
  const cols: Column[] = p.values
    .map((v) => yearOf(v.from))
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const r = valueForYear(p, year);
      return r ? [{ year, r }] : [];
    });
  const labels = [...new Set(cols.flatMap((c) => (isUnknown(c.r.value) ? [] : c.r.value.rows.map((x) => x.label))))];
  const year = (y: number) => t('year', { year: String(y) });
  return (
    <>
      <TableWrap name={`contribution-${region}`}>
        <Caption>{t('contribution.caption', { region: fig.region(region) })}</Caption>
        <thead>
          <tr>
            <th scope="col">{t('contribution.group')}</th>
            {cols.map((c) => (
              <th scope="col" key={c.year} data-year={c.year}>
                {year(c.year)}
                {!isUnknown(c.r.value) && <Conf fig={fig} level={c.r.confidence} />}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label) => (
            <tr key={label} data-label={label}>
              <th scope="row">{groupName(fig, label)}</th>
              {cols.map((c) => <Cell key={c.year} fig={fig} col={c} label={label} />)}
            </tr>
          ))}
        </tbody>
      </TableWrap>
      <SourceLines fig={fig} entries={cols.filter((c) => !isUnknown(c.r.value)).map((c) => ({ label: year(c.year), ...c.r }))} />
    </>
  );
}

export async function ContributionTable({ region }: { region?: string }) {
  const regions = region === undefined ? SOURCED_REGIONS : [oneOf('ContributionTable', 'region', region, SOURCED_REGIONS)];
  const fig = await figureContext();
  return <>{regions.map((r) => <RegionTable key={r} fig={fig} region={r} />)}</>;
}
