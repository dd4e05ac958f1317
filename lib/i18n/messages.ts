import zhCN from '@/content/messages/zh-CN.json';
import en from '@/content/messages/en.json';
import type { Locale } from './routing';

// zh-CN is the reference locale: its shape is the type of every message set, so a key
// missing from en.json fails the type check here (and tests/i18n checks both directions).
export type Messages = typeof zhCN;
const enMessages: Messages = en;

const all: Record<Locale, Messages> = { 'zh-CN': zhCN, en: enMessages };

export function loadMessages(locale: Locale): Messages {
  return all[locale];
}
