/**
 * Values that reach a terminal or a log line — file names, reasons, settings, paths — shown so they
 * cannot act on it: control characters (C0, DEL, C1 — newline and tab included, so a value never
 * starts a forged log line), line and paragraph separators and bidirectional overrides and isolates
 * (which reorder the rest of the line) become visible `\xNN` / `\u{NNNN}` escapes; a lone surrogate
 * becomes `\u{D800}` too. Backslashes are left alone, so escaping twice changes nothing: the core may
 * escape a file name and an adapter escape the whole line again.
 */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function printable(value: string): string {
  return value.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`;
  });
}

/** True when `printable` would change the value: a name with control or bidi characters in it. */
export function hasUnprintable(value: string): boolean {
  UNPRINTABLE.lastIndex = 0;
  const found = UNPRINTABLE.test(value);
  UNPRINTABLE.lastIndex = 0;
  return found;
}
