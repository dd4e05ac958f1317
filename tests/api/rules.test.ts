import { describe, expect, it, vi } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { CHANGELOG, FACTS, PARAMETERS, SOURCE_KINDS, SOURCE_REGISTRY, ANSWER_FIELDS, REGIONS, SPECIAL_GROUPS, COVERAGES, Answers, answerFields } from '@/lib/rules';
import { API_PATHS, SCHEMA_NAMES } from '@/lib/api/paths';
import { entryOf, omit, rulesDocument } from '@/lib/api/rules';
import { get, json } from './helpers';

vi.mock('next-intl/middleware', async () => {
  const { NextResponse } = await import('next/server');
  return { default: () => () => NextResponse.next() };
});

const rules = await import('@/app/api/v1/rules/route');
const index = await import('@/app/api/v1/route');
const schema = await import('@/app/api/v1/schema/[name]/route');

type RulesBody = {
  api: string; version: string; generated: Record<string, unknown>; counts: Record<string, number>;
  parameters: Array<{ id: string; unit: string; lookup: string; confidence: string; facts: string[]; sources: string[]; values: Array<{ from: string; value: unknown; confidence: string; facts: string[]; sources: string[] }> }>;
  sources: Record<string, { kind: string; title: string; citedBy: { parameters: string[]; facts: string[] } }>;
  facts: Record<string, { statement: string; sources: string[] }>;
  changelog: Array<{ id: string; date: string; summary: Record<string, string>; why: Record<string, string>; parameters: string[]; sources: string[]; dataDigest: string }>;
};

