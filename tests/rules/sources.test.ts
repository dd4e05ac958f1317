/**
 * The source registry (lib/rules/sources.data.json, schema in lib/rules/source-registry.ts): it
 * validates, official addresses are only on government hosts, and every source that parameters,
 * reasons and the fact file cite is an entry of it.
 */
import { describe, expect, it } from 'vitest';
import data from '../../lib/rules/sources.data.json';
import { FACTS } from '../../lib/rules/facts';
import { OFFICIAL_HOST, SOURCE_IDS, SOURCE_REGISTRY, SourceEntry, SourceRegistry, type Source } from '../../lib/rules/source-registry';
import { SOURCES } from '../../lib/rules/parameters/sources';
import { PARAMETERS, STATIC_REASONS_FOR_TESTS } from './parameters.fixture';

const valid = { title: '某某通知', publisher: '某某市医疗保障局', date: '2025-10-01', retrieved: '2026-11' };

describe('the source registry data file', () => {
  it('validates against SourceRegistry', () => {
    const r = SourceRegistry.safeParse(data);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('has one entry per address', () => {
    const urls = Object.values(SOURCE_REGISTRY).map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('keeps the ids the parameters used before (SOURCES is the registry)', () => {
    expect(SOURCES).toBe(SOURCE_REGISTRY);
    for (const id of ['employeeWhoQa', 'gbf38Full', 'beijing2026', 'chengduWindow2025C'] as const) expect(SOURCES[id].id).toBe(id);
    expect(SOURCE_IDS.length).toBe(Object.keys(data).length);
  });

  it('gives official-site only to government hosts, and each entry exactly one address', () => {
    for (const s of Object.values(SOURCE_REGISTRY)) {
      const host = new URL(s.url).hostname;
      if (s.kind === 'official-site') {
        expect(s.officialUrl, s.id).toBe(s.url);
        expect(host, s.id).toMatch(OFFICIAL_HOST);
      } else {
        expect(s.copyUrl, s.id).toBe(s.url);
        expect(s.officialUrl, s.id).toBeUndefined();
      }
      expect(s.retrieved, s.id).toMatch(/^\d{4}-\d{2}/);
    }
  });

  it('keeps document numbers out of titles', () => {
    for (const s of Object.values(SOURCE_REGISTRY)) if (s.number) expect(s.title, s.id).not.toContain(s.number);
    expect(SOURCE_REGISTRY.gbf38Full.number).toBe('国办发〔2024〕38号');
  });
});

describe('SourceEntry rejects', () => {
  const issues = (e: unknown) => {
    const r = SourceEntry.safeParse(e);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  it('accepts a well-formed entry of each kind', () => {
    expect(issues({ ...valid, kind: 'official-site', officialUrl: 'https://ybj.beijing.gov.cn/x.html' })).toEqual([]);
    for (const kind of ['official-copy', 'news', 'commercial-unverified']) expect(issues({ ...valid, kind, copyUrl: 'http://example.com/x' })).toEqual([]);
  });
  it('an http copy on an unrelated host claimed as official', () => {
    expect(issues({ ...valid, kind: 'official-site', officialUrl: 'http://9nvmgl.icu/399202333.html' }).join()).toMatch(/not a government host/);
    expect(issues({ ...valid, kind: 'official-site', officialUrl: 'https://gov.cn.example.com/x' }).join()).toMatch(/not a government host/);
  });
  it('an official address on a copy, a copy without an address, or two addresses', () => {
    expect(issues({ ...valid, kind: 'news', officialUrl: 'https://www.gov.cn/x' }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, kind: 'official-copy' }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, kind: 'official-site', officialUrl: 'https://www.gov.cn/x', copyUrl: 'http://example.com/x' }).length).toBeGreaterThan(0);
  });
  it('bad dates, numbers, unknown fields, a page nobody read labelled official-copy', () => {
    expect(issues({ ...valid, date: '2025/10/01', kind: 'news', copyUrl: 'http://example.com/x' }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, retrieved: 'November', kind: 'news', copyUrl: 'http://example.com/x' }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, number: '38号文', kind: 'news', copyUrl: 'http://example.com/x' }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, mirror: true, kind: 'news', copyUrl: 'http://example.com/x' }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, ourTitle: true, kind: 'official-copy', copyUrl: 'http://example.com/x' }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, kind: 'news', copyUrl: 'ftp://example.com/x' }).length).toBeGreaterThan(0);
  });
  it('two entries with the same address', () => {
    const e = { ...valid, kind: 'news', copyUrl: 'http://example.com/x' };
    expect(SourceRegistry.safeParse({ a: e, b: e }).success).toBe(false);
    expect(SourceRegistry.safeParse({ 'Not-an-id': e }).success).toBe(false);
  });
});

describe('everything cited is in the registry', () => {
  const registered = (s: Source) => SOURCE_REGISTRY[s.id as keyof typeof SOURCE_REGISTRY] === s;

  it.each(PARAMETERS.map((p) => [p.id, p] as const))('parameter %s', (_id, p) => {
    for (const s of p.sources) expect(registered(s), `${p.id} cites ${s.id}`).toBe(true);
    for (const v of p.values) for (const s of v.sources ?? []) expect(registered(s), `${p.id} ${v.from} cites ${s.id}`).toBe(true);
  });

  it('every static reason', () => {
    for (const [id, r] of Object.entries(STATIC_REASONS_FOR_TESTS)) for (const s of r?.sources ?? []) expect(registered(s), `${id} cites ${s.id}`).toBe(true);
  });

  it('every source of the fact file is a registry id; a page cited only by confidence C facts is commercial-unverified', () => {
    const citedBy = new Map<string, string[]>();
    for (const f of FACTS) {
      for (const id of f.sources) {
        expect(Object.hasOwn(SOURCE_REGISTRY, id), `${f.id} ${id}`).toBe(true);
        citedBy.set(id, [...(citedBy.get(id) ?? []), f.confidence ?? '-']);
      }
    }
    for (const [id, levels] of citedBy) if (levels.every((l) => l === 'C')) expect(SOURCE_REGISTRY[id as keyof typeof SOURCE_REGISTRY].kind, id).toBe('commercial-unverified');
  });
});
