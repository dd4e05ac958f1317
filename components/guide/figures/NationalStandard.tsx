/** National minimum resident-scheme contribution and subsidy by benefit year (F3.1–F3.7). */
import { nationalResidentIndividual, nationalResidentSubsidy } from '@/lib/rules/parameters/national';
import { isUnknown, valueForYear, type Parameter, type Resolved } from '@/lib/rules/parameters/types';
import { Caption, Conf, DASH, NotPublished, SourceLines, TableWrap, figureContext, yearOf, type Fig, type Provenance } from './shared';

function Cell({ fig, r }: { fig: Fig; r: Resolved<number> | null }) {
  if (!r) return <td>{DASH}</td>;
  if (isUnknown(r.value)) return <td><NotPublished fig={fig} /></td>;
  return <td>{fig.yuan(r.value)}<Conf fig={fig} level={r.confidence} /></td>;
}

export async function NationalStandard() {
  const fig = await figureContext();
  const { t } = fig;
  const params: Array<[Parameter<number>, string]> = [
    [nationalResidentIndividual, t('national.individual')],
    [nationalResidentSubsidy, t('national.subsidy')],
  ];
  const years = [...new Set(params.flatMap(([p]) => p.values.map((v) => yearOf(v.from))))].sort((a, b) => a - b);
  const provenance: Provenance[] = [];
  for (const y of years) {
    for (const [p, label] of params) {
      const r = valueForYear(p, y);
      if (r && !isUnknown(r.value)) provenance.push({ label: `${t('year', { year: String(y) })} ${label}`, ...r });
    }
  }
  const lastKnown = [...years].reverse().find((y) => {
    const r = valueForYear(nationalResidentIndividual, y);
    return r && !isUnknown(r.value);
  });
  return (
    <>
      <TableWrap name="national-standard">
        <Caption>{t('national.caption')}</Caption>
        <thead>
          <tr>
            <th scope="col">{t('benefitYear')}</th>
            <th scope="col">{t('national.standard')}</th>
            {params.map(([p, label]) => <th scope="col" key={p.id}>{label}</th>)}
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y} data-year={y}>
              <th scope="row">{t('year', { year: String(y) })}</th>
              <td>{t('national.standardName', { year: String(y - 1) })}</td>
              {params.map(([p]) => <Cell key={p.id} fig={fig} r={valueForYear(p, y)} />)}
            </tr>
          ))}
        </tbody>
      </TableWrap>
      <SourceLines fig={fig} entries={provenance} />
      {lastKnown !== undefined && <p className="text-base">{t('national.mapping', { standard: String(lastKnown - 1), benefit: String(lastKnown) })}</p>}
    </>
  );
}
