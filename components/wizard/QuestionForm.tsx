import { question as questionById, type QuestionId } from '@/lib/rules';
import { NONE } from '@/lib/wizard/validate';
import { paramFor } from '@/lib/wizard/steps';
import { primaryButton } from '@/components/ui/buttons';

export type Option = { value: string; label: string };
export type QuestionFormProps = {
  questionId: QuestionId;
  action: string;
  /** The other answers (and `ret`), re-sent as hidden inputs. */
  hidden: Array<[string, string]>;
  title: string;
  hint: string | null;
  options: Option[];
  noneLabel: string | null;
  /** What to show as chosen or typed (the answer in the URL, or the one just sent with its error). */
  values: string[];
  /** The error message for this question, or null. */
  error: string | null;
  texts: { continue: string; errorSummaryTitle: string; errorPrefix: string };
};

/**
 * One question as a real <form method="get" novalidate>, rendered on the server and complete as it
 * is: the browser sends it, the server checks the answer (lib/wizard/question-page.ts) and moves on,
 * or shows this form again with the error (GOV.UK's pattern: an error summary that takes focus and
 * links to the field, the message by the field) and with what was sent. The answer already given is
 * always shown chosen or filled in, so Change, Back, refresh and errors keep it.
 */
export function QuestionForm({ questionId, action, hidden, title, hint, options, noneLabel, values, error, texts }: QuestionFormProps) {
  const q = questionById(questionId);
  const name = paramFor(q.field);
  const fieldId = `${name}-field`;
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const invalid = error ? true : undefined;
  const choice = 'flex min-h-12 cursor-pointer items-start gap-3 rounded-md border-2 border-gray-500 bg-white px-3 py-2.5 hover:border-brand has-[:checked]:border-brand has-[:checked]:bg-brand-light';
  const control = 'mt-1 h-6 w-6 shrink-0 accent-[#0f5132]';
  const chosen = new Set(values);
  const text = 'block min-h-12 rounded-md border-2 border-ink px-3 text-xl';

  return (
    <form method="get" action={action} noValidate>
      {error && (
        // Focused when the page opens (autofocus needs no script), so a screen reader reads it first.
        <div role="alert" tabIndex={-1} autoFocus aria-labelledby="error-summary-title" data-error-summary
          className="mb-6 rounded-md border-4 border-red-700 p-4 focus:outline-offset-4">
          <h2 id="error-summary-title" className="text-xl">{texts.errorSummaryTitle}</h2>
          <ul className="mt-2"><li><a href={`#${fieldId}`} className="inline-flex min-h-12 items-center font-semibold text-red-800">{error}</a></li></ul>
        </div>
      )}
      {hidden.map(([k, v], i) => <input key={`${k}-${i}`} type="hidden" name={k} value={v} />)}
      <input type="hidden" name="go" value="1" />

      <fieldset aria-describedby={describedBy}>
        <legend className="mb-3"><h1 className="text-2xl sm:text-3xl">{title}</h1></legend>
        {hint && <p id={hintId} className="mb-4 text-ink-muted">{hint}</p>}
        {error && (
          <p id={errorId} className="mb-3 font-semibold text-red-800">
            <span className="sr-only">{texts.errorPrefix.trim()}</span> {error}
          </p>
        )}

        {(q.input === 'radio' || q.input === 'checkbox') && (
          <div className={`space-y-3${error ? ' border-l-4 border-red-700 pl-3' : ''}`}>
            {options.map((o, i) => (
              <label key={o.value} className={choice} htmlFor={i === 0 ? fieldId : `${name}-${o.value}`}>
                <input id={i === 0 ? fieldId : `${name}-${o.value}`} type={q.input} name={name} value={o.value} className={control}
                  defaultChecked={chosen.has(o.value)} aria-invalid={invalid} />
                <span className="font-semibold">{o.label}</span>
              </label>
            ))}
            {q.input === 'checkbox' && noneLabel && (
              <>
                <p className="py-1 text-ink-muted" aria-hidden="true">—</p>
                <label className={choice} htmlFor={`${name}-${NONE}`}>
                  <input id={`${name}-${NONE}`} type="checkbox" name={name} value={NONE} className={control}
                    defaultChecked={chosen.has(NONE)} aria-invalid={invalid} />
                  <span className="font-semibold">{noneLabel}</span>
                </label>
              </>
            )}
          </div>
        )}
        {q.input === 'number' && (
          // Text, not type="number": full-width digits and spaces are accepted (and cleaned) by the server.
          <input id={fieldId} type="text" inputMode="numeric" autoComplete="off" spellCheck={false} name={name}
            defaultValue={values[0] ?? ''} className={`${text} w-36`} aria-invalid={invalid} aria-label={title}
            aria-describedby={describedBy} />
        )}
        {q.input === 'date' && (
          <input id={fieldId} type="date" name={name} defaultValue={values[0] ?? ''} className={text}
            aria-invalid={invalid} aria-label={title} aria-describedby={describedBy} />
        )}
      </fieldset>

      <button type="submit" className={`mt-8 ${primaryButton}`}>
        {texts.continue}
      </button>
    </form>
  );
}
