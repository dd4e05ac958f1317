/**
 * The outcome's dates, amounts, waiting periods and windows in words. Shared by the to-do list,
 * the comparison and the detail sections, so the same fact always reads the same way.
 */
import type { Contribution, CoverStart, Deadline, EnrollmentWindow, Option, WaitingPeriod } from '@/lib/rules';
import type { Ctx } from './context';

/** The waiting period if the person acts now. */
export function waitText({ t, w, months }: Ctx, wp: WaitingPeriod): string {
  if (wp.kind === 'months') return t('wait.months', { months: months(wp.minMonths, wp.maxMonths) });
  if (wp.kind === 'local' && wp.maxMonths > 0) return t('wait.localMax', { max: wp.maxMonths });
  return w(`waitKinds.${wp.kind}`);
}

/** When cover starts if the person acts now: worked out with the wait, so the two never disagree. */
export function coverText({ t, d, months }: Ctx, cover: CoverStart): string {
  switch (cover.kind) {
    case 'from-date':
      return t('cover.fromDate', { date: d(cover.date) });
    case 'after-wait':
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

/** An option's enrollment window, short, for the comparison. Never a countdown. */
export function windowText({ t, w, d }: Ctx, win: EnrollmentWindow): string {
  switch (win.kind) {
    case 'regional':
      return t('window.regional', { opens: d(win.opensOn), closes: d(win.closesOn), year: win.benefitYear });
    case 'newborn':
      // Another place's rule is labelled as such: never this place's limit.
      if (win.rule === 'other-places') return t('window.newbornOther', { closes: d(win.closesOn) });
      return win.closesOnLatest && win.closesOnLatest !== win.closesOn
        ? t('window.newbornRange', { closes: d(win.closesOn), latest: d(win.closesOnLatest) })
        : t('window.newborn', { closes: d(win.closesOn) });
    case 'unsourced': {
      const parts = [t('window.unsourced', { year: win.benefitYear })];
      if (win.lastSourced) parts.push(t('window.lastSourced', { year: win.lastSourced.benefitYear, opens: d(win.lastSourced.opensOn), closes: d(win.lastSourced.closesOn) }));
      if (win.safeBy) parts.push(t('window.safeBy', { date: d(win.safeBy) }));
      return parts.join(' ');
    }
    default:
      return w(`windowKinds.${win.kind}`);
  }
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
            {deadline.daysLeft !== null && <> <span className="countdown whitespace-nowrap">{t('deadline.daysLeft', { days: deadline.daysLeft })}</span></>}
            {' '}<span className="confidence whitespace-nowrap text-base font-normal text-ink-muted">({conf(deadline.confidence)})</span>
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

/** What it costs: the figure with its year, or "not in our sources" with the last figures, each labelled. */
export function CostText({ ctx, c, fallbackYear, groups = true }: { ctx: Ctx; c: Contribution; fallbackYear: number | null; groups?: boolean }) {
  const { t, w, yuan, conf, locale } = ctx;
  const amounts = (tiers: number[]) => (tiers.length === 1 ? yuan(tiers[0] as number) : t('cost.tiers', { list: tiers.map(yuan).join(' / ') }));
  const year = c.benefitYear ?? fallbackYear;
  return (
    <div data-cost={c.kind}>
      {c.tiersYuan.length > 0 ? (
        <>
          <p className="text-lg font-bold" data-amount>{amounts(c.tiersYuan)}</p>
          <p>
            {c.label ? `${w(`contributionLabels.${c.label}`)} · ` : ''}
            {year !== null && t('cost.year', { year })}
            {c.kind === 'national-standard' && ` · ${t('cost.national')}`}
          </p>
          {c.governmentSubsidyYuan !== null && <p>{t('cost.subsidy', { amount: c.governmentSubsidyYuan.toLocaleString(locale) })}</p>}
        </>
      ) : c.kind === 'not-published' ? (
        <p className="text-lg font-bold" data-amount="not-in-sources">
          {year !== null ? t('cost.notInSources', { year }) : w('contributionKinds.not-published')}
        </p>
      ) : c.payroll ? (
        <p className="font-bold" data-amount="payroll">{t('cost.payroll', { employer: c.payroll.employerPct, employee: c.payroll.employeePct })}</p>
      ) : (
        <p className="font-bold" data-amount={c.kind}>{w(`contributionKinds.${c.kind}`)}</p>
      )}
      {c.tiersYuan.length === 0 && c.lastPublished.length > 0 && (
        <>
          <ul className="list-disc pl-6" data-last-figures>
            {c.lastPublished.map((l) => (
              <li key={`${l.whose}-${l.benefitYear}`} data-whose={l.whose}>
                {t('cost.lastFigure', {
                  whose: l.whose === 'national' ? t('cost.nationalStandard') : l.label ? w(`contributionLabels.${l.label}`) : t('cost.place'),
                  year: l.benefitYear,
                  amount: amounts(l.tiersYuan),
                })}
                <span className="confidence text-ink-muted"> ({conf(l.confidence)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {groups && <GroupSubsidies ctx={ctx} subsidies={c.specialGroupSubsidy} />}
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
