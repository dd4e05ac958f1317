/**
 * The text of a React element tree, as the lines a reader sees: the result page's wording
 * components (lib/result) are plain function components, so the API can run the very
 * same components and read their words instead of restating them. Block elements (p, li, div,
 * headings…) and <br> end a line; everything else runs on. A component that is async or uses hooks
 * is not supported and throws (tests/api would then fail, not the wording drift).
 */
import { Fragment, isValidElement, type ReactNode } from 'react';

const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'table', 'tr', 'td', 'th', 'br']);

function walk(node: ReactNode, out: string[]): void {
  if (node === null || node === undefined || typeof node === 'boolean') return;
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') {
    out[out.length - 1] += String(node);
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) walk(child as ReactNode, out);
    return;
  }
  if (!isValidElement(node)) {
    if (typeof (node as { then?: unknown }).then === 'function') throw new Error('textLines: an async component cannot be read as text');
    return;
  }
  const { type, props } = node as { type: unknown; props: { children?: ReactNode } };
  if (type === Fragment) return walk(props.children, out);
  if (typeof type === 'function') {
    const rendered = (type as (p: unknown) => ReactNode)(props);
    return walk(rendered, out);
  }
  if (typeof type === 'string') {
    const block = BLOCK.has(type);
    if (block) out.push('');
    walk(props.children, out);
    if (block) out.push('');
    return;
  }
  throw new Error(`textLines: cannot read an element of type ${String(type)}`);
}

/** The lines of text `node` renders: whitespace collapsed, empty lines left out. */
export function textLines(node: ReactNode): string[] {
  const out = [''];
  walk(node, out);
  return out.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
}
