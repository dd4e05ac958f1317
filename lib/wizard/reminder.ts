import { createEvents, type EventAttributes } from 'ics';
import { addDays, diffDays } from '@/lib/rules/dates';
import type { DatedWindow, Outcome } from '@/lib/rules';

/** Days before the closing day for the "closing soon" reminder. */
export const CLOSING_REMINDER_DAYS = 5;

function datedWindow(outcome: Outcome): DatedWindow | null {
  const w = outcome.window;
  return 'openNow' in w ? w : null;
}

/** A reminder makes sense while the window is upcoming or open. */
export function hasReminder(outcome: Outcome): boolean {
  const w = datedWindow(outcome);
  return w !== null && (w.openNow || w.daysUntilOpen !== null);
}

const ymd = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
};

/** The .ics text: the opening day (if still ahead) and a few days before the closing day. */
export function reminderIcs(outcome: Outcome, texts: { opens: string; closesSoon: string; description: string }, url: string): string | null {
  const w = datedWindow(outcome);
  if (!w || !hasReminder(outcome)) return null;
  const events: EventAttributes[] = [];
  const base = { duration: { days: 1 }, description: texts.description, url, productId: 'yibao-guide' } as const;
  if (w.daysUntilOpen !== null) events.push({ ...base, start: ymd(w.opensOn), title: texts.opens, uid: `open-${w.opensOn}@yibao-guide` });
  const reminderDay = addDays(w.closesOn, -CLOSING_REMINDER_DAYS);
  const day = diffDays(outcome.asOf, reminderDay) >= 0 ? reminderDay : outcome.asOf;
  events.push({ ...base, start: ymd(day), title: texts.closesSoon, uid: `close-${w.closesOn}@yibao-guide` });
  const { error, value } = createEvents(events);
  return error || !value ? null : value;
}
