/**
 * The season notice: which benefit year of the resident scheme is being collected on the day the
 * page is built, whether our sources hold that year's local dates and amounts, and the national
 * standard for it — all from lib/content/season.ts, which asks the rules (`evaluate`). It says the
 * day it was worked out for, so a reader of an old copy can tell.
 * Used on the home page and in the guides about paying (MDX: `<SeasonNotice />`).
 */
import type React from 'react';
import Link from 'next/link';
import { getLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { WithPhones } from '@/components/ui/Phones';
import { type SourcedRegion, nationalResidentIndividual, observedWindows, regionalWindows, isUnknown, valueAt, valueForYear, ruleFigures } from '@/lib/rules';
import { seasonOn } from '@/lib/content/season';
import { rulesWords } from '@/lib/wizard/words';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import { guideDay, monthDay, NoBreak, type Provenance } from './figures/shared';

/** What the notice rests on, on `asOf`: the span of windows seen, any local dates it states, the national figure it gives. */
export function seasonProvenance(asOf: string): Provenance[] {
  const s = seasonOn(asOf);
  const out: Provenance[] = [];
  const seen = valueAt(observedWindows, asOf) ?? valueAt(observedWindows, '2099-12-31');
  if (seen) out.push(seen);
  for (const p of s.places) {
    const region = p.region as SourcedRegion;
    for (const year of [p.datesSourced ? p.benefitYear : null, p.closed?.benefitYear ?? null]) {
      const r = year === null ? null : valueForYear(regionalWindows[region], year);
      if (r && !isUnknown(r.value)) out.push(r);
    }
  }
  const amountYear = s.nationalSourced ? s.benefitYear : s.national.lastAmount?.benefitYear;
  const national = amountYear === undefined ? null : valueForYear(nationalResidentIndividual, amountYear);
  if (national && !isUnknown(national.value)) out.push(national);
  return out;
}

export async function SeasonNotice({ locale: given }: { locale?: Locale }) {
  const locale: Locale = given ?? (await getLocale());
  const t = translations({ locale, namespace: 'Season' });
  const asOf = guideDay();
  const w = rulesWords(locale, { asOf });
  const s = seasonOn(asOf);
  const md = (m: { month: number; day: number }) => monthDay(locale, m.month, m.day);
  const date = (iso: string) => formatIsoDate(iso, locale);
  const d = (chunks: React.ReactNode) => <NoBreak>{chunks}</NoBreak>;
  const yuan = (n: number) => t('yuan', { amount: n.toLocaleString(locale) });
  const place = (r: string) => w(`regionNames.${r}`);
  const year = String(s.benefitYear);
  const withDates = s.places.filter((p) => p.datesSourced && p.window);
  const closed = s.places.filter((p) => p.closed);
  const lastNational = s.national.lastAmount;
  return (
    <aside
      className="season-notice my-6 break-inside-avoid rounded-md border-2 border-brand bg-brand-light px-4 py-3"
      aria-labelledby="season-title"
      data-season=""
      data-as-of={asOf}
      data-benefit-year={s.benefitYear}
      data-under-way={String(s.underWay)}
    >
      <p id="season-title" className="!my-0 text-xl font-bold">
        {s.underWay ? t('titleOpen', { year }) : t('titleNotStarted', { year })}
      </p>
      <p className="!mt-2 !mb-0">
        {s.underWay
          ? t.rich('leadOpen', { year, cover: date(`${year}-01-01`), fixedMonths: ruleFigures(asOf).fixedMonths, d })
          : t('leadNotStarted', { year, previous: String(s.benefitYear - 1) })}
      </p>
      <p className="!mt-2 !mb-0" data-seen="">
        {t('span', { opens: md(s.seen.opens), closesEarliest: md(s.seen.closesEarliest), closesLatest: md(s.seen.closesLatest) })}
      </p>
      {s.underWay && (
        <p className="!mt-2 !mb-0" data-safe-by={s.safeBy ?? 'passed'}>
          {s.safeBy ? t.rich(s.safeByBasis === 'earliest-seen' ? 'safeBy' : 'safeByLocal', { date: date(s.safeBy), d }) : t('safeByPassed')}
        </p>
      )}
      {withDates.length === 0 ? (
        <p className="!mt-2 !mb-0" data-places="none"><WithPhones text={t('placesNone', { year })} /></p>
      ) : (
        <div className="!mt-2" data-places="some">
          <p className="!my-0">{t('placesSome', { year })}</p>
          <ul className="!my-1 list-disc !pl-6">
            {withDates.map((p) => p.window && (
              <li key={p.region} className="!my-0.5" data-place={p.region}>
                {t.rich('placeDates', { place: place(p.region), opens: date(p.window.opensOn), closes: date(p.window.closesOn), d })}
              </li>
            ))}
          </ul>
          <p className="!my-0">{t('placesOthers')}</p>
        </div>
      )}
      {closed.map((p) => p.closed && (
        <p key={p.region} className="!mt-2 !mb-0" data-closed={p.region}>
          {t.rich('closed', { place: place(p.region), year: String(p.closed.benefitYear), date: date(p.closed.closesOn), next: String(p.benefitYear), d })}
        </p>
      ))}
      <p className="!mt-2 !mb-0" data-national={s.nationalSourced ? 'sourced' : 'not-in-sources'}>
        {s.nationalSourced && s.national.amount
          ? t('nationalKnown', { year, amount: yuan(s.national.amount[0] ?? 0) })
          : lastNational
            ? t('nationalNone', { year, last: String(lastNational.benefitYear), amount: yuan(lastNational.tiersYuan[0] ?? 0) })
            : t('nationalUnknown', { year })}
      </p>
      <p className="!mt-2 !mb-0">
        <Link href={`/${locale}/guides/missed-payment`} prefetch={false}>{t('missed')}</Link>
      </p>
      <p className="!mt-2 !mb-0 text-base text-ink-muted" data-as-of-line="">{t.rich('asOf', { date: date(asOf), d })}</p>
    </aside>
  );
}
