/**
 * A person's problems as the people editor shows them, and as its schema's issue messages carry them
 * (lib/household/editor.ts). Kept apart, with nothing but types imported, because the editor's
 * component reads them in the browser before the rules library has loaded.
 */
import type { FormProblem } from './form';

/** A problem as the editor shows it: at a field (`key`), with its kind and, for `range`, the bounds. */
export type EditorProblem = { key: string; kind: FormProblem['kind']; min?: number; max?: number };

const KINDS: ReadonlySet<string> = new Set<FormProblem['kind']>(['missing', 'invalid', 'digits', 'date', 'range']);

/** A problem as the schema's issue message carries it (`range:<min>:<max>` for a range), and back. */
export const problemMessage = (p: FormProblem): string => (p.kind === 'range' ? `range:${p.min}:${p.max}` : p.kind);

export function problemOfMessage(key: string, message: string | undefined): EditorProblem {
  const [kind = '', min, max] = String(message ?? '').split(':');
  if (kind === 'range' && min !== undefined && max !== undefined) return { key, kind: 'range', min: Number(min), max: Number(max) };
  return { key, kind: KINDS.has(kind) ? (kind as FormProblem['kind']) : 'missing' };
}
