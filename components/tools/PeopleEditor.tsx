'use client';
/**
 * The people editor (lib/household/editor.ts): every question for one or more people on one form.
 * It is a real GET form, so it works the same without JavaScript: the server reads it, adds or
 * removes a person, and shows every problem. With JavaScript, react-hook-form keeps the same fields
 * (`people.<i>.<key>`) with `useFieldArray`. The zod resolver checks them over the shared schema.
 * Once someone starts to answer, the questions that do not apply hide and each person's scheme
 * appears as their answers become complete: the rules library runs in the browser with the
 * server's `asOf`, so the line is the answer the result page gives.
 *
 * Light first. As served (scripts/postbuild/document-response.mjs, deferRuntime), the page is the
 * document the server rendered, and React itself loads only at the first focus, tap or key in the
 * form; the rules come in their own module (lib/household/editor-engine.ts) after it. Whatever was
 * typed, picked or ticked before React took over is kept: each field's value is read from the page
 * as react-hook-form takes the field (which sets it to its default) and given back to it at once.
 * Until someone answers, the page stays as the server sent it (every question, the server's
 * lines), so nothing moves while it loads.
 */
import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { useFieldArray, useForm, useWatch, type FieldErrors, type FieldPath, type Resolver } from 'react-hook-form';
import type { EditorValues, PersonValues } from '@/lib/household/editor';
import { problemOfMessage, type EditorProblem } from '@/lib/household/problems';
import { fill } from '@/lib/household/fill';
import { carriedValues } from '@/lib/household/carry';
import { MAX_LABEL, MAX_PEOPLE } from '@/lib/household/limits';
import { primaryButton, secondaryButton } from '@/components/ui/buttons';
import type { EditorQuestion, EditorWords } from './editorWords';

type Engine = typeof import('@/lib/household/editor-engine');


const control = 'block min-h-12 w-full rounded-md border-2 border-ink bg-white px-3 text-lg';

type FieldValue = string | string[];

