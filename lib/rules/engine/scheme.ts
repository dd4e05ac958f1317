/**
 * Which scheme and group (F1.1–F1.3, F4.3, F4.6, F4.7, F1.7), where to enroll, and the real
 * alternatives. Non-local access per region comes from parameters/regional-access.ts.
 */
import type { Answers } from '../answers';
import type { Choice } from '../outcome';
import { residentAgeBands } from '../parameters/national';
import { nonLocalAccess, type Access, type ResidentAccess } from '../parameters/regional-access';
import type { ResidentGroup } from '../parameters/regional-amounts';
import { earliest, isUnknown, latest, valueAt } from '../parameters/types';
import { regionNotes } from '../regions';
import type { Ctx } from './context';

const NO_BASIS: Choice = { scheme: 'none', group: 'no-national-basis', where: 'local-office' };

export function residentGroup(a: Answers, ctx: Ctx): ResidentGroup {
  if (a.situation === 'university') return 'resident-university';
  if (a.situation === 'pupil') return 'resident-pupil';
  if (a.situation === 'preschool') return 'resident-child';
  const bands = valueAt(residentAgeBands, ctx.asOf) ?? earliest(residentAgeBands);
  if (!bands || isUnknown(bands.value)) throw new Error('national.resident-age-bands has no value: parameters/national/resident-age-*.json');
  const b = bands.value;
  ctx.because('resident-age-group', bands);
  if (a.age < b.adultFrom) return 'resident-child';
  return a.age >= b.olderFrom ? 'resident-older' : 'resident-working-age';
}

function accessFor(a: Answers, ctx: Ctx): ResidentAccess | null {
  // A place's own rule is never read back before its first sourced value (Shanghai's from 2025-11-11):
  // before it, the place's rule for non-local people is unverified, not the national default (F7.6, F7.2).
  const r = valueAt(nonLocalAccess[a.region], ctx.asOf) ?? (a.region === 'elsewhere' ? latest(nonLocalAccess.elsewhere) : null);
  if (!r || isUnknown(r.value)) return null;
  ctx.because('non-local-access', r);
  return r.value;
}

/** Whether the place admits someone of other-mainland hukou in `group` to its resident scheme, with or without a 居住证. */
function nonLocalLevel(access: ResidentAccess | null, group: ResidentGroup, withPermit: boolean): Access {
  if (!access) return 'unverified';
  if (group === 'resident-pupil') return access.pupils;
  if (group === 'resident-child') return withPermit ? access.childrenWithPermit : access.childrenWithoutPermit;
  return withPermit ? access.adultsWithPermit : access.adultsWithoutPermit;
}

/**
 * Whether getting a 居住证 would change where this person may join the resident scheme: the place
 * does not already admit them without one, and does not shut them out with one (Hangzhou's adults
 * need urban-district hukou, F7.13). The "what would change" pointer reads it, so it never
 * promises what the place's rule does not hold.
 */
export function permitWouldHelp(a: Answers, ctx: Ctx): boolean {
  const access = accessFor(a, ctx);
  const group = residentGroup(a, ctx);
  return nonLocalLevel(access, group, false) !== 'eligible' && nonLocalLevel(access, group, true) !== 'not-eligible';
}

/** Resident scheme for someone with other-mainland hukou: where, and the hukou-place alternative. */
function nonLocalResident(group: ResidentGroup, a: Answers, ctx: Ctx): { primary: Choice; alternatives: Choice[] } {
  const access = accessFor(a, ctx);
  const withPermit = a.permit === 'yes';
  const level = nonLocalLevel(access, group, withPermit);
  const here: Choice = { scheme: 'resident', group, where: group === 'resident-pupil' ? 'place-of-study' : 'place-of-residence' };
  const home: Choice = { scheme: 'resident', group, where: 'place-of-hukou' };
  if (group === 'resident-pupil') ctx.warn('pupil-enroll-at-school');
  if (!withPermit && group !== 'resident-pupil') ctx.warn('get-residence-permit');
  if (level === 'eligible') return { primary: here, alternatives: [] };
  if (level === 'not-eligible') {
    ctx.warn('region-does-not-accept-hukou', { region: a.region });
    return { primary: home, alternatives: [] };
  }
  ctx.warn('region-hukou-rule-unverified', { region: a.region });
  return { primary: here, alternatives: [home] };
}

