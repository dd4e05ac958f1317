import { translations } from '@/lib/i18n/translations';
import { hasLocale } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import { readWizard } from '@/lib/wizard/read';
import { outcomeFor } from '@/lib/wizard/outcome';
import { reminderIcs } from '@/lib/wizard/reminder';
import { stepHref } from '@/lib/wizard/steps';
import { queryLimitResponse } from '@/lib/security/limits';
import { todayInShanghai } from '@/lib/wizard/today';

/** GET /{locale}/check/reminder?<answers> → an .ics calendar file, only for a sourced date. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  // A query string far beyond any real link gets a short 4xx before anything parses it.
  const tooLarge = queryLimitResponse(request.url);
  if (tooLarge) return tooLarge;
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  // One pass over the query string; a Map (then fromEntries) so a key like __proto__ is just a key.
  const searchParams = new URL(request.url).searchParams;
  const query = new Map<string, string[]>();
  for (const [key, value] of searchParams) {
    const values = query.get(key);
    if (values) values.push(value);
    else query.set(key, [value]);
  }
  const { answers } = readWizard(Object.fromEntries(query));
  const outcome = outcomeFor(answers, todayInShanghai())?.outcome;
  const reminder = outcome?.reminder ?? null;
  const t = translations({ locale, namespace: 'Check' });
  if (!outcome || !reminder) {
    return new Response(t('reminder.none'), { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const date = formatIsoDate(reminder.deadline, locale);
  const title = reminder.kind === 'newborn' ? t('reminder.newbornTitle', { date }) : t('reminder.collectionTitle', { date });
  const ics = reminderIcs(reminder, {
    title,
    opensTitle: t('reminder.opens'),
    // The deadline goes into every event's description too, the opening-day event included.
    description: `${title}\n${t('reminder.description')}`,
  }, `${siteUrl}${stepHref(locale, 'result', answers)}`, outcome.asOf);
  return new Response(ics, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'attachment; filename="yibao-reminder.ics"',
      'cache-control': 'private, no-store',
    },
  });
}
