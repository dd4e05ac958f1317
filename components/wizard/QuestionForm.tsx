'use client';

import './zodJitless';
import { useEffect, useMemo, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import type { PartialAnswers } from '@/lib/rules/answers';
import { question as questionById, type QuestionId } from '@/lib/rules/flow';
import { validateField, NONE, type FieldError } from '@/lib/wizard/validate';
import { afterAnswer, paramFor } from '@/lib/wizard/steps';
import { useHydrated } from './useHydrated';
import { primaryButton } from '@/components/ui/buttons';

export type Option = { value: string; label: string; hint?: string };
export type QuestionFormProps = {
  locale: string;
  questionId: QuestionId;
  action: string;
  answers: Partial<PartialAnswers>;
  returnToAnswers: boolean;
  /** The other answers, re-sent as hidden inputs so that the form works without JavaScript. */
  hidden: Array<[string, string]>;
  title: string;
  hint: string | null;
  options: Option[];
  noneLabel: string | null;
  defaultValue: string[];
  serverError: FieldError | null;
  texts: { continue: string; errorSummaryTitle: string; errors: Record<string, string> };
};

/**
 * One question as a real <form method="get">. Without JavaScript the browser submits it and the
 * server validates and moves on; with JavaScript react-hook-form validates it here with the same
 * rules and the router moves to the same URL without a full reload.
 */
export function QuestionForm(props: QuestionFormProps) {
  const { questionId, answers, texts } = props;
  const q = questionById(questionId);
  const name = paramFor(q.field);
  const router = useRouter();
  const summaryRef = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();

  const schema = useMemo(
    () => z.object({ [name]: z.unknown() }).check(z.superRefine((v, ctx) => {
      const raw = v[name];
      const list = Array.isArray(raw) ? raw.map(String) : raw === undefined || raw === null || raw === false ? [] : [String(raw)];
      const r = validateField(q, list, answers);
      if (!r.ok) ctx.addIssue({ code: 'custom', path: [name], message: r.error });
    })),
    [name, q, answers],
  );
  const { register, handleSubmit, formState } = useForm<Record<string, unknown>>({
    resolver: zodResolver(schema),
    defaultValues: { [name]: q.input === 'checkbox' ? props.defaultValue : (props.defaultValue[0] ?? '') },
    shouldFocusError: false,
  });

  const clientError = formState.errors[name]?.message as string | undefined;
  const errorId = clientError ?? props.serverError ?? null;
  const message = errorId ? (texts.errors[errorId] ?? texts.errors.required) : '';
  const errorElementId = `${name}-error`;
  const fieldId = `${name}-field`;

  useEffect(() => {
    if (formState.submitCount > 0 && clientError) summaryRef.current?.focus();
  }, [formState.submitCount, clientError]);
  useEffect(() => {
    if (props.serverError) summaryRef.current?.focus();
  }, [props.serverError]);

  const onValid = (values: Record<string, unknown>) => {
    const raw = values[name];
    const list = Array.isArray(raw) ? raw.map(String) : raw ? [String(raw)] : [];
    const r = validateField(q, list, answers);
    if (!r.ok) return;
    router.push(afterAnswer(props.locale, { ...answers, [q.field]: r.value }, q.field, props.returnToAnswers));
  };

  const describedBy = [props.hint ? `${name}-hint` : null, errorElementId].filter(Boolean).join(' ');
  const choice = 'flex min-h-12 cursor-pointer items-start gap-3 rounded-md border-2 border-gray-400 bg-white px-3 py-2.5 hover:border-brand has-[:checked]:border-brand has-[:checked]:bg-brand-light';
  const control = 'mt-1 h-6 w-6 shrink-0 accent-[#0f5132]';

  return (
    <form method="get" action={props.action} noValidate onSubmit={handleSubmit(onValid)} data-hydrated={hydrated ? 'true' : undefined}>
      {/* The error summary is always in the page so that it never pushes content down after a click. */}
      <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={errorId ? 'error-summary-title' : undefined}
        className={errorId ? 'mb-6 rounded-md border-4 border-red-700 p-4 focus:outline-offset-4' : 'sr-only'}>
        {errorId && (
          <>
            <h2 id="error-summary-title" className="text-xl">{texts.errorSummaryTitle}</h2>
            <ul className="mt-2"><li><a href={`#${fieldId}`} className="font-semibold text-red-800">{message}</a></li></ul>
          </>
        )}
      </div>
      {props.hidden.map(([k, v], i) => <input key={`${k}-${i}`} type="hidden" name={k} value={v} />)}
      <input type="hidden" name="go" value="1" />

      <fieldset aria-describedby={describedBy}>
        <legend className="mb-3"><h1 className="text-2xl sm:text-3xl">{props.title}</h1></legend>
        {props.hint && <p id={`${name}-hint`} className="mb-4 text-ink-muted">{props.hint}</p>}
        <p id={errorElementId} className="min-h-7 font-semibold text-red-800">{message}</p>

        {(q.input === 'radio' || q.input === 'checkbox') && (
          <div id={fieldId} tabIndex={-1} className="space-y-3">
            {props.options.map((o) => (
              <label key={o.value} className={choice}>
                <input type={q.input} value={o.value} className={control} {...register(name)}
                  aria-invalid={errorId ? true : undefined} />
                <span>
                  <span className="font-semibold">{o.label}</span>
                  {o.hint && <span className="block text-base text-ink-muted">{o.hint}</span>}
                </span>
              </label>
            ))}
            {q.input === 'checkbox' && props.noneLabel && (
              <>
                <p className="py-1 text-ink-muted" aria-hidden="true">—</p>
                <label className={choice}>
                  <input type="checkbox" value={NONE} className={control} {...register(name)} />
                  <span className="font-semibold">{props.noneLabel}</span>
                </label>
              </>
            )}
          </div>
        )}
        {q.input === 'number' && (
          <input id={fieldId} type="text" inputMode="numeric" autoComplete="off" pattern="[0-9]*" maxLength={3}
            className="block min-h-12 w-32 rounded-md border-2 border-ink px-3 text-xl" aria-invalid={errorId ? true : undefined}
            aria-label={props.title} {...register(name)} />
        )}
        {q.input === 'date' && (
          <input id={fieldId} type="date" className="block min-h-12 rounded-md border-2 border-ink px-3 text-xl"
            aria-invalid={errorId ? true : undefined} aria-label={props.title} {...register(name)} />
        )}
      </fieldset>

      <button type="submit" className={`mt-8 ${primaryButton}`}>
        {texts.continue}
      </button>
    </form>
  );
}
