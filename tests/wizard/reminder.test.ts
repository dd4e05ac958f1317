import { describe, expect, it, vi } from 'vitest';
import ICAL from 'ical.js';
import zhCN from '@/content/messages/zh-CN.json';
import en from '@/content/messages/en.json';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import type { Reminder } from '@/lib/rules/outcome';
import { escapeText, foldLine, reminderIcs } from '@/lib/wizard/reminder';

// For the route: real messages, and an outcome we choose (the engine has its own tests).
const outcomeFor = vi.hoisted(() => vi.fn());
vi.mock('@/lib/wizard/outcome', () => ({ outcomeFor }));
vi.mock('next-intl/server', () => import('../intl-server'));
const { GET } = await import('@/app/[locale]/check/reminder/route');

const URL_ = 'http://localhost:3000/zh-CN/check/result?v=1&w=self&r=elsewhere&a=40&s=not-working&h=local&g=none&c=none';
// Chinese text with every character TEXT escaping must handle, on purpose: comma, semicolon,
// backslash and line breaks (LF and CRLF), plus full-width punctuation and a 4-octet emoji.
const TITLE = '居民医保缴费：请在 2026年12月31日 前办好, 别忘了; 路径 C:\\医保\n第二行，全角逗号；全角分号 📅';
const DESCRIPTION = `${TITLE}\r\n请带齐材料去办理或在线缴费。具体以当地医保部门通知为准。打开链接可以再次查看检查结果。`.repeat(2);
const OPENS = '集中参保期开始, 记得; 看通知';
const texts = { title: TITLE, description: DESCRIPTION, opensTitle: OPENS };

const collection: Reminder = { kind: 'collection', deadline: '2026-12-31', remindOn: '2026-12-10', opensOn: '2026-09-01' };
const newborn: Reminder = { kind: 'newborn', deadline: '2027-03-31', remindOn: '2027-02-28', opensOn: null };

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

/** Physical lines: the text must end with CRLF, and split on CRLF with no stray CR or LF left. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  return lines;
}

/** No lone UTF-16 surrogate: it would not survive a round trip through UTF-8 (it becomes U+FFFD). */
const wellFormed = (s: string) => Buffer.from(s, 'utf8').toString('utf8') === s;

/** Unfolds at the octet level (CRLF + one space removed from the bytes) and decodes strictly. */
function unfoldBytes(ics: string): string {
  const bytes = Buffer.from(ics, 'utf8');
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a && bytes[i + 2] === 0x20) {
      i += 2;
      continue;
    }
    out.push(bytes[i] as number);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(out));
}

