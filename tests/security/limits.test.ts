import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_QUERY_PARAMS, queryLimitResponse } from '@/lib/security/limits';

const base = 'http://127.0.0.1:3000/en/check/reminder';
const realLink = `${base}?v=1&w=helper&r=chengdu&a=0&b=2026-10-01&s=preschool&h=other-mainland&p=yes&g=dibao&g=tekun&g=orphan&g=disability&g=monitored&g=veteran&c=resident-lapsed&ly=3&go=1&ret=answers`;

describe('the bound on a query string (lib/security/limits.ts)', () => {
  it('lets every real link through, with room to spare', () => {
    expect(queryLimitResponse(realLink)).toBeNull();
    expect(queryLimitResponse(base)).toBeNull();
    expect(realLink.length * 5).toBeLessThan(MAX_QUERY_LENGTH);
    expect(realLink.split('&').length * 4).toBeLessThan(MAX_QUERY_PARAMS);
  });

  it('answers a query string over the length with 414 and a short text, in both languages, with the security headers', async () => {
    expect(queryLimitResponse(`${base}?${'x'.repeat(MAX_QUERY_LENGTH)}`)).toBeNull();
    const res = queryLimitResponse(`${base}?${'x'.repeat(MAX_QUERY_LENGTH + 1)}`);
    expect(res?.status).toBe(414);
    const html = await res?.text();
    expect(html).toContain('<h1>414 链接过长 <span lang="en">/ Link too long</span></h1>');
    expect(html).not.toMatch(/<script|<style|<link|<img/);
    expect(html?.length).toBeLessThan(1000);
    expect(res?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res?.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('answers more parameters than the bound with 400, counting separators only', async () => {
    expect(queryLimitResponse(`${base}?${Array(MAX_QUERY_PARAMS).fill('x').join('&')}`)).toBeNull();
    const res = queryLimitResponse(`${base}?${Array(MAX_QUERY_PARAMS + 1).fill('x').join('&')}`);
    expect(res?.status).toBe(400);
    expect(await res?.text()).toContain('<h1>400 链接参数过多 <span lang="en">/ Too many parameters</span></h1>');
  });

  it('ignores the fragment; 4,000 repeated keys are refused by the length alone', () => {
    expect(queryLimitResponse(`${base}?v=1#${'&x'.repeat(5000)}`)).toBeNull();
    expect(queryLimitResponse(`${base}?${'&x'.repeat(4000)}`)?.status).toBe(414);
    expect(queryLimitResponse(`${base}?${'&x'.repeat(500)}`)?.status).toBe(400);
  });
});
