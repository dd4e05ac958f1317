import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import { WithPhones } from '@/components/ui/Phones';

export function SiteFooter({ locale, reviewed }: { locale: Locale; reviewed: string }) {
  const t = translations({ locale, namespace: 'Footer' });
  const sources = translations({ locale, namespace: 'SourcesPage' });
  return (
    <footer className="mt-16 border-t border-gray-300 bg-gray-50 text-base">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8">
        <h2 className="text-lg">{t('helpTitle')}</h2>
        {/* Phone numbers are tel: links, one tap to call. */}
        <p><WithPhones text={t('hotline')} /></p>
        <p>{t('offices')}</p>
        <p><WithPhones text={t('otherHotlines')} /></p>
        <p className="font-semibold">{t('privacy')}</p>
        <p>{t('reviewed', { date: formatIsoDate(reviewed, locale) })}</p>
        <p><a href={`/${locale}/sources`} className="inline-flex min-h-12 items-center" data-footer-link="sources">{sources('footerLink')}</a></p>
        <p className="text-ink-muted">{t('disclaimer')}</p>
      </div>
    </footer>
  );
}
