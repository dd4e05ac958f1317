import { translations } from '@/lib/i18n/translations';
import { QUESTIONS, URL_PARAMS, type Dropped } from '@/lib/rules';
import type { Locale } from '@/lib/i18n/routing';
import { rulesWords } from '@/lib/wizard/words';

/** Tells the person which parts of their link were left out, and why. Never silent. */
export function Notices({ locale, dropped, asOf }: { locale: Locale; dropped: Dropped[]; asOf: string }) {
  if (dropped.length === 0) return null;
  const t = translations({ locale, namespace: 'Check' });
  const words = rulesWords(locale, { asOf });
  // Name a known parameter by its question, so the person sees which answer was dropped.
  const label = (key: string) => {
    const field = (Object.keys(URL_PARAMS) as Array<keyof typeof URL_PARAMS>).find((f) => URL_PARAMS[f] === key);
    const q = field && QUESTIONS.find((x) => x.field === field);
    return q ? words(`questions.${q.id}.title.self`) : key.slice(0, 24);
  };
  const unique = [...new Map(dropped.map((d) => [`${d.key}|${d.reason}`, d])).values()].slice(0, 12);
  return (
    <div role="status" className="mb-6 rounded-md border-l-8 border-warn bg-warn-light p-4" data-testid="link-notice">
      <p className="font-bold">{t('notice')}</p>
      <ul className="my-2 list-disc pl-6">
        {unique.map((d) => (
          <li key={`${d.key}|${d.reason}`}>{t('noticeItem', { key: label(d.key), reason: words(`dropped.${d.reason}`) })}</li>
        ))}
      </ul>
      <p>{t('noticeAfter')}</p>
    </div>
  );
}
