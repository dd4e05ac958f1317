// @vitest-environment jsdom
/**
 * The one rule for showing a source (components/sources/SourceRef.tsx), for every registry entry
 * in both locales, and in its users: the guide's source list, the result's "why" and the guides'
 * own links (mdx-components.tsx). Every <a href> to another site that any of them renders passes
 * the link policy (lib/rules/link-policy.ts): https, a government host or a named state outlet.
 * A copy is text naming its host; the citation says where the official text is found.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, within } from '@testing-library/react';
import { createTranslator } from 'next-intl';
import zhCN from '@/content/messages/zh-CN.json';
import en from '@/content/messages/en.json';
import type { Locale } from '@/lib/i18n/routing';

import { current } from '../intl-server';
const messagesFor = (locale: Locale) => (locale === 'en' ? en : zhCN);
vi.mock('next-intl/server', () => import('../intl-server'));
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

const { SourceRef, sourcesT, OFFICIAL_REL, OutboundLink } = await import('@/components/sources/SourceRef');
const { linkable, hostOf } = await import('@/lib/rules/link-policy');
const { useMDXComponents } = await import('@/mdx-components');
const { SourceList } = await import('@/components/guide/SourceList');
const F = await import('@/components/guide/figures');
const { ResultView } = await import('@/components/wizard/ResultView');
const { SOURCE_REGISTRY } = await import('@/lib/rules/source-registry');
const { Answers, evaluate } = await import('@/lib/rules');
type Source = (typeof SOURCE_REGISTRY)[keyof typeof SOURCE_REGISTRY];

const ALL = Object.values(SOURCE_REGISTRY) as Source[];
const LOCALES = ['zh-CN', 'en'] as const;
const words = (locale: Locale) => createTranslator({ locale, messages: messagesFor(locale), namespace: 'Sources' });
const READ = { 'official-copy': 'readCopy', news: 'readNews', 'commercial-unverified': 'readPage' } as const;

/**
 * The rule, checked on any rendered output: every link to another site passes the link policy
 * (https, an allowed host); links inside the site (/…, #…) and tel: are left alone. Returns the
 * outbound links it checked.
 */
