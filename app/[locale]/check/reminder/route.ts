import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site';
import { readWizard } from '@/lib/wizard/read';
import { outcomeFor } from '@/lib/wizard/outcome';
import { reminderIcs } from '@/lib/wizard/reminder';
import { stepHref } from '@/lib/wizard/steps';
import { rulesWords } from '@/lib/wizard/words';

/** GET /{locale}/check/reminder?<answers> → an .ics calendar file for the enrollment window. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const query = Object.fromEntries([...new URL(request.url).searchParams.keys()].map((k) => [k, new URL(request.url).searchParams.getAll(k)]));
  const { answers } = readWizard(query);
  const result = outcomeFor(answers);
  const t = await getTranslations({ locale, namespace: 'Check' });
  const w = rulesWords(locale);
  const ics = result && reminderIcs(result.outcome, {
    opens: `${t('calendarFile')}: ${w(`schemes.${result.outcome.primary.scheme}`)} — ${t('reminder.opens')}`,
    closesSoon: `${t('calendarFile')}: ${w(`schemes.${result.outcome.primary.scheme}`)} — ${t('reminder.closesSoon')}`,
    description: t('reminder.description'),
  }, `${siteUrl}${stepHref(locale, 'result', answers)}`);
  if (!ics) return new Response(t('reminder.none'), { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(ics, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'attachment; filename="yibao-reminder.ics"',
      'cache-control': 'private, no-store',
    },
  });
}
