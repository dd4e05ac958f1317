import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site';
import { CITY_REGIONS, QUESTIONS, type Choice, nationalNewbornWindow, isUnknown, valueAt } from '@/lib/rules';
import { outcomeTable, paperQuestions, type Condition } from '@/lib/tools/paper';
import { rulesWords, type Words } from '@/lib/wizard/words';
import { QrCode, qrCodeSvg } from '@/components/wizard/QrCode';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import { WithPhones } from '@/components/ui/Phones';

/** A square to tick with a pen: drawn with a border, so it prints in black and white at any size. */
function Box() {
  return <span aria-hidden="true" className="box mt-1 inline-block size-5 shrink-0 border-2 border-current" />;
}

function choiceText(w: Words, c: Choice): string {
  return `${w(`schemes.${c.scheme}`)} · ${w(`groups.${c.group}`)}`;
}

/**
 * The paper check: every question of the check with boxes to tick, when each is asked, and the
 * outcome table, all generated from the flow and the rules (lib/tools/paper.ts). It is an intake
 * sheet: the table reads only the situation and the hukou, so the sheet says the result comes from
 * the check (or from quick entry, where staff type the ticks in). A document:
 * no script, no form; it is made to be printed (two A4 pages at most).
 */
export async function PaperCheck({ locale, asOf }: { locale: Locale; asOf: string }) {
  const t = translations({ locale, namespace: 'Paper' });
  const w = rulesWords(locale, { asOf });
  const questions = paperQuestions();
  const numberOf = new Map(questions.map((q) => [q.id, q.number]));
  const checkUrl = `${siteUrl}/${locale}/check`;
  const quickUrl = `${siteUrl}/${locale}/check/all`;
  const qr = await qrCodeSvg(checkUrl);
  const newborn = valueAt(nationalNewbornWindow, asOf);
  const newbornDays = newborn && !isUnknown(newborn.value) ? newborn.value.shortest.days ?? null : null;
  const situationNumber = numberOf.get('situation') ?? 0;

  const valueText = (c: Condition, v: string) => {
    const q = QUESTIONS.find((x) => x.id === c.question);
    return q?.input === 'number' ? t('ageValue', { value: v }) : w(`questions.${c.question}.options.${v}`);
  };

  return (
    <article className="paper-check print-sheet max-w-3xl text-lg print:max-w-none">
      <h1 className="text-3xl">{t('title')}</h1>
      <p className="my-3">{t('lead')}</p>
      <div className="my-4 flex items-center gap-4 print:my-1">
        <QrCode svg={qr} label={checkUrl} size={96} />
        <p>
          {t('online')} <span className="break-all font-mono text-base">{checkUrl}</span>
        </p>
      </div>
      <p className="my-2" data-intake>
        {t('intake')} <span className="break-all font-mono text-base">{quickUrl}</span>
      </p>

      <h2 className="mt-6 text-2xl">{t('partQuestions')}</h2>
      <ol className="paper-questions mt-2 space-y-4 print:space-y-0">
        {questions.map((q) => (
          <li key={q.id} className="break-inside-avoid" data-question={q.id}>
            <p className="font-bold">
              {q.number}. {w(`questions.${q.id}.title.self`)}
            </p>
            {q.askedWhen.length > 0 && (
              <p className="text-base italic">
                {q.askedWhen
                  .map((c) => t('askedWhen', { number: numberOf.get(c.question) ?? 0, values: c.values.map((v) => valueText(c, v)).join(` ${t('or')} `) }))
                  .join('；')}
              </p>
            )}
            {q.input === 'checkbox' && <p className="text-base">{t('tickAll')}</p>}
            {q.input === 'number' && (
              <p>
                {t('writeNumber')} <span aria-hidden="true" className="inline-block w-24 border-b-2 border-current">&nbsp;</span>
              </p>
            )}
            {q.input === 'date' && <p>{t('writeDate')}</p>}
            {(q.input === 'radio' || q.input === 'checkbox') && (
              <ul className="mt-1 grid gap-x-6 gap-y-1 sm:grid-cols-2 print:grid-cols-2">
                {q.options.map((o) => (
                  <li key={o} className="flex items-start gap-2">
                    <Box />
                    <span>{w(`questions.${q.id}.options.${o}`)}</span>
                  </li>
                ))}
                {q.input === 'checkbox' && (
                  <li className="flex items-start gap-2">
                    <Box />
                    <span>{t('none')}</span>
                  </li>
                )}
              </ul>
            )}
          </li>
        ))}
      </ol>

      <h2 className="mt-8 text-2xl">{t('partOutcomes')}</h2>
      <p className="my-2 text-base">{t('outcomesLead', { number: situationNumber, places: CITY_REGIONS.map((r) => w(`regionNames.${r}`)).join(locale === 'en' ? ', ' : '、') })}</p>
      {/* Three columns do not fit large text on a phone: the table scrolls in its own box, not the page. */}
      <div className="paper-outcomes overflow-x-auto" tabIndex={0}>
      <table className="mt-2 w-full border-collapse text-base">
        <thead>
          <tr>
            <th scope="col" className="border border-current p-2 text-left">{t('colSituation', { number: situationNumber })}</th>
            <th scope="col" className="border border-current p-2 text-left">{t('colLocal')}</th>
            <th scope="col" className="border border-current p-2 text-left">{t('colOtherWithPermit')}</th>
          </tr>
        </thead>
        <tbody>
          {outcomeTable(asOf).map((row) => {
            const [local, other] = row.cells;
            const same = local && other && JSON.stringify(local) === JSON.stringify({ ...other, hukou: local.hukou });
            const cell = (c: NonNullable<typeof local>) => (
              <>
                <strong>{choiceText(w, c.primary)}</strong>
                <br />
                {t('where', { where: w(`places.${c.primary.where}`) })}
                {c.alternatives.length > 0 && (
                  <>
                    <br />
                    {t('orAlso')} {c.alternatives.map((a) => choiceText(w, a)).join('；')}
                  </>
                )}
              </>
            );
            return (
              <tr key={row.situation} className="break-inside-avoid" data-situation={row.situation}>
                <th scope="row" className="border border-current p-2 text-left align-top font-normal">{w(`questions.situation.options.${row.situation}`)}</th>
                {same && local ? (
                  <td colSpan={2} className="border border-current p-2 align-top">
                    {cell(local)} <span className="text-base">{t('sameForAll')}</span>
                  </td>
                ) : (
                  row.cells.map((c) => (
                    <td key={c.hukou} className="border border-current p-2 align-top">
                      {cell(c)}
                    </td>
                  ))
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
      {newbornDays !== null && <p className="my-3">{t('newborn', { days: newbornDays })}</p>}
      <p className="my-3"><WithPhones text={t('askLocally')} /></p>
      <p className="text-base">
        {t('asOf', { date: formatIsoDate(asOf, locale) })} {t('notGov')}
      </p>
    </article>
  );
}
