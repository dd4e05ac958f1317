import type { Reminder } from '@/lib/rules';

/**
 * A small RFC 5545 (iCalendar) writer for the reminder download.
 *
 * Only what the reminder needs: all-day events (DTSTART/DTEND as DATE values, never DURATION),
 * TEXT escaping (§3.3.11), CRLF line endings and folding at 75 octets (§3.1) that never splits a
 * UTF-8 sequence. No clock: DTSTAMP comes from the outcome's `asOf` day, so the same answers on
 * the same day give the same file byte for byte.
 */

const CRLF = '\r\n';
/** §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
const MAX_LINE_OCTETS = 75;
const PRODID = '-//yibao-guide//Calendar reminder//EN';
const UID_DOMAIN = 'yibao-guide';


/** UTF-8 length of one code point. */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  // Lone surrogates are encoded by TextEncoder/Buffer as U+FFFD: 3 octets, like the rest of the BMP.
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line (without its line break) per RFC 5545 §3.1: no physical line longer than
 * 75 octets of UTF-8, continuation lines start with a single space (which counts towards their 75),
 * and a break never falls inside a multi-octet character (iterating by code point keeps UTF-16
 * surrogate pairs whole too).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF}`);
}

/**
 * Escapes a TEXT value per RFC 5545 §3.3.11: backslash, semicolon and comma get a backslash, a line
 * break becomes `\n`. Other control characters are not allowed in TEXT (TSAFE-CHAR) and are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|[\\;,\r\n]/g, (m) => (m === '\\' ? '\\\\' : m === ';' ? '\\;' : m === ',' ? '\\,' : '\\n'))
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** 'YYYY-MM-DD' → 'YYYYMMDD' (a DATE value, §3.3.4), checking it is a real calendar day. */
function dateValue(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.toISOString().slice(0, 10) !== iso) throw new RangeError(`Not a calendar date: ${iso}`);
  return `${m[1]}${m[2]}${m[3]}`;
}

/** The day after `iso` as a DATE value: the non-inclusive DTEND of a one-day all-day event. */
function nextDayValue(iso: string): string {
  dateValue(iso);
  const [y, mo, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (mo ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10).replaceAll('-', '');
}

type EventSpec = { uid: string; day: string; summary: string; description: string; url: string; dtstamp: string };

function eventLines(e: EventSpec): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${e.dtstamp}`,
    `DTSTART;VALUE=DATE:${dateValue(e.day)}`,
    // DTEND is non-inclusive (§3.6.1): the next day makes a one-day all-day event.
    `DTEND;VALUE=DATE:${nextDayValue(e.day)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    // URL is a URI value, not TEXT: it is written as is (folding still applies).
    `URL:${e.url}`,
    // A reminder day should not show the person as busy.
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(e.summary)}`,
    // §3.8.6.3: a DURATION trigger is relative to DTSTART (RELATED=START, stated explicitly here)
    // and may be positive. For an all-day event DTSTART is a DATE, i.e. the start of that day in
    // the person's own time zone, so PT9H rings at 09:00 on the reminder day, not at midnight.
    'TRIGGER;RELATED=START:PT9H',
    'END:VALARM',
    'END:VEVENT',
  ];
}

/**
 * The .ics text for a reminder: one all-day event on `remindOn`, and a second one on `opensOn` when
 * the collection window has not opened yet. UIDs come from the kind and the date they are about, so
 * downloading again updates the same events instead of adding copies.
 */
export function reminderIcs(
  reminder: Reminder,
  texts: { title: string; description: string; opensTitle: string },
  url: string,
  asOf: string,
): string {
  const dtstamp = `${dateValue(asOf)}T000000Z`;
  const events: EventSpec[] = [
    {
      uid: `${reminder.kind}-deadline-${reminder.deadline}@${UID_DOMAIN}`,
      day: reminder.remindOn,
      summary: texts.title,
      description: texts.description,
      url,
      dtstamp,
    },
  ];
  if (reminder.opensOn !== null) {
    events.push({
      uid: `${reminder.kind}-opens-${reminder.opensOn}@${UID_DOMAIN}`,
      day: reminder.opensOn,
      summary: texts.opensTitle,
      description: texts.description,
      url,
      dtstamp,
    });
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  // §3.1: every content line, the last one included, ends with CRLF.
  return lines.map((l) => foldLine(l) + CRLF).join('');
}
