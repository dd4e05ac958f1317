import { defineRouting } from 'next-intl/routing';

// One routing definition feeds the proxy, the request config and the navigation helpers.
// Locales are always prefixed (/zh-CN/…, /en/…); `/` is redirected by Accept-Language.
export const routing = defineRouting({
  locales: ['zh-CN', 'en'],
  defaultLocale: 'zh-CN',
  localePrefix: 'always',
  // No cookie at all: the locale is always in the URL, and cookie-free responses can be cached by a CDN.
  localeCookie: false,
  // hreflang alternates are in each page's <head> (lib/metadata.ts), built from SITE_URL.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}