function expectOnlyAllowedLinks(container: HTMLElement, ownOrigin?: string): string[] {
  const outbound: string[] = [];
  for (const a of container.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (/^(#|\/(?!\/)|tel:)/.test(href)) continue;
    if (ownOrigin && href.startsWith(`${ownOrigin}/`)) continue;
    outbound.push(href);
    expect(linkable(href), `live link to ${href}`).toBe(true);
    expect(a.getAttribute('rel'), href).toBe(OFFICIAL_REL);
  }
  return outbound;
}

describe('SourceRef: one rule per kind', () => {
  it.each(LOCALES)('renders every registry entry by its kind, linking only what the policy allows (%s)', async (locale) => {
    const t = await sourcesT(locale);
    const w = words(locale);
    for (const s of ALL) {
      const { container, unmount } = render(<SourceRef source={s} locale={locale} t={t} />);
      expectOnlyAllowedLinks(container);
      expect(container).toHaveTextContent(s.title);
      expect(container).toHaveTextContent(s.publisher);
      if (s.number) expect(container).toHaveTextContent(s.number);
      if (s.number === null) expect(container).toHaveTextContent(w('numberUnverified'));
      if (s.issuer) expect(container).toHaveTextContent(s.issuer);
      if (s.date === null) expect(container).toHaveTextContent(w('undated'));
      if (s.unverified) expect(container).toHaveTextContent(w('unverified'));
      else expect(container).not.toHaveTextContent(w('unverified'));
      const host = hostOf(s.url);
      const titleLink = within(container).queryByRole('link', { name: s.title });
      if (s.kind === 'official-site') {
        if (linkable(s.url)) expect(titleLink, s.id).toHaveAttribute('href', s.url);
        else {
          expect(titleLink, s.id).toBeNull();
          expect(container).toHaveTextContent(w('officialSite', { host }));
        }
      } else {
        expect(titleLink, s.id).toBeNull();
        // The copy's host is named as text: "我们读到的转载：<host>" / "Copy we read: <host>".
        expect(container.querySelector('[data-copy-host]')?.textContent, s.id).toContain(w(READ[s.kind], { host }));
        if (!linkable(s.url)) expect([...container.querySelectorAll('a')].some((a) => a.getAttribute('href') === s.url), s.id).toBe(false);
        if (s.officialText === 'gov-policy-library') expect(within(container).getByRole('link', { name: w('govPolicyLibrary') })).toHaveAttribute('href', 'https://www.gov.cn/zhengce/');
        if (s.officialText === 'law-database') expect(within(container).getByRole('link', { name: w('lawDatabase') })).toHaveAttribute('href', 'https://flk.npc.gov.cn/');
        if (s.officialText === 'issuer-site') expect(container).toHaveTextContent(w('officialAtIssuer', { issuer: s.issuer ?? '' }));
      }
      unmount();
    }
  });

  it('an official page over https is a normal link on its title; over http its title is text and its host is named', async () => {
    const t = await sourcesT('zh-CN');
    const https = ALL.find((s) => s.kind === 'official-site' && s.url.startsWith('https://'));
    const http = ALL.find((s) => s.kind === 'official-site' && s.url.startsWith('http://'));
    if (!https || !http) throw new Error('the registry has official pages over https and over http');
    const a = render(<SourceRef source={https} locale="zh-CN" t={t} />);
    expect(within(a.container).getByRole('link', { name: https.title })).toHaveAttribute('rel', 'noopener noreferrer');
    a.unmount();
    const b = render(<SourceRef source={http} locale="zh-CN" t={t} />);
    expect(within(b.container).queryAllByRole('link')).toHaveLength(0);
    expect(b.container).toHaveTextContent(`官方网站：${hostOf(http.url)}（本站只有不加密的 http 地址，未加链接）`);
  });

  it('国办发〔2024〕38号: issuer, 文号, date, the policy library, then the copy we read as text (zh-CN and en)', async () => {
    const s = SOURCE_REGISTRY.gbf38Full;
    const zh = render(<SourceRef source={s} locale="zh-CN" t={await sourcesT('zh-CN')} />);
    expect(zh.container).toHaveTextContent('国务院办公厅关于健全基本医疗保险参保长效机制的指导意见 — 国务院办公厅，国办发〔2024〕38号，2024年8月1日发布。官方文本可在中国政府网政策文件库查阅。我们读到的转载：big5.china.com.cn（中国网，2024年10月12日；非官方网站，未加链接）。');
    expect(within(zh.container).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['https://www.gov.cn/zhengce/']);
    zh.unmount();
    const en = render(<SourceRef source={s} locale="en" t={await sourcesT('en')} />);
    expect(en.container).toHaveTextContent('Copy we read: big5.china.com.cn (中国网, October 12, 2024; not an official site, not linked)');
    expect(en.container).toHaveTextContent('issued August 1, 2024');
  });

  it('the 1998 decision shows its own date, not the copy\'s; the law points to the law database', async () => {
    const t = await sourcesT('zh-CN');
    const d = render(<SourceRef source={SOURCE_REGISTRY.payroll1998} locale="zh-CN" t={t} />);
    expect(d.container).toHaveTextContent('国务院，国发〔1998〕44号，1998年12月14日发布');
    expect(d.container).toHaveTextContent('转引页面，2015年8月20日');
    d.unmount();
    const law = render(<SourceRef source={SOURCE_REGISTRY.ssLawArt27} locale="zh-CN" t={t} />);
    expect(within(law.container).getByRole('link', { name: '国家法律法规数据库' })).toHaveAttribute('href', 'https://flk.npc.gov.cn/');
  });

  it('a report and a commercial page are named as text with their kind', async () => {
    const t = await sourcesT('zh-CN');
    const news = render(<SourceRef source={SOURCE_REGISTRY.gbf38Xjb} locale="zh-CN" t={t} />);
    expect(news.container).toHaveTextContent('我们读到的报道：hbrz1972.com（新京报，2024年8月1日；非官方网站，未加链接）');
    expect(within(news.container).queryAllByRole('link')).toHaveLength(0);
    news.unmount();
    const c = render(<SourceRef source={SOURCE_REGISTRY.waitReading1} locale="zh-CN" t={t} />);
    expect(c.container).toHaveTextContent('我们读到的网页：www.fudaoke.com（未注明日期；商业或未核实的网站，仅供参考，未加链接）');
    expect(within(c.container).queryAllByRole('link')).toHaveLength(0);
  });

  it('a copy on a named state outlet over plain http is named as text, with the reason', async () => {
    const s = SOURCE_REGISTRY.gf2016;
    const zh = render(<SourceRef source={s} locale="zh-CN" t={await sourcesT('zh-CN')} />);
    expect(zh.container).toHaveTextContent('国务院关于整合城乡居民基本医疗保险制度的意见 — 国务院，国发〔2016〕3号，2016年1月发布。官方文本可在中国政府网政策文件库查阅。我们读到的转载：health.people.com.cn（人民网，2016年1月13日；本站只有不加密的 http 地址，未加链接）。');
    zh.unmount();
    const en = render(<SourceRef source={s} locale="en" t={await sourcesT('en')} />);
    expect(en.container).toHaveTextContent('国务院关于整合城乡居民基本医疗保险制度的意见 — 国务院, 国发〔2016〕3号, issued January 2016. Official text: the policy library on www.gov.cn (中国政府网政策文件库). Copy we read: health.people.com.cn (人民网, January 13, 2016; we have only an unencrypted http address, so it is not linked).');
  });

  it('a copy on a named state outlet over https would link its host (the policy, not the kind, decides)', async () => {
    const s = { ...SOURCE_REGISTRY.gf2016, copyUrl: 'https://health.people.com.cn/n1/2016/0113/c398004-28046494.html', url: 'https://health.people.com.cn/n1/2016/0113/c398004-28046494.html' };
    const { container } = render(<SourceRef source={s} locale="zh-CN" t={await sourcesT('zh-CN')} />);
    expect(within(container).getByRole('link', { name: 'health.people.com.cn' })).toHaveAttribute('href', s.url);
    expect(container).not.toHaveTextContent('未加链接');
    expectOnlyAllowedLinks(container);
  });

  it('dates as precise as the source: a year, a month, or none', async () => {
    const t = await sourcesT('zh-CN');
    const y = render(<SourceRef source={SOURCE_REGISTRY.rewards2025} locale="zh-CN" t={t} />);
    expect(y.container).toHaveTextContent('2025年');
    y.unmount();
    const m = render(<SourceRef source={SOURCE_REGISTRY.materialsHz} locale="en" t={await sourcesT('en')} />);
    expect(m.container).toHaveTextContent('October 2025');
  });
});

describe('outbound links in guides', () => {
  const A = useMDXComponents().a as (p: { href: string; children: string }) => React.ReactElement;
  it('a raw link in a guide goes live only where the policy allows', () => {
    const cases: Array<[string, boolean]> = [
      ['https://www.nhsa.gov.cn/', true],
      ['http://www.nhsa.gov.cn/', false],
      ['https://carmay.cn/guonei/2020/0915/19050.html', false],
      ['//evil.example.com/x', false],
    ];
    for (const [href, live] of cases) {
      const { container, unmount } = render(<A href={href}>text</A>);
      expect(container.querySelector('a') !== null, href).toBe(live);
      expect(container).toHaveTextContent('text');
      expectOnlyAllowedLinks(container);
      unmount();
    }
    const inner = render(<A href="/zh-CN/guides/refunds">退费</A>);
    expect(inner.container.querySelector('a')).toHaveAttribute('href', '/zh-CN/guides/refunds');
  });
  it('OutboundLink names the host it does not link', () => {
    const { container } = render(<OutboundLink href="http://www.360elib.com:2027/x">茂名日报</OutboundLink>);
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('[data-unlinked-host]')).toHaveAttribute('data-unlinked-host', 'www.360elib.com');
  });
});

describe('the places that show sources all follow the rule', () => {
  it.each(LOCALES)('the guide source list (%s)', async (locale) => {
    const { container } = render(await SourceList({ locale, sources: ALL }));
    expect(container.querySelectorAll('li')).toHaveLength(ALL.length);
    // Only official pages over https and the two national libraries are links.
    const outbound = new Set(expectOnlyAllowedLinks(container));
    for (const s of ALL) expect(outbound.has(s.url), s.id).toBe(linkable(s.url));
    expect([...outbound].filter((h) => !ALL.some((s) => s.url === h)).sort()).toEqual(['https://flk.npc.gov.cn/', 'https://www.gov.cn/zhengce/']);
  });

  it.each(LOCALES)('the guide figures name no source themselves, and point to the list at the end (%s)', async (locale) => {
    current.locale = locale;
    const rendered = [
      await F.NationalStandard(),
      await F.ContributionTable({}),
      await F.EnrollmentWindows(),
      await F.NewbornWindows(),
      await F.WaitingPeriods({ scheme: 'resident' }),
      await F.WaitingPeriods({ scheme: 'employee' }),
    ];
    for (const el of rendered) {
      const { container, unmount } = render(el);
      expect(container.querySelector('[data-source]')).toBeNull();
      expect(container.querySelector('a[href^="http"]')).toBeNull();
      expect(container.querySelector('[data-figure-sources] a[href="#sources"]')).not.toBeNull();
      unmount();
    }
  });

  it.each(LOCALES)("the result's why (%s)", async (locale) => {
    const answers = Answers.parse({ who: 'self', region: 'beijing', age: 35, situation: 'flexible', hukou: 'local', groups: [], coverage: 'none' });
    const outcome = evaluate(answers, { asOf: '2026-11-23' });
    const { container } = render(await ResultView({ locale, outcome, answers, resultUrl: `http://localhost:3000/${locale}/check/result?v=1`, reminderHref: null }));
    expect(container.querySelector('[data-section="why"] [data-source]')).not.toBeNull();
    expectOnlyAllowedLinks(container, 'http://localhost:3000');
  });
});
