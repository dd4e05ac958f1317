import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site';
import { REGIONS, answersToSearchParams, continuityRule, nextQuestion, type Region } from '@/lib/rules';
import { seasonOn, type PlaceStatus } from '@/lib/content/season';
import { stepPath } from '@/lib/wizard/steps';
import { rulesWords } from '@/lib/wizard/words';
import { QrCode, qrCodeSvg } from '@/components/wizard/QrCode';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import { WithPhones } from '@/components/ui/Phones';

/** The check with the place already answered: the first question still to ask. */
export function posterCheckUrl(locale: Locale, region: Region): string {
  const answers = { region };
  const next = nextQuestion(answers);
  return `${siteUrl}${stepPath(locale, next === 'summary' ? 'who' : next)}?${answersToSearchParams(answers).toString()}`;
}

/**
 * An A4 poster for enrollment drives (`/{locale}/poster?r=<region>`): a large question, a QR code
 * (64 mm printed) to the check with the place already answered, what our sources say about this season for
 * that place — dates only when sourced, else that the dates are local and what the previous benefit
 * year's were (never an older year's) — when cover starts (the continuity rule, continuity.ts) —
 * and whom to ask; then lines for the local office to write its deadline, phone and address on. A
 * document in black and white: no script, no colour needed; printed, it fills one A4 page.
 */
export async function Poster({ locale, region, asOf }: { locale: Locale; region: Region; asOf: string }) {
  const t = translations({ locale, namespace: 'Poster' });
  const w = rulesWords(locale, { asOf });
  const url = posterCheckUrl(locale, region);
  const qr = await qrCodeSvg(url);
  const season = seasonOn(asOf);
  const place: PlaceStatus = region === 'elsewhere' ? season.national : (season.places.find((p) => p.region === region) ?? season.national);
  const d = (iso: string) => formatIsoDate(iso, locale);
  const name = w(`regionNames.${region}`);
  const year = place.benefitYear;
  // Never an old year's period on a poster about this season: at most the previous benefit year's, labelled with its year.
  const lastWindow = place.lastWindow && place.lastWindow.benefitYear >= year - 1 ? place.lastWindow : null;
  const continuity = continuityRule(asOf);

  return (
    <article className="poster print-sheet mx-auto max-w-3xl text-center" data-region={region}>
      <h1 className="poster-title text-4xl leading-tight sm:text-6xl">{t('headline')}</h1>
      <p className="poster-sub mt-4 text-2xl sm:text-3xl">{t('sub')}</p>
      <div className="poster-qr mx-auto my-6 w-fit border-4 border-current p-3">
        <QrCode svg={qr} label={t('qrLabel', { place: name })} size={264} />
      </div>
      <p className="break-all font-mono text-base">{url}</p>
      <section className="poster-season mx-auto mt-6 max-w-xl border-t-4 border-current pt-4 text-left text-xl" aria-labelledby="poster-season">
        <h2 id="poster-season" className="text-2xl">{region === 'elsewhere' ? t('seasonTitleNational', { year }) : t('seasonTitle', { place: name, year })}</h2>
        {place.datesSourced && place.window ? (
          <p className="mt-2 font-bold" data-dates="sourced">{t('dates', { opens: d(place.window.opensOn), closes: d(place.window.closesOn) })}</p>
        ) : (
          <>
            <p className="mt-2 font-bold" data-dates="local">{t('datesLocal', { year })}</p>
            {lastWindow && (
              <p className="mt-1" data-last-dates={lastWindow.benefitYear}>{t('lastDates', { year: lastWindow.benefitYear, opens: d(lastWindow.opensOn), closes: d(lastWindow.closesOn) })}</p>
            )}
          </>
        )}
        {place.closed && <p className="mt-1">{t('closed', { year: place.closed.benefitYear, date: d(place.closed.closesOn) })}</p>}
        {continuity && (
          <p className="mt-2" data-continuity>
            {t('cover', {
              date: d(`${year}-${String(continuity.continuous.coverStarts.month).padStart(2, '0')}-${String(continuity.continuous.coverStarts.day).padStart(2, '0')}`),
              months: continuity.notContinuous.fixedWaitMonths,
            })}
          </p>
        )}
        <p className="mt-2"><WithPhones text={t('ask')} /></p>
      </section>
      {/* Lines to write on with a pen: what only the local office knows (its dates, phone and address). */}
      <section className="poster-local mx-auto mt-6 max-w-xl border-4 border-current p-4 text-left text-xl" aria-labelledby="poster-local" data-write-in>
        <h2 id="poster-local" className="text-2xl">{t('local.title')}</h2>
        <dl className="mt-2">
          {(['deadline', 'phone', 'address'] as const).map((k) => (
            <div key={k} className="poster-line mt-3 flex flex-wrap items-end gap-2" data-write={k}>
              {/* The label may take the whole line (large text on a phone); the line to write on then follows under it. */}
              <dt className="min-w-0 font-bold">{t(`local.${k}`)}</dt>
              <dd className="min-h-10 min-w-24 flex-1 border-b-2 border-current"><span className="sr-only">{t('local.blank')}</span></dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-base">{t('local.hint')}</p>
      </section>
      <p className="poster-footer mt-6 text-base">{t('footer', { date: d(asOf) })}</p>
      <nav className="no-print mt-8 text-left" aria-labelledby="poster-places">
        <h2 id="poster-places" className="text-xl">{t('otherPlaces')}</h2>
        <ul className="mt-2 flex flex-wrap gap-3">
          {REGIONS.filter((r) => r !== region).map((r) => (
            <li key={r}>
              <a className="inline-flex min-h-12 items-center rounded-md border-2 border-brand px-4 font-semibold" href={`/${locale}/poster?r=${r}`}>
                {w(`regionNames.${r}`)}
              </a>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-base">{t('printHint')}</p>
      </nav>
    </article>
  );
}
