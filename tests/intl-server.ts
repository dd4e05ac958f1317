/**
 * `next-intl/server` for tests that render server components or call route handlers, reading the
 * real message files (lib/i18n/messages.ts). One line in a test file puts it in place:
 *
 *   vi.mock('next-intl/server', () => import('../intl-server'));
 *
 * `getLocale` answers `current.locale`; a test that renders for another locale sets it (import
 * `current` from this module after the mock: the same instance).
 */
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

export const current: { locale: Locale } = { locale: 'zh-CN' };

export const getLocale = async () => current.locale;

export const getTranslations = async ({ locale, namespace }: { locale: Locale; namespace?: string }) =>
  createTranslator({ locale, messages: loadMessages(locale) as never, namespace: namespace as never });

export const setRequestLocale = () => {};
