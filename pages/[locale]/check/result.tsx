import type { GetServerSideProps, PageConfig } from 'next';
import Head from 'next/head';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { routing, type Locale } from '@/lib/i18n/routing';
import { answersToSearchParams, type Dropped, type PartialAnswers } from '@/lib/rules';
import { siteUrl } from '@/lib/site';
import { readWizard } from '@/lib/wizard/read';
import { firstMissingHref, stepHref } from '@/lib/wizard/steps';
import { outcomeFor } from '@/lib/wizard/outcome';
import { todayInShanghai } from '@/lib/wizard/today';
import { counterLinks, splitFamily } from '@/lib/household/counter';
import type { Person } from '@/lib/household/link';
import { siteIconHref } from '@/lib/known-paths';
import { Notices } from '@/components/wizard/Notices';
import { ResultView } from '@/components/wizard/ResultView';
import { lastReviewed } from '@/lib/content/guides';
import { NextPerson } from '@/components/tools/NextPerson';
import { SiteBody } from '@/components/layout/SiteBody';
import { resultHeadTags } from '@/components/layout/HeadTags';
import { answerAsCheckPage } from '@/lib/security/pages-route';

// The check's result, rendered by the Pages Router without Next's runtime: no script, no
// __NEXT_DATA__, no RSC payload to strip. It costs about 40% less CPU than the App Router's render
// for a result never seen before (docs/decisions/0006-result-pipeline.md). Everything is done in
// getServerSideProps, whose imports Next leaves out of the page's browser bundle (built, never
// sent): the clock, the outcome, the QR code and the guides' titles (ResultView), the date of the
// last review, the icon's address, and the body rendered to a string; the page writes the <head>
// and that string.
// `unstable_runtimeJS: false` applies in production only: `next dev` renders the page with its scripts.
export const config: PageConfig = { unstable_runtimeJS: false };

/** What the page's body is made of (rendered in getServerSideProps: see ResultBody). */
type BodyProps = {
  locale: Locale;
  dropped: Dropped[];
  answers: Partial<PartialAnswers>;
  family: Person[];
  asOf: string;
  path: string;
  query: string;
  reviewed: string;
  /** The result itself: ResultView, with its QR code and guides made. */
  sheet: ReactElement;
};

type Props = { locale: Locale; who: NonNullable<PartialAnswers['who']>; icon: string; body: string };

/** The query as the App Router gives a page its searchParams: a value, or a list when repeated. */
function searchParamsOf(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const had = out[key];
    out[key] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  }
  return out;
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ params, resolvedUrl, req, res }) => {
  // The proxy does not see this page (proxy.ts, `config`): the query's bounds, the policy, the mark
  // and Cache-Control are set here. A link beyond the bounds is answered there and then.
  if (await answerAsCheckPage(req, res)) return { props: {} as Props };
  const locale = params?.locale;
  if (typeof locale !== 'string' || !(routing.locales as readonly string[]).includes(locale)) return { notFound: true };
  const l = locale as Locale;
  const [path = '', q = ''] = resolvedUrl.split('?');
  // The family done so far at a counter (hv=1&m=…) rides along; the check reads the rest (lib/household/counter.ts).
  const { family, rest } = splitFamily(searchParamsOf(q));
  const { answers, dropped } = readWizard(rest);
  // The one clock read of the page: the outcome and its words are for this date.
  const asOf = todayInShanghai();
  const result = outcomeFor(answers, asOf);
  // With a family riding along (a counter), the links back into the check keep it: quick entry.
  const counter = counterLinks(l, answers, family);
  // Incomplete or tampered link: go to the first question still needing an answer, with the notices
  // (at a counter: quick entry with what there is and the family kept).
  if (!result) return { redirect: { destination: counter ? counter.change : firstMissingHref(l, answers, dropped), permanent: false } };
  const resultUrl = `${siteUrl}${stepHref(l, 'result', answers)}`;
  // The calendar link only when the rules give a reminder (a sourced date, well before it).
  const reminderHref = result.outcome.reminder !== null ? `/${l}/check/reminder?${answersToSearchParams(answers).toString()}` : null;
  const sheet = await ResultView({ locale: l, outcome: result.outcome, answers, resultUrl, reminderHref, counter });
  const body: BodyProps = { locale: l, dropped, answers, family, asOf, path, query: new URLSearchParams(q).toString(), reviewed: lastReviewed(), sheet };
  // The body (header, result, footer) is rendered here, to a string, by react-dom/server's
  // renderToString; Next's renderer (React's web-streams build, which turns every attribute and text
  // into bytes as it goes) then renders only the <head> and this string. The same components and the
  // same markup, for about 15 % less CPU per new result (docs/decisions/0006-result-pipeline.md).
  return { props: { locale: l, who: answers.who ?? 'self', icon: siteIconHref(), body: renderToString(<ResultBody {...body} />) } };
};

/** The page's body: what <div id="__next"> holds (its wrapper is `display: contents`, as #__next is). */
function ResultBody({ locale, dropped, answers, family, asOf, path, query, reviewed, sheet }: BodyProps) {
  return (
    <SiteBody locale={locale} url={{ path, query }} reviewed={reviewed}>
      <Notices locale={locale} dropped={dropped} asOf={asOf} />
      {sheet}
      <NextPerson locale={locale} answers={answers} family={family} asOf={asOf} />
    </SiteBody>
  );
}

export default function ResultPage({ locale, who, icon, body }: Props) {
  return (
    <>
      <Head>{resultHeadTags({ locale, who, icon })}</Head>
      <div className="page-body" dangerouslySetInnerHTML={{ __html: body }} />
    </>
  );
}
