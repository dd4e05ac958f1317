/**
 * The helper-voice invariant over the sweep (lib/wizard/voice.ts): with w=helper, no word the
 * result shows about the person helped is 你/您/you/your, in either locale, except in the messages
 * listed as speaking to the helper. Fed by sweep.test.ts's own walk (the outcome does not depend on
 * `who`: voice.test.ts checks that), so the sweep is evaluated once.
 *
 * Fast, and complete where it matters:
 * - every rules message a result can show (the registry, which sweep.test.ts holds every emitted
 *   path to) is formatted once per locale in helper voice and checked: the warnings and next steps
 *   once per distinct set of params the sweep gave them, the rest whole;
 * - the page's own words (deadline, cost, window, wait, cover, season, comparison labels) depend on
 *   the outcome's kinds, not its ids: one outcome per distinct shape (ids, kinds and which values
 *   are equal or zero; not the dates and amounts themselves) is read through the result page's
 *   wording components (lib/api/evaluate.ts outcomeWords), every message recorded by key.
 */
import { createTranslator } from 'next-intl';
import zhCN from '../../content/messages/zh-CN.json';
import en from '../../content/messages/en.json';
import type { Answers, Outcome } from '../../lib/rules';
import type { Locale } from '../../lib/i18n/routing';
import { SECOND_PERSON, TO_THE_HELPER, speaksToHelper } from '../../lib/wizard/voice';
import { messagePaths } from '../../lib/rules';

export const LOCALES = ['zh-CN', 'en'] as const;
type Formatter = (key: string, values?: Record<string, unknown>) => string;

const DATE = /^\d{4}-\d\d-\d\d$/;
/** The day the messages are worded for: the voice does not change with the figures a date brings. */
const WORDS_DAY = '2026-11-23';
const SKIP = new Set(['sources', 'facts', 'source', 'region', 'reasons', 'seen']);
/**
 * Counts and amounts the words print but never compare, and ids whose own words step 1 checks
 * (a label, a group's subsidy): only whether there is one (or how many, up to two).
 */
const OPAQUE = new Set(['daysLeft', 'daysUntilOpen', 'benefitYear', 'tiersYuan', 'governmentSubsidyYuan', 'employerPct', 'employeePct', 'label', 'specialGroupSubsidy']);

/**
 * What the outcome's words branch on: ids and kinds as they are, numbers and dates only as "which
 * equal which" (0 kept), so the dates and amounts of one kind of result make one shape.
 */
export function shape(o: Outcome): string {
  const tokens = new Map<string | number, number>();
  let out = '';
  const walk = (v: unknown): void => {
    if (v === null || v === undefined) out += '_';
    else if (typeof v === 'number') {
      if (v === 0) out += '0';
      else {
        let t = tokens.get(v);
        if (t === undefined) tokens.set(v, (t = tokens.size));
        out += `#${t}`;
      }
    } else if (typeof v === 'string') {
      if (DATE.test(v)) {
        let t = tokens.get(v);
        if (t === undefined) tokens.set(v, (t = tokens.size));
        out += `@${t}`;
      } else out += v;
    } else if (typeof v === 'boolean') out += v ? 'T' : 'F';
    else if (Array.isArray(v)) {
      out += '[';
      for (const x of v) {
        walk(x);
        out += ',';
      }
      out += ']';
    } else if (typeof v === 'object') {
      out += '{';
      for (const k in v as Record<string, unknown>) {
        if (SKIP.has(k)) continue;
        out += k;
        out += ':';
        const x = (v as Record<string, unknown>)[k];
        if (OPAQUE.has(k)) out += x === null || x === undefined ? '_' : Array.isArray(x) ? `n${Math.min(x.length, 2)}` : 'n';
        else walk(x);
        out += ',';
      }
      out += '}';
    }
  };
  walk(o.deadline);
  walk(o.season);
  for (const x of o.options) {
    walk(x.window);
    walk(x.cover);
    walk(x.waitingPeriod);
    walk(x.contribution);
    walk(x.features);
    out += x.channels.length === 0 ? 'c0' : 'c';
  }
  return out;
}

/** Collects, during the sweep's walk, what the helper-voice check needs. */
export class VoiceSweep {
  /** Every warning and next step emitted, with every distinct set of params it came with. */
  readonly emitted = new Map<string, Map<string, Record<string, string | number> | undefined>>();
  /** One outcome (with its answers) per shape. */
  readonly shapes = new Map<string, { a: Answers; o: Outcome }>();
  outcomes = 0;

  private emit(path: string, params?: Record<string, string | number>) {
    let m = this.emitted.get(path);
    if (!m) this.emitted.set(path, (m = new Map()));
    const k = params ? JSON.stringify(params) : '';
    if (!m.has(k)) m.set(k, params);
  }

  add(a: Answers, o: Outcome): void {
    this.outcomes++;
    // The messages with params, with each set of params they come with; every other message the
    // outcome can name is in the registry (sweep.test.ts checks each outcomePath is) and is checked whole.
    for (const x of o.warnings) this.emit(`warnings.${x.id}`, x.params);
    for (const opt of o.options) for (const x of opt.warnings) this.emit(`warnings.${x.id}`, x.params);
    for (const s of o.nextSteps) this.emit(`nextSteps.${s.id}`, s.params);
    const s = shape(o);
    if (!this.shapes.has(s)) this.shapes.set(s, { a: { ...a, who: 'helper' }, o });
  }

