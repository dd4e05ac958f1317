/**
 * GET /api/v1/evaluate: the link format (v=1) plus `asOf` and `locale`, answered with the outcome
 * (ids, numbers, dates; sources by id) and its words in the chosen language. The words come from the
 * result page's own wording functions and components (lib/result, below both the page and the API), run through
 * `textLines`, so the API and the page cannot word the same outcome differently.
 *
 * Stricter than the pages: a page drops what it cannot use and asks again, the API answers 400 with
 * the same reasons (the same DROP_REASONS and the same wording as the page's notice) and the
 * questions that still need an answer. Never throws on any query string.
 */
import { createTranslator } from 'next-intl';
import { createElement } from 'react';
import { FEATURES, MAX_YEAR, MIN_YEAR, QUESTIONS, SOURCE_REGISTRY, URL_PARAMS, answersToSearchParams, isIsoDate, question as questionById, relevantQuestions, type Dropped, type Outcome, type PartialAnswers, type QuestionId, type Source, statable } from '@/lib/rules';
import { isLocale, routing, type Locale } from '@/lib/i18n/routing';
import { loadMessages } from '@/lib/i18n/messages';
import { siteUrl } from '@/lib/site';
import { outcomeFor } from '@/lib/wizard/outcome';
import { rulesWords } from '@/lib/wizard/words';
import { todayInShanghai } from '@/lib/wizard/today';
import { readLinkAnswers } from '@/lib/wizard/read';
import { resultContext, type Ctx } from '@/lib/result/context';
import { CostText, DeadlineNotes, DeadlineText, coverText, waitText, windowText } from '@/lib/result/words';
import { SeasonNote, seasonApplies } from '@/lib/result/season';
import { answerText } from '@/lib/result/answerText';
import { textLines } from './text';
import { entryOf, omit } from './rules';
import { CACHE_PRIVATE } from './http';

/** Query parameters of the API itself; every other one is read as the link format. */
export const API_PARAMS = ['asOf', 'locale'] as const;

export type ApiAnswer = { status: number; body: Record<string, unknown>; cacheControl: string };

const apiT = (locale: Locale) => createTranslator({ locale, messages: loadMessages(locale), namespace: 'Api' });
const both = (key: 'invalidLocale' | 'invalidAsOf' | 'duplicateParam', values: Record<string, string> = {}) =>
  Object.fromEntries(routing.locales.map((l) => [l, apiT(l)(key, values)]));

/** The registry's own objects, recognised by identity, become their ids. */
const isRegistrySource = (v: unknown): v is Source =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' &&
  (SOURCE_REGISTRY as Record<string, unknown>)[(v as { id: string }).id] === v;

/** The outcome as JSON: sources by id (the ids cited are collected), without the old top-level copies of options[0]. */
function outcomeJson(outcome: Outcome, cited: Set<string>): Record<string, unknown> {
  const rest = omit(outcome, ['primary', 'alternatives', 'materials', 'window', 'contribution', 'channels', 'waitingPeriod']);
  return JSON.parse(JSON.stringify(rest, (_key, value: unknown) => {
    if (isRegistrySource(value)) {
      cited.add(value.id);
      return value.id;
    }
    return value;
  })) as Record<string, unknown>;
}

const lines = (node: Parameters<typeof textLines>[0]) => textLines(node);

/** The outcome in words, from the result page's own wording. */
export function outcomeWords(ctx: Ctx, outcome: Outcome, answers: Partial<PartialAnswers>) {
  const { t, w } = ctx;
  const first = outcome.options[0];
  const fallbackYear = outcome.season?.benefitYear ?? null;
  return {
    options: outcome.options.map((o, i) => ({
      recommended: i === 0,
      group: w(`groups.${o.choice.group}`),
      scheme: w(`schemes.${o.choice.scheme}`),
      place: w(`places.${o.choice.where}`),
      cost: lines(createElement(CostText, { ctx, c: o.contribution, fallbackYear })),
      features: FEATURES.map((id) => {
        const f = o.features.find((x) => x.id === id);
        return { id, label: w(`features.${id}`), value: f ? w(`featureValues.${f.value}`) : t('compare.notApplicable'), unverified: f ? statable({ confidence: f.confidence, unit: 'features' }) === 'hedge' : false };
      }),
      window: windowText(ctx, o.window),
      wait: waitText(ctx, o.waitingPeriod),
      cover: coverText(ctx, o.cover, o.waitingPeriod),
      season: seasonApplies(outcome, i) && outcome.season ? lines(createElement(SeasonNote, { ctx, season: outcome.season })) : [],
      channels: o.channels.map((id) => ({ id, text: w(`channels.${id}`) })),
      materials: o.materials.map((id) => ({ id, text: w(`materials.${id}`) })),
      waitReasons: o.waitingPeriod.reasons.map((id) => ({ id, text: w(`waitReasons.${id}`) })),
    })),
    deadline: first
      ? [...lines(createElement(DeadlineText, { ctx, deadline: outcome.deadline, option: first })), ...lines(createElement(DeadlineNotes, { ctx, deadline: outcome.deadline, option: first }))]
      : [],
    nextSteps: outcome.nextSteps.map((s) => ({ id: s.id, text: w(`nextSteps.${s.id}`, s.params) })),
    warnings: outcome.warnings.map((x) => ({ id: x.id, text: w(`warnings.${x.id}`, x.params) })),
    recommendation: {
      because: outcome.recommendation.because.map((id) => ({ id, text: w(`reasons.${id}`) })),
      wouldChange: outcome.recommendation.wouldChange.map((id) => ({ id, text: w(`changes.${id}`) })),
    },
    reasons: outcome.reasons.map((r) => ({ id: r.id, text: w(`reasons.${r.id}`), confidence: ctx.conf(r.confidence) })),
    answers: relevantQuestions(answers).map((id) => ({ question: id, label: t(`answerLabels.${id}`), text: answerText(id, answers, ctx.locale, w, t) })),
    confidence: Object.fromEntries((['A', 'B', 'C'] as const).map((c) => [c, `${ctx.conf(c)}: ${w(`confidence.${c}`)}`])),
  };
}

