import { expect, test } from '@playwright/test';
import { locales, publicPaths } from './pages';
import { readFileSync } from 'node:fs';
import { whyNotLinkableUnder, type LinkPolicyData } from '../../lib/rules/link-rule';

// Every built page links live only where the link policy allows (docs/sources.md): https to a
// government host or a named state outlet. Links inside the site (relative, or to the site's own
// origin) and tel:/mailto: are left alone. Read as HTML (no browser): every <a href> on the page.
const BEIJING = 'v=1&w=self&r=beijing&a=35&s=flexible&h=local&g=none&c=none';
const OWN = ['http://localhost:3000', 'http://127.0.0.1'];
// The same data and rule as the site (the runner cannot import JSON modules).
const POLICY = JSON.parse(readFileSync('lib/rules/link-policy.json', 'utf8')) as LinkPolicyData;
const linkable = (url: string) => whyNotLinkableUnder(POLICY, url) === null;

function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
}

test('no built page links live outside the link policy', async ({ request }) => {
  const paths = [...publicPaths(), ...locales.map((l) => `/${l}/check/result?${BEIJING}`)];
  let outbound = 0;
  for (const p of paths) {
    const res = await request.get(p);
    expect(res.status(), p).toBe(200);
    for (const href of hrefs(await res.text())) {
      if (/^(#|\/(?!\/)|\?|tel:|mailto:)/.test(href) || OWN.some((o) => href.startsWith(o))) continue;
      outbound += 1;
      expect(linkable(href.startsWith('//') ? `https:${href}` : href), `${p} links to ${href}`).toBe(true);
    }
  }
  // The sources page and the guides do link out: to official pages over https and the two national libraries.
  expect(outbound).toBeGreaterThan(0);
});
