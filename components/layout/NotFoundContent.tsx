import Link from 'next/link';
import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';

export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = translations({ locale, namespace: 'NotFound' });
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl">{t('title')}</h1>
      <p className="my-4">{t('body')}</p>
      <ul className="list-disc space-y-2 pl-6">
        <li><Link href={`/${locale}`} prefetch={false}>{t('home')}</Link></li>
        <li><Link href={`/${locale}/guides`} prefetch={false}>{t('guides')}</Link></li>
      </ul>
    </div>
  );
}
