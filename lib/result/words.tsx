/**
 * The outcome's dates, amounts, waiting periods and windows in words. Shared by the to-do list,
 * the comparison and the detail sections, so the same fact always reads the same way.
 */
import { costRange, costYears, personalPay, type Contribution, type CoverStart, type Deadline, type EnrollmentWindow, type Option, type WaitCase, type WaitingPeriod } from '@/lib/rules';
import type { Ctx } from './context';

/** One case of a waiting period with its months ("参保期结束后缴费的，3 个月"). */
export function waitCaseText({ t, w, months }: Ctx, x: WaitCase): string {
  return w(`waitCases.${x.id}`, { months: x.maxMonths === 0 ? t('wait.zero') : months(x.minMonths, x.maxMonths) });
}

/** The waiting period if the person acts now: a range is always said case by case, each with its months. */
export function waitText(ctx: Ctx, wp: WaitingPeriod): string {
  const { t, w, months } = ctx;
  if (wp.kind === 'months' && wp.cases.length > 1) return t('wait.cases', { cases: ctx.list(wp.cases.map((x) => waitCaseText(ctx, x))) });
  if (wp.kind === 'months') return t('wait.months', { months: months(wp.minMonths, wp.maxMonths) });
  if (wp.kind === 'local' && wp.maxMonths > 0) return t('wait.localMax', { max: wp.maxMonths });
  return w(`waitKinds.${wp.kind}`);
}

/**
 * When cover starts if the person acts now: worked out with the wait, so the two never disagree.
 * With the wait's cases named beside it (`wait`), no second range is given here.
 */
export function coverText({ t, d, months }: Ctx, cover: CoverStart, wait?: WaitingPeriod): string {
  switch (cover.kind) {
    case 'from-date':
      return t('cover.fromDate', { date: d(cover.date) });
    case 'after-wait':
      // A range here would merge the wait's cases again: point to them instead.
      if (wait && wait.cases.length > 1 && (cover.ifInWindow ? cover.lateMinMonths < cover.maxMonths : cover.minMonths < cover.maxMonths))
        return cover.ifInWindow ? t('cover.afterWaitCasesInWindow', { date: d(cover.ifInWindow) }) : t('cover.afterWaitCases');
      return cover.ifInWindow
        ? t('cover.afterWaitInWindow', { date: d(cover.ifInWindow), months: months(cover.lateMinMonths, cover.maxMonths) })
        : t('cover.afterWait', { months: months(cover.minMonths, cover.maxMonths) });
    case 'already-covered':
      return t('cover.already');
    case 'local':
      return t('cover.local');
    default:
      return t('cover.notApplicable');
  }
}

/**
 * An option's enrollment window, short, for the comparison, as its sentences. Never a countdown.
 * The phone's compact comparison leaves out `lastSourced` (context, in the full card); the rest is the same text.
 */
export function windowParts({ t, w, d }: Ctx, win: EnrollmentWindow): { text: string; part: 'main' | 'lastSourced' }[] {
  switch (win.kind) {
    case 'regional':
      return [{ text: t('window.regional', { opens: d(win.opensOn), closes: d(win.closesOn), year: win.benefitYear }), part: 'main' }];
    case 'newborn':
      // Another place's rule is labelled as such: never this place's limit.
      if (win.rule === 'other-places') return [{ text: t('window.newbornOther', { closes: d(win.closesOn) }), part: 'main' }];
      return [{
        text: win.closesOnLatest && win.closesOnLatest !== win.closesOn
          ? t('window.newbornRange', { closes: d(win.closesOn), latest: d(win.closesOnLatest) })
          : t('window.newborn', { closes: d(win.closesOn) }),
        part: 'main',
      }];
    case 'unsourced': {
      const parts: { text: string; part: 'main' | 'lastSourced' }[] = [{ text: t('window.unsourced', { year: win.benefitYear }), part: 'main' }];
      if (win.lastSourced) parts.push({ text: t('window.lastSourced', { year: win.lastSourced.benefitYear, opens: d(win.lastSourced.opensOn), closes: d(win.lastSourced.closesOn) }), part: 'lastSourced' });
      if (win.safeBy) parts.push({ text: t('window.safeBy', { date: d(win.safeBy) }), part: 'main' });
      return parts;
    }
    default:
      return [{ text: w(`windowKinds.${win.kind}`), part: 'main' }];
  }
}

/** An option's enrollment window in full, for the comparison's table and cards. */
export function windowText(ctx: Ctx, win: EnrollmentWindow): string {
  return windowParts(ctx, win).map((p) => p.text).join(' ');
}

/**
 * Below the to-do's four answers: a newborn's longest local reading, and what happens if the date
 * is missed (only where there is a date to miss).
 */