describe('GET /api/v1/rules', () => {
  it('is JSON, cacheable, without cookies, and the same on every request', async () => {
    const a = rules.GET();
    const b = rules.GET();
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(a.headers.get('cache-control')).toMatch(/^public, max-age=\d+, s-maxage=\d+/);
    expect(a.headers.get('set-cookie')).toBeNull();
    expect(a.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(a.headers.get('access-control-allow-origin')).toBe('*');
    expect(await a.text()).toBe(await b.text());
  });

  it('answers If-None-Match with the current ETag (strong, or weakened by a compressing proxy) with 304 and no body (issue 24)', async () => {
    const etag = rules.GET().headers.get('etag')!;
    expect(etag).toMatch(/^"sha256-[0-9a-f]{16}"$/);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = rules.GET(new Request('http://localhost/api/v1/rules', { headers: { 'if-none-match': header } }));
      expect(res.status, header).toBe(304);
      expect(await res.text()).toBe('');
      expect(res.headers.get('etag')).toBe(etag);
      expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    }
    for (const header of ['"sha256-0000000000000000"', 'W/"x"', '']) {
      const res = rules.GET(new Request('http://localhost/api/v1/rules', { headers: { 'if-none-match': header } }));
      expect(res.status, header).toBe(200);
      expect(await res.text()).toBe(await rules.GET().text());
    }
  });

  it('holds every parameter with its dated values, unit, confidence, facts and sources by id, and the registry', async () => {
    const body = (await json(rules.GET())) as unknown as RulesBody;
    expect(body.api).toBe('yibao-guide/v1');
    expect(body.version).toMatch(/^sha256-[0-9a-f]{16}$/);
    expect(rules.GET().headers.get('etag')).toBe(`"${body.version}"`);
    expect(body.version).toBe(rulesDocument().version);
    expect(body.generated.latestValueFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.parameters.map((p) => p.id)).toEqual(PARAMETERS.map((p) => p.id));
    expect(body.counts).toEqual({ parameters: PARAMETERS.length, sources: Object.keys(SOURCE_REGISTRY).length, facts: FACTS.length, changes: CHANGELOG.length });
    for (const p of PARAMETERS) {
      const out = body.parameters.find((x) => x.id === p.id);
      expect(out, p.id).toMatchObject({ unit: p.unit, lookup: p.lookup, confidence: p.confidence, facts: p.facts, sources: [...new Set(p.sources.map((s) => s.id))] });
      expect(out?.values.map((v) => v.from)).toEqual(p.values.map((v) => v.from).sort());
      for (const v of p.values) {
        const o = out?.values.find((x) => x.from === v.from);
        expect(o?.value, `${p.id} ${v.from}`).toEqual(JSON.parse(JSON.stringify(v.value)));
        expect(o?.confidence).toBe(v.confidence ?? p.confidence);
        expect(o?.facts).toEqual(v.facts ?? p.facts);
        expect(o?.sources).toEqual([...new Set((v.sources ?? p.sources).map((s) => s.id))]);
      }
    }
    // Every source a parameter or value cites is in the registry map, and the map is the whole registry.
    expect(Object.keys(body.sources).sort()).toEqual(Object.keys(SOURCE_REGISTRY).sort());
    for (const [id, s] of Object.entries(body.sources)) {
      expect(SOURCE_KINDS).toContain(s.kind);
      expect(s.title).toBe(SOURCE_REGISTRY[id as keyof typeof SOURCE_REGISTRY].title);
      expect(s).not.toHaveProperty('url');
      for (const pid of s.citedBy.parameters) expect(body.parameters.find((p) => p.id === pid)?.values.some((v) => v.sources.includes(id)) || body.parameters.find((p) => p.id === pid)?.sources.includes(id), `${id} ← ${pid}`).toBe(true);
    }
    const citedByParameters = new Set(body.parameters.flatMap((p) => [...p.sources, ...p.values.flatMap((v) => v.sources)]));
    for (const id of citedByParameters) expect(body.sources[id]?.citedBy.parameters.length, id).toBeGreaterThan(0);
    // Facts: every record, with its sources as registry ids.
    expect(Object.keys(body.facts)).toEqual(FACTS.map((f) => f.id));
    for (const f of FACTS) {
      expect(body.facts[f.id]?.statement).toBe(f.statement);
      expect(body.facts[f.id]?.sources, f.id).toEqual(f.sources);
      for (const id of f.sources) expect(body.sources[id]?.citedBy.facts, `${id} ← ${f.id}`).toContain(f.id);
    }
  });

  it('carries the changelog of the rules data, newest first, each entry as the data file has it', async () => {
    const body = (await json(rules.GET())) as unknown as RulesBody;
    expect(body.changelog).toEqual(JSON.parse(JSON.stringify(CHANGELOG)));
    expect(body.changelog.length).toBeGreaterThan(0);
    expect(body.generated.latestChange).toBe(CHANGELOG[0]?.date);
    for (const e of body.changelog) {
      expect(Object.keys(e.summary).sort(), e.id).toEqual(['en', 'zh-CN']);
      for (const id of e.sources) expect(body.sources[id], `${e.id} cites ${id}`).toBeDefined();
      for (const id of e.parameters) expect(body.parameters.some((p) => p.id === id), `${e.id} names ${id}`).toBe(true);
    }
  });

  it('the changelog is part of the hashed data: a different changelog gives a different version', async () => {
    vi.resetModules();
    vi.doMock('@/lib/rules/changelog', async (importOriginal) => {
      const real = await importOriginal<typeof import('@/lib/rules/changelog')>();
      return { ...real, CHANGELOG: [{ ...real.CHANGELOG[0]!, why: { 'zh-CN': '另一个原因。', en: 'Another reason.' } }, ...real.CHANGELOG.slice(1)] };
    });
    try {
      const other = (await import('@/lib/api/rules')).rulesDocument();
      expect(other.changelog[0]?.why.en).toBe('Another reason.');
      expect(other.version).not.toBe(rulesDocument().version);
    } finally {
      vi.doUnmock('@/lib/rules/changelog');
      vi.resetModules();
    }
  });

  it('the index lists the endpoints', async () => {
    const body = await json(index.GET());
    expect(Object.keys(body.endpoints as object)).toEqual(['rules', 'evaluate', 'schemas']);
    expect((body.endpoints as { schemas: string[] }).schemas).toHaveLength(SCHEMA_NAMES.length);
  });
});

