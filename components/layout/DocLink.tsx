import type { AnchorHTMLAttributes } from 'react';

/**
 * A link between the site's pages, as next/link writes it without its runtime: `<a>` with the given
 * attributes and `href` last (the same markup). Every page leaves the server as a document, so Next's
 * Link (client navigation, prefetch) has nothing to do there, and rendering it cost a new result
 * about 3 % of its CPU under the Pages Router (its hooks and router context).
 */
export function DocLink({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...rest} href={href} />;
}
