// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

const pathname = { current: '/zh-CN/guides/which-scheme' };
const search = { current: '' };
const searchRead = vi.fn();
vi.mock('next/navigation', () => ({
  usePathname: () => pathname.current,
  useSearchParams: () => { searchRead(); return new URLSearchParams(search.current); },
}));

const { LanguageSwitcher, keepsQuery, switchLocalePath } = await import('@/components/layout/LanguageSwitcher');
const { renderToStaticMarkup } = await import('react-dom/server');
const { FormattedDate, formatIsoDate } = await import('@/components/ui/FormattedDate');
const { useMDXComponents } = await import('@/mdx-components');

describe('LanguageSwitcher', () => {
  it('links to the same page in the other language', () => {
    pathname.current = '/zh-CN/guides/which-scheme';
    render(<LanguageSwitcher current="zh-CN" label="English" ariaLabel="Switch to English" />);
    const link = screen.getByRole('link', { name: 'Switch to English' });
    expect(link).toHaveAttribute('href', '/en/guides/which-scheme');
    expect(link).toHaveAttribute('hreflang', 'en');
    expect(link).toHaveAttribute('lang', 'en');
    expect(link).toHaveTextContent('English');
  });

  it('switches from English back to Chinese on the home page', () => {
    pathname.current = '/en';
    render(<LanguageSwitcher current="en" label="中文" ariaLabel="切换到简体中文" />);
    expect(screen.getByRole('link', { name: '切换到简体中文' })).toHaveAttribute('href', '/zh-CN');
  });

  it('keeps the whole query string (the answers) on the check\'s pages, in the HTML itself: no script needed', () => {
    pathname.current = '/zh-CN/check/age';
    search.current = 'v=1&w=self&r=beijing&a=%E4%B8%83%E5%8D%81&go=1';
    const html = renderToStaticMarkup(<LanguageSwitcher current="zh-CN" label="English" ariaLabel="Switch to English" />);
    expect(html).toContain('href="/en/check/age?v=1&amp;w=self&amp;r=beijing&amp;a=%E4%B8%83%E5%8D%81&amp;go=1"');
    pathname.current = '/en/check/result';
    search.current = 'v=1&g=dibao&g=disability';
    render(<LanguageSwitcher current="en" label="中文" ariaLabel="切换到简体中文" />);
    expect(screen.getByRole('link', { name: '切换到简体中文' })).toHaveAttribute('href', '/zh-CN/check/result?v=1&g=dibao&g=disability');
  });

  it('never reads the query on other pages (prerendered: reading it would make Next render them in the browser)', async () => {
    searchRead.mockClear();
    search.current = 'v=1&a=30';
    for (const p of ['/zh-CN/guides', '/zh-CN/check', '/en']) {
      pathname.current = p;
      renderToStaticMarkup(<LanguageSwitcher current="zh-CN" label="English" ariaLabel="Switch to English" />);
    }
    expect(searchRead).not.toHaveBeenCalled();
    pathname.current = '/zh-CN/guides';
    render(<LanguageSwitcher current="zh-CN" label="English" ariaLabel="Switch to English" />);
    const link = screen.getByRole('link', { name: 'Switch to English' });
    link.addEventListener('click', (e) => e.preventDefault()); // jsdom cannot navigate
    await userEvent.click(link);
    // No click handler: the link is what the server wrote.
    expect(link.getAttribute('href')).toBe('/en/guides');
    expect(keepsQuery('/en/check/answers')).toBe(true);
    expect(keepsQuery('/en/check')).toBe(false);
    expect(keepsQuery('/en/check/paper')).toBe(false);
    expect(keepsQuery('/en/household')).toBe(true);
    expect(keepsQuery('/zh-CN/poster')).toBe(true);
  });

  it('computes paths for every shape of pathname', () => {
    expect(switchLocalePath('/zh-CN', 'en')).toBe('/en');
    expect(switchLocalePath('/en/guides', 'zh-CN')).toBe('/zh-CN/guides');
    expect(switchLocalePath('/', 'en')).toBe('/en/');
    expect(switchLocalePath('/guides', 'en')).toBe('/en/guides');
  });
});

describe('FormattedDate', () => {
  it('writes calendar dates in each language without shifting the day', () => {
    expect(formatIsoDate('2026-01-01', 'zh-CN')).toBe('2026年1月1日');
    expect(formatIsoDate('2026-01-01', 'en')).toBe('January 1, 2026');
    render(<FormattedDate iso="2025-12-31" locale="zh-CN" />);
    expect(screen.getByText('2025年12月31日')).toHaveAttribute('datetime', '2025-12-31');
  });

  it('leaves anything that is not a date as it is', () => {
    expect(formatIsoDate('undated', 'en')).toBe('undated');
  });
});

describe('MDX components', () => {
  const { a: A, table: Table } = useMDXComponents() as Record<string, React.ComponentType<Record<string, unknown>>>;

  it('give internal links their absolute URL for print and mark external links noopener', () => {
    if (!A) throw new Error('no link component');
    render(<><A href="/en/guides">Guides</A><A href="https://example.gov.cn">Gov</A></>);
    expect(screen.getByRole('link', { name: 'Guides' })).toHaveAttribute('data-print-href', 'http://localhost:3000/en/guides');
    expect(screen.getByRole('link', { name: 'Gov' })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('wrap tables in a keyboard-scrollable box so wide tables never widen the page', () => {
    if (!Table) throw new Error('no table component');
    render(<Table><tbody><tr><td>cell</td></tr></tbody></Table>);
    const wrap = screen.getByRole('table').parentElement;
    expect(wrap).toHaveClass('table-wrap');
    expect(wrap).toHaveAttribute('tabindex', '0');
  });
});
