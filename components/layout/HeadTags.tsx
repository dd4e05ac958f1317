import type { ReactElement } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { shareMetadata, THEME_COLOR } from '@/lib/metadata';
import { siteName, siteUrl } from '@/lib/site';
import { translations } from '@/lib/i18n/translations';
import type { Who } from '@/lib/rules';

type Image = { url: string; width: number; height: number; alt: string };

/**
 * The <head> of the result under the Pages Router (pages/[locale]/check/result.tsx), as the App
 * Router writes it from app/[locale]/layout.tsx and a page's generateMetadata, in the same order:
 * viewport, theme colour, title (with the site's name), description, application name, robots,
 * no telephone detection, the preview (og:*, twitter:*, from shareMetadata: stated once) and the
 * site icon. A list of elements, not a component: next/head takes its children as they are.
 */
export function headTags({ locale, title, description, shareTitle, icon }: {
  locale: Locale; title: string; description: string; shareTitle: string; icon: string;
}): ReactElement[] {
  const name = siteName[locale];
  const share = shareMetadata({ locale, title: shareTitle, description });
  const og = share.openGraph as { title: string; description: string; siteName: string; locale: string; type: string; images: Image[] };
  const tw = share.twitter as { card: string; title: string; description: string; images: Image[] };
  const abs = (url: string) => new URL(url, `${siteUrl}/`).href;
  const meta = (key: string, attr: 'name' | 'property', content: string | number) =>
    attr === 'name' ? <meta key={key} name={key} content={String(content)} /> : <meta key={key} property={key} content={String(content)} />;
  return [
    <meta key="viewport" name="viewport" content="width=device-width, initial-scale=1" />,
    meta('theme-color', 'name', THEME_COLOR),
    <title key="title">{`${title} | ${name}`}</title>,
    meta('description', 'name', description),
    meta('application-name', 'name', name),
    meta('robots', 'name', 'noindex'),
    meta('format-detection', 'name', 'telephone=no'),
    meta('og:title', 'property', og.title),
    meta('og:description', 'property', og.description),
    meta('og:site_name', 'property', og.siteName),
    meta('og:locale', 'property', og.locale),
    ...og.images.flatMap((i) => [meta('og:image', 'property', abs(i.url)), meta('og:image:width', 'property', i.width), meta('og:image:height', 'property', i.height), meta('og:image:alt', 'property', i.alt)]),
    meta('og:type', 'property', og.type),
    meta('twitter:card', 'name', tw.card),
    meta('twitter:title', 'name', tw.title),
    meta('twitter:description', 'name', tw.description),
    ...tw.images.flatMap((i) => [meta('twitter:image', 'name', abs(i.url)), meta('twitter:image:alt', 'name', i.alt), meta('twitter:image:width', 'name', i.width), meta('twitter:image:height', 'name', i.height)]),
    <link key="icon" rel="icon" href={icon} sizes="any" type="image/svg+xml" />,
  ];
}

/**
 * The result's <head>: its title in the voice of the page (Their result / Your result), as the
 * heading. The preview of a shared link says what the page is and nothing of the answers (no age,
 * group or place: the link may travel further than the person meant), and does not repeat the link.
 */
export function resultHeadTags({ locale, who, icon }: { locale: Locale; who: Who; icon: string }): ReactElement[] {
  const t = translations({ locale, namespace: 'Check' });
  return headTags({ locale, title: t('resultTitle', { who }), description: t('resultMeta'), shareTitle: t('share.title'), icon });
}
