import { afterEach, describe, expect, it, vi } from 'vitest';
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import config from '../../next.config';

// Issue 15, defect 8: a production build without SITE_URL says what will be wrong.
describe('SITE_URL at build time (next.config.ts)', () => {
  const saved = { SITE_URL: process.env.SITE_URL, warned: process.env.YIBAO_SITE_URL_WARNED };
  afterEach(() => {
    vi.restoreAllMocks();
    for (const [key, value] of [['SITE_URL', saved.SITE_URL], ['YIBAO_SITE_URL_WARNED', saved.warned]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  function warningsFor(phase: string, siteUrl: string | undefined): string[] {
    if (siteUrl === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = siteUrl;
    delete process.env.YIBAO_SITE_URL_WARNED;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(typeof config).toBe('function');
    (config as unknown as (phase: string) => unknown)(phase);
    return warn.mock.calls.map((args) => args.join(' '));
  }

  it('a production build without SITE_URL warns, naming what will point to localhost', () => {
    const [warning, ...rest] = warningsFor(PHASE_PRODUCTION_BUILD, undefined);
    expect(rest).toEqual([]);
    for (const what of ['SITE_URL is not set', 'http://localhost:3000', 'canonical', 'hreflang', 'sitemap.xml', 'robots.txt',
      'QR codes', 'share links', 'when the server runs', 'docs/deploying.md']) {
      expect(warning).toContain(what);
    }
  });

  it('warns once per build, however often Next loads the config', () => {
    delete process.env.SITE_URL;
    delete process.env.YIBAO_SITE_URL_WARNED;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (let i = 0; i < 3; i++) (config as unknown as (phase: string) => unknown)(PHASE_PRODUCTION_BUILD);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('says nothing when SITE_URL is set, or outside a production build', () => {
    expect(warningsFor(PHASE_PRODUCTION_BUILD, 'https://yibao.example.org')).toEqual([]);
    expect(warningsFor(PHASE_PRODUCTION_SERVER, undefined)).toEqual([]);
  });
});
