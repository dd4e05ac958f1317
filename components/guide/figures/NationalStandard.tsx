/**
 * National minimum resident-scheme contribution and subsidy (F3.1–F3.7), for the season being
 * collected and the one before; older seasons are left out.
 */
import { nationalResidentIndividual, nationalResidentSubsidy, isUnknown, valueForYear, type Parameter, type Resolved } from '@/lib/rules';
import { shownYears } from '@/lib/content/season';
import { Caption, Conf, FigureFoot, NotPublished, RowTh, TableWrap, Td, figureContext, type Fig, type Provenance } from './shared';

const PARAMS = [nationalResidentIndividual, nationalResidentSubsidy] as const;

export function nationalProvenance(asOf: string): Provenance[] {
  return shownYears(asOf).flatMap((y) => PARAMS.flatMap((p) => {
    const r = valueForYear(p, y);
    return r && !isUnknown(r.value) ? [r] : [];
  }));
}

function Cell({ fig, r, label }: { fig: Fig; r: Resolved<number> | null; label: string }) {
  if (!r || isUnknown(r.value)) return <Td label={label}><NotPublished fig={fig} /></Td>;
  return <Td label={label}>{fig.yuan(r.value)}<Conf fig={fig} level={r.confidence} /></Td>;
}

export async function NationalStandard() {
  const fig = await figureContext();
  const { t } = fig;
  const years = shownYears(fig.asOf);
  const columns: Array<[Parameter<number>, string]> = [
    [nationalResidentIndividual, t('national.individual')],
    [nationalResidentSubsidy, t('national.subsidy')],
  ];
  return (
    <div data-figure-group="national">
      <TableWrap name="national-standard">
        <Caption>{t('national.caption')}</Caption>
        <thead>
          <tr>
            <th scope="col">{t('benefitYear')}</th>
            {columns.map(([p, label]) => <th scope="col" key={p.id}>{label}</th>)}
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y} data-year={y}>
              <RowTh>{fig.year(y)}</RowTh>
              {columns.map(([p, label]) => <Cell key={p.id} fig={fig} r={valueForYear(p, y)} label={label} />)}
            </tr>
          ))}
        </tbody>
      </TableWrap>
      <FigureFoot fig={fig} entries={nationalProvenance(fig.asOf)}>
        <p>{t('national.mapping', { standard: String((years[1] ?? 0) - 1), benefit: String(years[1]) })}</p>
      </FigureFoot>
    </div>
  );
}
