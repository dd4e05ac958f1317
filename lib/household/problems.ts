/**
 * A person's problems as the people editor shows them, and as its schema's issue messages carry them
 * (lib/household/editor.ts). Kept apart, with nothing but types imported, because the editor's
 * component reads them in the browser before the rules library has loaded.
 */
import type { FormProblem } from './form';

/** A problem as the editor shows it: at a field (`key`), with its kind, a range's bounds, a conflict's issue. */
export type EditorProblem = { key: string; kind: FormProblem['kind']; min?: number; max?: number; issue?: string };

const KINDS: ReadonlySet<string> = new Set<FormProblem['kind']>(['missing', 'invalid', 'digits', 'date', 'none-exclusive', 'range', 'conflict']);

/** A problem as the schema's issue message carries it (`range:<min>:<max>`, `conflict:<issue>`), and back. */
export const problemMessage = (p: FormProblem): string =>
  (p.kind === 'range' ? `range:${p.min}:${p.max}` : p.kind === 'conflict' ? `conflict:${p.issue}` : p.kind);

export function problemOfMessage(key: string, message: string | undefined): EditorProblem {
  const [kind = '', a, b] = String(message ?? '').split(':');
  if (kind === 'range' && a !== undefined && b !== undefined) return { key, kind: 'range', min: Number(a), max: Number(b) };
  if (kind === 'conflict' && a) return { key, kind: 'conflict', issue: a };
  return { key, kind: KINDS.has(kind) && kind !== 'range' && kind !== 'conflict' ? (kind as FormProblem['kind']) : 'missing' };
}