  /** Runs the check; returns the problems (empty when the voice holds) and what was covered. */
  async check(): Promise<{ failures: string[]; missing: string[]; report: string }> {
    const { outcomeWords } = await import('../../lib/api/evaluate');
    const { rulesWords } = await import('../../lib/wizard/words');
    const { withVoice } = await import('../../lib/result/voiced');
    const { contextWith } = await import('../../lib/result/context');
    const failures: string[] = [];
    const checked = new Set<string>();
    const bad = (locale: Locale, key: string, text: string) => !speaksToHelper(key) && SECOND_PERSON[locale].test(text);

    // 1. Every rules message a result can show, in helper voice: the warnings and next steps with
    // each set of params the sweep gave them, every other message whole. Questions are shown in the
    // result only as their answers (the options); their titles and hints belong to the question pages.
    let formats = 0;
    const shown = messagePaths().filter((p) => !p.startsWith('questions.') || /^questions\.[^.]+\.options\./.test(p));
    const unreached: string[] = [];
    for (const locale of LOCALES) {
      const w = rulesWords(locale, { asOf: WORDS_DAY, who: 'helper' });
      for (const path of new Set(shown)) {
        const withParams = path.startsWith('warnings.') || path.startsWith('nextSteps.');
        const emitted = this.emitted.get(path);
        // A warning or next step the sweep never gives is checked as it reads without params.
        if (withParams && !emitted && locale === 'en') unreached.push(path);
        // A waiting case's words take the months already worded (engine cases carry numbers only).
        const sample = path.startsWith('waitCases.') ? { months: locale === 'en' ? '3 months' : '3 个月' } : undefined;
        const variants = emitted ? emitted.values() : [sample].values();
        checked.add(`${locale}:rules.${path}`);
        for (const params of variants) {
          const text = w(path, params);
          formats++;
          if (text === path || text.endsWith(path)) failures.push(`${locale} rules.${path}: not formatted`);
          else if (bad(locale, `rules.${path}`, text) && failures.length < 30) failures.push(`${locale} rules.${path}: ${text}`);
        }
      }
    }

    // 2. One outcome per shape, through the page's own wording components, every message recorded.
    for (const locale of LOCALES) {
      const texts = new Map<string, Set<string>>();
      const memo = new Map<string, string>();
      const record = (ns: string, f: Formatter): Formatter => (key, values) => {
        const id = `${ns}.${key}`;
        const memoKey = values ? `${id}\u0000${JSON.stringify(values)}` : id;
        let text = memo.get(memoKey);
        if (text === undefined) {
          text = f(key, values);
          memo.set(memoKey, text);
          let set = texts.get(id);
          if (!set) texts.set(id, (set = new Set()));
          set.add(text);
        }
        return text;
      };
      const check = withVoice(createTranslator({ locale, messages: locale === 'en' ? en : zhCN, namespace: 'Check' }) as never, 'helper');
      const t = Object.assign(record('Check', check as unknown as Formatter), { rich: check.rich, markup: check.markup, raw: check.raw, has: check.has });
      const words = rulesWords(locale, { asOf: WORDS_DAY, who: 'helper' });
      const w = Object.assign(record('rules', words as unknown as Formatter), { has: words.has });
      // The sources' words are not part of the outcome's words (no SourceRef there).
      const ctx = contextWith(locale, 'helper', t as never, w as never, {} as never);
      for (const { a, o } of this.shapes.values()) {
        let text = strings(outcomeWords(ctx, o, a)).join('\n');
        for (const key of Object.keys(TO_THE_HELPER)) for (const s of texts.get(key) ?? []) text = text.split(s).join('');
        if (SECOND_PERSON[locale].test(text) && failures.length < 30) failures.push(`${locale} ${JSON.stringify(a)}: ${text.split('\n').filter((l) => SECOND_PERSON[locale].test(l)).join(' | ')}`);
      }
      for (const [key, set] of texts) {
        checked.add(`${locale}:${key}`);
        for (const s of set) if (bad(locale, key, s) && failures.length < 30) failures.push(`${locale} ${key}: ${s}`);
      }
    }

    const missing = [...this.emitted.keys()].flatMap((p) => LOCALES.filter((l) => !checked.has(`${l}:rules.${p}`)).map((l) => `${l}:${p}`));
    const pageKeys = [...checked].filter((k) => k.startsWith('en:Check.')).length;
    const rulesKeys = [...checked].filter((k) => k.startsWith('en:rules.')).length;
    const report = `helper voice: ${this.outcomes} outcomes; ${rulesKeys} rules messages (${formats} formats in 2 locales; checked without params, as the sweep never gives them: ${unreached.join(', ') || 'none'}) and ${this.shapes.size} outcome shapes read through the page's words (${pageKeys} of the page's own messages recorded); every emitted warning and next step checked with its params`;
    return { failures, missing, report };
  }
}

/** Every string in the API's words object. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}
