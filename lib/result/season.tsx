import type { Outcome, Season } from '@/lib/rules';
import type { Ctx } from './context';

/** "2027年度城乡居民医保正在集中缴费。本站尚未收录当地 2027 年度的缴费日期和金额。" */
export function SeasonNote({ ctx: { t }, season }: { ctx: Ctx; season: Season }) {
  const missing = !season.datesSourced && !season.amountsSourced ? 'both' : !season.datesSourced ? 'dates' : !season.amountsSourced ? 'amounts' : null;
  if (!season.underWay && !missing) return null;
  return (
    <p data-season>
      {season.underWay && <>{t('season.underWay', { year: season.benefitYear })} </>}
      {missing === 'both' && t('season.notSourcedBoth', { year: season.benefitYear })}
      {missing === 'dates' && t('season.notSourcedDates', { year: season.benefitYear })}
      {missing === 'amounts' && t('season.notSourcedAmounts', { year: season.benefitYear })}
    </p>
  );
}

/** Whether the season note belongs to this option (a collection window, not a newborn's own limit). */
export function seasonApplies(outcome: Outcome, index: number): boolean {
  const o = outcome.options[index];
  return outcome.season !== null && o !== undefined && o.choice.scheme === 'resident' && (o.window.kind === 'regional' || o.window.kind === 'unsourced');
}
