import Link from 'next/link';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { translations } from '@/lib/i18n/translations';
import { routing, type Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { readFileSync } from 'node:fs';
import { guideFile, publishedSlugs, readGuideMeta } from '@/lib/content/guides';
import { guideSources } from '@/lib/content/frontmatter';
import { faqEntries, outline } from '@/lib/content/outline';
import type { GuideSlug } from '@/lib/content/catalogue';
import { SourceList } from '@/components/guide/SourceList';
import { figureSources } from '@/components/guide/figures/provenance';
import { guideDay } from '@/components/guide/figures/shared';
import { formatIsoDate } from '@/components/ui/FormattedDate';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => publishedSlugs().map((slug) => ({ locale, slug })));
}

function metaFor(params: { locale: string; slug: string }) {
  const slug = params.slug as GuideSlug;
  if (!publishedSlugs().includes(slug)) notFound();
  return readGuideMeta(slug, params.locale as Locale);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/guides/[slug]'>) {
  const p = await params;
  const meta = metaFor(p);
  return pageMetadata({ locale: p.locale as Locale, path: `/guides/${meta.slug}`, title: meta.title, description: meta.summary });
}

/**
 * The sources a guide page lists at its end: those its frontmatter cites, then any other source
 * behind a figure the page shows today (the figures name none inside the text).
 */
function pageSources(meta: Parameters<typeof guideSources>[0], mdx: string) {
  const own = guideSources(meta);
  const ids = new Set(own.map((s) => s.id));
  return [...own, ...figureSources(mdx, guideDay()).filter((s) => !ids.has(s.id))];
}

export default async function GuidePage({ params }: PageProps<'/[locale]/guides/[slug]'>) {
  const p = await params;
  const locale = p.locale as Locale;
  setRequestLocale(locale);
  const meta = metaFor(p);
  const t = translations({ locale, namespace: 'Guides' });
  const { default: Content } = await import(`@/content/guides/${meta.slug}/${locale}.mdx`);
  const source = readFileSync(guideFile(meta.slug, locale), 'utf8');
  const headings = outline(source);
  const faq = meta.slug === 'faq' ? faqEntries(source) : [];
  const jsonLd = faq.length > 0 ? {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: locale,
    mainEntity: faq.map((e) => ({ '@type': 'Question', name: e.question, acceptedAnswer: { '@type': 'Answer', text: e.answer } })),
  } : null;
  return (
    <article className="max-w-prose">
      <nav aria-label={t('breadcrumb')} className="no-print mb-4 text-base">
        <Link href={`/${locale}/guides`} prefetch={false}>{t('indexTitle')}</Link>
      </nav>
      <h1 className="text-3xl sm:text-4xl">{meta.title}</h1>
      <p className="my-4 text-xl text-ink-muted">{meta.summary}</p>
      <p className="no-print my-6">
        <Link href={`/${locale}/check`} prefetch={false}
          className="inline-flex min-h-12 items-center rounded-md border-2 border-brand bg-brand-light px-4 font-bold no-underline">
          {t('checkCta')}
        </Link>
      </p>
      {jsonLd && (
        // FAQPage structured data; `<` is escaped so guide text can never close the script element.
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      )}
      {headings.length >= 4 && (
        <nav aria-labelledby="on-this-page" className="no-print my-6 rounded-md border border-gray-300 px-4 py-3">
          <h2 id="on-this-page" className="text-lg">{t('onThisPage')}</h2>
          <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
            {headings.map((h) => <li key={h.id}><a href={`#${h.id}`} className="inline-block py-1">{h.text}</a></li>)}
          </ul>
        </nav>
      )}
      <div className="prose-guide">
        <Content />
      </div>
      <SourceList locale={locale} sources={pageSources(meta, source)} />
      <p className="mt-6 font-semibold">{t('reviewed', { date: formatIsoDate(meta.reviewed, locale) })}</p>
    </article>
  );
}