export function DeadlineNotes({ ctx: { t, w, d }, deadline, option }: { ctx: Ctx; deadline: Deadline; option: Option }) {
  const win = option.window;
  const latest = (deadline.kind === 'sourced' || deadline.kind === 'act-by') && win.kind === 'newborn' && win.closesOnLatest && win.closesOnLatest !== deadline.date ? win.closesOnLatest : null;
  const missed = (deadline.kind === 'sourced' || deadline.kind === 'act-by') && win.ifMissed !== 'none';
  return (
    <>
      {latest && <p className="text-base">{t('deadline.newbornLatest', { date: d(latest) })}</p>}
      {missed && <p className="if-missed text-base"><span className="font-semibold">{t('deadline.ifMissed')}</span>{w(`ifMissed.${win.ifMissed}`)}</p>}
    </>
  );
}

/** The headline date, per kind: only a sourced date has "days left"; advice is never a deadline. */
export function DeadlineText({ ctx, deadline, option }: { ctx: Ctx; deadline: Deadline; option: Option }) {
  const { t, d, md, conf } = ctx;
  const win = option.window;
  switch (deadline.kind) {
    case 'sourced':
      return (
        <div data-deadline="sourced">
          <p className="text-lg font-bold">
            {deadline.window === 'newborn' ? t('deadline.newborn', { date: d(deadline.date) }) : t('deadline.sourced', { date: d(deadline.date) })}
            {deadline.daysLeft !== null && <> <span className="countdown inline-block max-w-full">{t('deadline.daysLeft', { days: deadline.daysLeft })}</span></>}
            {' '}<span className="confidence inline-block max-w-full text-base font-normal text-ink-muted">({conf(deadline.confidence)})</span>
          </p>
          {deadline.opensOn && <p>{t('deadline.opensOn', { date: d(deadline.opensOn) })}</p>}
        </div>
      );
    case 'act-by':
      if (deadline.basis === 'other-places-newborn') {
        // A newborn limit read from other places' rules: advice, labelled with whose rule it is.
        const days = win.kind === 'newborn' ? Math.round((Date.parse(win.closesOn) - Date.parse(win.opensOn)) / 86_400_000) + 1 : null;
        return (
          <div data-deadline="act-by" data-basis={deadline.basis}>
            <p className="text-lg font-bold">{t('deadline.actBy', { date: d(deadline.date) })}</p>
            {days !== null && <p>{t('deadline.basisOtherPlacesNewborn', { days })}</p>}
          </div>
        );
      }
      return (
        <div data-deadline="act-by" data-basis={deadline.basis}>
          <p className="text-lg font-bold">{t('deadline.actBy', { date: d(deadline.date) })}</p>
          <p>
            {win.kind === 'unsourced' && t('deadline.notInSources', { year: win.benefitYear })}{' '}
            {deadline.basis === 'last-year-local' && win.kind === 'unsourced' && win.lastSourced
              ? t('deadline.basisLastYear', { year: win.lastSourced.benefitYear, opens: d(win.lastSourced.opensOn), closes: d(win.lastSourced.closesOn) })
              : deadline.basis === 'last-year-local'
                ? t('deadline.basisLastYearShort')
                : win.kind === 'unsourced' && win.lastSourced
                  ? t('deadline.basisEarliestSeenWithLast', { year: win.lastSourced.benefitYear, opens: d(win.lastSourced.opensOn), closes: d(win.lastSourced.closesOn), day: md(win.seen.closesEarliest) })
                  : win.kind === 'unsourced'
                    ? t('deadline.basisEarliestSeen', { day: md(win.seen.closesEarliest) })
                    : t('deadline.basisEarliestSeenShort')}
          </p>
        </div>
      );
    case 'act-now':
      return (
        <div data-deadline="act-now">
          <p className="text-lg font-bold">{t('deadline.actNow')}</p>
          <p>
            {deadline.basis === 'newborn-shortest-passed' ? t(win.kind === 'newborn' && win.rule === 'other-places' ? 'deadline.actNowNewbornOther' : 'deadline.actNowNewborn')
              : deadline.basis === 'season-dates-passed' ? t('deadline.actNowSeason', { day: win.kind === 'unsourced' ? md(win.seen.closesEarliest) : '' })
              : t('deadline.actNowClosed')}
          </p>
        </div>
      );
    case 'any-time':
      return <p data-deadline="any-time">{t('deadline.anyTime')}</p>;
    default:
      return <p data-deadline="none">{t('deadline.none')}</p>;
  }
}

