/**
 * Newborn enrollment periods (F4.2): the national range (shortest–longest reading) and the cities
 * with a figure, each with its confidence in words. A confidence C period is withheld, as in the
 * result (`statable()`): only "reported, check locally" is shown, never the days. The waiting-period
 * exemption is stated with its condition: enrolled within the local period (F2.7, F4.1).
 */
import { nationalNewbornWindow, newbornWaitExempt, type NewbornWindow, regionalNewbornWindows, isUnknown, valueAt, type Parameter, statable } from '@/lib/rules';
import { Caption, Conf, FigureFoot, LATEST, NotPublished, RowTh, SOURCED_REGIONS, TableWrap, Td, Unverified, figureContext, type Fig, type Provenance } from './shared';

type Span = NewbornWindow['shortest'];

export function newbornProvenance(): Provenance[] {
  const params: Array<Parameter<NewbornWindow> | Parameter<boolean>> = [nationalNewbornWindow, ...Object.values(regionalNewbornWindows), newbornWaitExempt];
  return params.flatMap((p) => {
    const r = valueAt(p as Parameter<unknown>, LATEST);
    return r && !isUnknown(r.value) ? [r] : [];
  });
}

function duration(fig: Fig, s: Span): string {
  const parts: string[] = [];
  if (s.months !== undefined) parts.push(fig.t('months', { n: s.months }));
  if (s.days !== undefined) parts.push(fig.t('days', { n: s.days }));
  return parts.join(' + ');
}

function Period({ fig, p, label }: { fig: Fig; p: Parameter<NewbornWindow>; label: string }) {
  const r = valueAt(p, LATEST);
  if (!r || isUnknown(r.value)) return <Td label={label}><NotPublished fig={fig} /></Td>;
  if (statable(r) !== 'state') return <Td label={label}><Unverified fig={fig} /></Td>;
  const shortest = duration(fig, r.value.shortest);
  const longest = duration(fig, r.value.longest);
  return (
    <Td label={label}>
      {shortest === longest ? shortest : fig.t('newborn.range', { shortest, longest })}
      <Conf fig={fig} level={r.confidence} />
    </Td>
  );
}

export async function NewbornWindows() {
  const fig = await figureContext();
  const { t } = fig;
  const exempt = valueAt(newbornWaitExempt, LATEST);
  const label = t('newborn.period');
  return (
    <div data-figure-group="newborn">
      <TableWrap name="newborn-windows">
        <Caption>{t('newborn.caption')}</Caption>
        <thead>
          <tr>
            <th scope="col">{t('place')}</th>
            <th scope="col">{label}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-region="national">
            <RowTh>{t('newborn.national')}</RowTh>
            <Period fig={fig} p={nationalNewbornWindow} label={label} />
          </tr>
          {SOURCED_REGIONS.map((region) => {
            const p = regionalNewbornWindows[region];
            return (
              <tr key={region} data-region={region}>
                <RowTh>{fig.region(region)}</RowTh>
                {p ? <Period fig={fig} p={p} label={label} /> : <Td label={label} className="text-ink-muted">{t('newborn.noLocal')}</Td>}
              </tr>
            );
          })}
        </tbody>
      </TableWrap>
      <FigureFoot fig={fig} entries={newbornProvenance()}>
        <p>{t('newborn.conflict')}</p>
        {exempt && exempt.value === true && <p data-exempt="">{t('newborn.exempt')}</p>}
      </FigureFoot>
    </div>
  );
}
