import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { DatedWindow, Outcome, PartialAnswers } from '@/lib/rules';
import { rulesWords } from '@/lib/wizard/words';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import { isPublished, readGuideMeta } from '@/lib/content/guides';
import { relatedGuides } from './guideLinks';
import { QrCode, qrCodeSvg } from './QrCode';
import { ShareButton } from './ShareButton';
import { PrintButton } from './PrintButton';

type Props = { locale: Locale; outcome: Outcome; answers: Partial<PartialAnswers>; resultUrl: string; reminderHref: string | null };

function Section({ id, title, children, print = true }: { id: string; title: string; children: React.ReactNode; print?: boolean }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-8 break-inside-avoid" data-print={print ? undefined : 'hide'} data-section={id}>
      <h2 id={`${id}-title`} className="mb-3 text-2xl">{title}</h2>
      {children}
    </section>
  );
}

export async function ResultView({ locale, outcome, answers, resultUrl, reminderHref }: Props) {
  const t = await getTranslations({ locale, namespace: 'Check' });
  const w = rulesWords(locale);
  const d = (iso: string) => formatIsoDate(iso, locale);
  const yuan = (n: number) => t('amount.perYear', { amount: n.toLocaleString(locale) });
  const { primary, alternatives, window: win, contribution: c, waitingPeriod: wait } = outcome;
  const dated = 'openNow' in win ? (win as DatedWindow) : null;
  const guides = relatedGuides(outcome, answers).filter(isPublished).map((slug) => readGuideMeta(slug, locale));
  const groupName = (g: string) => w(`questions.special-groups.options.${g}`);
  const qr = await qrCodeSvg(resultUrl);

  return (
    <div className="result max-w-prose">
      <h1 className="text-3xl sm:text-4xl">{t('resultTitle')}</h1>
      <p className="mt-2 text-ink-muted">{t('asOf', { date: d(outcome.asOf) })}</p>
      {answers.who === 'helper' && <p className="mt-2 font-semibold">{t('forHelper')}</p>}
      <p className="hidden print:block">{t('printedOn', { date: d(outcome.asOf) })}</p>

      <Section id="scheme" title={t('sections.scheme')}>
        <div className="rounded-lg border-4 border-brand bg-brand-light p-4">
          <p className="text-2xl font-bold">{w(`schemes.${primary.scheme}`)}</p>
          <p className="mt-1 text-lg">{w(`groups.${primary.group}`)}</p>
          <p className="mt-1">{w(`places.${primary.where}`)}</p>
        </div>
        {alternatives.length > 0 && (
          <div className="mt-4">
            <h3 className="text-xl">{t('sections.alternatives')}</h3>
            <ul className="mt-2 list-disc pl-6">
              {alternatives.map((a) => <li key={a.group}>{w(`groups.${a.group}`)} — {w(`places.${a.where}`)}</li>)}
            </ul>
          </div>
        )}
      </Section>

      <Section id="materials" title={t('sections.materials')}>
        <p className="materials-hint mb-2 text-ink-muted">{t('materialsHint')}</p>
        <ul className="space-y-2">
          {outcome.materials.map((m) => (
            <li key={m}>
              <label className="flex min-h-11 items-start gap-3">
                <input type="checkbox" className="mt-1 h-6 w-6 shrink-0 accent-[#0f5132]" />
                <span>{w(`materials.${m}`)}</span>
              </label>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="window" title={t('sections.window')}>
        <p className="font-semibold">{w(`windowKinds.${win.kind}`)}</p>
        {dated && (
          <div className="mt-2 space-y-1">
            <p className="text-lg font-bold">
              {dated.openNow && dated.daysLeft !== null ? t('window.openNow', { days: dated.daysLeft, closes: d(dated.closesOn) })
                : dated.daysUntilOpen !== null ? t('window.upcoming', { opens: d(dated.opensOn), days: dated.daysUntilOpen })
                : t('window.closed', { closes: d(dated.closesOn) })}
            </p>
            <p>{t('window.period', { opens: d(dated.opensOn), closes: d(dated.closesOn) })}</p>
            <p>{t('window.coverStarts', { date: d(dated.coverStarts) })} · {t('window.benefitYear', { year: dated.benefitYear })}</p>
            {dated.opensOnEarliest && <p>{t('window.opensEarliest', { date: d(dated.opensOnEarliest) })}</p>}
            {dated.closesOnEarliest && <p>{t('window.closesEarliest', { date: d(dated.closesOnEarliest) })}</p>}
            {dated.lastSourced && <p>{t('window.lastSourced', { year: dated.lastSourced.benefitYear, opens: d(dated.lastSourced.opensOn), closes: d(dated.lastSourced.closesOn) })}</p>}
          </div>
        )}
        <p className="mt-2"><span className="font-semibold">{t('window.ifMissed')}</span>{w(`ifMissed.${win.ifMissed}`)}</p>
        <p className="confidence mt-1 text-base text-ink-muted">{t('window.confidence', { level: w(`confidence.${win.confidence}`) })}</p>
        {reminderHref && (
          <p className="no-print mt-3">
            <a href={reminderHref} download className="inline-flex min-h-11 items-center font-semibold">{t('share.calendar')}</a>
            <span className="block text-base text-ink-muted">{t('share.calendarHint')}</span>
          </p>
        )}
      </Section>

      <Section id="amount" title={t('sections.amount')}>
        <p className="font-semibold">{w(`contributionKinds.${c.kind}`)}</p>
        {c.label && <p>{w(`contributionLabels.${c.label}`)}{c.benefitYear ? ` · ${t('amount.benefitYear', { year: c.benefitYear })}` : ''}</p>}
        {c.tiersYuan.length === 1 && <p className="text-lg font-bold">{yuan(c.tiersYuan[0] as number)}</p>}
        {c.tiersYuan.length > 1 && <p className="text-lg font-bold">{t('amount.tiers', { list: c.tiersYuan.map(yuan).join(' / ') })}</p>}
        {c.governmentSubsidyYuan !== null && <p>{t('amount.subsidy', { amount: c.governmentSubsidyYuan.toLocaleString(locale) })}</p>}
        {c.payroll && <p>{t('amount.payroll', { employer: c.payroll.employerPct, employee: c.payroll.employeePct })}</p>}
        {c.lastPublished && <p>{t('amount.lastPublished', { year: c.lastPublished.benefitYear, list: c.lastPublished.tiersYuan.map(yuan).join(' / ') })}</p>}
        {c.specialGroupSubsidy.length > 0 && (
          <ul className="mt-2 list-disc pl-6">
            {c.specialGroupSubsidy.map((s) => <li key={s.group}>{t('amount.specialGroup', { group: groupName(s.group), kind: w(`subsidyKinds.${s.kind}`) })}</li>)}
          </ul>
        )}
        <p className="confidence mt-1 text-base text-ink-muted">{t('window.confidence', { level: w(`confidence.${c.confidence}`) })}</p>
      </Section>

      {outcome.channels.length > 0 && (
        <Section id="channels" title={t('sections.channels')}>
          <ul className="list-disc space-y-1 pl-6">
            {outcome.channels.map((ch) => <li key={ch}>{w(`channels.${ch}`)}</li>)}
          </ul>
        </Section>
      )}

      <Section id="waiting" title={t('sections.waiting')}>
        <p className="font-semibold">
          {w(`waitKinds.${wait.kind}`)}
          {wait.kind === 'months' && (
            <> — {wait.minMonths === wait.maxMonths ? t('months', { min: wait.minMonths }) : t('monthsRange', { min: wait.minMonths, max: wait.maxMonths })}</>
          )}
        </p>
        {wait.reasons.length > 0 && (
          <ul className="mt-2 list-disc space-y-1 pl-6">{wait.reasons.map((r) => <li key={r}>{w(`waitReasons.${r}`)}</li>)}</ul>
        )}
      </Section>

      {outcome.warnings.length > 0 && (
        <Section id="warnings" title={t('sections.warnings')} print={false}>
          <ul className="space-y-3">
            {outcome.warnings.map((x) => (
              <li key={x.id} className="rounded-md border-l-8 border-warn bg-warn-light px-4 py-2" data-warning={x.id}>
                {w(`warnings.${x.id}`, x.params)}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="why" title={t('sections.why')} print={false}>
        <ol className="list-decimal space-y-4 pl-6">
          {outcome.reasons.map((r, i) => (
            <li key={`${r.id}-${i}`} data-reason={r.id}>
              <p>{w(`reasons.${r.id}`)}</p>
              <p className="text-base text-ink-muted">
                {r.sources.slice(0, 2).map((s, j) => (
                  <span key={s.url}>
                    {j > 0 && '；'}
                    {t('source')}: <a href={s.url} rel="noopener noreferrer" lang="zh-CN">{s.publisher}</a>{s.date ? `, ${d(s.date)}` : ''}
                  </span>
                ))}
                {' · '}{t('window.confidence', { level: w(`confidence.${r.confidence}`) })}
                {' · '}{t('facts')}: {r.facts.join(', ')}
                {r.effectiveFrom && <> · {t('effectiveFrom', { date: d(r.effectiveFrom) })}</>}
              </p>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="next" title={t('sections.next')}>
        <ol className="list-decimal space-y-2 pl-6">
          {primary.group === 'employee-via-employer' ? <li>{t('nextSteps.employer')}</li> : <li>{t('nextSteps.counter')}</li>}
          {primary.scheme !== 'none' && <li>{t('nextSteps.say', { scheme: w(`schemes.${primary.scheme}`) })}</li>}
          {primary.group !== 'employee-via-employer' && outcome.channels.length > 0 && <li>{t('nextSteps.online')}</li>}
          <li>{t('nextSteps.hotline')} {t('hotlineLocal')}</li>
        </ol>
        {guides.length > 0 && (
          <div className="no-print mt-4">
            <p className="font-semibold">{t('nextSteps.guides')}</p>
            <ul className="mt-1 list-disc pl-6">
              {guides.map((g) => <li key={g.slug}><Link href={`/${locale}/guides/${g.slug}`} prefetch={false}>{g.title}</Link></li>)}
            </ul>
          </div>
        )}
      </Section>

      <Section id="share" title={t('sections.share')}>
        <div className="flex flex-wrap items-start gap-6">
          <div className="shrink-0 bg-white p-1"><QrCode svg={qr} label={t('share.qrLabel')} /></div>
          <div className="min-w-0 flex-1 space-y-3">
            <p className="text-base">
              <span className="font-semibold">{t('share.linkLabel')}: </span>
              <a href={resultUrl} className="break-all" data-print-url="hide">{resultUrl}</a>
            </p>
            <ShareButton url={resultUrl} title={t('resultTitle')} labels={{ copy: t('share.copy'), copied: t('share.copied'), share: t('share.share'), failed: t('share.failed') }} />
            <PrintButton label={t('share.print')} hint={t('printHint')} />
            <p className="no-print"><Link href={`/${locale}/check`} prefetch={false}>{t('startAgain')}</Link></p>
          </div>
        </div>
      </Section>
    </div>
  );
}
