import type { Outcome, PartialAnswers } from '@/lib/rules';
import type { GuideSlug } from '@/lib/content/catalogue';

/** The guides worth reading after a given result, most relevant first. */
export function relatedGuides(outcome: Outcome, answers: Partial<PartialAnswers>): GuideSlug[] {
  const out: GuideSlug[] = [];
  const g = outcome.primary.group;
  if (g === 'employee-via-employer') out.push('employee-insurance');
  if (g === 'employee-flexible' || outcome.alternatives.some((a) => a.group === 'employee-flexible')) out.push('flexible-workers');
  if (outcome.primary.scheme === 'resident' || outcome.alternatives.some((a) => a.scheme === 'resident')) out.push('resident-insurance');
  if (answers.situation === 'retired') out.push('retirement');
  if ((answers.groups?.length ?? 0) > 0 || answers.age === 0 || answers.situation === 'university' || answers.hukou === 'hmt' || answers.hukou === 'foreign') out.push('special-groups');
  if (answers.coverage === 'employee-lapsed' || answers.coverage === 'resident-lapsed') out.push('lapses-and-waiting-periods');
  if (answers.who === 'helper') out.push('acting-for-someone');
  out.push('which-scheme', 'staying-safe');
  return [...new Set(out)];
}
