import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import { siteUrl } from '@/lib/site';
import { OutboundLink } from '@/components/sources/SourceRef';
import { Callout } from '@/components/guide/mdx/Callout';
import { Steps } from '@/components/guide/mdx/Steps';
import { MdxTable } from '@/components/guide/mdx/MdxTable';
import { Glossary } from '@/components/guide/mdx/Glossary';
import { SeasonNotice } from '@/components/guide/SeasonNotice';
import { Tel } from '@/components/ui/Phones';
import {
  CheckLink, ContributionTable, Figure, EnrollmentWindows, Materials, NationalStandard, NewbornWindows, NonLocalChildren, PaymentChannels, WaitingPeriods,
} from '@/components/guide/figures';

function MdxLink({ href = '', ...rest }: ComponentPropsWithoutRef<'a'>) {
  // An outbound link goes through the site's one link policy: live only to a government host or a
  // named state outlet over https; anything else is shown as its text, with no link.
  if (/^(https?:)?\/\//i.test(href)) return <OutboundLink href={href.startsWith('//') ? `https:${href}` : href}>{rest.children}</OutboundLink>;
  // Internal links carry their absolute URL for the print stylesheet ("text (https://…)").
  if (href.startsWith('/')) return <a href={href} data-print-href={`${siteUrl}${href}`} {...rest} />;
  return <a href={href} {...rest} />;
}

// Components every guide may use without importing them (see README, "Guides").
// The figure components read every amount, window and waiting period from lib/rules (issue 5).
// Every phone number is written <Tel>12393</Tel>: a tel: link, as in results and the footer (issue 23).
const components: MDXComponents = {
  a: MdxLink, table: MdxTable, Tel, Callout, Steps, Glossary, SeasonNotice,
  NationalStandard, ContributionTable, EnrollmentWindows, NewbornWindows, NonLocalChildren, WaitingPeriods, Materials, PaymentChannels, CheckLink, Figure,
};

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
