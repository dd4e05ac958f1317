import { getLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { NotFoundContent } from '@/components/layout/NotFoundContent';

export default async function NotFound() {
  return <NotFoundContent locale={(await getLocale()) as Locale} />;
}
