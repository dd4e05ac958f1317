/**
 * A Markdown table in a guide, made to read on a phone like the figure tables: below 40rem each
 * row becomes a card whose title is the row's first cell (a row header, `scope="row"`), and each
 * other cell names its column (`.stack` in app/globals.css). On wider screens an ordinary table.
 */
import { Children, cloneElement, isValidElement, type ComponentPropsWithoutRef, type ReactElement, type ReactNode } from 'react';
import { CellLabel } from '@/components/guide/figures/shared';

type El = ReactElement<{ children?: ReactNode }>;
const elements = (children: ReactNode): El[] => Children.toArray(children).filter(isValidElement) as El[];

/** The text of a node, for a column's name. */
function text(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(text).join('');
  if (isValidElement(node)) return text((node as El).props.children);
  return '';
}

function body(section: El, headers: string[]): El {
  const rows = elements(section.props.children).map((tr, r) => {
    const cells = elements(tr.props.children).map((cell, c) => {
      const { children, ...rest } = cell.props as Record<string, unknown> & { children?: ReactNode };
      if (c === 0) return <th key={c} scope="row" {...rest}>{children}</th>;
      return cloneElement(cell, { key: c }, <CellLabel>{headers[c]}</CellLabel>, children);
    });
    return cloneElement(tr, { key: r }, ...cells);
  });
  return cloneElement(section, {}, ...rows);
}

export function MdxTable({ children, ...props }: ComponentPropsWithoutRef<'table'>) {
  const parts = elements(children);
  const head = parts.find((p) => p.type === 'thead');
  const headers = head ? elements(elements(head.props.children)[0]?.props.children).map((th) => text(th.props.children)) : [];
  const out = parts.map((p, i) => (p.type === 'tbody' ? cloneElement(body(p, headers), { key: i }) : cloneElement(p, { key: i })));
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="stack" {...props}>{out}</table>
    </div>
  );
}