describe('reminderIcs', () => {
  const ics = reminderIcs(collection, texts, URL_, '2026-08-01');

  it('is a PUBLISH VCALENDAR 2.0 with a PRODID and the Gregorian scale', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/yibao-guide/);
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('has one all-day event on remindOn and one on opensOn, each a DATE one day long, never DURATION', () => {
    const vevents = events(ics);
    expect(vevents).toHaveLength(2);
    const starts = vevents.map((e) => String(e.getFirstPropertyValue('dtstart'))).sort();
    expect(starts).toEqual(['2026-09-01', '2026-12-10']);
    for (const e of vevents) {
      const start = e.getFirstProperty('dtstart');
      const end = e.getFirstProperty('dtend');
      expect(start?.type).toBe('date');
      expect(end?.type).toBe('date');
      const s = start?.getFirstValue() as ICAL.Time;
      const en = end?.getFirstValue() as ICAL.Time;
      expect(s.isDate && en.isDate).toBe(true);
      expect(en.subtractDate(s).toSeconds()).toBe(24 * 60 * 60);
      expect(e.hasProperty('duration')).toBe(false);
    }
    expect(ics).not.toMatch(/DURATION/);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261210\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20261211\r\n');
  });

  it('gives each event a stable UID from kind and date, a DTSTAMP from asOf (UTC), the URL and a display alarm', () => {
    const vevents = events(ics);
    const uids = vevents.map((e) => e.getFirstPropertyValue('uid'));
    expect(uids.sort()).toEqual(['collection-deadline-2026-12-31@yibao-guide', 'collection-opens-2026-09-01@yibao-guide']);
    for (const e of vevents) {
      const stamp = e.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.isDate).toBe(false);
      expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
      expect(stamp.toString()).toBe('2026-08-01T00:00:00Z');
      expect(e.getFirstPropertyValue('url')).toBe(URL_);
      const alarm = e.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm?.getFirstPropertyValue('description')).toBe(e.getFirstPropertyValue('summary'));
      const trigger = alarm?.getFirstProperty('trigger');
      expect(trigger?.type).toBe('duration');
      expect(trigger?.getParameter('related')).toBe('START');
      expect((trigger?.getFirstValue() as ICAL.Duration).toSeconds()).toBe(9 * 60 * 60);
    }
    // Same input, same bytes: no clock, no random UID.
    expect(reminderIcs(collection, texts, URL_, '2026-08-01')).toBe(ics);
  });

  it('round-trips the Chinese SUMMARY and DESCRIPTION exactly, commas, semicolons, backslashes and line breaks included', () => {
    const byStart = new Map(events(ics).map((e) => [String(e.getFirstPropertyValue('dtstart')), e]));
    const main = byStart.get('2026-12-10');
    const opens = byStart.get('2026-09-01');
    expect(main?.getFirstPropertyValue('summary')).toBe(TITLE);
    // A line break comes back as \n (RFC 5545 has one escaped form for it).
    expect(main?.getFirstPropertyValue('description')).toBe(DESCRIPTION.replaceAll('\r\n', '\n'));
    expect(opens?.getFirstPropertyValue('summary')).toBe(OPENS);
    expect(opens?.getFirstPropertyValue('description')).toBe(DESCRIPTION.replaceAll('\r\n', '\n'));
    // The raw form really is escaped (not merely tolerated by a lenient parser).
    expect(unfoldBytes(ics)).toContain(`SUMMARY:${'居民医保缴费：请在 2026年12月31日 前办好\\, 别忘了\\; 路径 C:\\\\医保\\n第二行'}`);
  });

  it('folds every physical line to at most 75 octets with CRLF + space, never inside a character', () => {
    const lines = physicalLines(ics);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // the long Chinese lines were folded
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      expect(wellFormed(line)).toBe(true); // no surrogate pair (the emoji) cut in two
    }
    // Unfolding the bytes gives valid UTF-8 (a split 3-octet character would make this throw)
    // and each content line back whole.
    const unfolded = unfoldBytes(ics).split('\r\n');
    expect(unfolded).toContain(`SUMMARY:${escapeText(TITLE)}`);
    expect(unfolded).toContain(`DESCRIPTION:${escapeText(DESCRIPTION)}`);
    expect(unfolded).toContain(`URL:${URL_}`);
  });

  it('has no opening-day event when opensOn is null', () => {
    const out = reminderIcs(newborn, texts, URL_, '2027-01-15');
    const vevents = events(out);
    expect(vevents).toHaveLength(1);
    expect(String(vevents[0]?.getFirstPropertyValue('dtstart'))).toBe('2027-02-28');
    expect(String(vevents[0]?.getFirstPropertyValue('dtend'))).toBe('2027-03-01');
    expect(vevents[0]?.getFirstPropertyValue('uid')).toBe('newborn-deadline-2027-03-31@yibao-guide');
    expect(out).not.toContain(OPENS.slice(0, 7));
  });

  it('ends the day across a month, a year and a leap day', () => {
    const at = (remindOn: string) => reminderIcs({ ...newborn, remindOn }, texts, URL_, '2027-01-01');
    expect(at('2026-12-31')).toContain('DTEND;VALUE=DATE:20270101\r\n');
    expect(at('2028-02-28')).toContain('DTEND;VALUE=DATE:20280229\r\n');
    expect(at('2028-02-29')).toContain('DTEND;VALUE=DATE:20280301\r\n');
  });

  it('refuses a date that is not a calendar day', () => {
    expect(() => reminderIcs({ ...newborn, remindOn: '2027-02-30' }, texts, URL_, '2027-01-01')).toThrow(RangeError);
    expect(() => reminderIcs(newborn, texts, URL_, '20270101')).toThrow(RangeError);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('tab\tok\u0000\u001f\u007f')).toBe('tab\tok');
    expect(escapeText('全角，；不变')).toBe('全角，；不变');
  });
});

