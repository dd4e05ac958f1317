/**
 * Regional concentrated enrollment periods (集中参保期): one row per city, one column per benefit
 * year — the season being collected and the one before (older seasons are left out) — after a
 * line on the span of periods seen in our sources (there is no national calendar, F3.8).
 * A confidence C window is never shown as dates (`statable()` withholds it); conflicting start dates
 * are stated (Shanghai, F7.5).
 */
import { type SourcedRegion, observedWindows, regionalWindows, type RegionalWindow, isUnknown, valueAt, valueForYear, type Resolved, statable, ruleFigures } from '@/lib/rules';
import { shownYears } from '@/lib/content/season';
import { Caption, Conf, FigureFoot, NoBreak, NotPublished, RowTh, SOURCED_REGIONS, TableWrap, Td, Unverified, figureContext, type Fig, type Provenance } from './shared';

/** The sources behind the table on `asOf`: every year shown with dates or "reported", and the span seen. */
export function windowsProvenance(asOf: string): Provenance[] {
  const out: Provenance[] = [];
  const seen = valueAt(observedWindows, asOf) ?? valueAt(observedWindows, '2099-12-31');
  if (seen && !isUnknown(seen.value)) out.push(seen);
  for (const region of SOURCED_REGIONS) {
    for (const year of shownYears(asOf)) {
      const r = valueForYear(regionalWindows[region], year);
      if (r && !isUnknown(r.value)) out.push(r);
    }
  }
  return out;
}

function Period({ fig, r, label }: { fig: Fig; r: Resolved<RegionalWindow> | null; label: string }) {
  if (!r || isUnknown(r.value)) return <Td label={label}><NotPublished fig={fig} /></Td>;
  if (statable(r) !== 'state') return <Td label={label}><Unverified fig={fig} /></Td>;
  const v = r.value;
  return (
    <Td label={label}>
      {fig.t.rich('windows.range', { opens: fig.date(v.opensOn), closes: fig.date(v.closesOn), d: (chunks) => <NoBreak>{chunks}</NoBreak> })}
      <Conf fig={fig} level={r.confidence} />
      {v.opensOnEarliest && <span className="block text-base text-ink-muted" data-conflict="">{fig.t('windows.opensEarliest', { date: fig.date(v.opensOnEarliest) })}</span>}
    </Td>
  );
}

function regionRow(fig: Fig, region: SourcedRegion, years: readonly number[]) {
  return (
    <tr key={region} data-region={region}>
      <RowTh>{fig.region(region)}</RowTh>
      {years.map((year) => (
        <Period key={year} fig={fig} r={valueForYear(regionalWindows[region], year)} label={fig.year(year)} />
      ))}
    </tr>
  );
}

/**
 * Where each row's period ends, read from the rows shown: a place's most recent shown year whose
 * dates are stated, closing in the benefit year itself (January, February: it runs into the next
 * calendar year) or in the year before (December). The footnote says only what the rows show.
 */
export function closingSides(years: readonly number[]): { nextYear: SourcedRegion[]; sameYear: SourcedRegion[] } {
  const nextYear: SourcedRegion[] = [];
  const sameYear: SourcedRegion[] = [];
  for (const region of SOURCED_REGIONS) {
    const shown = [...years].reverse().map((y) => ({ y, r: valueForYear(regionalWindows[region], y) })).find(({ r }) => r && !isUnknown(r.value) && statable(r) === 'state');
    if (!shown?.r || isUnknown(shown.r.value)) continue;
    (Number(shown.r.value.closesOn.slice(0, 4)) >= shown.y ? nextYear : sameYear).push(region);
  }
  return { nextYear, sameYear };
}

export async function EnrollmentWindows() {
  const fig = await figureContext();
  const { t } = fig;
  const years = shownYears(fig.asOf);
  const seen = valueAt(observedWindows, fig.asOf) ?? valueAt(observedWindows, '2099-12-31');
  const span = seen && !isUnknown(seen.value) ? seen.value : null;
  const sides = closingSides(years);
  const list = (regions: SourcedRegion[]) => new Intl.ListFormat(fig.locale, { type: 'conjunction' }).format(regions.map((r) => fig.region(r)));
  return (
    <div data-figure-group="windows">
      {span && (
        <p data-seen="">
          {t('windows.seen', {
            opens: fig.monthDay(span.opensEarliest.month, span.opensEarliest.day),
            closesEarliest: fig.monthDay(span.closesEarliest.month, span.closesEarliest.day),
            closesLatest: fig.monthDay(span.closesLatest.month, span.closesLatest.day),
            cover: fig.monthDay(span.coverStarts.month, span.coverStarts.day),
            fixedMonths: ruleFigures(fig.asOf).fixedMonths,
          })}
        </p>
      )}
      <TableWrap name="enrollment-windows">
        <Caption>{t('windows.caption')}</Caption>
        <thead>
          <tr>
            <th scope="col">{t('place')}</th>
            {years.map((y) => <th scope="col" key={y} data-year={y}>{fig.year(y)}</th>)}
          </tr>
        </thead>
        <tbody>{SOURCED_REGIONS.map((region) => regionRow(fig, region, years))}</tbody>
      </TableWrap>
      <FigureFoot fig={fig} entries={windowsProvenance(fig.asOf)}>
        {sides.nextYear.length > 0 && <p data-closes="next-year">{t('windows.closesNextYear', { places: list(sides.nextYear) })}</p>}
        {sides.sameYear.length > 0 && <p data-closes="same-year">{t('windows.closesSameYear', { places: list(sides.sameYear) })}</p>}
        <p>{t('windows.closesLocal')}</p>
      </FigureFoot>
    </div>
  );
}
