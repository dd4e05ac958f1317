/**
 * The question flow as data (after GOV.UK smart-answers): routing only, no policy and no words.
 * Each question sets one answer field; `isRelevant` skips questions that earlier answers make
 * pointless; `optionsFor` hides options the answers schema would reject as contradictory: it asks
 * the schema's own CONSTRAINTS (`fits`), and number bounds are the schema's NUMBER_BOUNDS.
 * Wording: messages `questions.<id>.title.{self|helper}`, `.hint`, `.options.<slug>`.
 */
import { AGE_MAX, GAP_MONTHS_MAX, LAPSE_YEARS_MAX, NUMBER_BOUNDS, RETIREE_YEARS_MAX, fits, permitRelevant, type AnswerField, type PartialAnswersShape } from './answers';
import { COVERAGES, HUKOUS, REGIONS, SITUATIONS, SPECIAL_GROUPS, WHO, YES_NO } from './vocab';

export const QUESTION_IDS = [
  'who',
  'region',
  'age',
  'birth-date',
  'situation',
  'retiree-years',
  'hukou',
  'residence-permit',
  'hmt-permit',
  'foreign-permanent-residence',
  'special-groups',
  'coverage',
  'employee-gap',
  'resident-lapse',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
export type InputKind = 'radio' | 'checkbox' | 'number' | 'date';

export type Question = {
  id: QuestionId;
  field: AnswerField;
  input: InputKind;
  /** All option slugs (radio / checkbox). */
  options: readonly string[];
  min?: number;
  max?: number;
  isRelevant: (p: PartialAnswersShape) => boolean;
  /** Options still consistent with earlier answers (defaults to all). */
  optionsFor?: (p: PartialAnswersShape) => readonly string[];
  /** Number bounds still consistent with earlier answers (defaults to min/max). */
  boundsFor?: (p: PartialAnswersShape) => { min: number; max: number };
  /**
   * The answer earlier answers already give, so the question is not asked (undefined: ask it).
   * The wizard fills it in itself (withImplied); the answer is still part of the link and of
   * `Answers`, so the engine and old links see no difference.
   */
  implied?: (p: PartialAnswersShape) => string | undefined;
};

const always = () => true;

export const QUESTIONS: readonly Question[] = [
  { id: 'who', field: 'who', input: 'radio', options: WHO, isRelevant: always },
  { id: 'region', field: 'region', input: 'radio', options: REGIONS, isRelevant: always },
  { id: 'age', field: 'age', input: 'number', options: [], min: 0, max: AGE_MAX, isRelevant: always },
  { id: 'birth-date', field: 'birthDate', input: 'date', options: [], isRelevant: (p) => p.age === 0 },
  {
    id: 'situation',
    field: 'situation',
    input: 'radio',
    options: SITUATIONS,
    isRelevant: always,
    optionsFor: (p) => SITUATIONS.filter((situation) => fits('situation', { ...p, situation })),
    // A baby under one is not asked what they do: the answer is "pre-school child or baby".
    implied: (p) => (p.age === 0 ? 'preschool' : undefined),
  },
  {
    id: 'retiree-years',
    field: 'retireeYears',
    input: 'number',
    options: [],
    min: 0,
    max: RETIREE_YEARS_MAX,
    isRelevant: (p) => p.situation === 'retired',
    boundsFor: NUMBER_BOUNDS.retireeYears,
  },
  { id: 'hukou', field: 'hukou', input: 'radio', options: HUKOUS, isRelevant: always },
  { id: 'residence-permit', field: 'permit', input: 'radio', options: YES_NO, isRelevant: (p) => p.hukou === 'other-mainland' && permitRelevant(p) },
  { id: 'hmt-permit', field: 'permit', input: 'radio', options: YES_NO, isRelevant: (p) => p.hukou === 'hmt' },
  { id: 'foreign-permanent-residence', field: 'permit', input: 'radio', options: YES_NO, isRelevant: (p) => p.hukou === 'foreign' },
  {
    id: 'special-groups',
    field: 'groups',
    input: 'checkbox',
    options: SPECIAL_GROUPS,
    isRelevant: always,
    optionsFor: (p) => SPECIAL_GROUPS.filter((g) => fits('groups', { ...p, groups: [g] })),
  },
  {
    id: 'coverage',
    field: 'coverage',
    input: 'radio',
    options: COVERAGES,
    isRelevant: always,
    optionsFor: (p) => COVERAGES.filter((coverage) => fits('coverage', { ...p, coverage })),
  },
  {
    id: 'employee-gap',
    field: 'gapMonths',
    input: 'number',
    options: [],
    min: 1,
    max: GAP_MONTHS_MAX,
    isRelevant: (p) => p.coverage === 'employee-lapsed',
    boundsFor: NUMBER_BOUNDS.gapMonths,
  },
  {
    id: 'resident-lapse',
    field: 'lapseYears',
    input: 'number',
    options: [],
    min: 1,
    max: LAPSE_YEARS_MAX,
    isRelevant: (p) => p.coverage === 'resident-lapsed',
    boundsFor: NUMBER_BOUNDS.lapseYears,
  },
];

const BY_ID = new Map<QuestionId, Question>(QUESTIONS.map((q) => [q.id, q]));

export function question(id: QuestionId): Question {
  return BY_ID.get(id) ?? (QUESTIONS[0] as Question);
}

export function optionsFor(q: Question, p: PartialAnswersShape): readonly string[] {
  return q.optionsFor ? q.optionsFor(p) : q.options;
}

/** Number bounds for a number question given earlier answers (e.g. lapsed years ≤ age). */
export function boundsFor(q: Question, p: PartialAnswersShape): { min: number; max: number } {
  return q.boundsFor ? q.boundsFor(p) : { min: q.min ?? 0, max: q.max ?? 0 };
}

/** Questions relevant for the answers so far, in order. */
export function relevantQuestions(p: PartialAnswersShape): QuestionId[] {
  return QUESTIONS.filter((q) => q.isRelevant(p)).map((q) => q.id);
}

/** Whether a question is put to the person: relevant, and its answer not implied by earlier answers. */
export function isAsked(q: Question, p: PartialAnswersShape): boolean {
  return q.isRelevant(p) && q.implied?.(p) === undefined;
}

/** Questions put to the person for the answers so far, in order (relevant ones, less the implied). */
export function askedQuestions(p: PartialAnswersShape): QuestionId[] {
  return QUESTIONS.filter((q) => isAsked(q, p)).map((q) => q.id);
}

/**
 * The answers with every implied answer filled in (Question.implied), in flow order. `override`
 * also replaces an implied answer given otherwise (the wizard's own state after a change); without
 * it, an answer already there stays (a link made before keeps its meaning).
 */
export function withImplied<T extends PartialAnswersShape>(p: T, { override = false } = {}): T {
  const out: Record<string, unknown> = { ...p };
  for (const q of QUESTIONS) {
    const value = q.isRelevant(out) ? q.implied?.(out) : undefined;
    if (value !== undefined && (override || out[q.field] === undefined)) out[q.field] = value;
  }
  return out as T;
}

/** First relevant question whose field is still unanswered, or 'summary'. */
export function nextQuestion(p: PartialAnswersShape): QuestionId | 'summary' {
  for (const q of QUESTIONS) if (q.isRelevant(p) && p[q.field] === undefined) return q.id;
  return 'summary';
}

/** The question asked before `current` (for a Back link); null at the first question. */
export function previousQuestion(current: QuestionId | 'summary', p: PartialAnswersShape): QuestionId | null {
  const ids = askedQuestions(p);
  const idx = current === 'summary' ? ids.length : QUESTION_IDS.indexOf(current);
  let prev: QuestionId | null = null;
  for (const id of ids) {
    if (current !== 'summary' && QUESTION_IDS.indexOf(id) >= idx) break;
    prev = id;
  }
  return prev;
}

/** "Question n of about N": N counts the questions asked given what is known so far. */
export function estimateTotal(p: PartialAnswersShape): number {
  return askedQuestions(p).length;
}

/** 1-based position of `id` among the questions asked (for "Question n of about N"). */
export function questionNumber(id: QuestionId, p: PartialAnswersShape): number {
  const ids = askedQuestions(p);
  const i = ids.indexOf(id);
  return i >= 0 ? i + 1 : ids.filter((x) => QUESTION_IDS.indexOf(x) < QUESTION_IDS.indexOf(id)).length + 1;
}
