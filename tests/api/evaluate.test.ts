import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createTranslator } from 'next-intl';
import zhCN from '@/content/messages/zh-CN.json';
import en from '@/content/messages/en.json';
import type { Locale } from '@/lib/i18n/routing';
import { get, json } from './helpers';

vi.mock('next-intl/server', () => import('../intl-server'));

const { GET } = await import('@/app/api/v1/evaluate/route');
const { DROP_REASONS, REGIONS, SOURCE_REGISTRY, URL_PARAMS, answersToSearchParams, evaluate, Answers } = await import('@/lib/rules');
const { rulesWords } = await import('@/lib/wizard/words');
const { MAX_QUERY_LENGTH, MAX_QUERY_PARAMS } = await import('@/lib/security/limits');

const FLEXIBLE_BEIJING = 'v=1&w=self&r=beijing&a=35&s=flexible&h=local&g=none&c=none';
const NEWBORN = 'v=1&w=helper&r=elsewhere&a=0&b=2026-10-01&s=preschool&h=local&g=none&c=none';
// Guangzhou holds its own newborn rule (F4.2, B): a sourced limit with a countdown.
const NEWBORN_GZ = NEWBORN.replace('r=elsewhere', 'r=guangzhou');

async function evaluateQuery(query: string) {
  const res = await GET(get(`/api/v1/evaluate?${query}`));
  return { res, body: await json(res) };
}

type Words = { options: Array<Record<string, unknown>>; deadline: string[]; nextSteps: Array<{ id: string; text: string }>; warnings: Array<{ id: string; text: string }>; reasons: Array<{ id: string; text: string }>; answers: Array<{ question: string; text: string }> };