/** The question a link parameter answers, named as the page's notice names it. */
function questionFor(key: string): QuestionId | null {
  const field = (Object.keys(URL_PARAMS) as Array<keyof typeof URL_PARAMS>).find((f) => URL_PARAMS[f] === key);
  return QUESTIONS.find((q) => q.field === field)?.id ?? null;
}

function droppedJson(locale: Locale, asOf: string, dropped: Dropped[]) {
  const w = rulesWords(locale, { asOf });
  const check = createTranslator({ locale, messages: loadMessages(locale), namespace: 'Check' });
  return dropped.map((d) => {
    const q = questionFor(d.key);
    const label = q ? w(`questions.${q}.title.self`) : d.key.slice(0, 24);
    return { key: d.key, reason: d.reason, question: q, message: check('noticeItem', { key: label, reason: w(`dropped.${d.reason}`) }) };
  });
}

/** The questions that still need an answer (those the answers so far make relevant). */
function missingJson(locale: Locale, asOf: string, answers: Partial<PartialAnswers>) {
  const w = rulesWords(locale, { asOf });
  return relevantQuestions(answers)
    .map((id) => questionById(id))
    .filter((q) => answers[q.field] === undefined)
    .map((q) => ({ question: q.id, key: URL_PARAMS[q.field], field: q.field, message: w(`questions.${q.id}.title.self`) }));
}

function badRequest(error: string, message: unknown, extra: Record<string, unknown> = {}): ApiAnswer {
  return { status: 400, body: { error, message, ...extra }, cacheControl: CACHE_PRIVATE };
}

/** Works out the answer to one request URL. Never throws. */
export async function evaluateRequest(url: URL, now: Date = new Date()): Promise<ApiAnswer> {
  const linkParams = new URLSearchParams();
  const own: Record<(typeof API_PARAMS)[number], string[]> = { asOf: [], locale: [] };
  for (const [key, value] of url.searchParams) {
    if (key === 'asOf' || key === 'locale') own[key].push(value);
    else linkParams.append(key, value);
  }

  // The language first, so that every other error can be given in it.
  if (own.locale.length > 1) return badRequest('invalid-locale', both('duplicateParam', { key: 'locale' }), { allowed: routing.locales });
  const requestedLocale = own.locale[0];
  if (requestedLocale !== undefined && !isLocale(requestedLocale)) return badRequest('invalid-locale', both('invalidLocale', { allowed: routing.locales.join(', ') }), { allowed: routing.locales });
  const locale: Locale = requestedLocale ?? routing.defaultLocale;
  const t = apiT(locale);

  if (own.asOf.length > 1) return badRequest('invalid-as-of', t('duplicateParam', { key: 'asOf' }), { locale });
  const requestedAsOf = own.asOf[0];
  if (requestedAsOf !== undefined && !isIsoDate(requestedAsOf)) return badRequest('invalid-as-of', t('invalidAsOf', { minYear: String(MIN_YEAR), maxYear: String(MAX_YEAR) }), { locale });
  const asOf = requestedAsOf ?? todayInShanghai(now);

  // The pages' own reading of a link (a=0 without s is a baby: preschool), then the API's strictness.
  const { answers, dropped } = readLinkAnswers(linkParams);
  const missing = missingJson(locale, asOf, answers);
  const result = dropped.length === 0 && missing.length === 0 ? outcomeFor(answers, asOf) : null;
  if (!result) {
    return badRequest('invalid-answers', t('invalidAnswers'), { locale, dropped: droppedJson(locale, asOf, dropped), missing });
  }

  // The words for the same date as the outcome: the figures they state are those of `asOf`.
  const ctx = await resultContext(locale, result.answers.who, asOf);
  const cited = new Set<string>();
  const outcome = outcomeJson(result.outcome, cited);
  const words = outcomeWords(ctx, result.outcome, result.answers);
  const registry = SOURCE_REGISTRY as Record<string, Source>;
  return {
    status: 200,
    body: {
      api: 'yibao-guide/v1',
      asOf,
      asOfFrom: requestedAsOf === undefined ? 'today-in-shanghai' : 'query',
      locale,
      answers: result.answers,
      link: `${siteUrl}/${locale}/check/result?${answersToSearchParams(result.answers).toString()}`,
      outcome,
      words,
      sources: Object.fromEntries([...cited].sort().map((id) => [id, entryOf(registry[id] as Source)])),
    },
    cacheControl: CACHE_PRIVATE,
  };
}
