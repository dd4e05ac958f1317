/**
 * Where to pay (F6.2, F2.4, F5.5). resident: the channels common everywhere (incl. family
 * sharing), then each city's published list. employee: through the employer, or (flexible
 * workers) as the local office says. No scheme: both.
 */
import type { ReactNode } from 'react';
import type { Channel, SourcedRegion } from '@/lib/rules';
import { familySharingScope } from '@/lib/rules/parameters/national';
import { residentChannels } from '@/lib/rules/parameters/regional-access';
import { isUnknown, valueAt } from '@/lib/rules/parameters/types';
import { Caption, Conf, LATEST, SOURCED_REGIONS, SourceLines, TableWrap, Unverified, figureContext, oneOf, type Fig, type Provenance } from './shared';

const SCHEMES = ['resident', 'employee'] as const;

function List({ fig, ids }: { fig: Fig; ids: readonly Channel[] }) {
  return (
    <ul data-channels="">
      {ids.map((id) => <li key={id} data-channel={id}>{fig.w(`channels.${id}`)}</li>)}
    </ul>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="my-6" data-figure-section="">
      <p className="!mb-1 font-bold">{title}</p>
      {children}
    </div>
  );
}

function Employee({ fig }: { fig: Fig }) {
  return (
    <div data-figure="channels-employee">
      <p className="!mb-0">{fig.t('channels.employer')}{fig.colon}</p>
      <List fig={fig} ids={['employer']} />
      <p className="!mb-0">{fig.t('channels.flexible')}{fig.colon}</p>
      <List fig={fig} ids={['medical-insurance-counter']} />
      <p className="text-base text-ink-muted">{fig.w('warnings.channels-confirm-locally')}</p>
    </div>
  );
}

function Resident({ fig }: { fig: Fig }) {
  const { t } = fig;
  const provenance: Provenance[] = [];
  const national = valueAt(residentChannels.elsewhere, LATEST);
  const sharing = valueAt(familySharingScope, LATEST);
  const common: Channel[] = national && !isUnknown(national.value) ? [...national.value] : [];
  if (national && !isUnknown(national.value)) provenance.push({ label: t('channels.national'), ...national });
  if (sharing && !isUnknown(sharing.value)) {
    common.push('family-sharing');
    provenance.push({ label: fig.w('channels.family-sharing'), ...sharing });
  }
  const cities = SOURCED_REGIONS.flatMap((region: SourcedRegion) => {
    const r = valueAt(residentChannels[region], LATEST);
    if (!r || isUnknown(r.value)) return [];
    provenance.push({ label: fig.region(region), ...r });
    return [{ region, r, ids: r.value }];
  });
  return (
    <div data-figure="channels-resident">
      <p className="!mb-0">{t('channels.national')}{fig.colon}</p>
      <List fig={fig} ids={common} />
      <TableWrap name="channels-regional">
        <Caption>{t('channels.regionalCaption')}</Caption>
        <thead>
          <tr>
            <th scope="col">{t('place')}</th>
            <th scope="col">{t('channels.list')}</th>
          </tr>
        </thead>
        <tbody>
          {cities.map(({ region, r, ids }) => (
            <tr key={region} data-region={region}>
              <th scope="row">{fig.region(region)}<Conf fig={fig} level={r.confidence} /></th>
              <td>
                {ids.map((id) => fig.w(`channels.${id}`)).join(fig.semi)}
                {r.confidence === 'C' && <span className="block"><Unverified fig={fig} /></span>}
              </td>
            </tr>
          ))}
        </tbody>
      </TableWrap>
      <SourceLines fig={fig} entries={provenance} />
    </div>
  );
}

export async function PaymentChannels({ scheme }: { scheme?: string }) {
  const s = scheme === undefined ? undefined : oneOf('PaymentChannels', 'scheme', scheme, SCHEMES);
  const fig = await figureContext();
  if (s === 'resident') return <Resident fig={fig} />;
  if (s === 'employee') return <Employee fig={fig} />;
  return (
    <>
      <Section title={fig.t('channels.employeeTitle')}><Employee fig={fig} /></Section>
      <Section title={fig.t('channels.residentTitle')}><Resident fig={fig} /></Section>
    </>
  );
}
