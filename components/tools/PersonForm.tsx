import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { QUESTIONS, URL_PARAMS, type Question } from '@/lib/rules';
import { FORM_PREFIX, type FormProblem } from '@/lib/household/form';
import { MAX_LABEL } from '@/lib/household/link';
import { askedWhen } from '@/lib/tools/paper';
import { rulesWords } from '@/lib/wizard/words';
import { primaryButton } from '@/components/ui/buttons';

/** The permit questions share one answer (p): one field, asked in each of their cases. */
const PERMIT_IDS = new Set(['residence-permit', 'hmt-permit', 'foreign-permanent-residence']);

/**
 * Every question of the check on one GET form, for adding or changing a person in the household
 * list without JavaScript: the server checks it all at once (lib/household/form.ts) and shows every
 * problem with a link to its field. When each question applies is said beside it, generated from the
 * flow (as on the paper check).
 */
export async function PersonForm({ locale, hidden, values, problems, editing }: {
  locale: Locale;
  hidden: Array<[string, string]>;
  values: Map<string, string[]>;
  problems: FormProblem[];
  editing: string | null;
}) {
  const t = await getTranslations({ locale, namespace: 'Household' });
  const w = rulesWords(locale);
  const questions = QUESTIONS.filter((q) => q.id !== 'who' && (!PERMIT_IDS.has(q.id) || q.id === 'residence-permit'));
  const numberOf = new Map(questions.map((q, i) => [q.id, i + 1]));
  const value = (key: string) => values.get(key) ?? [];
  const problemOf = (q: Question) => problems.find((p) => p.question === q.id || (PERMIT_IDS.has(p.question) && PERMIT_IDS.has(q.id)));
  const fieldId = (q: Question) => `n-${URL_PARAMS[q.field]}`;
  const title = (q: Question) => (PERMIT_IDS.has(q.id) ? t('form.permitTitle') : w(`questions.${q.id}.title.helper`));
  const when = (q: Question) => {
    const ids = PERMIT_IDS.has(q.id) ? [...PERMIT_IDS] : [q.id];
    return ids
      .flatMap((id) => askedWhen(QUESTIONS.find((x) => x.id === id)!))
      .map((c) => t('form.askedWhen', {
        number: numberOf.get(c.question) ?? 0,
        values: c.values.map((v) => (QUESTIONS.find((x) => x.id === c.question)?.input === 'number' ? v : w(`questions.${c.question}.options.${v}`))).join(t('form.or')),
      }));
  };
  const control = 'block min-h-12 w-full rounded-md border-2 border-ink bg-white px-3 text-lg';

  return (
    <form method="get" action={`/${locale}/household`} noValidate className="my-6 rounded-md border-4 border-brand p-4" data-person-form>
      <h2 className="text-2xl">{editing ? t('form.editTitle', { who: editing }) : t('form.addTitle')}</h2>
      <p className="mt-2">{t('form.lead')}</p>
      {problems.length > 0 && (
        <div role="alert" tabIndex={-1} autoFocus aria-labelledby="form-errors" className="my-4 rounded-md border-4 border-red-700 p-4" data-error-summary>
          <h3 id="form-errors" className="text-xl">{t('form.errorsTitle')}</h3>
          <ul className="mt-2 space-y-1">
            {problems.map((p) => {
              const q = QUESTIONS.find((x) => x.id === p.question)!;
              return (
                <li key={p.question}>
                  <a href={`#${fieldId(q)}`} className="inline-flex min-h-12 items-center font-semibold text-red-800">
                    {t(p.kind === 'missing' ? 'form.missing' : 'form.invalid', { question: title(q) })}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {hidden.map(([k, v], i) => <input key={`${k}-${i}`} type="hidden" name={k} value={v} />)}
      <div className="mt-4">
        <label htmlFor="n-l" className="block font-bold">{t('form.label')}</label>
        <p id="n-l-hint" className="text-base text-ink-muted">{t('form.labelHint', { max: MAX_LABEL })}</p>
        <input id="n-l" name={`${FORM_PREFIX}l`} type="text" maxLength={MAX_LABEL} defaultValue={value('l')[0] ?? ''} aria-describedby="n-l-hint" className={control} />
      </div>
      <ol className="mt-4 space-y-5">
        {questions.map((q) => {
          const key = URL_PARAMS[q.field];
          const id = fieldId(q);
          const problem = problemOf(q);
          const notes = when(q);
          const hintId = `${id}-hint`;
          const errorId = `${id}-error`;
          const describedBy = [notes.length ? hintId : null, problem ? errorId : null].filter(Boolean).join(' ') || undefined;
          const name = `${FORM_PREFIX}${key}`;
          return (
            <li key={q.id} data-form-question={q.id}>
              {q.input === 'checkbox' ? (
                <fieldset aria-describedby={describedBy}>
                  <legend className="font-bold">{numberOf.get(q.id)}. {title(q)}</legend>
                  {problem && <p id={errorId} className="font-semibold text-red-800">{t(problem.kind === 'missing' ? 'form.missingShort' : 'form.invalidShort')}</p>}
                  <div id={id} className="mt-2 grid gap-2 sm:grid-cols-2">
                    {[...q.options, 'none'].map((o) => (
                      <label key={o} className="flex min-h-12 items-center gap-3 rounded-md border-2 border-gray-500 px-3">
                        <input type="checkbox" name={name} value={o} defaultChecked={value(key).includes(o)} className="h-6 w-6 shrink-0" />
                        {o === 'none' ? w(`questions.${q.id}.none`) : w(`questions.${q.id}.options.${o}`)}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : (
                <>
                  <label htmlFor={id} className="block font-bold">{numberOf.get(q.id)}. {title(q)}</label>
                  {notes.length > 0 && <p id={hintId} className="text-base italic">{notes.join('；')}</p>}
                  {problem && <p id={errorId} className="font-semibold text-red-800">{t(problem.kind === 'missing' ? 'form.missingShort' : 'form.invalidShort')}</p>}
                  {q.input === 'radio' ? (
                    <select id={id} name={name} defaultValue={value(key)[0] ?? ''} aria-describedby={describedBy} aria-invalid={problem ? true : undefined} className={control}>
                      <option value="">{t('form.choose')}</option>
                      {q.options.map((o) => (
                        <option key={o} value={o}>{PERMIT_IDS.has(q.id) ? t(`form.permit.${o as 'yes' | 'no'}`) : w(`questions.${q.id}.options.${o}`)}</option>
                      ))}
                    </select>
                  ) : (
                    <input id={id} name={name} type={q.input === 'date' ? 'date' : 'text'} inputMode={q.input === 'number' ? 'numeric' : undefined}
                      defaultValue={value(key)[0] ?? ''} aria-describedby={describedBy} aria-invalid={problem ? true : undefined} className={control} />
                  )}
                </>
              )}
              {q.input === 'checkbox' && notes.length > 0 && <p id={hintId} className="text-base italic">{notes.join('；')}</p>}
            </li>
          );
        })}
      </ol>
      <button type="submit" className={`${primaryButton} mt-6`}>{editing ? t('form.saveEdit') : t('form.save')}</button>
    </form>
  );
}
