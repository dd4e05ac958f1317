/** Materials checklist (F6.1, F4.6, F4.7, F7.10, F7.13) and payment channels (F6.2, F2.4, F5.5). */
import type { Answers } from '../answers';
import type { Choice, EnrollmentWindow } from '../outcome';
import { familySharingScope, idCardFromAge } from '../parameters/national';
import { residentChannels } from '../parameters/regional-access';
import { earliest, isUnknown, latest, valueAt } from '../parameters/types';
import type { Channel, Material, SpecialGroup } from '../vocab';
import { regionMaterials } from '../regions';
import { statable } from '../statable';
import type { Ctx } from './context';

/** Each group's proof is the material `proof-<group>` (vocab.ts MATERIALS): the type fails if one is missing. */
const proofOf = (g: SpecialGroup): Material => `proof-${g}` satisfies Material;

/** The age from which a mainland resident's identity paper is their own ID card (national.id-card-from-age, F6.1, F6.3). */
function idCardAge(asOf: string): number {
  const r = valueAt(idCardFromAge, asOf) ?? earliest(idCardFromAge);
  if (!r || isUnknown(r.value)) throw new Error('national.id-card-from-age has no value');
  return r.value;
}

/** The identity document(s) for the person's hukou (F6.1 Hangzhou / Guangzhou lists, F4.6, F4.7). */
function identity(a: Answers, idAge: number): Material[] {
  if (a.hukou === 'hmt') return a.permit === 'yes' ? ['hmt-residence-permit'] : ['hmt-travel-permit'];
  if (a.hukou === 'foreign') return a.permit === 'yes' ? ['foreign-permanent-residence', 'passport'] : ['passport'];
  return a.age < idAge ? ['hukou-book'] : ['id-card'];
}

export function materials(primary: Choice, window: EnrollmentWindow, ctx: Ctx): Material[] {
  const a = ctx.a;
  const idAge = idCardAge(ctx.asOf);
  const out = new Set<Material>();
  const proofs = () => a.groups.forEach((g) => out.add(proofOf(g)));
  switch (primary.group) {
    case 'no-national-basis':
      identity(a, idAge).forEach((m) => out.add(m));
      return [...out];
    case 'employee-via-employer':
      identity(a, idAge).forEach((m) => out.add(m));
      if (a.hukou === 'foreign') out.add('foreign-work-permit');
      out.add('labour-contract');
      if (a.groups.includes('veteran')) out.add('proof-veteran');
      return [...out];
    case 'employee-flexible':
      identity(a, idAge).forEach((m) => out.add(m));
      if (a.hukou === 'other-mainland' && a.permit === 'yes') out.add('residence-permit');
      // A place's own extra papers (e.g. Guangzhou: proof of employment registration, F7.10).
      if (a.hukou !== 'local') regionMaterials(ctx.region, 'flexible-non-local').forEach((m) => out.add(m));
      if (a.groups.includes('veteran')) out.add('proof-veteran');
      return [...out];
    case 'employee-retiree':
      identity(a, idAge).forEach((m) => out.add(m));
      if (a.groups.includes('veteran')) out.add('proof-veteran');
      return [...out];
    default:
      break;
  }
  // Resident scheme.
  if (a.coverage === 'resident-active') {
    identity(a, idAge).forEach((m) => out.add(m));
    proofs();
    return [...out];
  }
  ctx.because('materials-first-time');
  if (window.kind === 'newborn') {
    out.add('birth-certificate');
    out.add('hukou-book');
    out.add('guardian-id');
  } else {
    identity(a, idAge).forEach((m) => out.add(m));
    if (a.age < idAge && a.hukou !== 'hmt' && a.hukou !== 'foreign') out.add('guardian-id');
    if (a.age >= idAge && (a.hukou === 'local' || a.hukou === 'other-mainland')) out.add('hukou-book');
  }
  if (a.hukou === 'other-mainland' && primary.where !== 'place-of-hukou') {
    if (primary.group === 'resident-pupil') out.add('school-enrollment-proof');
    else if (primary.group === 'resident-child') {
      out.add('parent-residence-permit');
      out.add('relationship-proof');
    } else if (primary.group !== 'resident-university' && a.permit === 'yes') out.add('residence-permit');
  }
  if (primary.group !== 'resident-university') out.add('photo');
  proofs();
  return [...out];
}

export function channels(primary: Choice, ctx: Ctx): Channel[] {
  if (primary.group === 'employee-via-employer') return ['employer'];
  if (primary.group === 'employee-flexible' || primary.group === 'no-national-basis') {
    ctx.warn('channels-confirm-locally');
    return ['medical-insurance-counter'];
  }
  if (primary.group === 'employee-retiree') return [];
  const out: Channel[] = [];
  if (primary.group === 'resident-pupil' || primary.group === 'resident-university') out.push('school');
  const region = ctx.region;
  const r = valueAt(residentChannels[region], ctx.asOf) ?? latest(residentChannels[region]);
  if (r && !isUnknown(r.value)) {
    ctx.because('channels-resident', r);
    out.push(...r.value);
    // 'elsewhere' has no list of its own: the general list (one official list, F6.2) is only "common ways".
    if (statable(r) === 'hedge' || region === 'elsewhere') ctx.warn('channels-confirm-locally');
  } else {
    // The place's ways to pay are not in our sources: the general ones, hedged, never family sharing alone.
    const general = valueAt(residentChannels.elsewhere, ctx.asOf) ?? latest(residentChannels.elsewhere);
    if (general && !isUnknown(general.value)) {
      ctx.because('channels-resident', general);
      out.push(...general.value);
    }
    ctx.warn('channels-confirm-locally');
  }
  const sharing = valueAt(familySharingScope, ctx.asOf);
  if (sharing) {
    ctx.because('family-sharing', sharing);
    // Whom the account may pay for on this date: spouse, parents, children (2021), close relatives (2024).
    ctx.warn('family-sharing-register-first', { relatives: sharing.value === 'close-relatives' ? 'close' : 'immediate' });
    out.push('family-sharing');
  }
  return [...new Set(out)];
}
