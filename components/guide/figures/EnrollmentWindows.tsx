/**
 * Regional concentrated enrollment periods (集中参保期) per benefit year, plus the span of periods
 * seen in our sources (there is no national calendar, F3.8). Confidence C windows are never shown as dates;
 * conflicting start dates are stated (Shanghai, F7.5).
 */
import type { SourcedRegion } from '@/lib/rules';
import { observedWindows } from '@/lib/rules/parameters/national';
import { regionalWindows, type RegionalWindow } from '@/lib/rules/parameters/regional-windows';
import { isUnknown, valueAt, valueForYear, type Resolved } from '@/lib/rules/parameters/types';
import { Caption, Conf, LATEST, NotPublished, SOURCED_REGIONS, SourceLines, TableWrap, Unverified, figureContext, yearOf, type Fig, type Provenance } from './shared';

function Period({ fig, r }: { fig: Fig; r: Resolved<RegionalWindow> }) {
  if (isUnknown(r.value)) return <td colSpan={2}><NotPublished fig={fig} /></td>;
  if (r.confidence === 'C') return <td colSpan={2}><Unverified fig={fig} /></td>;
  const v = r.value;
  return (
    <>
      <td>
        {fig.t('windows.range', { opens: fig.date(v.opensOn), closes: fig.date(v.closesOn) })}
        <Conf fig={fig} level={r.confidence} />
        {v.opensOnEarliest && <span className="block text-ink-muted" data-conflict="">{fig.t('windows.opensEarliest', { date: fig.date(v.opensOnEarliest) })}</span>}
      </td>
      <td>{fig.date(v.coverStarts)}</td>
    </>
  );
}

function regionRows(fig: Fig, region: SourcedRegion, provenance: Provenance[]) {
  const p = regionalWindows[region];
  const years = p.values.map((v) => yearOf(v.from)).sort((a, b) => a - b);
  const rows = years.flatMap((year, i) => {
    const r = valueForYear(p, year);
    if (!r) return [];
    const label = fig.t('year', { year: String(year) });
    if (!isUnknown(r.value)) provenance.push({ label: `${fig.region(region)} ${label}`, ...r });
    return [
      <tr key={`${region}-${year}`} data-region={region} data-year={year}>
        {i === 0 && <th scope="rowgroup" rowSpan={years.length} className="min-w-[4.5em]">{fig.region(region)}</th>}
        <td>{label}</td>
        <Period fig={fig} r={r} />
      </tr>,
    ];
  });
  return <tbody key={region}>{rows}</tbody>;
}

export async function EnrollmentWindows() {
  const fig = await figureContext();
  const { t } = fig;
  const typical = valueAt(observedWindows, LATEST);
  const provenance: Provenance[] = [];
  const typicalRow = typical && !isUnknown(typical.value) && (() => {
    const v = typical.value;
    provenance.push({ label: t('windows.typical'), ...typical });
    return (
      <tr data-region="typical">
        <th scope="row" className="min-w-[4.5em]">{t('windows.typical')}</th>
        <td>{t('windows.typicalYear')}</td>
        <td>
          {t('windows.typicalPeriod', { opens: fig.monthDay(v.opensEarliest.month, v.opensEarliest.day), closesEarliest: fig.monthDay(v.closesEarliest.month, v.closesEarliest.day), closesLatest: fig.monthDay(v.closesLatest.month, v.closesLatest.day) })}
          <Conf fig={fig} level={typical.confidence} />
        </td>
        <td>{t('windows.typicalCover', { date: fig.monthDay(v.coverStarts.month, v.coverStarts.day) })}</td>
      </tr>
    );
  })();
  const rows = SOURCED_REGIONS.map((region) => regionRows(fig, region, provenance));
  return (
    <>
      <TableWrap name="enrollment-windows">
        <Caption>{t('windows.caption')}</Caption>
        <thead>
          <tr>
            <th scope="col">{t('place')}</th>
            <th scope="col">{t('benefitYear')}</th>
            <th scope="col">{t('windows.period')}</th>
            <th scope="col">{t('windows.coverStarts')}</th>
          </tr>
        </thead>
        <tbody>{typicalRow}</tbody>
        {rows}
      </TableWrap>
      <SourceLines fig={fig} entries={provenance} />
      <p className="text-base">{fig.w('warnings.window-may-run-into-february')}</p>
    </>
  );
}