/** Checks a value against the JSON Schema subset these schemas use (type, enum, const, min/max, pattern, items, required, properties). */
function conforms(schema: Record<string, unknown>, value: unknown, at = '$'): string[] {
  const errors: string[] = [];
  const type = schema.type as string | undefined;
  if (schema.anyOf) return (schema.anyOf as Array<Record<string, unknown>>).some((s) => conforms(s, value, at).length === 0) ? [] : [`${at}: no anyOf branch`];
  if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: not an object`];
    for (const r of (schema.required as string[] | undefined) ?? []) if (!(r in value)) errors.push(`${at}.${r}: required`);
    const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    for (const [k, v] of Object.entries(value)) {
      if (props[k]) errors.push(...conforms(props[k], v, `${at}.${k}`));
      else if (schema.additionalProperties === false) errors.push(`${at}.${k}: not allowed`);
    }
  } else if (type === 'array') {
    if (!Array.isArray(value)) return [`${at}: not an array`];
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${at}: too many items`);
    value.forEach((v, i) => errors.push(...conforms(schema.items as Record<string, unknown>, v, `${at}[${i}]`)));
  } else if (type === 'integer' || type === 'number') {
    if (typeof value !== 'number' || (type === 'integer' && !Number.isInteger(value))) return [`${at}: not an ${type}`];
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${at}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${at}: above maximum`);
  } else if (type === 'string') {
    if (typeof value !== 'string') return [`${at}: not a string`];
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${at}: pattern`);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${at}: too short`);
  } else if (type === 'boolean' && typeof value !== 'boolean') return [`${at}: not a boolean`];
  else if (type === 'null' && value !== null) return [`${at}: not null`];
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) errors.push(`${at}: not in enum`);
  if ('const' in schema && schema.const !== value) errors.push(`${at}: not the const`);
  return errors;
}

describe('GET /api/v1/schema/<name>.json', () => {
  const schemaOf = async (name: string) => {
    const res = await schema.GET(get(`/api/v1/schema/${name}`), { params: Promise.resolve({ name }) });
    return { res, body: await json(res) };
  };

  it('serves one JSON Schema per name, with its own $id', async () => {
    expect(schema.generateStaticParams()).toEqual(SCHEMA_NAMES.map((n) => ({ name: `${n}.json` })));
    for (const n of SCHEMA_NAMES) {
      const { res, body } = await schemaOf(`${n}.json`);
      expect(res.status, n).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(body.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(body.$id).toBe(`http://localhost:3000/api/v1/schema/${n}.json`);
      expect(body.type).toBe('object');
    }
    expect((await schemaOf('nope.json')).res.status).toBe(404);
  });

  it('the answers schema is the zod schema: its fields, required ones, enums and bounds', async () => {
    const { body } = await schemaOf('answers.json');
    const props = body.properties as Record<string, Record<string, unknown>>;
    expect(Object.keys(props)).toEqual(ANSWER_FIELDS);
    expect(body.required).toEqual(['who', 'region', 'age', 'situation', 'hukou', 'groups', 'coverage']);
    expect(props.region?.enum).toEqual([...REGIONS]);
    expect(props.coverage?.enum).toEqual([...COVERAGES]);
    expect((props.groups?.items as Record<string, unknown>).enum).toEqual([...SPECIAL_GROUPS]);
    expect(props.age).toMatchObject({ type: 'integer', minimum: 0, maximum: 120 });
    expect(answerFields.age.safeParse(121).success).toBe(false);

    // Real answers conform; broken ones do not (the same verdict as zod for these).
    const real = Answers.parse({ who: 'helper', region: 'chengdu', age: 70, situation: 'retired', retireeYears: 10, hukou: 'hmt', permit: 'yes', groups: ['disability'], coverage: 'employee-lapsed', gapMonths: 7 });
    expect(conforms(body, real)).toEqual([]);
    for (const bad of [{ ...real, age: 121 }, { ...real, region: 'atlantis' }, { ...real, groups: ['x'] }, { ...real, age: 1.5 }, omit(real, ['coverage'])]) {
      expect(conforms(body, bad), JSON.stringify(bad)).not.toEqual([]);
      expect(Answers.safeParse(bad).success).toBe(false);
    }
    // Partial answers: nothing required.
    expect(conforms((await schemaOf('partial-answers.json')).body, { age: 3 })).toEqual([]);
  });

  it('the fact schema accepts every fact record of /api/v1/rules', async () => {
    const { body } = await schemaOf('fact.json');
    const facts = ((await json(rules.GET())) as unknown as RulesBody).facts;
    for (const [id, f] of Object.entries(facts)) expect(conforms(body, f), id).toEqual([]);
    expect(conforms(body, { id: 'F1.1' })).not.toEqual([]);
  });

  it('the change schema accepts every changelog entry of /api/v1/rules', async () => {
    const { body } = await schemaOf('change.json');
    const entries = ((await json(rules.GET())) as unknown as RulesBody).changelog;
    for (const e of entries) expect(conforms(body, e), e.id).toEqual([]);
    expect(conforms(body, { id: 'x' })).not.toEqual([]);
  });

  it('the source schema accepts every registry entry', async () => {
    const { body } = await schemaOf('source.json');
    for (const s of Object.values(SOURCE_REGISTRY)) {
      expect(conforms(body, entryOf(s)), s.id).toEqual([]);
    }
    expect(conforms(body, { title: 'x' })).not.toEqual([]);
  });
});

