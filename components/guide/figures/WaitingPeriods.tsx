/**
 * Waiting periods (待遇等待期), every number read from the national parameters.
 * resident (F2.7, F2.9, F3.9, F4.1): fixed months; variable months per lapsed year with the two
 * readings of F2.7 as a range; repair by back-paying; the floor after a long lapse; newborns
 * enrolled within the local period exempt (nothing more: "covered from birth" is one city's rule).
 * employee (F5.3): the rules for moving between areas (转移接续): a short gap back-payable
 * without a wait, a longer one up to the local maximum; a gap in the same place is local.
 */
import type { ReactNode } from 'react';
import { employeeGap, newbornWaitExempt, residentFixedWait, residentVariableWait, isUnknown, valueAt, type Resolved, residentLapseWait } from '@/lib/rules';
import { Caption, Conf, FigureFoot, LATEST, RowTh, TableWrap, Td, figureContext, oneOf, type Fig, type Provenance } from './shared';

const SCHEMES = ['resident', 'employee'] as const;
/** `r` null: a row we state without a parameter (a rule that is local). */
type Row = { key: string; situation: string; wait: ReactNode; r: Resolved<unknown> | null };

export function waitingProvenance({ scheme }: { scheme: string }): Provenance[] {
  const s = oneOf('WaitingPeriods', 'scheme', scheme, SCHEMES);
  const params = s === 'resident' ? [residentFixedWait, residentVariableWait, newbornWaitExempt] : [employeeGap];
  return params.flatMap((p) => {
    const r = valueAt(p as typeof employeeGap, LATEST);
    return r && !isUnknown(r.value) ? [r] : [];
  });
}

function Table({ fig, name, caption, rows, children }: { fig: Fig; name: string; caption: string; rows: Row[]; children?: ReactNode }) {
  const { t } = fig;
  const label = t('wait.wait');
  return (
    <div data-figure-group={name}>
      <TableWrap name={name}>
        <Caption>{caption}</Caption>
        <thead>
          <tr>
            <th scope="col">{t('wait.situation')}</th>
            <th scope="col">{label}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <RowTh>{row.situation}</RowTh>
              <Td label={label}>{row.wait}{row.r && <Conf fig={fig} level={row.r.confidence} />}</Td>
            </tr>
          ))}
        </tbody>
      </TableWrap>
      <FigureFoot fig={fig} entries={rows.flatMap((row) => (row.r ? [row.r] : []))}>{children}</FigureFoot>
    </div>
  );
}

function residentRows(fig: Fig): { rows: Row[]; from: string } | null {
  const { t } = fig;
  const fixedR = valueAt(residentFixedWait, LATEST);
  const varR = valueAt(residentVariableWait, LATEST);
  if (!fixedR || isUnknown(fixedR.value) || !varR || isUnknown(varR.value)) return null;
  const fixed = fixedR.value;
  const v = varR.value;
  const months = (n: number) => t('months', { n });
  const rows: Row[] = [
    { key: 'fixed', situation: t('wait.fixed'), wait: months(fixed), r: fixedR },
    { key: 'variable', situation: t('wait.variable'), wait: t('wait.variableValue', { months: months(v.monthsPerLapsedYear) }), r: varR },
  ];
  // Two readings of "每多断保1年" (F2.7), from the rules' one arithmetic.
  for (let years = 1; years < v.longLapseYears; years++) {
    const w = residentLapseWait(years, fixed, v);
    const range = t('monthsRange', { min: String(w.lowReading), max: String(w.highReading) });
    rows.push({ key: `lapsed-${years}`, situation: t('wait.lapsed', { years }), wait: t('wait.lapsedValue', { range }), r: varR });
  }
  rows.push(
    { key: 'repair', situation: t('wait.repair'), wait: t('wait.repairValue', { months: months(v.monthsPerLapsedYear) }), r: varR },
    { key: 'long-lapse', situation: t('wait.longLapse', { years: v.longLapseYears }), wait: t('wait.longLapseValue', { months: months(v.longLapseMinMonths) }), r: varR },
  );
  const exempt = valueAt(newbornWaitExempt, LATEST);
  if (exempt && exempt.value === true) rows.push({ key: 'newborn', situation: t('wait.newborn'), wait: t('wait.exempt'), r: exempt });
  const before = residentFixedWait.values.find((x) => isUnknown(x.value));
  if (before) rows.push({ key: 'before', situation: t('wait.before', { year: fixedR.from.slice(0, 4) }), wait: t('wait.local'), r: null });
  return { rows, from: fixedR.from.slice(0, 4) };
}

function employeeRows(fig: Fig): { rows: Row[]; stricter: string } | null {
  const { t } = fig;
  const r = valueAt(employeeGap, LATEST);
  if (!r || isUnknown(r.value)) return null;
  const v = r.value;
  const months = (n: number) => t('months', { n });
  return {
    rows: [
      { key: 'gap-short', situation: t('wait.gapShort', { months: months(v.noWaitMaxGapMonths) }), wait: t('wait.gapShortValue'), r },
      { key: 'gap-long', situation: t('wait.gapLong', { months: months(v.noWaitMaxGapMonths) }), wait: t('wait.gapLongValue', { months: months(v.maxWaitMonths) }), r },
      { key: 'gap-same-place', situation: t('wait.gapSamePlace'), wait: t('wait.gapSamePlaceValue'), r: null },
    ],
    stricter: t('wait.stricter', { months: months(v.stricterLocalMaxWaitMonths) }),
  };
}

export async function WaitingPeriods({ scheme }: { scheme: string }) {
  const s = oneOf('WaitingPeriods', 'scheme', scheme, SCHEMES);
  const fig = await figureContext();
  if (s === 'resident') {
    const res = residentRows(fig);
    if (!res) return <p>{fig.t('wait.local')}</p>;
    return <Table fig={fig} name="waiting-resident" caption={fig.t('wait.residentCaption', { year: res.from })} rows={res.rows} />;
  }
  const emp = employeeRows(fig);
  if (!emp) return <p>{fig.t('wait.local')}</p>;
  return (
    <Table fig={fig} name="waiting-employee" caption={fig.t('wait.employeeCaption')} rows={emp.rows}>
      <p data-conflict="">{emp.stricter}</p>
    </Table>
  );
}
