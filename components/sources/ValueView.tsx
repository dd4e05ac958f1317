/**
 * A parameter's value, whatever its shape, for the sources page: numbers and dates in the reader's
 * language, ids as code, arrays as lists, objects as small definition lists (recursively), and a
 * value our sources do not give as "not in our sources" with its note. Written for any shape, so a
 * new parameter or a new structure needs nothing here.
 */
import { Fragment } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { formatIsoDate } from '@/components/ui/FormattedDate';
import { isUnknownValue } from '@/lib/api/rules';
import { colonFor } from '@/lib/i18n/punctuation';
import { rulesHref } from '@/lib/sources-links';

export type ValueWords = { unknown: string; yes: string; no: string; none: string };

type Props = { value: unknown; locale: Locale; words: ValueWords; factIds: ReadonlySet<string> };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/i;
const isPrimitive = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isMonthDay = (v: object): v is { month: number; day: number } =>
  Object.keys(v).length === 2 && typeof (v as { month?: unknown }).month === 'number' && typeof (v as { day?: unknown }).day === 'number';

/** Whether a value reads on one line after its key. */
const isShort = (v: unknown): boolean =>
  isPrimitive(v) || isUnknownValue(v) || (Array.isArray(v) && v.every(isPrimitive)) || (typeof v === 'object' && v !== null && isMonthDay(v));

function Primitive({ value, locale, words, factIds }: Props) {
  if (value === null) return <>{words.none}</>;
  if (typeof value === 'boolean') return <>{value ? words.yes : words.no}</>;
  if (typeof value === 'number') return <span className="font-semibold">{value.toLocaleString(locale)}</span>;
  const s = String(value);
  if (ISO_DATE.test(s)) return <time dateTime={s}>{formatIsoDate(s, locale)}</time>;
  if (factIds.has(s)) return <a href={rulesHref(locale, { fact: s })}>{s}</a>;
  if (ID.test(s)) return <code>{s}</code>;
  // A language mark only where the text's language is not the page's.
  const lang = /[\u3400-\u9fff]/.test(s) ? 'zh-CN' : 'en';
  return lang === locale ? <>{s}</> : <span lang={lang}>{s}</span>;
}

export function ValueView(props: Props) {
  const { value, locale, words } = props;
  if (isUnknownValue(value)) {
    return (
      <span data-value="unknown">
        <strong>{words.unknown}</strong>
        {value.note && <> — <span lang="en">{value.note}</span></>}
      </span>
    );
  }
  if (isPrimitive(value)) return <Primitive {...props} />;
  if (Array.isArray(value)) {
    if (value.length === 0) return <>{words.none}</>;
    if (value.every(isPrimitive)) {
      return <>{value.map((v, i) => <Fragment key={i}>{i > 0 && (locale === 'en' ? ', ' : '、')}<Primitive {...props} value={v} /></Fragment>)}</>;
    }
    return (
      <ol className="list-decimal space-y-2 pl-6">
        {value.map((v, i) => <li key={i}><ValueView {...props} value={v} /></li>)}
      </ol>
    );
  }
  if (typeof value === 'object' && value !== null) {
    if (isMonthDay(value)) {
      const md = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2001, value.month - 1, value.day)));
      return <>{md}</>;
    }
    // Two elements a key (no wrapper, no <code>: the list styles its terms, globals.css
    // `.value-object`): a short value runs on after its key, a long one goes below it.
    return (
      <dl className="value-object border-l-4 border-gray-300 pl-3">
        {Object.entries(value).map(([k, v]) => {
          const short = isShort(v);
          return (
            <Fragment key={k}>
              <dt data-short={short ? '' : undefined}>{k}{short && colonFor(locale)}</dt>
              <dd><ValueView {...props} value={v} /></dd>
            </Fragment>
          );
        })}
      </dl>
    );
  }
  return <code>{String(value)}</code>;
}