describe('GET /api/v1/evaluate: a result', () => {
  it('gives the outcome by id, with the localized words, for a given day', async () => {
    const { res, body } = await evaluateQuery(`${FLEXIBLE_BEIJING}&asOf=2026-11-23&locale=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('set-cookie')).toBeNull();
    // Someone's answers are in the URL: no cache keeps the answer, as for a result page (issue 24).
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(body).toMatchObject({ api: 'yibao-guide/v1', asOf: '2026-11-23', asOfFrom: 'query', locale: 'en' });
    expect(body.link).toBe(`http://localhost:3000/en/check/result?${FLEXIBLE_BEIJING}`);

    // The outcome is the rules' own, with every source replaced by its registry id.
    const expected = evaluate(Answers.parse({ who: 'self', region: 'beijing', age: 35, situation: 'flexible', hukou: 'local', groups: [], coverage: 'none' }), { asOf: '2026-11-23' });
    const outcome = body.outcome as Record<string, unknown> & { options: Array<{ choice: unknown; contribution: { sources: string[] } }>; reasons: Array<{ id: string; sources: string[] }> };
    expect(outcome.options.map((o) => o.choice)).toEqual(expected.options.map((o) => o.choice));
    expect(outcome.deadline).toEqual(expected.deadline);
    expect(outcome.reasons.map((r) => r.sources)).toEqual(expected.reasons.map((r) => r.sources.map((s) => s.id)));
    expect(outcome).not.toHaveProperty('primary');
    const cited = new Set(outcome.reasons.flatMap((r) => r.sources));
    expect(cited.size).toBeGreaterThan(0);
    const sources = body.sources as Record<string, Record<string, unknown>>;
    for (const id of cited) {
      expect(id in SOURCE_REGISTRY, id).toBe(true);
      expect(sources[id]?.title).toBe(SOURCE_REGISTRY[id as keyof typeof SOURCE_REGISTRY].title);
    }

    // Words: the rules' wording for each id, in English.
    const w = rulesWords('en', { asOf: '2026-11-23' });
    const words = body.words as Words;
    expect(words.options[0]).toMatchObject({ recommended: true, group: w(`groups.${expected.options[0]?.choice.group}`), place: w(`places.${expected.options[0]?.choice.where}`) });
    expect(words.nextSteps.map((s) => s.id)).toEqual(expected.nextSteps.map((s) => s.id));
    expect(words.nextSteps.map((s) => s.text)).toEqual(expected.nextSteps.map((s) => w(`nextSteps.${s.id}`, s.params)));
    expect(words.warnings.map((x) => x.text)).toEqual(expected.warnings.map((x) => w(`warnings.${x.id}`, x.params)));
    expect(words.deadline).toEqual([en.Check.deadline.anyTime]);
    expect(words.answers.find((a) => a.question === 'age')?.text).toBe('35 years old');
    for (const text of [...words.nextSteps, ...words.warnings, ...words.reasons].map((x) => x.text)) expect(text).not.toMatch(/^[a-z]+(\.[a-z-]+)+$/);
  });

  it('words the same outcome in Chinese with locale=zh-CN, and takes zh-CN when no locale is given', async () => {
    const zh = await evaluateQuery(`${FLEXIBLE_BEIJING}&asOf=2026-11-23&locale=zh-CN`);
    const dflt = await evaluateQuery(`${FLEXIBLE_BEIJING}&asOf=2026-11-23`);
    expect(zh.body.locale).toBe('zh-CN');
    expect(dflt.body).toEqual(zh.body);
    const words = zh.body.words as Words;
    expect(words.deadline).toEqual([zhCN.Check.deadline.anyTime]);
    expect(words.options[0]?.group).toBe(rulesWords('zh-CN', { asOf: '2026-11-23' })('groups.employee-flexible'));
  });

  it('a newborn: a sourced deadline with a countdown, in the words the result page uses', async () => {
    const { body } = await evaluateQuery(`${NEWBORN_GZ}&asOf=2026-11-23&locale=en`);
    expect((body.outcome as { deadline: { kind: string } }).deadline.kind).toBe('sourced');
    const deadline = (body.words as Words).deadline.join(' ');
    expect(deadline).toMatch(/days? left/);
    expect((body.outcome as { reminder: unknown }).reminder).not.toBeNull();
  });

  it('a newborn where the place holds no rule of its own: other places\' rule as advice, no countdown, no reminder', async () => {
    const { body } = await evaluateQuery(`${NEWBORN}&asOf=2026-11-23&locale=en`);
    expect((body.outcome as { deadline: { kind: string; basis: string } }).deadline).toMatchObject({ kind: 'act-by', basis: 'other-places-newborn' });
    const deadline = (body.words as Words).deadline.join(' ');
    expect(deadline).not.toMatch(/days? left/);
    expect(deadline).toContain('shortest rule of other places');
    expect((body.outcome as { reminder: unknown }).reminder).toBeNull();
  });

  it('without asOf, works the result out for today in China and says so (here pinned by CHECK_TODAY)', async () => {
    vi.stubEnv('CHECK_TODAY', '2026-11-27');
    try {
      const { res, body } = await evaluateQuery(FLEXIBLE_BEIJING);
      expect(res.status).toBe(200);
      expect(body).toMatchObject({ asOf: '2026-11-27', asOfFrom: 'today-in-shanghai' });
      expect(res.headers.get('cache-control')).toBe('private, no-store');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('words the outcome with the figures of the asOf it is asked for, not of the day the clock says', async () => {
    // A past date, the clock years later and not pinned: the words are those of the past date.
    const past = '2025-06-01';
    const query = `v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=resident-active&asOf=${past}&locale=zh-CN`;
    vi.stubEnv('CHECK_TODAY', '');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const bodies = [];
      for (const clock of ['2031-07-01T04:00:00Z', '2026-12-31T16:30:00Z']) {
        vi.setSystemTime(new Date(clock));
        const { res, body } = await evaluateQuery(query);
        expect(res.status).toBe(200);
        expect(body).toMatchObject({ asOf: past, asOfFrom: 'query' });
        bodies.push(body);
      }
      // The same answer whatever the clock says.
      expect(bodies[1]).toEqual(bodies[0]);
      const words = bodies[0]?.words as Words;
      const w = rulesWords('zh-CN', { asOf: past });
      // "已交 {thisYear} 年度": the benefit year of the date asked for.
      const coverage = words.answers.find((a) => a.question === 'coverage')?.text ?? '';
      expect(coverage).toBe(w('questions.coverage.options.resident-active'));
      expect(coverage).toContain('2025');
      expect(coverage).not.toMatch(/2026|2031/);
      const expected = evaluate(Answers.parse({ who: 'self', region: 'beijing', age: 40, situation: 'not-working', hukou: 'local', groups: [], coverage: 'resident-active' }), { asOf: past });
      expect(words.nextSteps.map((x) => x.text)).toEqual(expected.nextSteps.map((x) => w(`nextSteps.${x.id}`, x.params)));
      expect(words.warnings.map((x) => x.text)).toEqual(expected.warnings.map((x) => w(`warnings.${x.id}`, x.params)));
      expect(words.reasons.map((x) => x.text)).toEqual(expected.reasons.map((x) => w(`reasons.${x.id}`)));
    } finally {
      vi.useRealTimers();
      vi.unstubAllEnvs();
    }
  });

  it('reads a link as the pages do: a=0 without s is a baby (preschool), as the result page takes it', async () => {
    const { readWizard } = await import('@/lib/wizard/read');
    const query = 'v=1&w=helper&r=elsewhere&a=0&b=2026-10-01&h=local&g=none&c=none';
    const page = readWizard(Object.fromEntries(new URLSearchParams(query)));
    expect(page.answers.situation).toBe('preschool');
    const { res, body } = await evaluateQuery(`${query}&asOf=2026-11-23&locale=en`);
    expect(res.status).toBe(200);
    expect(body.answers).toEqual(page.answers);
    expect((await evaluateQuery(`${NEWBORN}&asOf=2026-11-23&locale=en`)).body.outcome).toEqual(body.outcome);
    // An answer the link gives stays as it is: a contradiction is still refused.
    expect((await evaluateQuery(`${query}&s=flexible&asOf=2026-11-23`)).res.status).toBe(400);
  });

  it('answers a URL made by answersToSearchParams for every region the same way evaluate does', async () => {
    for (const region of REGIONS) {
      const answers = Answers.parse({ who: 'self', region, age: 40, situation: 'not-working', hukou: 'other-mainland', permit: 'no', groups: ['dibao'], coverage: 'resident-lapsed', lapseYears: 2 });
      const { res, body } = await evaluateQuery(`${answersToSearchParams(answers)}&asOf=2027-01-15&locale=en`);
      expect(res.status, region).toBe(200);
      const expected = evaluate(answers, { asOf: '2027-01-15' });
      expect((body.outcome as { warnings: unknown }).warnings, region).toEqual(expected.warnings);
      expect((body.outcome as { options: Array<{ waitingPeriod: unknown }> }).options.map((o) => o.waitingPeriod)).toEqual(expected.options.map((o) => o.waitingPeriod));
    }
  });
});

describe('GET /api/v1/evaluate: 400 with the reasons the pages give', () => {
  const check = (l: Locale) => createTranslator({ locale: l, messages: l === 'en' ? en : zhCN, namespace: 'Check' });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`names each dropped parameter with its reason, in ${locale}`, async () => {
      const { res, body } = await evaluateQuery(`v=1&w=self&r=atlantis&a=07&s=flexible&h=local&h=foreign&g=none&c=none&x=1&asOf=2026-11-23&locale=${locale}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(body.error).toBe('invalid-answers');
      expect(body.locale).toBe(locale);
      const dropped = body.dropped as Array<{ key: string; reason: string; question: string | null; message: string }>;
      const w = rulesWords(locale, { asOf: '2026-11-23' });
      expect(dropped.map((d) => [d.key, d.reason]).sort()).toEqual([['a', 'invalid'], ['h', 'duplicate'], ['h', 'duplicate'], ['r', 'invalid'], ['x', 'unknown']].sort());
      for (const d of dropped) {
        expect(DROP_REASONS).toContain(d.reason);
        const label = d.question ? w(`questions.${d.question}.title.self`) : d.key;
        // Exactly the page's notice line (components/wizard/Notices.tsx).
        expect(d.message).toBe(check(locale)('noticeItem', { key: label, reason: w(`dropped.${d.reason}`) }));
      }
      // What still needs an answer: region, age and hukou were dropped; the situation's answer stays.
      const missing = body.missing as Array<{ question: string; key: string; message: string }>;
      expect(missing.map((m) => m.question)).toEqual(['region', 'age', 'hukou']);
      expect(missing.map((m) => m.key)).toEqual([URL_PARAMS.region, URL_PARAMS.age, URL_PARAMS.hukou]);
      expect(missing[0]?.message).toBe(w('questions.region.title.self'));
      expect(typeof body.message).toBe('string');
    });
  }

  it('drops a contradictory answer (a birth date past age 0) and asks for what is missing', async () => {
    const { res, body } = await evaluateQuery('v=1&w=self&r=beijing&a=35&b=2026-01-01&s=flexible&asOf=2026-11-23&locale=en');
    expect(res.status).toBe(400);
    expect(body.dropped).toEqual([expect.objectContaining({ key: 'b', reason: 'contradictory', question: 'birth-date' })]);
    expect((body.missing as Array<{ question: string }>).map((m) => m.question)).toEqual(['hukou', 'special-groups', 'coverage']);
  });

  it('an empty query: nothing dropped, every always-asked question missing', async () => {
    const { res, body } = await evaluateQuery('');
    expect(res.status).toBe(400);
    expect(body.dropped).toEqual([]);
    expect((body.missing as Array<{ question: string }>).map((m) => m.question)).toEqual(['who', 'region', 'age', 'situation', 'hukou', 'special-groups', 'coverage']);
  });

  it('a bad asOf or locale is 400, in the language asked for (or in both when the language is the problem)', async () => {
    for (const asOf of ['2026-02-30', '26-11-23', 'today', '1899-12-31', '2201-01-01', '']) {
      const { res, body } = await evaluateQuery(`${FLEXIBLE_BEIJING}&asOf=${asOf}&locale=en`);
      expect(res.status, asOf).toBe(400);
      expect(body).toMatchObject({ error: 'invalid-as-of', locale: 'en', message: en.Api.invalidAsOf.replace('{minYear}', '1900').replace('{maxYear}', '2200') });
    }
    const twice = await evaluateQuery(`${FLEXIBLE_BEIJING}&asOf=2026-11-23&asOf=2026-11-23&locale=zh-CN`);
    expect(twice.res.status).toBe(400);
    expect(twice.body.message).toBe(zhCN.Api.duplicateParam.replace('{key}', 'asOf'));
    for (const locale of ['fr', 'zh', 'EN', '', 'zh-CN&locale=en']) {
      const { res, body } = await evaluateQuery(`${FLEXIBLE_BEIJING}&asOf=2026-11-23&locale=${locale}`);
      expect(res.status, locale).toBe(400);
      expect(body.error).toBe('invalid-locale');
      expect(Object.keys(body.message as object).sort()).toEqual(['en', 'zh-CN']);
      expect(body.allowed).toEqual(['zh-CN', 'en']);
    }
  });

  it('a query string beyond the site\'s bounds is refused before it is parsed, as JSON', async () => {
    const res = await GET(get(`/api/v1/evaluate?${'a=1&'.repeat(MAX_QUERY_PARAMS)}`));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await json(res)).toMatchObject({ error: 'too-many-parameters', message: { 'zh-CN': expect.any(String), en: expect.any(String) } });
    const long = await GET(get(`/api/v1/evaluate?x=${'y'.repeat(MAX_QUERY_LENGTH)}`));
    expect(long.status).toBe(414);
    expect(long.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await json(long)).error).toBe('query-too-long');
  });

  it('every answer, 400 included, is private: no shared cache keys a copy by someone\'s answers', async () => {
    for (const q of [`${FLEXIBLE_BEIJING}&asOf=2026-11-23`, FLEXIBLE_BEIJING, 'v=1&w=self&g=dibao&g=disability', `${FLEXIBLE_BEIJING}&asOf=x`, `${FLEXIBLE_BEIJING}&locale=fr`]) {
      const res = await GET(get(`/api/v1/evaluate?${q}`));
      expect(res.headers.get('cache-control'), q).toBe('private, no-store');
    }
  });
});

describe('GET /api/v1/evaluate never fails on any input', () => {
  const keys = ['v', 'w', 'r', 'a', 'b', 's', 'ry', 'h', 'p', 'g', 'c', 'gm', 'ly', 'asOf', 'locale', 'go', 'n', '__proto__', 'constructor', 'x'];
  const values = fc.oneof(
    fc.constantFrom('1', 'self', 'helper', 'beijing', 'elsewhere', '0', '35', '120', '121', '-0', '1e309', '07', 'flexible', 'retired', 'preschool', 'local', 'foreign', 'yes', 'no',
      'none', 'dibao,veteran', 'orphan', 'employee-lapsed', 'resident-lapsed', '2026-10-01', '2026-02-29', '2024-02-29', '9999-99-99', 'zh-CN', 'en', '2026-11-23', '1900-01-01', '2200-12-31', '%', '%E4%B8'),
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -5, max: 700 }).map(String),
  );
  const query = fc.array(fc.tuple(fc.constantFrom(...keys), values), { maxLength: 16 })
    .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));

  it('answers 200 or 400 with JSON, for random link-like queries', async () => {
    await fc.assert(fc.asyncProperty(query, async (q) => {
      const res = await GET(get(`/api/v1/evaluate?${q}`));
      expect([200, 400]).toContain(res.status);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const body = await json(res);
      if (res.status === 400) expect(typeof body.error).toBe('string');
      else expect(body.outcome).toBeTypeOf('object');
    }), { numRuns: 400 });
  });

  it('answers 200 for valid answers on any day from 1900 to 2200, and never 500 on raw junk', async () => {
    // Any valid answers (every situation: an employee on or before 1998-12-13 once gave a 500, issue 24).
    const { anyDay, validAnswers } = await import('../rules/arbitraries');
    await fc.assert(fc.asyncProperty(validAnswers, anyDay, fc.constantFrom('zh-CN', 'en'), async (answers, day, locale) => {
      const link = answersToSearchParams(answers).toString();
      const res = await GET(get(`/api/v1/evaluate?${link}&asOf=${day}&locale=${locale}`));
      expect(res.status, `${link} ${day}`).toBe(200);
    }), { seed: 24, numRuns: 150 });
    for (const day of ['1900-01-01', '1998-12-13', '2200-12-31']) {
      expect((await GET(get(`/api/v1/evaluate?v=1&w=self&r=beijing&a=35&s=employee&h=local&g=none&c=none&asOf=${day}`))).status, day).toBe(200);
    }
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 200 }), async (raw) => {
      const res = await GET(new Request(`http://localhost:3000/api/v1/evaluate?${raw.replace(/#/g, '%23')}`));
      expect([200, 400, 414]).toContain(res.status);
      JSON.parse(await res.text());
    }), { numRuns: 300 });
  });
});
