/**
 * Newborn enrollment periods (F4.2): the national range (shortest–longest reading) and the cities
 * with a figure, each with its confidence. Figures here are stated by the engine too, so a
 * confidence C value is shown, but always flagged "reported, unverified — confirm locally".
 */
import { nationalNewbornWindow, newbornWaitExempt, type NewbornWindow } from '@/lib/rules/parameters/national';
import { regionalNewbornWindows } from '@/lib/rules/parameters/regional-windows';
import { isUnknown, valueAt, type Parameter } from '@/lib/rules/parameters/types';
import { Caption, Conf, LATEST, NotPublished, SOURCED_REGIONS, SourceLines, TableWrap, Unverified, figureContext, type Fig, type Provenance } from './shared';

type Span = NewbornWindow['shortest'];

function duration(fig: Fig, s: Span): string {
  const parts: string[] = [];
  if (s.months !== undefined) parts.push(fig.t('months', { n: s.months }));
  if (s.days !== undefined) parts.push(fig.t('days', { n: s.days }));
  return parts.join(' + ');
}

function Period({ fig, p, label, provenance }: { fig: Fig; p: Parameter<NewbornWindow>; label: string; provenance: Provenance[] }) {
  const r = valueAt(p, LATEST);
  if (!r || isUnknown(r.value)) return <td><NotPublished fig={fig} /></td>;
  provenance.push({ label, ...r });
  const shortest = duration(fig, r.value.shortest);
  const longest = duration(fig, r.value.longest);
  return (
    <td>
      {shortest === longest ? shortest : fig.t('newborn.range', { shortest, longest })}
      <Conf fig={fig} level={r.confidence} />
      {r.confidence === 'C' && <span className="block"><Unverified fig={fig} /></span>}
    </td>
  );
}

export async function NewbornWindows() {
  const fig = await figureContext();
  const { t } = fig;
  const provenance: Provenance[] = [];
  const exempt = valueAt(newbornWaitExempt, LATEST);
  return (
    <>
      <TableWrap name="newborn-windows">
        <Caption>{t('newborn.caption')}</Caption>
        <thead>
          <tr>
            <th scope="col">{t('place')}</th>
            <th scope="col">{t('newborn.period')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-region="national">
            <th scope="row" className="min-w-[4.5em]">{t('newborn.national')}</th>
            <Period fig={fig} p={nationalNewbornWindow} label={t('newborn.national')} provenance={provenance} />
          </tr>
          {SOURCED_REGIONS.map((region) => {
            const p = regionalNewbornWindows[region];
            return (
              <tr key={region} data-region={region}>
                <th scope="row">{fig.region(region)}</th>
                {p ? <Period fig={fig} p={p} label={fig.region(region)} provenance={provenance} /> : <td className="text-ink-muted">{t('newborn.noLocal')}</td>}
              </tr>
            );
          })}
        </tbody>
      </TableWrap>
      <SourceLines fig={fig} entries={provenance} />
      <p className="text-base">{t('newborn.conflict')}</p>
      {exempt && exempt.value === true && <p className="text-base">{fig.w('waitReasons.newborn-exempt')}</p>}
    </>
  );
}