function residentChoice(a: Answers, ctx: Ctx): { primary: Choice; alternatives: Choice[] } {
  const group = residentGroup(a, ctx);
  ctx.because('resident-covers-others');
  if (group === 'resident-university') {
    ctx.because('university-at-place-of-study');
    ctx.warn('university-enroll-at-school');
    if (a.hukou === 'foreign') {
      // Study-place enrollment "不限国籍" is a school notice reading of 医保办〔2023〕15号 (F4.3, B).
      ctx.warn('foreign-city-specific', { region: a.region });
      ctx.because('foreign-not-employed-no-basis');
    }
    if (a.hukou === 'hmt') ctx.because('hmt-rules');
    return { primary: { scheme: 'resident', group, where: 'place-of-study' }, alternatives: [] };
  }
  if (group === 'resident-child' || group === 'resident-pupil') ctx.because('children-where-they-live');
  if (a.hukou === 'local') {
    if (group === 'resident-pupil') ctx.warn('pupil-enroll-at-school');
    return { primary: { scheme: 'resident', group, where: group === 'resident-pupil' ? 'place-of-study' : 'place-of-residence' }, alternatives: [] };
  }
  if (a.hukou === 'other-mainland') return nonLocalResident(group, a, ctx);
  if (a.hukou === 'hmt') {
    ctx.because('hmt-rules');
    if (a.permit !== 'yes') {
      ctx.warn('hmt-get-residence-permit');
      return { primary: NO_BASIS, alternatives: [] };
    }
    const access = accessFor(a, ctx);
    if (access?.hmtWithPermit !== 'eligible') ctx.warn('region-hukou-rule-unverified', { region: a.region });
    return { primary: { scheme: 'resident', group, where: 'place-of-residence' }, alternatives: [] };
  }
  // Foreign nationals not employed: no national right to 居民医保 (F4.7); some cities admit them.
  ctx.because('foreign-not-employed-no-basis');
  const access = accessFor(a, ctx);
  const level = a.permit !== 'yes' && group !== 'resident-pupil' ? 'not-eligible' : ((group === 'resident-pupil' ? access?.foreignStudents : access?.foreignPermanent) ?? 'unverified');
  if (level === 'eligible') {
    ctx.warn('foreign-city-specific', { region: a.region });
    return { primary: { scheme: 'resident', group, where: group === 'resident-pupil' ? 'place-of-study' : 'place-of-residence' }, alternatives: [] };
  }
  ctx.warn(level === 'unverified' ? 'foreign-city-specific' : 'foreign-no-national-basis', { region: a.region });
  return { primary: NO_BASIS, alternatives: [] };
}

function flexibleChoice(a: Answers, ctx: Ctx): { primary: Choice; alternatives: Choice[] } {
  ctx.warn('flexible-base-rate-local');
  if (a.hukou === 'foreign') {
    ctx.because('foreign-not-employed-no-basis');
    ctx.warn('foreign-no-national-basis', { region: a.region });
    return { primary: NO_BASIS, alternatives: [] };
  }
  const primary: Choice = { scheme: 'employee', group: 'employee-flexible', where: 'place-of-work' };
  if (a.hukou === 'hmt') {
    // HMT flexible workers: employee scheme where they live with a residence permit; self-employed where registered (F4.6).
    ctx.because('hmt-rules');
    if (a.permit !== 'yes') ctx.warn('hmt-get-residence-permit');
    return { primary: { ...primary, where: a.permit === 'yes' ? 'place-of-residence' : 'place-of-work' }, alternatives: [] };
  }
  ctx.because('flexible-may-choose');
  ctx.warn('choose-one-scheme');
  if (a.hukou === 'local') {
    const group = residentGroup(a, ctx);
    return { primary, alternatives: [{ scheme: 'resident', group, where: 'place-of-residence' }] };
  }
  const access = accessFor(a, ctx);
  for (const w of regionNotes(a.region, 'flexible-non-local')) ctx.warn(w, { region: a.region });
  const flexLevel = access?.flexibleNonLocal ?? 'unverified';
  const resident = nonLocalResident(residentGroup(a, ctx), a, ctx);
  if (flexLevel === 'not-eligible') {
    ctx.warn('region-does-not-accept-hukou', { region: a.region });
    return { primary: { ...primary, where: 'place-of-hukou' }, alternatives: [resident.primary, ...resident.alternatives] };
  }
  if (flexLevel === 'unverified') ctx.warn('region-hukou-rule-unverified', { region: a.region });
  return { primary, alternatives: [resident.primary, ...resident.alternatives] };
}

export function decideScheme(a: Answers, ctx: Ctx): { primary: Choice; alternatives: Choice[] } {
  if (a.situation === 'employee') {
    ctx.because(a.hukou === 'foreign' ? 'foreign-employed-must-enroll' : a.hukou === 'hmt' ? 'hmt-rules' : 'employer-must-enroll');
    return { primary: { scheme: 'employee', group: 'employee-via-employer', where: 'employer' }, alternatives: [] };
  }
  if (a.situation === 'flexible') return flexibleChoice(a, ctx);
  if (a.situation === 'retired' && (a.retireeYears ?? 0) > 0) {
    ctx.because('retiree-no-premium-if-years-met');
    ctx.warn('retiree-minimum-years-local', { years: a.retireeYears ?? 0 });
    return { primary: { scheme: 'employee', group: 'employee-retiree', where: 'current-insurance-place' }, alternatives: [] };
  }
  return residentChoice(a, ctx);
}
