import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { Source } from '@/lib/content/frontmatter';
import { formatIsoDate } from '@/components/ui/FormattedDate';

/** The sources a guide rests on, listed at its end: title, publisher, date and link. */
export async function SourceList({ locale, sources }: { locale: Locale; sources: Source[] }) {
  const t = await getTranslations({ locale, namespace: 'Guides' });
  return (
    <section aria-labelledby="sources" className="mt-12 border-t border-gray-300 pt-6 text-base">
      <h2 id="sources" className="text-2xl">{t('sources')}</h2>
      <ol className="mt-4 list-decimal space-y-3 pl-6">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noopener noreferrer" lang="zh-CN">{s.title}</a>
            {' — '}
            <span lang="zh-CN">{s.publisher}</span>
            {', '}
            {s.date === 'undated' ? t('undated') : formatIsoDate(s.date, locale)}
          </li>
        ))}
      </ol>
      <p className="mt-4 text-ink-muted">{t('sourceNote')}</p>
    </section>
  );
}
