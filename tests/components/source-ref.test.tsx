// @vitest-environment jsdom
/**
 * The one rule for showing a source (components/sources/SourceRef.tsx), for every registry entry
 * in both locales, and in its two users: the guide's source list and the result's "why". The guide
 * figures name no source inside the text: the page lists theirs at its end (plain reading). Only an official-site entry is a plain link; anything else is text plus one
 * nofollow link that names the copy's host and what it is.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, within } from '@testing-library/react';
import { createTranslator } from 'next-intl';
import zhCN from '@/content/messages/zh-CN.json';
import en from '@/content/messages/en.json';
import type { Locale } from '@/lib/i18n/routing';

const current: { locale: Locale } = { locale: 'zh-CN' };
const messagesFor = (locale: Locale) => (locale === 'en' ? en : zhCN);
vi.mock('next-intl/server', () => ({
  getLocale: async () => current.locale,
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
    createTranslator({ locale, messages: messagesFor(locale), namespace: namespace as 'Sources' }),
}));
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

const { SourceRef, sourcesT, COPY_REL, OFFICIAL_REL } = await import('@/components/sources/SourceRef');
const { SourceList } = await import('@/components/guide/SourceList');
const F = await import('@/components/guide/figures');
const { ResultView } = await import('@/components/wizard/ResultView');
const { SOURCE_REGISTRY } = await import('@/lib/rules/source-registry');
const { Answers, evaluate } = await import('@/lib/rules');
type Source = (typeof SOURCE_REGISTRY)[keyof typeof SOURCE_REGISTRY];

const ALL = Object.values(SOURCE_REGISTRY) as Source[];
const BY_URL = new Map(ALL.map((s) => [s.url, s]));
const LOCALES = ['zh-CN', 'en'] as const;
const words = (locale: Locale) => createTranslator({ locale, messages: messagesFor(locale), namespace: 'Sources' });
const host = (s: Source) => new URL(s.url).hostname;
const LABEL = { 'official-copy': 'copy', news: 'news', 'commercial-unverified': 'commercial' } as const;

/**
 * The rule, checked on any rendered page: every link to a registry address is either the official
 * address (plain link, titled) or a nofollow link naming the copy's host and its kind — never a
 * link whose text is the publisher or title of a non-official source.
 */
function expectTheRule(container: HTMLElement, locale: Locale) {
  const t = words(locale);
  let checked = 0;
  for (const a of container.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const s = BY_URL.get(a.getAttribute('href') ?? '');
    if (!s) continue;
    checked += 1;
    if (s.kind === 'official-site') {
      expect(a.getAttribute('rel'), s.id).toBe(OFFICIAL_REL);
      expect(a.textContent, s.id).toBe(s.title);
    } else {
      expect(a.getAttribute('rel'), s.id).toBe(COPY_REL);
      expect(a.textContent, s.id).toBe(t(LABEL[s.kind], { host: host(s) }));
      expect(a.textContent, s.id).not.toBe(s.publisher);
    }
  }
  return checked;
}

describe('SourceRef: one rule per kind', () => {
  it.each(LOCALES)('renders every registry entry by its kind (%s)', async (locale) => {
    const t = await sourcesT(locale);
    for (const s of ALL) {
      const { container, unmount } = render(<SourceRef source={s} locale={locale} t={t} />);
      const links = within(container).getAllByRole('link');
      expect(links, s.id).toHaveLength(1);
      expect(container).toHaveTextContent(s.title);
      expect(container).toHaveTextContent(s.publisher);
      if (s.number) expect(container).toHaveTextContent(s.number);
      if (s.date === null) expect(container).toHaveTextContent(words(locale)('undated'));
      if (s.kind === 'official-site') {
        expect(links[0]).toHaveAttribute('href', s.officialUrl);
        expect(links[0]).toHaveAccessibleName(s.title);
      } else {
        expect(links[0]).toHaveAttribute('href', s.copyUrl);
        expect(links[0]).toHaveAccessibleName(expect.stringContaining(host(s)));
        expect(links[0]).not.toHaveAccessibleName(s.title);
      }
      expect(expectTheRule(container, locale)).toBe(1);
      unmount();
    }
  });

  it('an official page is a normal link on its title', async () => {
    const s = SOURCE_REGISTRY.dazhou2026;
    const { getByRole } = render(<SourceRef source={s} locale="zh-CN" t={await sourcesT('zh-CN')} />);
    expect(s.kind).toBe('official-site');
    expect(getByRole('link', { name: s.title })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('an official text copied elsewhere: title, publisher, number and date, then the copy host named (zh-CN and en)', async () => {
    const s = SOURCE_REGISTRY.guangzhou2025;
    expect(s.kind).toBe('official-copy');
    const zh = render(<SourceRef source={s} locale="zh-CN" t={await sourcesT('zh-CN')} />);
    expect(zh.container).toHaveTextContent('广州市2025年度城乡居民医保筹资标准 — 广州市医疗保障局 / 广州市财政局，穗医保发〔2024〕23号，2024年12月3日。转载于 www.moonvisionstudio.com，非官方网站');
    expect(within(zh.container).getByRole('link')).toHaveAttribute('rel', 'nofollow noopener noreferrer');
    zh.unmount();
    const enR = render(<SourceRef source={s} locale="en" t={await sourcesT('en')} />);
    expect(within(enR.container).getByRole('link')).toHaveAccessibleName('copy at www.moonvisionstudio.com, not an official site');
  });

  it('news and commercial or unverified pages are labelled so', async () => {
    const t = await sourcesT('zh-CN');
    const news = render(<SourceRef source={SOURCE_REGISTRY.gbf38Xjb} locale="zh-CN" t={t} />);
    expect(within(news.container).getByRole('link')).toHaveAccessibleName('新闻报道，见 hbrz1972.com，非官方网站');
    news.unmount();
    const c = render(<SourceRef source={SOURCE_REGISTRY.waitReading1} locale="zh-CN" t={t} />);
    expect(within(c.container).getByRole('link')).toHaveAccessibleName('商业或未核实的网站 www.fudaoke.com，仅供参考');
    expect(c.container).toHaveTextContent('fudaoke.com');
  });

  it('a title we wrote ourselves says so', async () => {
    const s = ALL.find((x) => x.ourTitle);
    if (!s) throw new Error('no ourTitle entry');
    const { container } = render(<SourceRef source={s} locale="en" t={await sourcesT('en')} />);
    expect(container).toHaveTextContent(words('en')('ourTitle'));
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

describe('the places that show sources all follow the rule', () => {
  it.each(LOCALES)('the guide source list (%s)', async (locale) => {
    const { container } = render(await SourceList({ locale, sources: ALL }));
    expect(container.querySelectorAll('li')).toHaveLength(ALL.length);
    expect(expectTheRule(container, locale)).toBe(ALL.length);
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
    const why = container.querySelector<HTMLElement>('[data-section="why"]') as HTMLElement;
    expect(expectTheRule(why, locale)).toBeGreaterThan(0);
  });
});
