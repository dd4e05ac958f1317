'use client';

import { useState, useSyncExternalStore } from 'react';
import { secondaryButton } from '@/components/ui/buttons';
import { useHydrated } from './useHydrated';

type Props = { url: string; title: string; labels: { copy: string; copied: string; share: string; failed: string } };

/**
 * Copy the result link, or hand it to the phone's share sheet (Web Share API) where there is one.
 * Without JavaScript the link itself is shown next to this button, so nothing is lost; the
 * buttons, which would do nothing then, appear only once React runs.
 */
export function ShareButton({ url, title, labels }: Props) {
  const [status, setStatus] = useState('');
  const canShare = useSyncExternalStore(() => () => {}, () => typeof navigator.share === 'function', () => false);
  const ready = useHydrated();

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.failed);
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      // The person closed the share sheet: nothing to report.
    }
  }

  const button = secondaryButton;
  if (!ready) return null;
  return (
    <div className="no-print flex flex-wrap items-center gap-3">
      <button type="button" className={button} onClick={copy}>{labels.copy}</button>
      {canShare && <button type="button" className={button} onClick={share}>{labels.share}</button>}
      <p role="status" aria-live="polite" className="min-h-6 text-base">{status}</p>
    </div>
  );
}
