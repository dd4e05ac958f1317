import { describe, expect, it } from 'vitest';
import { questionPage } from '@/lib/wizard/question-page';
import { checkRouteOf } from '@/lib/known-paths';

// The one path of a question page, from its query string alone (no JavaScript anywhere).
const q = (s: string) => Object.fromEntries([...new URLSearchParams(s)].reduce((m, [k, v]) => m.set(k, [...(m.get(k) ?? []), v]), new Map<string, string[]>()));

describe('a question page, worked out from its URL', () => {
  it('shows the answer the URL holds, chosen or filled in: Change, Back and refresh keep it', () => {
    expect(questionPage('en', 'age', q('v=1&w=self&r=beijing&a=30&ret=answers'))).toMatchObject({ kind: 'question', id: 'age', values: ['30'], error: null, returnToAnswers: true });
    expect(questionPage('en', 'region', q('v=1&w=self&r=beijing&a=30'))).toMatchObject({ id: 'region', values: ['beijing'] });
    expect(questionPage('en', 'special-groups', q('v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=none'))).toMatchObject({ values: ['none'] });
    expect(questionPage('en', 'special-groups', q('v=1&w=self&r=beijing&a=30&s=flexible&h=local&g=dibao&g=disability'))).toMatchObject({ values: ['dibao', 'disability'] });
    expect(questionPage('en', 'age', q('v=1&w=self&r=beijing'))).toMatchObject({ values: [] });
  });

  it('moves on when the answer sent is good, or shows it again with its error and what was typed', () => {
    expect(questionPage('en', 'age', q('v=1&w=self&r=beijing&go=1&a=35'))).toEqual({ kind: 'redirect', href: '/en/check/situation?v=1&w=self&r=beijing&a=35' });
    expect(questionPage('zh-CN', 'age', q('v=1&w=self&r=beijing&go=1&a=%EF%BC%93%EF%BC%95'))).toEqual({ kind: 'redirect', href: '/zh-CN/check/situation?v=1&w=self&r=beijing&a=35' });
    const error = questionPage('en', 'age', q('v=1&w=self&r=beijing&go=1&a=%E4%B8%83%E5%8D%81'));
    expect(error).toMatchObject({ kind: 'question', id: 'age', error: 'digits', values: ['七十'] });
    // The bad value is the error's business, not a "dropped from your link" notice; the other answers stay.
    expect(error.kind === 'question' && error.notices).toEqual([]);
    expect(error.kind === 'question' && error.answers).toEqual({ who: 'self', region: 'beijing' });
    expect(questionPage('en', 'region', q('v=1&w=self&go=1'))).toMatchObject({ error: 'required', values: [] });
    expect(questionPage('en', 'special-groups', q('v=1&w=self&r=beijing&a=30&s=flexible&h=local&go=1&g=none&g=dibao'))).toMatchObject({ error: 'none-exclusive', values: ['none', 'dibao'] });
  });

  it('returns to "check your answers" after a change, with every other answer kept', () => {
    expect(questionPage('en', 'age', q('v=1&w=self&r=hangzhou&s=employee&h=local&g=none&c=none&ret=answers&go=1&a=31'))).toEqual({
      kind: 'redirect', href: '/en/check/answers?v=1&w=self&r=hangzhou&a=31&s=employee&h=local&g=none&c=none',
    });
  });

  it('does not ask a baby the situation: after the birth date comes the hukou, with the situation filled in', () => {
    expect(questionPage('en', 'age', q('v=1&w=helper&r=beijing&go=1&a=0'))).toEqual({ kind: 'redirect', href: '/en/check/birth-date?v=1&w=helper&r=beijing&a=0&s=preschool' });
    expect(questionPage('en', 'birth-date', q('v=1&w=helper&r=beijing&a=0&s=preschool&go=1&b=2026-10-01'))).toEqual({
      kind: 'redirect', href: '/en/check/hukou?v=1&w=helper&r=beijing&a=0&b=2026-10-01&s=preschool',
    });
    // A link without the situation still works: it is implied.
    expect(questionPage('en', 'hukou', q('v=1&w=helper&r=beijing&a=0&b=2026-10-01'))).toMatchObject({ kind: 'question', id: 'hukou' });
  });

  it('keeps the meaning of old links: a new coverage value is only offered, never forced', () => {
    expect(questionPage('en', 'coverage', q('v=1&w=self&r=shanghai&a=66&s=retired&ry=30&h=local&g=none&go=1&c=employee-retired'))).toEqual({
      kind: 'redirect', href: '/en/check/answers?v=1&w=self&r=shanghai&a=66&s=retired&ry=30&h=local&g=none&c=employee-retired',
    });
    expect(questionPage('en', 'coverage', q('v=1&w=self&r=shanghai&a=50&s=flexible&h=local&g=none&go=1&c=employee-retired'))).toMatchObject({ error: 'required' });
  });
});

describe('the check\'s pages rendered per request, by their route (what the proxy marks for the standalone server)', () => {
  it('maps questions, answers and result to their routes, and nothing else', () => {
    expect(checkRouteOf('/en/check/age')).toBe('/[locale]/check/[step]');
    expect(checkRouteOf('/zh-CN/check/answers')).toBe('/[locale]/check/answers');
    expect(checkRouteOf('/zh-CN/check/result')).toBe('/[locale]/check/result');
    for (const p of ['/en/check/reminder', '/en/check', '/en/check/nope', '/fr/check/age', '/en/guides/faq', '/en/check/age/x']) expect(checkRouteOf(p), p).toBeNull();
  });
});
