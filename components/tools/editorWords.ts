import { translations } from '@/lib/i18n/translations';
import type { Locale } from '@/lib/i18n/routing';
import { CONSTRAINTS, QUESTIONS, URL_PARAMS, type QuestionId } from '@/lib/rules';
import { MAX_LABEL, MAX_PEOPLE } from '@/lib/household/link';
import { askedWhen } from '@/lib/tools/paper';
import { rulesWords } from '@/lib/wizard/words';
import rulesZhCN from '@/content/messages/rules/zh-CN.json';
import { editorProblem, type PersonValues } from '@/lib/household/editor';
import { previewOf } from '@/lib/household/editor-engine';
import type { FormProblem } from '@/lib/household/form';
import { colonFor } from '@/lib/i18n/punctuation';
import { EDITOR_QUESTIONS, NONE_VALUE, PERMIT_IDS } from '@/lib/household/fields';

export { PERMIT_IDS };

export type EditorQuestion = {
  id: QuestionId;
  /** Every question id this field answers (the permit field answers three). */
  ids: QuestionId[];
  key: string;
  input: 'radio' | 'checkbox' | 'number' | 'date';
  number: number;
  title: string;
  options: Array<[value: string, text: string]>;
  /** When it is asked, in words (generated from the flow, as on the paper check); empty = always. */
  when: string;
};

export type EditorWords = {
  label: string; labelHint: string; choose: string;
  errorsTitle: string; missing: string; invalid: string; missingShort: string; invalidShort: string; digits: string; date: string;
  /** The check's own message for a number out of its bounds, by field (`{min}`, `{max}` to fill). */
  range: Record<string, string>;
  /** The check's own words for "none of these" ticked with another box, and for each refused combination. */
  noneExclusive: string;
  issues: Record<string, string>;
  /** Between a question and what is wrong with its answer (full-width in Chinese). */
  colon: string;
  person: string; add: string; remove: string; full: string; go: string; lead: string;
  previewIncomplete: string; previewLabel: string; schemes: Record<string, string>;
  cost: { unknown: string; none: string; notFixed: string; range: string; single: string; ofYear: string };
  hiddenNote: string;
};

/**
 * What the people editor is rendered with, worked out on the server (the client gets plain
 * strings): the questions, the words, each person's line (scheme and cost) and their problems.
 */
export async function editorContent(locale: Locale, mode: 'household' | 'single', people: PersonValues[], problems: FormProblem[][], asOf: string) {
  const t = translations({ locale, namespace: 'Household' });
  // The editor is filled in for others (its questions are the helper's): its words are in the helper's voice.
  const w = rulesWords(locale, { asOf, who: 'helper' });
  const check = translations({ locale, namespace: 'Check' });
  const fields = EDITOR_QUESTIONS;
  const numberOf = new Map(fields.map((q, i) => [q.id, i + 1]));
  const questions: EditorQuestion[] = fields.map((q) => {
    const ids = PERMIT_IDS.has(q.id) ? [...PERMIT_IDS] : [q.id];
    const when = ids
      .flatMap((id) => askedWhen(QUESTIONS.find((x) => x.id === id)!))
      .map((c) => t('form.askedWhen', {
        number: numberOf.get(c.question) ?? 0,
        values: c.values.map((v) => (QUESTIONS.find((x) => x.id === c.question)?.input === 'number' ? v : w(`questions.${c.question}.options.${v}`))).join(t('form.or')),
      }));
    const permit = PERMIT_IDS.has(q.id);
    const options: Array<[string, string]> = q.options.map((o) => [o, permit ? t(`form.permit.${o as 'yes' | 'no'}`) : w(`questions.${q.id}.options.${o}`)]);
    if (q.input === 'checkbox') options.push([NONE_VALUE, w(`questions.${q.id}.none`)]);
    return {
      id: q.id, ids, key: URL_PARAMS[q.field], input: q.input as EditorQuestion['input'], number: numberOf.get(q.id) ?? 0,
      title: permit ? t('form.permitTitle') : w(`questions.${q.id}.title.helper`), options, when: when.join(t('form.or')),
    };
  });
  const schemes = Object.fromEntries(Object.keys(rulesZhCN.schemes).map((s) => [s, w(`schemes.${s}`)]));
  const words: EditorWords = {
    label: t('form.label'), labelHint: t('form.labelHint', { max: MAX_LABEL }), choose: t('form.choose'),
    errorsTitle: t('form.errorsTitle'), missing: t.raw('form.missing') as string, invalid: t.raw('form.invalid') as string,
    missingShort: t('form.missingShort'), invalidShort: t('form.invalidShort'), digits: check('errors.digits'), date: check('errors.date'), noneExclusive: check('errors.noneExclusive'),
    issues: Object.fromEntries(CONSTRAINTS.map((c) => [c.message, w(`issues.${c.message}`)])), colon: colonFor(locale),
    range: Object.fromEntries(fields.filter((q) => q.input === 'number').map((q) => [URL_PARAMS[q.field], check.raw(`questionErrors.${q.id}.number` as 'errors.number') as string])),
    person: t.raw('person') as string, add: t('editor.add'), remove: t.raw('editor.remove') as string, full: t('full', { max: MAX_PEOPLE }),
    go: mode === 'household' ? t('editor.goHousehold') : t('editor.goResult'),
    lead: mode === 'household' ? t('editor.leadHousehold') : t('editor.leadSingle'),
    previewIncomplete: t('editor.previewIncomplete'), previewLabel: t('editor.previewLabel'), schemes,
    cost: { unknown: t('cost.unknown'), none: t('cost.none'), notFixed: t('cost.notFixed'), range: t.raw('cost.range') as string, single: check.raw('cost.perYear') as string, ofYear: t.raw('cost.ofYear') as string },
    hiddenNote: t('editor.hiddenNote'),
  };
  return {
    questions, words,
    previews: people.map((p) => previewOf(p, asOf, words)),
    problems: problems.map((ps) => ps.map(editorProblem)),
  };
}