describe('the API paths, the route handlers and the proxy agree', () => {
  it('every path the proxy lets through has a route handler, and every handler is listed', () => {
    const dir = path.join(process.cwd(), 'app', 'api');
    const walk = (d: string): string[] => readdirSync(d).flatMap((e) => (statSync(path.join(d, e)).isDirectory() ? walk(path.join(d, e)) : [path.join(d, e)]));
    const routes = walk(dir).filter((f) => f.endsWith('route.ts')).map((f) => `/api/${path.relative(dir, path.dirname(f)).split(path.sep).join('/')}`.replace(/\/$/, ''));
    const expanded = routes.flatMap((r) => (r.endsWith('/[name]') ? SCHEMA_NAMES.map((n) => r.replace('[name]', `${n}.json`)) : [r]));
    expect(expanded.sort()).toEqual([...API_PATHS].sort());
  });

  it('the proxy passes known endpoints on with a CSP for JSON, and answers anything else under /api with a JSON 404', async () => {
    const { default: proxy } = await import('@/proxy');
    for (const p of API_PATHS) {
      const res = proxy(new NextRequest(`http://localhost${p}?v=1`));
      expect(res.status, p).toBe(200);
      expect(res.headers.get('x-middleware-next'), p).toBe('1');
      expect(res.headers.get('location'), p).toBeNull();
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
    for (const p of ['/api', '/api/', '/api/v1/', '/api/v2/rules', '/api/v1/rules.json', '/api/v1/schema/nope.json', '/api/v1/evaluate/x', '/api/v1/Rules', '/api/v1/rules%2F']) {
      const res = proxy(new NextRequest(`http://localhost${p}`));
      expect(res.status, p).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('set-cookie')).toBeNull();
      const body = await json(res);
      expect(body.error).toBe('not-found');
      expect(body.endpoints).toEqual(API_PATHS);
    }
    // Other methods are refused before (405, as for every path).
    expect(proxy(new NextRequest('http://localhost/api/v1/rules', { method: 'POST' })).status).toBe(405);
  });

  it('every 4xx the proxy gives under /api is JSON: 404, 405, 414 and too many parameters (issue 24)', async () => {
    const { default: proxy } = await import('@/proxy');
    const { MAX_QUERY_LENGTH, MAX_QUERY_PARAMS } = await import('@/lib/security/limits');
    const cases: Array<[NextRequest, number, string]> = [
      [new NextRequest('http://localhost/api/v1/nope'), 404, 'not-found'],
      [new NextRequest('http://localhost/api/v1/rules', { method: 'POST' }), 405, 'method-not-allowed'],
      [new NextRequest('http://localhost/api/v1/evaluate', { method: 'DELETE' }), 405, 'method-not-allowed'],
      [new NextRequest('http://localhost/api/nope', { method: 'OPTIONS' }), 405, 'method-not-allowed'],
      [new NextRequest(`http://localhost/api/v1/evaluate?x=${'y'.repeat(MAX_QUERY_LENGTH)}`), 414, 'query-too-long'],
      [new NextRequest(`http://localhost/api/v1/rules?${'a&'.repeat(MAX_QUERY_PARAMS)}`), 400, 'too-many-parameters'],
    ];
    for (const [req, status, error] of cases) {
      const res = proxy(req);
      expect(res.status, `${req.method} ${req.nextUrl.pathname}`).toBe(status);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      const body = await json(res);
      expect(body.error).toBe(error);
      if (status !== 404) expect(Object.keys(body.message as object).sort()).toEqual(['en', 'zh-CN']);
      if (status === 405) expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
    // Pages still get the short HTML page.
    expect(proxy(new NextRequest('http://localhost/zh-CN', { method: 'POST' })).headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});