describe('foldLine', () => {
  it('folds a long Chinese line at 75 octets without splitting a character, as full as possible', () => {
    const line = `SUMMARY:${'居民医保缴费请在截止日前办好'.repeat(12)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    // 'SUMMARY:' is 8 octets, then 22 characters × 3 = 66: 74, and one more would be 77.
    expect(Buffer.byteLength(parts[0] ?? '')).toBe(74);
    parts.forEach((part, i) => {
      const octets = Buffer.byteLength(part);
      expect(octets).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      if (i < parts.length - 1) expect(octets).toBeGreaterThan(75 - 3); // no room left for another character
      // Each physical line is whole characters: re-encoding and strict decoding gives it back.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(part))).toBe(part);
    });
    expect(folded.replaceAll('\r\n ', '')).toBe(line);
    expect(unfoldBytes(`${folded}\r\n`)).toBe(`${line}\r\n`);
  });

  it('keeps a 4-octet character (a surrogate pair in JavaScript) whole', () => {
    // Every alignment of the emoji against the 75-octet boundary.
    for (let pad = 0; pad < 8; pad++) {
      const line = `X:${'a'.repeat(pad)}${'📅医'.repeat(30)}`;
      const folded = foldLine(line);
      for (const part of folded.split('\r\n')) {
        expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
        expect(wellFormed(part), `pad ${pad}`).toBe(true);
      }
      expect(folded.replaceAll('\r\n ', '')).toBe(line);
    }
  });

  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
    expect(foldLine('')).toBe('');
  });
});

describe('GET /{locale}/check/reminder', () => {
  const query = 'v=1&w=self&r=elsewhere&a=40&s=not-working&h=local&g=dibao&g=disability&c=none';
  const get = (locale: string, q = query) =>
    GET(new Request(`http://localhost:3000/${locale}/check/reminder?${q}`), { params: Promise.resolve({ locale }) });

  it('serves the collection reminder with the deadline in the title and description, reading repeated keys once each', async () => {
    outcomeFor.mockReset().mockReturnValue({ outcome: { asOf: '2026-08-01', reminder: collection } });
    const res = await get('zh-CN', `${query}&__proto__=1&constructor=x`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const answers = outcomeFor.mock.calls[0]?.[0] as Record<string, unknown>;
    expect(answers.groups).toEqual(['dibao', 'disability']);
    const vevents = events(await res.text());
    expect(vevents).toHaveLength(2);
    const byStart = new Map(vevents.map((e) => [String(e.getFirstPropertyValue('dtstart')), e]));
    const main = byStart.get('2026-12-10');
    expect(main?.getFirstPropertyValue('summary')).toBe('居民医保缴费：请在 2026年12月31日 前办好');
    expect(byStart.get('2026-09-01')?.getFirstPropertyValue('summary')).toBe('集中参保期开始');
    expect(byStart.get('2026-09-01')?.getFirstPropertyValue('description')).toContain('2026年12月31日');
    expect(main?.getFirstPropertyValue('url')).toContain('g=dibao&g=disability');
  });

  it('uses the newborn title in English', async () => {
    outcomeFor.mockReset().mockReturnValue({ outcome: { asOf: '2027-01-15', reminder: newborn } });
    const [vevent, ...rest] = events(await (await get('en')).text());
    expect(rest).toEqual([]);
    // en dates carry a comma ("March 31, 2027"): it must survive the TEXT escaping.
    expect(vevent?.getFirstPropertyValue('summary')).toBe(`Newborn insurance: enroll by ${formatIsoDate('2027-03-31', 'en')} (shortest local rule)`);
    expect(vevent?.getFirstPropertyValue('summary')).toMatch(/2027/);
  });

  it('names the newborn date as the page does, the shortest local reading, never "最迟" (the latest)', async () => {
    outcomeFor.mockReset().mockReturnValue({ outcome: { asOf: '2027-01-15', reminder: newborn } });
    const summary = String(events(await (await get('zh-CN')).text())[0]?.getFirstPropertyValue('summary'));
    expect(summary).toBe(`新生儿参保：请在 ${formatIsoDate('2027-03-31', 'zh-CN')} 前办好（按当地最短的规定）`);
    expect(summary).not.toContain('最迟');
  });

  it('is a 404 for a newborn in a place whose own newborn rule we do not hold (Beijing): other places\' rule is no deadline', async () => {
    const { evaluate } = await import('@/lib/rules');
    const outcome = evaluate({ who: 'self', region: 'beijing', age: 0, birthDate: '2026-10-01', situation: 'preschool', hukou: 'local', groups: [], coverage: 'none' }, { asOf: '2026-11-27' });
    expect(outcome.deadline).toMatchObject({ kind: 'act-by', basis: 'other-places-newborn' });
    outcomeFor.mockReset().mockReturnValue({ outcome });
    const res = await get('zh-CN', 'v=1&w=self&r=beijing&a=0&b=2026-10-01&h=local&g=none&c=none');
    expect(res.status).toBe(404);
  });

  it('is a 404 with the text body when no date is sourced, or the answers are incomplete', async () => {
    outcomeFor.mockReset().mockReturnValue({ outcome: { asOf: '2026-08-01', reminder: null } });
    let res = await get('en');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(en.Check.reminder.none);
    outcomeFor.mockReset().mockReturnValue(null);
    res = await get('zh-CN', 'v=1');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(zhCN.Check.reminder.none);
    expect((await get('fr')).status).toBe(404);
  });
});
