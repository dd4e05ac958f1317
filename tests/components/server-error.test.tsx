import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import ServerError, { config } from '@/pages/500';
import zh from '@/content/messages/zh-CN.json';
import en from '@/content/messages/en.json';

describe('the 500 page (pages/500.tsx: when the result fails)', () => {
  const html = renderToStaticMarkup(<ServerError />);

  it('says what happened and where to go, in both languages, the English marked as such', () => {
    for (const words of [zh.ServerError, en.ServerError]) {
      expect(html).toContain(words.title);
      expect(html).toContain(words.body);
      expect(html).toContain(words.home);
    }
    expect(html).toContain('<a class="inline-flex min-h-12 items-center" href="/zh-CN">');
    expect(html).toContain('<a lang="en" class="inline-flex min-h-12 items-center" href="/en">');
    expect(html).toContain(`<p class="mt-2" lang="en">${en.ServerError.body}</p>`);
  });

  it('is sent without Next\'s runtime and holds no script', () => {
    expect(config.unstable_runtimeJS).toBe(false);
    expect(html).not.toContain('<script');
  });
});