/** A field's value as the page holds it: a text or a choice, or the ticked boxes of a group. */
function valueInPage(form: HTMLFormElement, name: string): FieldValue {
  const elements = [...form.elements].filter((e): e is HTMLInputElement | HTMLSelectElement => 'name' in e && (e as HTMLInputElement).name === name);
  const boxes = elements.filter((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.type === 'checkbox');
  if (boxes.length > 0) return boxes.filter((b) => b.checked).map((b) => b.value);
  return elements[0]?.value ?? '';
}

/** Whether two values of a field say the same (no box ticked is the same as no value). */
const sameValue = (a: unknown, b: unknown) => {
  const norm = (v: unknown) => (Array.isArray(v) ? [...v].map(String).sort().join('\u0000') : typeof v === 'string' ? v : '');
  return norm(a) === norm(b);
};

export type PeopleEditorProps = {
  mode: 'household' | 'single';
  locale: string;
  /** Where the GET form goes (this page): the server reads it the same way. */
  action: string;
  asOf: string;
  questions: EditorQuestion[];
  words: EditorWords;
  initial: EditorValues;
  /** The server's lines for the people as sent (scheme and cost, or null when incomplete). */
  previews: Array<string | null>;
  /** The server's reading of what was sent (no JavaScript), per person. */
  problems: EditorProblem[][];
  /** The person to open (the one being changed or added); null: the first. */
  focus: number | null;
  /** Pairs the form carries along as they are (quick entry: the family done so far, `hv=1&m=…`). */
  carry?: ReadonlyArray<[string, string]>;
};

export function PeopleEditor({ mode, locale, action, asOf, questions, words, initial, previews, problems, focus, carry = [] }: PeopleEditorProps) {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [engaged, setEngaged] = useState(false);
  const loading = useRef<Promise<Engine> | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const load = () => {
    loading.current ??= import('@/lib/household/editor-engine').then((m) => {
      setEngine(m);
      return m;
    });
    return loading.current;
  };
  const resolver: Resolver<EditorValues> = async (...args) => (await load()).resolver(...(args as Parameters<Engine['resolver']>)) as never;
  // Every field has a default (an empty text, no box ticked), so react-hook-form sets each field as it
  // takes it and learns of the page's own values only through setValue below, which tells the form.
  const [defaults] = useState<EditorValues>(() => ({
    people: initial.people.map((p) => ({
      l: '', ...Object.fromEntries(questions.map((q) => [q.key, q.input === 'checkbox' ? [] : ''])), ...p,
    })),
  }));
  const { register, control: formControl, handleSubmit, formState, getValues, setValue } = useForm<EditorValues>({ defaultValues: defaults, resolver, shouldFocusError: false });
  // What the page held as react-hook-form took each field (null once the form is live).
  const early = useRef<Map<string, FieldValue> | null>(new Map());
  const bind = (name: FieldPath<EditorValues>) => {
    const registered = register(name);
    return {
      ...registered,
      ref: (el: HTMLInputElement | HTMLSelectElement | null) => {
        const seen = early.current;
        if (el?.form && seen && !seen.has(name)) seen.set(name, valueInPage(el.form, name));
        registered.ref(el);
      },
    };
  };
  const { fields, append, remove } = useFieldArray({ control: formControl, name: 'people' });
  // useWatch renders the form again at every change; what is rendered is read from the form itself
  // (the answers given back as React took over change the form's values before useWatch listens).
  useWatch({ control: formControl, name: 'people' });
  const people = (getValues('people') as PersonValues[] | undefined) ?? initial.people;
  const household = mode === 'household';
  // The server's lines, kept with each person (field ids stay with a person when others are removed).
  const [serverLines] = useState(() => new Map(fields.map((f, i) => [f.id, previews[i] ?? null])));
  const live = engaged && engine !== null;
  const readings = live ? people.map((p) => engine.readPerson(p ?? {})) : null;

  // The problems to show: the browser's own check once it has run, the server's before.
  const problemsOf = (i: number): EditorProblem[] => {
    if (formState.submitCount > 0) {
      const errs = (formState.errors as FieldErrors<{ people: Array<Record<string, { message?: string }>> }>).people?.[i];
      if (!errs) return [];
      return questions.flatMap((q) => {
        const e = (errs as Record<string, { message?: string } | undefined>)[q.key];
        return e ? [problemOfMessage(q.key, e.message)] : [];
      });
    }
    return problems[i] ?? [];
  };
  const all = fields.map((_, i) => problemsOf(i));
  const anyProblem = all.some((p) => p.length > 0);
  const fieldId = (i: number, key: string) => `p${i}-${key}`;
  const nameOf = (i: number) => {
    const label = people[i]?.l;
    return typeof label === 'string' && label.trim() !== '' ? label.trim() : fill(words.person, { n: i + 1 });
  };
  // The check's own words for a problem: in the field, and in the list at the top (with whose it is).
  const messageOf = (p: EditorProblem): string => {
    switch (p.kind) {
      case 'digits': return words.digits;
      case 'date': return words.date;
      case 'none-exclusive': return words.noneExclusive;
      case 'conflict': return (p.issue && words.issues[p.issue]) || words.invalidShort;
      case 'range': return words.range[p.key] ? fill(words.range[p.key]!, { min: p.min ?? 0, max: p.max ?? 0 }) : words.invalidShort;
      case 'missing': return words.missingShort;
      default: return words.invalidShort;
    }
  };
  const summaryOf = (p: EditorProblem, title: string): string =>
    p.kind === 'missing' || p.kind === 'invalid' ? fill(p.kind === 'missing' ? words.missing : words.invalid, { question: title })
      // A question before a colon loses its question mark ("…情况吗：选了…", not "…情况吗？：选了…").
      : p.kind === 'range' && words.range[p.key] ? messageOf(p) : `${title.replace(/[？?]\s*$/, '')}${words.colon}${messageOf(p)}`;
  const lineOf = (i: number, id: string) => (live ? engine.previewOf(people[i] ?? {}, asOf, words) : (serverLines.get(id) ?? null));

  const start = () => {
    setEngaged(true);
    void load();
  };
  // React took over: give back what was answered before it did, and load the rules if the form is in use.
  const formRef = useRef<HTMLFormElement>(null);
  useLayoutEffect(() => {
    const seen = early.current;
    early.current = null;
    // Against what the page was rendered with: a field that differs was answered before React came,
    // and setValue gives it back to the form (its field, its state, and every part that watches it).
    const rendered = (name: string) => {
      const [, i, key] = name.split('.');
      return initial.people[Number(i)]?.[key ?? ''];
    };
    const changed = seen ? [...seen].filter(([name, value]) => !sameValue(value, rendered(name))) : [];
    for (const [name, value] of changed) setValue(name as FieldPath<EditorValues>, value as never);
    if (changed.length > 0) start();
    else if (formRef.current?.contains(document.activeElement)) void load();
    // A mark for tests and tools that the form is live (an attribute React does not manage).
    if (formRef.current) formRef.current.dataset.hydrated = '';
    // Once, as React takes the page over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const onValid = async (values: EditorValues) => {
    window.location.assign((await load()).targetUrl(mode, locale, values, carry));
  };
  const onInvalid = () => requestAnimationFrame(() => summaryRef.current?.focus());
  const onAdd = (e: MouseEvent) => {
    e.preventDefault();
    start();
    // As the server does: the new person starts with the place and hukou of the person before.
    if (fields.length < MAX_PEOPLE) append(carriedValues(getValues('people').at(-1)));
  };
  const onRemove = (i: number) => (e: MouseEvent) => {
    e.preventDefault();
    start();
    remove(i);
  };

  return (
    <form ref={formRef} method="get" action={action} noValidate onSubmit={(e) => void handleSubmit(onValid, onInvalid)(e)}
      onFocus={() => void load()} onPointerDown={() => void load()} onInput={start} onChange={start} className="my-6" data-people-editor={mode}>
      {/* The default button: Enter in a field goes on, never "remove". */}
      <button type="submit" name="go" value="1" hidden tabIndex={-1} aria-hidden="true" />
      {carry.map(([name, value], i) => <input key={`${name}-${i}`} type="hidden" name={name} value={value} />)}
      <p className="text-lg">{words.lead}</p>
      {anyProblem && (
        <div ref={summaryRef} role="alert" tabIndex={-1} autoFocus={formState.submitCount === 0} aria-labelledby="editor-errors" className="my-4 rounded-md border-4 border-red-700 p-4" data-error-summary>
          <h2 id="editor-errors" className="text-xl">{words.errorsTitle}</h2>
          <ul className="mt-2 space-y-1">
            {all.flatMap((ps, i) => ps.map((p) => {
              const q = questions.find((x) => x.key === p.key)!;
              const who = household ? `${nameOf(i)}${words.colon}` : '';
              return (
                <li key={`${i}-${p.key}`}>
                  <a href={`#${fieldId(i, p.key)}`} className="inline-flex min-h-12 items-center font-semibold text-red-800">
                    {who}{summaryOf(p, q.title)}
                  </a>
                </li>
              );
            }))}
          </ul>
        </div>
      )}
      {fields.map((field, i) => {
        // What the page is rendered with (react-hook-form fills fields only once it runs): the field's own
        // values, kept with it by useFieldArray, so a browser without JavaScript shows the answers too.
        const startValues = field as unknown as PersonValues;
        const text = (key: string) => (typeof startValues[key] === 'string' ? (startValues[key] as string) : '');
        const ticked = (key: string, value: string) => Array.isArray(startValues[key]) && (startValues[key] as unknown[]).includes(value);
        const mine = all[i] ?? [];
        const line = lineOf(i, field.id);
        const answers = readings?.[i]?.answers;
        // Live, the questions that do not apply hide and the others are numbered as shown (1, 2, 3…).
        const numbers = live && answers ? engine.shownNumbers(questions.map((q) => q.ids), answers) : null;
        // Open: the person asked for (or the first), anyone with a problem, anyone just added; the others
        // show their line and open with a tap (their fields are still in the form).
        const open = !household || (focus ?? 0) === i || mine.length > 0 || i >= initial.people.length;
        const previewLine = (
          <span className="block text-lg" aria-live="polite" data-preview={line ? 'complete' : 'incomplete'}>
            <span className={household ? 'sr-only' : 'font-bold'}>{words.previewLabel}{words.colon}</span>
            {line ?? words.previewIncomplete}
          </span>
        );
        const body = (
          <div className="px-4 pb-4">
            {household && (
              <div className="mt-2">
                <label htmlFor={fieldId(i, 'l')} className="block font-bold">{words.label}</label>
                <p id={`${fieldId(i, 'l')}-hint`} className="text-base text-ink-muted">{words.labelHint}</p>
                <input id={fieldId(i, 'l')} type="text" maxLength={MAX_LABEL} aria-describedby={`${fieldId(i, 'l')}-hint`} className={control}
                  defaultValue={text('l')} {...bind(`people.${i}.l` as const)} />
              </div>
            )}
            <ol className="mt-4 space-y-5">
              {questions.map((q, n) => {
                const id = fieldId(i, q.key);
                const problem = mine.find((p) => p.key === q.key);
                const hintId = `${id}-hint`;
                const errorId = `${id}-error`;
                const describedBy = [q.when && !live ? hintId : null, problem ? errorId : null].filter(Boolean).join(' ') || undefined;
                const name = `people.${i}.${q.key}` as const;
                const number = numbers ? (numbers[n] ?? null) : q.number;
                const shown = number !== null;
                const hint = q.when && !live ? <p id={hintId} className="text-base italic">{q.when}</p> : null;
                const error = problem ? <p id={errorId} className="font-semibold text-red-800">{messageOf(problem)}</p> : null;
                return (
                  <li key={q.id} hidden={!shown} data-form-question={q.id}>
                    {q.input === 'checkbox' ? (
                      <fieldset aria-describedby={describedBy}>
                        <legend className="font-bold">{number}. {q.title}</legend>
                        {hint}
                        {error}
                        <div id={id} className="mt-2 grid gap-2 sm:grid-cols-2">
                          {q.options.map(([value, optionText]) => (
                            <label key={value} className="flex min-h-12 items-center gap-3 rounded-md border-2 border-gray-500 px-3">
                              <input type="checkbox" value={value} defaultChecked={ticked(q.key, value)} className="h-6 w-6 shrink-0" {...bind(name)} />
                              {optionText}
                            </label>
                          ))}
                        </div>
                      </fieldset>
                    ) : (
                      <>
                        <label htmlFor={id} className="block font-bold">{number}. {q.title}</label>
                        {hint}
                        {error}
                        {q.input === 'radio' ? (
                          <select id={id} aria-describedby={describedBy} aria-invalid={problem ? true : undefined} className={control} defaultValue={text(q.key)} {...bind(name)}>
                            <option value="">{words.choose}</option>
                            {q.options.map(([value, optionText]) => <option key={value} value={value}>{optionText}</option>)}
                          </select>
                        ) : (
                          <input id={id} type={q.input === 'date' ? 'date' : 'text'} inputMode={q.input === 'number' ? 'numeric' : undefined}
                            aria-describedby={describedBy} aria-invalid={problem ? true : undefined} className={control} defaultValue={text(q.key)} {...bind(name)} />
                        )}
                      </>
                    )}
                  </li>
                );
              })}
            </ol>
            {household && (
              <button type="submit" name="remove" value={String(i)} onClick={onRemove(i)} className="mt-6 inline-flex min-h-12 items-center rounded-md border-2 border-red-800 bg-white px-4 font-semibold text-red-800">
                {fill(words.remove, { who: nameOf(i) })}
              </button>
            )}
            {!household && <div className="mt-6 border-l-4 border-brand p-3">{previewLine}</div>}
          </div>
        );
        return household ? (
          <details key={field.id} open={open} className="my-4 rounded-md border-4 border-brand" data-person-fields={i}>
            <summary className="min-h-12 cursor-pointer p-4">
              <h2 className="inline text-xl">{nameOf(i)}</h2>
              {previewLine}
            </summary>
            {body}
          </details>
        ) : (
          <section key={field.id} className="my-4 rounded-md border-4 border-brand pt-2" data-person-fields={i}>{body}</section>
        );
      })}
      <div className="mt-6 flex flex-wrap gap-4">
        <button type="submit" name="go" value="1" className={primaryButton}>{words.go}</button>
        {household && (fields.length < MAX_PEOPLE
          ? <button type="submit" name="add" value="1" onClick={onAdd} className={secondaryButton}>{words.add}</button>
          : <p data-notice="full">{words.full}</p>)}
      </div>
      {live && <p className="mt-4 text-base">{words.hiddenNote}</p>}
    </form>
  );
}
