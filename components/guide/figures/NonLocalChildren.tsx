/**
 * Whether a child or pupil with hukou elsewhere may join the resident scheme where they live, per
 * place, read from the region files' `nonLocalAccess` (and the national rule, F2.2), so the
 * special-groups guide never repeats them by hand. A place whose files hold no rule of their own
 * follows the national row and is not repeated. `unverified` is said as such ("confirm locally");
 * a confidence C rule is withheld, as in the result (`statable()`).
 */
import { nonLocalAccess, type ResidentAccess, isUnknown, valueAt, type Resolved, statable, type Region } from '@/lib/rules';
import { Caption, Conf, FigureFoot, RowTh, SOURCED_REGIONS, TableWrap, Td, Unverified, type Fig, type Provenance, figureContext } from './shared';

const COLUMNS = ['pupils', 'childrenWithPermit', 'childrenWithoutPermit'] as const satisfies ReadonlyArray<keyof ResidentAccess>;
/** The national rule, then each place with a rule of its own (a place without one follows the national row). */
const PLACES: readonly Region[] = ['elsewhere', ...SOURCED_REGIONS.filter((r) => nonLocalAccess[r] !== nonLocalAccess.elsewhere)];

function rule(region: Region, asOf: string): Resolved<ResidentAccess> | null {
  const r = valueAt(nonLocalAccess[region], asOf);
  return r && !isUnknown(r.value) ? r : null;
}

export function nonLocalChildrenProvenance(asOf: string): Provenance[] {
  return PLACES.flatMap((region) => {
    const r = rule(region, asOf);
    return r ? [r] : [];
  });
}

function Cell({ fig, r, column, label }: { fig: Fig; r: Resolved<ResidentAccess> | null; column: (typeof COLUMNS)[number]; label: string }) {
  if (!r) return <Td label={label}>{fig.w('access.unverified')}</Td>;
  if (statable(r) !== 'state') return <Td label={label}><Unverified fig={fig} /></Td>;
  const level = (r.value as ResidentAccess)[column];
  return (
    <Td label={label} data-access={level}>
      {fig.w(`access.${level}`)}
      {level !== 'unverified' && <Conf fig={fig} level={r.confidence} />}
    </Td>
  );
}

export async function NonLocalChildren() {
  const fig = await figureContext();
  const { t } = fig;
  const labels = Object.fromEntries(COLUMNS.map((c) => [c, t(`nonLocal.${c}`)])) as Record<(typeof COLUMNS)[number], string>;
  return (
    <div data-figure-group="non-local-children">
      <TableWrap name="non-local-children">
        <Caption>{t('nonLocal.caption')}</Caption>
        <thead>
          <tr>
            <th scope="col">{t('place')}</th>
            {COLUMNS.map((c) => <th key={c} scope="col">{labels[c]}</th>)}
          </tr>
        </thead>
        <tbody>
          {PLACES.map((region) => {
            const r = rule(region, fig.asOf);
            return (
              <tr key={region} data-region={region}>
                <RowTh>{region === 'elsewhere' ? t('nonLocal.national') : fig.region(region)}</RowTh>
                {COLUMNS.map((c) => <Cell key={c} fig={fig} r={r} column={c} label={labels[c]} />)}
              </tr>
            );
          })}
        </tbody>
      </TableWrap>
      <FigureFoot fig={fig} entries={nonLocalChildrenProvenance(fig.asOf)} />
    </div>
  );
}
