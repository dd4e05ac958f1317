'use client';

import { useHydrated } from './useHydrated';
import { secondaryButton } from '@/components/ui/buttons';

/** Opens the print dialog; without JavaScript, a hint points to the browser's own Print. */
export function PrintButton({ label, hint }: { label: string; hint: string }) {
  const ready = useHydrated();
  if (!ready) return <p className="no-print text-base text-ink-muted">{hint}</p>;
  return (
    <button type="button" onClick={() => window.print()}
      className={`no-print ${secondaryButton}`}>
      {label}
    </button>
  );
}
