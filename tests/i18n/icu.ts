/**
 * The argument names of an ICU message: `{name}`, `{name, number}`, `{name, select, a {…} other {…}}`
 * and the arguments inside select and plural branches. Branch texts ({they}) are words, not
 * arguments. Enough of ICU for our messages (no apostrophe quoting of braces is used in them).
 */
export function icuArguments(msg: string): string[] {
  const out = new Set<string>();
  let i = 0;

  const skipSpace = () => {
    while (i < msg.length && /\s/.test(msg[i] as string)) i++;
  };
  const readUntil = (stops: string) => {
    const start = i;
    while (i < msg.length && !stops.includes(msg[i] as string)) i++;
    return msg.slice(start, i).trim();
  };
  // A message: text and arguments, up to an unmatched '}' (consumed) or the end.
  const message = (): void => {
    while (i < msg.length) {
      const ch = msg[i];
      if (ch === '}') {
        i++;
        return;
      }
      if (ch === '{') {
        i++;
        argument();
      } else i++;
    }
  };
  // After '{': name [, type [, style | branches]] '}'.
  const argument = (): void => {
    out.add(readUntil(',}'));
    if (msg[i] === '}') {
      i++;
      return;
    }
    i++;
    const type = readUntil(',}');
    if (msg[i] === '}') {
      i++;
      return;
    }
    i++;
    if (type === 'select' || type === 'plural' || type === 'selectordinal') {
      for (;;) {
        skipSpace();
        if (i >= msg.length) return;
        if (msg[i] === '}') {
          i++;
          return;
        }
        readUntil('{}'); // the selector: other, one, =0, offset:1 one …
        if (msg[i] !== '{') continue;
        i++;
        message();
      }
    }
    // A style (number, date …): up to the matching '}'.
    let depth = 1;
    while (i < msg.length && depth > 0) {
      if (msg[i] === '{') depth++;
      if (msg[i] === '}') depth--;
      i++;
    }
  };

  message();
  return [...out].sort();
}

/**
 * The arguments besides the voice: `who` as a select (lib/wizard/voice.ts) is given to every result
 * message, so one locale may use it where the other needs no pronoun. A plain `{who}` (a name, on
 * the household page) is an ordinary argument and must match.
 */
export function argumentsBesidesVoice(msg: string, voice: string): string[] {
  const asVoice = new RegExp(`\\{\\s*${voice}\\s*,\\s*select\\b`);
  return icuArguments(msg).filter((a) => a !== voice || !asVoice.test(msg));
}
