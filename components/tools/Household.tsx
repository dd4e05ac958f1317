import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site';
import { Answers, answersToSearchParams, type Answers as AnswersT, type Channel } from '@/lib/rules';
import { MAX_PEOPLE, householdToSearchParams, type ParsedHousehold, type Person } from '@/lib/household/link';
import { summarizeHousehold, type Cost, type Row } from '@/lib/household/summary';
import { stepPath } from '@/lib/wizard/steps';
import { resultContext, type Ctx } from '@/lib/result/context';
import { DeadlineText } from '@/lib/result/words';
import { QrCode, qrCodeSvg } from '@/components/wizard/QrCode';
import { Hotlines } from '@/components/wizard/result/Details';
import { ShareTools } from '@/components/wizard/result/Share';
import { isConfirmLocally, VISIBLE_WARNINGS } from '@/components/wizard/result/Warnings';
import { WithPhones } from '@/components/ui/Phones';
import { SeasonNote, seasonApplies } from '@/lib/result/season';
import { colonFor } from '@/lib/i18n/punctuation';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import { primaryButton, secondaryButton } from '@/components/ui/buttons';

const href = (locale: string, people: readonly Person[]) => `/${locale}/household?${householdToSearchParams(people).toString()}`;

/**
 * The household page: one line per person (who, scheme, cost, by when), the most urgent deadline
 * first, one checklist of papers with whose each is, the yearly total where every amount is known,
 * family sharing, and the link that carries it all. A document: every control is a link or a GET
 * form, so it works the same without JavaScript. Nothing is stored; the household is the link.
 */
