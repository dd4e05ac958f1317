import type { Locale } from '@/lib/i18n/routing';
import { formatIsoDate } from '@/lib/i18n/dates';

export { formatIsoDate };

export function FormattedDate({ iso, locale }: { iso: string; locale: Locale }) {
  return <time dateTime={iso}>{formatIsoDate(iso, locale)}</time>;
}
