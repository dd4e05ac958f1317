/**
 * Where to pay (F6.2, F2.4, F5.5).
 * - resident: one place's official list, named as that place's (the parameter for places with no
 *   data rests on it, F6.2), plus family sharing; then each city's own published list. A city row
 *   that rests only on the example's sources is that other place's list, not the city's: it is
 *   not shown as the city's.
 * - employee: through the employer, and flexible workers as the local office says.
 * - flexible: only the flexible worker's way into the employee scheme, read from the check's own
 *   outcome for a flexible worker (so the guide and the result agree), never the resident channels.
 * - no scheme: employee and resident, each under its own title.
 */
import type { ReactNode } from 'react';
import { evaluate, type Channel, type SourcedRegion, familySharingScope, residentChannels, isUnknown, valueAt, statable } from '@/lib/rules';
import { Caption, Conf, FigureFoot, LATEST, RowTh, SOURCED_REGIONS, TableWrap, Td, Unverified, figureContext, oneOf, type Fig, type Provenance } from './shared';

const SCHEMES = ['resident', 'employee', 'flexible'] as const;
type Scheme = (typeof SCHEMES)[number];

export function channelsProvenance({ scheme }: { scheme?: string }): Provenance[] {
  const s = scheme === undefined ? undefined : oneOf('PaymentChannels', 'scheme', scheme, SCHEMES);
  if (s === 'employee' || s === 'flexible') return [];
  return [residentChannels.elsewhere, familySharingScope, ...SOURCED_REGIONS.map((r) => residentChannels[r])].flatMap((p) => {
    const r = valueAt(p as typeof familySharingScope, LATEST);
    return r && !isUnknown(r.value) ? [r] : [];
  });
}

/** The channels the check gives a flexible worker joining the employee scheme (no employer). */
function flexibleChannels(asOf: string): Channel[] {
  const o = evaluate({ who: 'self', region: 'elsewhere', age: 35, situation: 'flexible', hukou: 'local', groups: [], coverage: 'none' }, { asOf });
  const option = o.options.find((x) => x.choice.group === 'employee-flexible');
  if (!option) throw new Error('<PaymentChannels scheme="flexible">: the rules give a flexible worker no employee-scheme option');
  return option.channels;
}

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

function Flexible({ fig }: { fig: Fig }) {
  return (
    <div data-figure="channels-flexible">
      <p className="!mb-0">{fig.t('channels.flexible')}{fig.colon}</p>
      <List fig={fig} ids={flexibleChannels(fig.asOf)} />
      <p className="text-base text-ink-muted">{fig.t('channels.flexibleHow')}</p>
    </div>
  );
}

function Employee({ fig }: { fig: Fig }) {
  return (
    <div data-figure="channels-employee">
      <p className="!mb-0">{fig.t('channels.employer')}{fig.colon}</p>
      <List fig={fig} ids={['employer']} />
      <Flexible fig={fig} />
    </div>
  );
}

function Resident({ fig }: { fig: Fig }) {
  const { t } = fig;
  const national = valueAt(residentChannels.elsewhere, LATEST);
  const sharing = valueAt(familySharingScope, LATEST);
  const common: Channel[] = national && !isUnknown(national.value) ? [...national.value] : [];
  if (sharing && !isUnknown(sharing.value)) common.push('family-sharing');
  const example = national && !isUnknown(national.value) ? national.sources : [];
  const exampleIds = new Set(example.map((s) => s.id));
  const cities = SOURCED_REGIONS.flatMap((region: SourcedRegion) => {
    // A place with no list of its own (nor its province's) uses the national one, shown above.
    if (residentChannels[region] === residentChannels.elsewhere) return [];
    const r = valueAt(residentChannels[region], LATEST);
    if (!r || isUnknown(r.value)) return [];
    const own = r.sources.some((s) => !exampleIds.has(s.id));
    return [{ region, r, ids: r.value, own }];
  });
  const label = t('channels.list');
  return (
    <div data-figure="channels-resident">
      <p className="!mb-0" data-example={example.map((s) => s.id).join(' ')}>{t('channels.national', { source: example.map((s) => s.title).join(fig.semi) })}{fig.colon}</p>
      <List fig={fig} ids={common} />
      <p className="text-base text-ink-muted">{t('channels.nationalNote')}</p>
      <TableWrap name="channels-regional">
        <Caption>{t('channels.regionalCaption')}</Caption>
        <thead>
          <tr>
            <th scope="col">{t('place')}</th>
            <th scope="col">{label}</th>
          </tr>
        </thead>
        <tbody>
          {cities.map(({ region, r, ids, own }) => (
            <tr key={region} data-region={region}>
              <RowTh>{fig.region(region)}</RowTh>
              {!own ? (
                <Td label={label} className="text-ink-muted" data-not-own="">{t('channels.notOwn', { place: fig.region(region) })}</Td>
              ) : (
              <Td label={label}>
                {/* A C list is hedged (statable): shown as a report, never as plain fact. */}
                {statable(r) === 'hedge' && <span data-hedged="">{fig.t('channels.reported')}</span>}
                {ids.map((id) => fig.w(`channels.${id}`)).join(fig.semi)}
                {statable(r) === 'state' ? <Conf fig={fig} level={r.confidence} /> : <span className="block"><Unverified fig={fig} /></span>}
              </Td>
              )}
            </tr>
          ))}
        </tbody>
      </TableWrap>
      <FigureFoot fig={fig} entries={channelsProvenance({ scheme: 'resident' })} />
    </div>
  );
}

export async function PaymentChannels({ scheme }: { scheme?: string }) {
  const s: Scheme | undefined = scheme === undefined ? undefined : oneOf('PaymentChannels', 'scheme', scheme, SCHEMES);
  const fig = await figureContext();
  if (s === 'resident') return <Resident fig={fig} />;
  if (s === 'employee') return <Employee fig={fig} />;
  if (s === 'flexible') return <Flexible fig={fig} />;
  return (
    <>
      <Section title={fig.t('channels.employeeTitle')}><Employee fig={fig} /></Section>
      <Section title={fig.t('channels.residentTitle')}><Resident fig={fig} /></Section>
    </>
  );
}
