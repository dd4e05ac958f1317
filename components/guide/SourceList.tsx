import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import type { Source } from '@/lib/rules';
import { SourceRef, sourcesT } from '@/components/sources/SourceRef';

/** The sources a guide rests on, listed at its end, each through the one rule (SourceRef). */
export async function SourceList({ locale, sources }: { locale: Locale; sources: readonly Source[] }) {
  const t = translations({ locale, namespace: 'Guides' });
  const st = await sourcesT(locale);
  return (
    <section aria-labelledby="sources" className="mt-12 border-t border-gray-300 pt-6 text-base">
      <h2 id="sources" className="text-2xl">{t('sources')}</h2>
      <ol className="mt-4 list-decimal space-y-3 pl-6">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}><SourceRef source={s} locale={locale} t={st} /></li>
        ))}
      </ol>
      <p className="mt-4 text-ink-muted">{t('sourceNote')}</p>
    </section>
  );
}