/** The last sourced figures, each labelled by year and whose (context when this year's is not in our sources). */
function LastFigures({ ctx, c }: { ctx: Ctx; c: Contribution }) {
  const { t, w, conf } = ctx;
  if (c.lastPublished.length === 0) return null;
  return (
    <ul className="list-disc pl-6" data-last-figures>
      {c.lastPublished.map((l) => (
        <li key={`${l.whose}-${l.benefitYear}`} data-whose={l.whose}>
          {t('cost.lastFigure', {
            whose: l.whose === 'national' ? t('cost.nationalStandard') : l.label ? w(`contributionLabels.${l.label}`) : t('cost.place'),
            year: l.benefitYear,
            amount: amounts(ctx, l.tiersYuan),
          })}
          <span className="confidence text-ink-muted"> ({conf(l.confidence)})</span>
        </li>
      ))}
    </ul>
  );
}

const amounts = ({ t, yuan }: Ctx, tiers: number[]) => (tiers.length === 1 ? yuan(tiers[0] as number) : t('cost.tiers', { list: tiers.map(yuan).join(' / ') }));

/**
 * The bold line of one benefit year's cost: what this person pays (`personalPay`). The card's
 * `YearCost` and the phone's compact comparison both print this, so the two never differ.
 */
export function yearHeadline(ctx: Ctx, c: Contribution, year: number | null): string {
  const { t, w, locale } = ctx;
  const pay = personalPay(c);
  if (pay.kind === 'amount' && pay.byGroupRule && c.groupShare?.kind === 'place-rule') return amounts(ctx, pay.yuan);
  if (pay.kind === 'subsidised') return w(`subsidyKinds.${pay.subsidy}`);
  if (pay.kind === 'group-rule-no-amount') return t('cost.groupRuleSubsidy', { subsidy: pay.subsidyYuan.toLocaleString(locale) });
  if (c.tiersYuan.length > 0) return amounts(ctx, c.tiersYuan);
  if (c.kind === 'not-published') return year !== null ? t('cost.notInSources', { year }) : w('contributionKinds.not-published');
  return c.payroll ? t('cost.payroll', { employer: c.payroll.employerPct, employee: c.payroll.employeePct }) : w(`contributionKinds.${c.kind}`);
}

/**
 * One benefit year's cost. The bold line is what this person pays (`personalPay`): for someone in a
 * subsidised group it is the place's stated rule, or else "usually paid in full / in part — confirm
 * locally", with the standard amount below as context only (F4.4).
 */
function YearCost({ ctx, c, year }: { ctx: Ctx; c: Contribution; year: number | null }) {
  const { t, w, locale } = ctx;
  const pay = personalPay(c);
  const g = c.groupShare;
  const groupNames = (groups: readonly string[]) => ctx.list(groups.map((x) => w(`questions.special-groups.options.${x}`)));
  const place = w(`regionNames.${c.region}`);
  const yearLine = (
    <p>
      {c.label ? `${w(`contributionLabels.${c.label}`)} · ` : ''}
      {year !== null && t('cost.year', { year })}
      {c.kind === 'national-standard' && ` · ${t('cost.national')}`}
    </p>
  );
  const notInSources = <p data-amount-missing>{year !== null ? t('cost.notInSources', { year }) : w('contributionKinds.not-published')}</p>;
  if (pay.kind === 'amount' && pay.byGroupRule && g?.kind === 'place-rule') {
    return (
      <>
        <p className="text-lg font-bold" data-amount="group-rule">{yearHeadline(ctx, c, year)}</p>
        <p data-group-rule={g.covers}>
          {g.covers === 'whole-contribution'
            ? t('cost.groupRuleWhole', { place, year: g.benefitYear, groups: groupNames(g.groups) })
            : t('cost.groupRulePart', { place, year: g.benefitYear, groups: groupNames(g.groups), subsidy: (g.subsidyYuan ?? 0).toLocaleString(locale) })}
          {c.tiersYuan.length > 0 && <> {t('cost.standardIs', { amount: amounts(ctx, c.tiersYuan) })}</>}
        </p>
        {yearLine}
      </>
    );
  }
  if (pay.kind === 'subsidised' || pay.kind === 'group-rule-no-amount') {
    return (
      <>
        <p className="text-lg font-bold" data-amount="subsidised">
          {yearHeadline(ctx, c, year)}
        </p>
        {g?.kind === 'usually' && g.placeReport && <p data-group-report>{t('cost.groupReport', { place, groups: groupNames(g.placeReport.groups) })}</p>}
        {c.tiersYuan.length > 0 ? (
          <>
            <p data-standard-context>{t('cost.standardContext', { amount: amounts(ctx, c.tiersYuan) })}</p>
            {yearLine}
          </>
        ) : (
          <>
            {notInSources}
            {c.lastPublished.length > 0 && <p>{t('cost.standardContextLast')}</p>}
            <LastFigures ctx={ctx} c={c} />
          </>
        )}
      </>
    );
  }
  if (c.tiersYuan.length > 0) {
    return (
      <>
        <p className="text-lg font-bold" data-amount>{yearHeadline(ctx, c, year)}</p>
        {yearLine}
        {c.governmentSubsidyYuan !== null && <p>{t('cost.subsidy', { amount: c.governmentSubsidyYuan.toLocaleString(locale) })}</p>}
      </>
    );
  }
  if (c.kind === 'not-published') {
    return (
      <>
        <p className="text-lg font-bold" data-amount="not-in-sources">{yearHeadline(ctx, c, year)}</p>
        <LastFigures ctx={ctx} c={c} />
      </>
    );
  }
  return c.payroll ? (
    <p className="font-bold" data-amount="payroll">{yearHeadline(ctx, c, year)}</p>
  ) : (
    <p className="font-bold" data-amount={c.kind}>{yearHeadline(ctx, c, year)}</p>
  );
}

