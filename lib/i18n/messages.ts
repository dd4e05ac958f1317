import zhCN from '@/content/messages/zh-CN.json';
import en from '@/content/messages/en.json';
import toolsZhCN from '@/content/messages/tools/zh-CN.json';
import toolsEn from '@/content/messages/tools/en.json';
import type { Locale } from './routing';

/** The time zone dates are shown in (next-intl's request config and lib/i18n/translations.ts). */
export const TIME_ZONE = 'Asia/Shanghai';

// zh-CN is the reference locale: its shape is the type of every message set, so a key
// missing from en.json fails the type check here (and tests/i18n checks both directions).
// content/messages/tools/ holds the words of the printed and community tools (paper check, poster,
// household), kept apart from the site's main file.
export type Messages = typeof zhCN & typeof toolsZhCN;
const enMessages: Messages = { ...en, ...toolsEn };

const all: Record<Locale, Messages> = { 'zh-CN': { ...zhCN, ...toolsZhCN }, en: enMessages };

export function loadMessages(locale: Locale): Messages {
  return all[locale];
}