export async function Household({ locale, parsed, asOf }: { locale: Locale; parsed: ParsedHousehold; asOf: string }) {
  const t = translations({ locale, namespace: 'Household' });
  const site = translations({ locale, namespace: 'Site' });
  const footer = translations({ locale, namespace: 'Footer' });
  // Every person on the list is someone the page's user acts for: the helper's voice (TA / they).
  const ctx: Ctx = await resultContext(locale, 'helper', asOf);
  const people: Person[] = parsed.people.map(({ label, answers }) => ({ label, answers }));
  const complete = parsed.people.map((p) => Answers.safeParse({ ...p.answers, who: 'helper' }));
  const members = parsed.people.flatMap((p, i) => {
    const r = complete[i];
    return r?.success ? [{ label: p.label, answers: r.data, index: i }] : [];
  });
  const summary = summarizeHousehold(members.map((m) => ({ label: m.label, answers: m.answers })), asOf);
  // Summary rows are indexes into `members`; show people by their place in the household.
  const personIndex = (row: number) => members[row]?.index ?? row;
  const name = (i: number) => parsed.people[i]?.label ?? t('person', { n: i + 1 });
  const names = (rows: number[]) => ctx.list(rows.map((r) => name(personIndex(r))));
  const link = `${siteUrl}${href(locale, people)}`;
  const qr = people.length > 0 ? await qrCodeSvg(link) : null;
  const full = people.length >= MAX_PEOPLE;
  const listQuery = householdToSearchParams(people).toString();
  // Adding or changing people is the editor's work (/household/edit): it returns here with the new link.
  const editorHref = (extra: string) => `/${locale}/household/edit?${[listQuery, extra].filter(Boolean).join('&')}`;
  const addHref = editorHref('add=1');

  const payGroups = wherePay(summary.rows);
  const caveats = caveatsOf(summary.rows, ctx);

  const costText = (c: Cost | undefined) => {
    if (!c || c.kind === 'unknown') return t('cost.unknown');
    if (c.kind === 'none') return t('cost.none');
    if (c.kind === 'not-fixed') return t('cost.notFixed');
    const amount = c.minYuan === c.maxYuan ? ctx.yuan(c.minYuan) : t('cost.range', { min: c.minYuan, max: c.maxYuan });
    // The year the amount is for (a newborn joins for this benefit year; others may be paying for the next).
    const text = c.benefitYear !== null ? t('cost.ofYear', { year: c.benefitYear, amount }) : amount;
    if (c.why === 'subsidised') return t('cost.subsidised', { amount: text });
    if (c.why === 'years-place') return t('cost.yearsPlace', { amount: text, years: (c.years ?? []).join(locale === 'en' ? ' and ' : '、') });
    if (c.why === 'years') return t('cost.years', { amount: text, years: (c.years ?? []).join(locale === 'en' ? ' and ' : '、') });
    return text;
  };

  return (
    <article className="household print-sheet max-w-3xl">
      <h1 className="text-3xl sm:text-4xl">{t('title')}</h1>
      {/* On paper the site's name and the date stand under the title (the sheet has no header bar). */}
      <p className="hidden print:block" data-print-asof>{site('name')} · {ctx.t('print.asOf', { date: formatIsoDate(asOf, locale) })}</p>
      <p className="my-3 text-lg">{people.length === 0 ? t('leadEmpty') : t('lead', { count: people.length })}</p>
      {parsed.overflow > 0 && (
        <p role="status" className="my-3 border-l-4 border-current p-3" data-notice="overflow">
          {t('overflow', { max: MAX_PEOPLE, count: parsed.overflow })}
        </p>
      )}
      {parsed.people.some((p) => p.dropped.length > 0) && (
        <p role="status" className="my-3 border-l-4 border-current p-3" data-notice="dropped">
          {t('dropped')}
        </p>
      )}

      {summary.headline && (
        <section className="my-4 border-4 border-brand p-4" data-section="headline" aria-labelledby="hh-first">
          <h2 id="hh-first" className="text-xl">{t('first', { who: names(summary.headline.whose) })}</h2>
          {summary.rows[summary.headline.whose[0] ?? 0]?.outcome.options[0] && (
            <DeadlineText ctx={ctx} deadline={summary.headline.deadline} option={summary.rows[summary.headline.whose[0] ?? 0]!.outcome.options[0]!} />
          )}
        </section>
      )}

      {people.length > 0 && (
        <section className="my-6" data-section="people" aria-labelledby="hh-people">
          <h2 id="hh-people" className="text-2xl">{t('peopleTitle')}</h2>
          <ol className="mt-3 space-y-4">
            {parsed.people.map((p, i) => {
              const row = members.findIndex((m) => m.index === i);
              const r = row >= 0 ? summary.rows[row] : undefined;
              const first = r?.outcome.options[0];
              const rest = people.filter((_, j) => j !== i);
              const answers = complete[i]?.success ? (complete[i].data as AnswersT) : { ...p.answers, who: 'helper' as const };
              const resultHref = `${stepPath(locale, 'result')}?${answersToSearchParams(answers).toString()}`;
              const editHref = `${editorHref(`edit=${i}`)}#p${i}-l`;
              return (
                <li key={i} className="break-inside-avoid rounded border-2 border-ink-muted p-4" data-person={i}>
                  <h3 className="text-xl font-bold">{name(i)}</h3>
                  {first && r ? (
                    <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
                      <dt className="font-semibold">{t('scheme')}</dt>
                      <dd>{ctx.w(`schemes.${first.choice.scheme}`)} · {ctx.w(`groups.${first.choice.group}`)}</dd>
                      <dt className="font-semibold">{t('costLabel')}</dt>
                      <dd data-cost={summary.costs[row]?.kind}>{costText(summary.costs[row])}</dd>
                      <dt className="font-semibold">{t('byWhen')}</dt>
                      <dd><DeadlineText ctx={ctx} deadline={r.outcome.deadline} option={first} /></dd>
                    </dl>
                  ) : (
                    <p className="mt-2" data-incomplete>{t('incomplete')}</p>
                  )}
                  <p className="no-print mt-3 flex flex-wrap gap-3">
                    {first && <a className={`${secondaryButton} min-h-12`} href={resultHref}>{t('fullResult', { who: name(i) })}</a>}
                    <a className={`${secondaryButton} min-h-12`} href={editHref}>{t('edit', { who: name(i) })}</a>
                    <a className={`${secondaryButton} min-h-12`} href={href(locale, rest)}>{t('remove', { who: name(i) })}</a>
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      )}

      <p className="no-print my-4 flex flex-wrap gap-3">
        {full ? (
          <span data-notice="full">{t('full', { max: MAX_PEOPLE })}</span>
        ) : (
          <a className={`${primaryButton} min-h-12 px-6`} href={addHref}>{people.length === 0 ? t('addFirst') : t('add')}</a>
        )}
        {people.length > 1 && <a className={`${secondaryButton} min-h-12`} href={editorHref('')}>{t('editor.open')}</a>}
      </p>

      {summary.checklist.length > 0 && (
        <section className="my-6" data-section="checklist" aria-labelledby="hh-checklist">
          <h2 id="hh-checklist" className="text-2xl">{t('checklistTitle')}</h2>
          <ul className="mt-2 space-y-1">
            {summary.checklist.map((c) => (
              <li key={c.material} className="flex items-start gap-2" data-material={c.material}>
                <span aria-hidden="true" className="box mt-1 inline-block size-5 shrink-0 border-2 border-current" />
                <span>{ctx.w(`materials.${c.material}`)} <span className="text-ink-muted">— {names(c.whose)}</span></span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {members.length > 0 && (
        <section className="my-6" data-section="total" aria-labelledby="hh-total">
          <h2 id="hh-total" className="text-2xl">{t('totalTitle')}</h2>
          <p className="mt-2 text-lg">
            {summary.total.complete
              ? summary.total.minYuan === summary.total.maxYuan ? t('totalComplete', { amount: summary.total.minYuan }) : t('totalRange', { min: summary.total.minYuan, max: summary.total.maxYuan })
              : summary.total.maxYuan > 0
                ? t('totalKnown', { amount: summary.total.minYuan === summary.total.maxYuan ? summary.total.minYuan : `${summary.total.minYuan}–${summary.total.maxYuan}` })
                : null}
          </p>
          {summary.total.unknown.length > 0 && <p>{t('totalUnknown', { who: names(summary.total.unknown) })}</p>}
          {summary.total.notFixed.length > 0 && <p>{t('totalNotFixed', { who: names(summary.total.notFixed) })}</p>}
          <p className="text-base">{t('totalGroups')}</p>
        </section>
      )}

      {members.length > 0 && (
        <section className="my-6" data-section="channels" aria-labelledby="hh-channels">
          <h2 id="hh-channels" className="text-2xl">{ctx.t('sections.channels')}</h2>
          {/* One line per place and scheme: the people it is for, then the ways to pay there (from each person's result). */}
          <ul className="mt-2 space-y-2">
            {payGroups.map((g) => (
              <li key={g.key} data-pay={g.key}>
                <span className="font-semibold">{names(g.rows)}{g.region && <> ({ctx.w(`regionNames.${g.region}`)})</>}{colonFor(locale)}</span>
                <span className="pay-channels">{g.channels.map((ch) => ctx.w(`channels.${ch}`)).join(locale === 'en' ? '; ' : '；')}</span>
              </li>
            ))}
          </ul>
          <div className="household-hotlines"><Hotlines ctx={ctx} /></div>
        </section>
      )}

      {caveats.length > 0 && (
        <section className="my-6" data-section="caveats" aria-labelledby="hh-caveats">
          <h2 id="hh-caveats" className="text-2xl">{ctx.t('sections.warnings')}</h2>
          {/* What each person's own result prints (its first warnings, the points to confirm at the counter, the season's gaps), each once, with whose it is. */}
          <ul className="mt-2 space-y-2">
            {caveats.map((c) => (
              <li key={c.key} className="rounded-md border-l-8 border-warn bg-warn-light px-4 py-2" data-caveat={c.key}>
                <span className="font-semibold">{names(c.rows)}{colonFor(locale)}</span>{c.node}
              </li>
            ))}
          </ul>
        </section>
      )}

      {summary.sharing && (
        <section className="my-6" data-section="sharing" aria-labelledby="hh-sharing">
          <h2 id="hh-sharing" className="text-2xl">{t('sharingTitle')}</h2>
          <p className="mt-2">{t('sharing', { payers: names(summary.sharing.payers), others: names(summary.sharing.beneficiaries) })}</p>
        </section>
      )}

      {people.length > 0 && qr && (
        <section className="my-6" data-section="share" aria-labelledby="hh-share">
          <h2 id="hh-share" className="text-2xl">{t('shareTitle')}</h2>
          <div className="mt-2 flex flex-wrap items-start gap-4">
            <QrCode svg={qr} label={t('qrLabel')} size={160} />
            <div className="min-w-0 flex-1">
              <p>{t('shareLead')}</p>
              <p className="mt-2 break-all font-mono text-base" data-link>{link}</p>
              <p className="mt-2 font-semibold">{t('privacy')}</p>
              {/* "Copy link" copies "全家参保清单：<link>"; share and print as on a result (the same script). */}
              <div className="mt-3 space-y-3"><ShareTools ctx={ctx} url={link} text={`${t('title')}${colonFor(locale)}${link}`} /></div>
            </div>
          </div>
        </section>
      )}
      <p className="text-base">{t('asOf', { date: formatIsoDate(asOf, locale) })}</p>
      <p className="not-gov text-base font-semibold">{footer('disclaimer')}</p>
    </article>
  );
}

/** Where to pay, grouped: people whose first option names the same place and the same channels share one line. */
function wherePay(rows: readonly Row[]) {
  const groups = new Map<string, { key: string; region: string | null; channels: Channel[]; rows: number[] }>();
  rows.forEach((r, i) => {
    const o = r.outcome.options[0];
    if (!o || o.channels.length === 0) return;
    // Paid by the employer: the same line wherever the place is.
    const region = o.channels.length === 1 && o.channels[0] === 'employer' ? null : r.outcome.region;
    const key = `${region ?? '-'}:${o.channels.join(',')}`;
    const g = groups.get(key) ?? { key, region, channels: o.channels, rows: [] };
    g.rows.push(i);
    groups.set(key, g);
  });
  return [...groups.values()];
}

/**
 * The caveats a single result prints, for every person: its first warnings (VISIBLE_WARNINGS), the
 * later ones to confirm at the counter, and the season note (dates or amounts not in our sources).
 * The same sentence for several people is printed once, with their names.
 */
function caveatsOf(rows: readonly Row[], ctx: Ctx) {
  const out = new Map<string, { key: string; node: React.ReactNode; rows: number[] }>();
  const add = (key: string, text: string, node: React.ReactNode, i: number) => {
    const c = out.get(text);
    if (c) {
      if (!c.rows.includes(i)) c.rows.push(i);
    } else out.set(text, { key: `${key}-${out.size}`, node, rows: [i] });
  };
  rows.forEach((r, i) => {
    const o = r.outcome;
    if (seasonApplies(o, 0) && o.season) {
      const season = o.season;
      const words = [season.underWay ? 'u' : '', season.datesSourced ? '' : 'd', season.amountsSourced ? '' : 'a'].join('');
      if (words !== '') add(`season-${season.benefitYear}-${words}`, `season:${season.benefitYear}:${words}`, <SeasonNote ctx={ctx} season={season} />, i);
    }
    const warnings = [...o.warnings.slice(0, VISIBLE_WARNINGS), ...o.warnings.slice(VISIBLE_WARNINGS).filter((x) => isConfirmLocally(x.id))];
    for (const x of warnings) {
      const text = ctx.w(`warnings.${x.id}`, x.params);
      add(x.id, text, <WithPhones text={text} />, i);
    }
  });
  return [...out.values()];
}
