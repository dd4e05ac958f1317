import { expect, test, type Page } from '@playwright/test';
import { publicPaths } from './pages';

// Previews when a link is shared, and phone numbers in the guides (issue 23), on the built site:
// the tags in the served HTML, the image they name, a result's tags with none of its answers, and
// the guides' hotlines as tel: links. (tests/components/metadata.test.ts covers every page type's
// generateMetadata; tests/content/phones.test.ts every guide's source.)
test.use({ javaScriptEnabled: false });

const RESULT = '/zh-CN/check/result?v=1&w=self&r=beijing&a=35&s=flexible&h=other-mainland&p=yes&g=dibao&c=none';

async function previewTags(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')]
    .map((m) => [m.getAttribute('property') ?? m.getAttribute('name') ?? '', m.getAttribute('content') ?? ''])));
}

test('every page type carries og:title, og:description, og:image and twitter:card, and the image is there', async ({ page, request }) => {
  for (const url of ['/zh-CN', '/en/guides/which-scheme', '/zh-CN/check/who', RESULT, '/en/household', '/zh-CN/sources', '/en/check/all']) {
    await page.goto(url);
    const tags = await previewTags(page);
    expect(tags['og:title'], url).toBeTruthy();
    expect(tags['og:description'], url).toBeTruthy();
    expect(tags['twitter:card'], url).toBe('summary_large_image');
    const locale = url.split('/')[1];
    expect(new URL(tags['og:image'] ?? '').pathname, url).toBe(`/og-${locale}.png`);
  }
  for (const locale of ['zh-CN', 'en']) {
    const res = await request.get(`/og-${locale}.png`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
  }
});

test("a result's preview says what it is and carries none of its answers (place, age, group, situation, hukou)", async ({ page }) => {
  await page.goto(RESULT);
  const tags = await previewTags(page);
  expect(tags['og:title']).toBe('医保参保检查结果');
  expect(tags['og:url']).toBeUndefined();
  // The title and every meta tag's content (the preview, the description, robots…).
  const head = await page.evaluate(() => [document.title, ...[...document.head.querySelectorAll('meta[content]')].map((e) => e.getAttribute('content'))].join('\n'));
  for (const w of ['北京', '35', '灵活就业', '外地', '居住证', '低保', 'beijing', 'dibao', 'flexible', 'a=35', 'r=', 'g=']) expect(head, w).not.toContain(w);
});

async function bareHotlines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main') as Node, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // A cited document's title is quoted as it is ("医保服务热线12393怎么打"): not a number to call; nor is a
      // number inside another link's words (a source's title as a link) or in a script (the FAQ's JSON-LD).
      if (node.parentElement?.closest('a[href], [data-source], script')) continue;
      for (const m of (node.textContent ?? '').matchAll(/(?<!\d)123\d\d(?!\d)/g)) out.push(m[0]);
    }
    return out;
  });
}

test('the hotlines in a guide are tel: links, and no number is left as plain text', async ({ page }) => {
  for (const url of ['/zh-CN/guides/staying-safe', '/en/guides/refunds']) {
    await page.goto(url);
    for (const n of ['12393', '12366']) await expect(page.locator(`main a[href="tel:${n}"]`).first(), `${url} ${n}`).toBeVisible();
    expect(await bareHotlines(page), url).toEqual([]);
  }
});

test('no bare hotline on any page: every public page (each guide, the sources), a result, the household list, quick entry, the poster', async ({ page }) => {
  test.setTimeout(180_000);
  const household = 'hv=1&m=l.A_r.beijing_a.70_s.not-working_h.local_g.none_c.resident-active&m=l.B_r.shanghai_a.40_s.flexible_h.other-mainland_p.yes_g.none_c.none';
  const urls = [...publicPaths(), RESULT, `/en/household?${household}`, `/zh-CN/household?${household}`, '/zh-CN/check/all', '/en/poster?r=beijing', '/zh-CN/poster?r=shanghai'];
  const found: Record<string, string[]> = {};
  for (const url of urls) {
    await page.goto(url);
    const bare = await bareHotlines(page);
    if (bare.length > 0) found[url] = bare;
  }
  expect(found).toEqual({});
});
