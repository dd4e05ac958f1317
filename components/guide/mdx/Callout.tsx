import type { ReactNode } from 'react';

const styles = {
  local: { box: 'border-brand bg-brand-light', icon: '📍' },
  warning: { box: 'border-warn bg-warn-light', icon: '⚠️' },
  tip: { box: 'border-gray-500 bg-gray-50', icon: '💡' },
  summary: { box: 'border-brand bg-white border-2 border-l-8', icon: '' },
} as const;

/** A boxed note in a guide: `local` (varies by place), `warning`, `tip`, or `summary` (the points to take away, at the top). */
export function Callout({ kind = 'tip', title, children }: { kind?: keyof typeof styles; title: string; children: ReactNode }) {
  const s = styles[kind];
  return (
    <aside className={`my-6 break-inside-avoid rounded-md border-l-8 px-4 py-3 ${s.box}`} data-callout={kind}>
      <p className="!my-0 font-bold">{s.icon && <span aria-hidden="true">{s.icon} </span>}{title}</p>
      <div className="[&>*:last-child]:mb-0 [&>p:first-child]:mt-1">{children}</div>
    </aside>
  );
}
