import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isKnownPath } from '@/lib/known-paths';
import { guideSlugs } from '@/lib/content/catalogue';
import { QUESTION_IDS } from '@/lib/rules';

describe('isKnownPath (the proxy sends everything else to the 404 page)', () => {
  it('knows every page of the site in both locales', () => {
    for (const l of ['zh-CN', 'en']) {
      for (const p of ['', '/', '/guides', '/search', '/sources', '/sources/changes', '/sources/changes.xml', '/sources/registry', '/sources/registry/official-site', '/sources/registry/commercial-unverified', '/sources/parameters', '/sources/places', '/sources/places/beijing', '/sources/places/guangdong-other', '/sources/facts', '/check', '/check/answers', '/check/result', '/check/reminder', ...guideSlugs.map((s) => `/guides/${s}`), ...QUESTION_IDS.map((q) => `/check/${q}`)]) {
        expect(isKnownPath(`/${l}${p}`), `/${l}${p}`).toBe(true);
      }
    }
  });

  it('rejects anything else', () => {
    for (const p of ['/en/nope', '/en/guides/nope', '/en/check/nope', '/fr/guides', '/en/missing', '/en/guides/faq/extra', '/en//guides', '/en/search/results', '/en/sources/changes.atom', '/en/sources/nope', '/en/sources/changes/x', '/en/sources/registry/nope', '/en/sources/places/elsewhere', '/en/sources/places/beijing/x', '/en/sources/parameters/national']) expect(isKnownPath(p), p).toBe(false);
  });

  it('covers every route folder under app/[locale]', () => {
    const dir = path.join(process.cwd(), 'app', '[locale]');
    const folders = readdirSync(dir).filter((f) => statSync(path.join(dir, f)).isDirectory() && !f.startsWith('['));
    expect(folders.sort()).toEqual(['check', 'guides', 'household', 'missing', 'poster', 'search', 'sources']);
  });

  it('knows every route folder under app/[locale]/sources', () => {
    const dir = path.join(process.cwd(), 'app', '[locale]', 'sources');
    const folders = readdirSync(dir).filter((f) => statSync(path.join(dir, f)).isDirectory());
    for (const f of folders) expect(isKnownPath(`/en/sources/${f}`), f).toBe(true);
    expect(folders.sort()).toEqual(['changes', 'changes.xml', 'facts', 'parameters', 'places', 'registry']);
  });
});
