'use client';

import { useHydrated } from './useHydrated';

/** Opens the print dialog; without JavaScript, a hint points to the browser's own Print. */
export function PrintButton({ label, hint }: { label: string; hint: string }) {
  const ready = useHydrated();
  if (!ready) return <p className="no-print text-base text-ink-muted">{hint}</p>;
  return (
    <button type="button" onClick={() => window.print()}
      className="no-print inline-flex min-h-12 items-center rounded-md border-2 border-brand bg-white px-4 font-semibold text-brand hover:bg-brand-light">
      {label}
    </button>
  );
}
