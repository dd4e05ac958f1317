import type { PageConfig } from 'next';
import Head from 'next/head';
import { translations } from '@/lib/i18n/translations';
import { THEME_COLOR } from '@/lib/metadata';
import { DocLink } from '@/components/layout/DocLink';

// What a visitor sees when the result (the Pages Router's page, pages/[locale]/check/result.tsx)
// fails: Next would send its own page, in English only and with its scripts (which the page's
// policy refuses). This one is prerendered at build, in both languages (the failing request's
// language is not known here), with the site's style sheet and no script.
export const config: PageConfig = { unstable_runtimeJS: false };

export default function ServerError() {
  const zh = translations({ locale: 'zh-CN', namespace: 'ServerError' });
  const en = translations({ locale: 'en', namespace: 'ServerError' });
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content={THEME_COLOR} />
        <meta name="robots" content="noindex" />
        <title>{`500 ${zh('title')} / ${en('title')}`}</title>
      </Head>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 pt-6" data-server-error="">
        <h1 className="text-2xl sm:text-4xl">{zh('title')} <span lang="en">/ {en('title')}</span></h1>
        <p className="mt-4">{zh('body')}</p>
        <p className="mt-2" lang="en">{en('body')}</p>
        <p className="mt-4">
          <DocLink href="/zh-CN" className="inline-flex min-h-12 items-center">{zh('home')}</DocLink>
          {' · '}
          <DocLink href="/en" lang="en" className="inline-flex min-h-12 items-center">{en('home')}</DocLink>
        </p>
      </main>
    </>
  );
}
