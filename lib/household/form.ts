/**
 * One person's answers as a form sends them (the v=1 keys and `l`, the label), read with the
 * check's own parser, schema and flow: the same answers are accepted or refused as in the check,
 * and every problem is reported at once. The people editor (lib/household/editor.ts) asks it for
 * each person, on the server and in the browser.
 */
import { Answers, QUESTIONS, URL_PARAMS, answersToSearchParams, askedQuestions, boundsFor, parseAnswersFromSearchParams, type Answers as AnswersT, type IssueId, type PartialAnswers, type QuestionId } from '@/lib/rules';
import { settle } from '@/lib/wizard/steps';
import { plainNumber, validateField } from '@/lib/wizard/validate';
import { cleanLabel } from './link';

const NUMBER_KEYS = new Set<string>([URL_PARAMS.age, URL_PARAMS.retireeYears, URL_PARAMS.gapMonths, URL_PARAMS.lapseYears]);

/**
 * What is wrong with one answer, as the check's question pages find it (validateField in
 * lib/wizard/validate.ts) and say it: `missing`; `digits`, a number written in Chinese numerals
 * (七十), to be typed as digits; `range`, a number that is not a whole number within the question's
 * bounds for these answers (`min`, `max`); `date`, a date that is not one; `none-exclusive`, "none of
 * these" ticked with another box; `conflict`, an answer one of the rules' CONSTRAINTS refuses with
 * the other answers (`issue`, its message); `invalid`, a choice the check does not offer.
 */
export type FormProblem =
  | { question: QuestionId; kind: 'missing' | 'invalid' | 'digits' | 'date' | 'none-exclusive' }
  | { question: QuestionId; kind: 'range'; min: number; max: number }
  | { question: QuestionId; kind: 'conflict'; issue: IssueId };
export type PersonForm = {
  label: string | null;
  /** What was sent, as the check's answers (what the check would keep). */
  answers: Partial<PartialAnswers>;
  /** The raw values sent, by v=1 key, to show again in the form. */
  raw: Map<string, string[]>;
  problems: FormProblem[];
  complete: AnswersT | null;
};


const questionOf = (key: string, answers: Partial<PartialAnswers>): QuestionId | null => {
  const candidates = QUESTIONS.filter((q) => URL_PARAMS[q.field] === key);
  return (candidates.find((q) => q.isRelevant(answers)) ?? candidates[0])?.id ?? null;
};

/** Reads a sent form: the check's answers, and every missing or refused answer at once. */
export function readPersonForm(form: URLSearchParams): PersonForm {
  const raw = new Map<string, string[]>();
  const params = new URLSearchParams();
  params.set('v', '1');
  let label: string | null = null;
  for (const [key, value] of form) {
    if (key === 'l') {
      label = cleanLabel(value);
      continue;
    }
    raw.set(key, [...(raw.get(key) ?? []), value]);
    const v = NUMBER_KEYS.has(key) ? plainNumber(value) : value.trim();
    if (v !== '') params.append(key, v);
  }
  const parsed = parseAnswersFromSearchParams(params);
  const answers = settle(parsed.answers);
  const problems: FormProblem[] = [];
  for (const d of parsed.dropped) {
    const q = questionOf(d.key, answers);
    if (!q || problems.some((p) => p.question === q)) continue;
    const question = QUESTIONS.find((x) => x.id === q)!;
    // Why the check refuses it, asked of the check itself, with the other answers.
    const checked = validateField(question, raw.get(d.key) ?? [], answers);
    const error = checked.ok ? 'required' : checked.error;
    if (error === 'digits' || error === 'date' || error === 'none-exclusive') problems.push({ question: q, kind: error });
    else if (error === 'number') problems.push({ question: q, kind: 'range', ...boundsFor(question, answers) });
    else if (error === 'required') problems.push({ question: q, kind: 'invalid' });
    else problems.push({ question: q, kind: 'conflict', issue: error });
  }
  for (const id of askedQuestions(answers)) {
    if (id === 'who') continue;
    const q = QUESTIONS.find((x) => x.id === id);
    if (q && answers[q.field] === undefined && !problems.some((p) => p.question === id)) problems.push({ question: id, kind: 'missing' });
  }
  const order = (id: QuestionId) => QUESTIONS.findIndex((q) => q.id === id);
  problems.sort((a, b) => order(a.question) - order(b.question));
  const full = problems.length === 0 ? Answers.safeParse({ ...answers, who: 'helper' }) : null;
  return { label, answers, raw, problems, complete: full?.success ? full.data : null };
}

/** The form's fields for a person already in the household (to change them). */
export function formValuesOf(answers: Partial<PartialAnswers>, label: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (label) out.set('l', [label]);
  answersToSearchParams(answers).forEach((v, k) => {
    if (k !== 'v' && k !== 'w') out.set(k, [...(out.get(k) ?? []), v]);
  });
  return out;
}
