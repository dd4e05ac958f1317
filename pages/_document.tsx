import { Head, Html, Main, NextScript, type DocumentProps } from 'next/document';
import { routing } from '@/lib/i18n/routing';
import { BODY_CLASS } from '@/components/layout/SiteBody';

// The result's document (the one page of the Pages Router: docs/decisions/0006-result-pipeline.md):
// <html lang> per locale and the <body> of every page, as app/[locale]/layout.tsx writes them.
// NextScript writes nothing on a page with `unstable_runtimeJS: false`.
export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  const asked = __NEXT_DATA__.query.locale;
  const lang = (routing.locales as readonly unknown[]).includes(asked) ? String(asked) : routing.defaultLocale;
  return (
    <Html lang={lang}>
      <Head />
      <body className={BODY_CLASS}>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
