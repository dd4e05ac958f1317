/**
 * The changelog of the rules data (lib/rules/changelog.json) as the site shows it: the page
 * /{locale}/sources/changes, the recent changes on the sources page, and the Atom feed
 * /{locale}/sources/changes.xml (RFC 4287). Words come from the caller (messages `SourcesChanges`);
 * sources are linked to their entry on the sources pages (lib/sources-links.ts), never to the copy's host.
 */
import { CHANGELOG, PARAMETERS, regionMessages, type ChangelogEntry } from '@/lib/rules';
import type { Locale } from '@/lib/i18n/routing';
import { sourceById } from './rules';
import { rulesHref } from '@/lib/sources-links';

export const CHANGES_PATH = '/sources/changes';
export const FEED_PATH = '/sources/changes.xml';

/** The entries, newest first (as the data file keeps them). */
export const changeEntries = (): readonly ChangelogEntry[] => CHANGELOG;

/** The anchor of an entry on the changes page. */
export const changeAnchor = (id: string) => `change-${id}`;

const parameterIds = new Set(PARAMETERS.map((p) => p.id));
/** Whether a parameter an entry names is still a parameter (and so has an entry on the sources page). */
export const isParameter = (id: string) => parameterIds.has(id);

/** A place's name in `locale` (the region files' words), else its slug. */
export function placeName(id: string, locale: Locale): string {
  return regionMessages(locale).regionNames[id] ?? id;
}

/** An entry's day as an Atom date-time: the start of that day in Asia/Shanghai. */
export const atomTime = (day: string) => `${day}T00:00:00+08:00`;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text for XML content and attributes; characters XML 1.0 does not allow are dropped. */
export function xmlEscape(s: string): string {
  // The C0 controls XML 1.0 forbids, and the two non-characters U+FFFE, U+FFFF.
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

export type FeedWords = {
  title: string;
  subtitle: string;
  author: string;
  why: string;
  parameters: string;
  places: string;
  periods: string;
  sources: string;
  period: (p: string) => string;
};

/**
 * The Atom feed of the changelog for one locale: `site` is the absolute origin (SITE_URL). The feed's
 * and each entry's id are the addresses of the page and of the entry on it; `updated` is the newest
 * entry's day. Each entry has its title, summary (text) and content (HTML, escaped): the summary,
 * why, and what it concerns, with links to the sources page.
 */
export function atomFeed({ locale, site, words, entries = changeEntries() }: { locale: Locale; site: string; words: FeedWords; entries?: readonly ChangelogEntry[] }): string {
  const page = `${site}/${locale}${CHANGES_PATH}`;
  const updated = entries.map((e) => e.date).sort().at(-1) ?? '2026-11-23';
  const x = xmlEscape;
  const list = (label: string, items: string[]) => (items.length > 0 ? `<li>${x(label)}: ${items.join(locale === 'en' ? ', ' : '、')}</li>` : '');
  const link = (href: string, text: string) => `<a href="${x(href)}">${x(text)}</a>`;
  const entry = (e: ChangelogEntry) => {
    const html = [
      `<p>${x(e.summary[locale])}</p>`,
      `<p>${x(words.why)}: ${x(e.why[locale])}</p>`,
      '<ul>',
      list(words.periods, e.periods.map((p) => x(words.period(p)))),
      list(words.places, e.places.map((p) => x(placeName(p, locale)))),
      list(words.parameters, e.parameters.map((p) => (isParameter(p) ? link(rulesHref(locale, { parameter: p }, { site }), p) : x(p)))),
      list(words.sources, e.sources.map((s) => link(rulesHref(locale, { source: s }, { site }), sourceById(s).title))),
      '</ul>',
    ].join('');
    return [
      '  <entry>',
      `    <id>${x(`${page}#${changeAnchor(e.id)}`)}</id>`,
      `    <title type="text">${x(e.title[locale])}</title>`,
      `    <updated>${atomTime(e.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(`${page}#${changeAnchor(e.id)}`)}"/>`,
      `    <summary type="text">${x(e.summary[locale])}</summary>`,
      `    <content type="html">${x(html)}</content>`,
      '  </entry>',
    ].join('\n');
  };
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${x(page)}</id>`,
    `  <title type="text">${x(words.title)}</title>`,
    `  <subtitle type="text">${x(words.subtitle)}</subtitle>`,
    `  <updated>${atomTime(updated)}</updated>`,
    `  <author><name>${x(words.author)}</name><uri>${x(`${site}/${locale}`)}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${x(`${site}/${locale}${FEED_PATH}`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(page)}"/>`,
    ...entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