/** The total over the benefit years a window needs, where every year's figure is known. */
function yearsTotalText({ t, locale }: Ctx, c: Contribution, range: { minYuan: number; maxYuan: number }): string {
  if (c.yearsRule !== 'place') return t('cost.yearsTotalMaybe', { amount: range.maxYuan.toLocaleString(locale) });
  return range.minYuan === range.maxYuan
    ? t('cost.yearsTotal', { amount: range.maxYuan.toLocaleString(locale) })
    : t('cost.yearsTotalRange', { min: range.minYuan.toLocaleString(locale), max: range.maxYuan.toLocaleString(locale) });
}

/**
 * What it costs in a few words, for the phone's compact comparison: the total where several years
 * are due and every figure is known, or else each year's bold line (labelled with its year when
 * there are several). Every piece is a line `CostText` prints too.
 */
export function costPieces(ctx: Ctx, c: Contribution, fallbackYear: number | null): string[][] {
  const years = costYears(c);
  if (years.length > 1) {
    const range = costRange(c);
    if (range) return [[yearsTotalText(ctx, c, range)]];
  }
  return years.map((y, i) => {
    const year = y.benefitYear ?? (i === 0 ? fallbackYear : null);
    return years.length > 1 && year !== null ? [ctx.t('cost.year', { year }), yearHeadline(ctx, y, year)] : [yearHeadline(ctx, y, year)];
  });
}

/**
 * What it costs: each benefit year the window needs with its own figure (a newborn's window that
 * runs into the next year: both years, led by whether paying both is the place's rule or only
 * "may need to — confirm locally", F4.2), then the total where every year's figure is known.
 */
export function CostText({ ctx, c, fallbackYear, groups = true }: { ctx: Ctx; c: Contribution; fallbackYear: number | null; groups?: boolean }) {
  const { t } = ctx;
  const years = costYears(c);
  const several = years.length > 1;
  const range = several ? costRange(c) : null;
  const yearList = years.map((y) => t('cost.year', { year: y.benefitYear ?? 0 })).join(ctx.locale === 'en' ? ' and ' : '和');
  return (
    <div data-cost={c.kind} data-years={years.length}>
      {several && (
        <p className="font-semibold" data-years-rule={c.yearsRule}>
          {c.yearsRule === 'place' ? t('cost.everyYearPlace', { place: ctx.w(`regionNames.${c.region}`), years: yearList }) : t('cost.everyYearMaybe', { years: yearList })}
        </p>
      )}
      {years.map((y, i) => (
        <div key={y.benefitYear ?? i} data-benefit-year={y.benefitYear ?? undefined} className={several ? 'mt-1' : undefined}>
          <YearCost ctx={ctx} c={y} year={y.benefitYear ?? (i === 0 ? fallbackYear : null)} />
        </div>
      ))}
      {several && range && <p className="font-semibold" data-years-total>{yearsTotalText(ctx, c, range)}</p>}
      {groups && c.specialGroupSubsidy.length > 1 && <GroupSubsidies ctx={ctx} subsidies={c.specialGroupSubsidy} />}
    </div>
  );
}

/** Special groups whose premium is (partly) paid locally: always "confirm locally". */
export function GroupSubsidies({ ctx: { t, w }, subsidies }: { ctx: Ctx; subsidies: Contribution['specialGroupSubsidy'] }) {
  if (subsidies.length === 0) return null;
  return (
    <ul className="mt-1 list-disc pl-6" data-group-subsidies>
      {subsidies.map((s) => (
        <li key={s.group}>{t('cost.specialGroup', { group: w(`questions.special-groups.options.${s.group}`), kind: w(`subsidyKinds.${s.kind}`) })}</li>
      ))}
    </ul>
  );
}
