/**
 * The source registry (lib/rules/sources.data.json, schema in lib/rules/source-registry.ts): it
 * validates, official addresses are only on government hosts, nothing would be linked live outside
 * the link policy (lib/rules/link-policy.json), the central documents carry their official
 * references, and every source that parameters, reasons and the fact file cite is an entry of it.
 */
import { describe, expect, it } from 'vitest';
import data from '../../lib/rules/sources.data.json';
import { FACTS } from '../../lib/rules/facts';
import { isOfficialHost, SOURCE_IDS, SOURCE_REGISTRY, SourceEntry, SourceRegistry, type Source } from '../../lib/rules/source-registry';
import { SOURCES } from '../../lib/rules/parameters/sources';
import { hostOf, isAllowedHost, linkable, whyNotLinkable } from '../../lib/rules/link-policy';
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
        expect(isOfficialHost(host), `${s.id} ${host}`).toBe(true);
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
    expect(issues({ ...valid, unverified: true, kind: 'official-copy', copyUrl: 'http://example.com/x' }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, ourTitle: true, kind: 'commercial-unverified', copyUrl: 'http://example.com/x' }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, unverified: true, checked: 'F2.1', kind: 'news', copyUrl: 'http://example.com/x' }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, kind: 'news', copyUrl: 'ftp://example.com/x' }).length).toBeGreaterThan(0);
  });
  it('a document reference without its issuer, or a copy of a document that does not say where the official text is', () => {
    const copy = { ...valid, kind: 'official-copy', copyUrl: 'http://example.com/x' };
    expect(issues({ ...copy, number: '国发〔1998〕44号' }).join()).toMatch(/issuer/);
    expect(issues({ ...copy, issued: '1998-12-14' }).join()).toMatch(/issuer/);
    expect(issues({ ...copy, issuer: '国务院', number: '国发〔1998〕44号' }).join()).toMatch(/official text/);
    expect(issues({ ...copy, issuer: '国务院', number: '国发〔1998〕44号', issued: '1998-12-14', officialText: 'gov-policy-library' })).toEqual([]);
    expect(issues({ ...copy, issuer: '国务院', number: null, officialText: 'somewhere' }).length).toBeGreaterThan(0);
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

describe('the link policy over the registry', () => {
  it('accepts government hosts and named state outlets over https only', () => {
    for (const ok of ['https://www.gov.cn/zhengce/', 'https://www.nhsa.gov.cn/x.html', 'https://flk.npc.gov.cn/', 'https://ybj.beijing.gov.cn/a', 'https://bayarea.gov.hk/sc/x.html', 'https://www.news.cn/a.htm', 'https://health.people.com.cn/n1/x.html', 'https://news.cctv.com/x'])
      expect(whyNotLinkable(ok), ok).toBeNull();
    expect(whyNotLinkable('http://www.dazhou.gov.cn/news-show-267015.html')).toBe('not-https');
    expect(whyNotLinkable('https://gov.cn.example.com/x')).toBe('host');
    expect(whyNotLinkable('https://fakegov.cn/x')).toBe('host');
    expect(whyNotLinkable('https://notxinhuanet.com/x')).toBe('host');
    expect(whyNotLinkable('https://www.gov.cn:8443/x')).toBe('port-or-user');
    expect(whyNotLinkable('https://user@www.gov.cn/x')).toBe('port-or-user');
    expect(whyNotLinkable('http://www.360elib.com:2027/detail.aspx')).toBe('host');
    expect(whyNotLinkable('not a url')).toBe('not-a-url');
  });

  it('no registry address outside the policy could become a live link, and none over plain http', () => {
    const live = Object.values(SOURCE_REGISTRY).filter((s) => linkable(s.url));
    for (const s of live) {
      expect(s.url.startsWith('https://'), s.id).toBe(true);
      expect(isAllowedHost(hostOf(s.url)), s.id).toBe(true);
    }
    for (const s of Object.values(SOURCE_REGISTRY)) if (!isAllowedHost(hostOf(s.url)) || s.url.startsWith('http://')) expect(linkable(s.url), s.id).toBe(false);
    // The issue's examples of unrelated hosts are in the data and are never linked.
    const hosts = new Set(Object.values(SOURCE_REGISTRY).map((s) => hostOf(s.url)));
    for (const h of ['carmay.cn', '9nvmgl.icu', 'w23.447743.xyz', 'fandbseatery.com']) {
      expect(hosts.has(h), h).toBe(true);
      expect(isAllowedHost(h), h).toBe(false);
    }
  });

  it('every copy has a host to name', () => {
    for (const s of Object.values(SOURCE_REGISTRY)) if (s.kind !== 'official-site') expect(hostOf(s.copyUrl ?? ''), s.id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });
});

describe('official references', () => {
  // The documents the site rests on most (issue 21). Their references are history, not this year's data.
  const CENTRAL = {
    gbf38Full: { number: '国办发〔2024〕38号', issued: '2024-08-01', place: 'gov-policy-library' },
    payroll1998: { number: '国发〔1998〕44号', issued: '1998-12-14', place: 'gov-policy-library' },
    transferGap2021: { number: '医保办发〔2021〕43号', issued: '2021-11-01', place: 'gov-policy-library' },
    duplicate2020: { number: null, issued: '2020', place: 'gov-policy-library' },
    ssLawArt27: { number: undefined, issued: '2010-10-28', place: 'law-database' },
  } as const;

  it.each(Object.entries(CENTRAL))('%s has its issuer, 文号, date and where the official text is found', (id, want) => {
    const s = SOURCE_REGISTRY[id as keyof typeof SOURCE_REGISTRY];
    expect(s.issuer, id).toBeTruthy();
    expect(s.number, id).toBe(want.number);
    expect(s.issued, id).toBe(want.issued);
    expect(s.officialText, id).toBe(want.place);
    // A law has no 文号; any other central document has one, or says it is not verified (null).
    if (want.place !== 'law-database') expect(s.number, id).not.toBeUndefined();
  });

  it('every copy of the same document gives the same reference', () => {
    const byNumber = new Map<string, Source[]>();
    for (const s of Object.values(SOURCE_REGISTRY)) if (s.number) byNumber.set(s.number, [...(byNumber.get(s.number) ?? []), s]);
    for (const [number, list] of byNumber) for (const s of list) {
      expect([s.issuer, s.issued], `${s.id} ${number}`).toEqual([list[0]?.issuer, list[0]?.issued]);
    }
    expect(byNumber.get('国办发〔2024〕38号')?.length).toBeGreaterThan(1);
  });

  it('a title checked against the fact file names a fact that cites the entry; every other title we wrote is marked unverified', () => {
    for (const s of Object.values(SOURCE_REGISTRY)) {
      if (!s.checked) continue;
      const fact = FACTS.find((f) => f.id === s.checked);
      expect(fact?.sources, `${s.id} checked against ${s.checked}`).toContain(s.id);
    }
    const marked = Object.values(SOURCE_REGISTRY).filter((s) => s.unverified || s.checked);
    expect(marked.length).toBeGreaterThan(0);
    for (const s of marked) expect(Boolean(s.unverified) !== Boolean(s.checked), s.id).toBe(true);
  });
});
