/**
 * Number format codes as both readers see them. Excel escapes literal characters with a backslash
 * (`0.00\ \đ\i\ể\m` shows "7.50 điểm"); ExcelJS drops the backslashes when it reads a format, so
 * "0.00 điểm" then looks like a date format (its m) and every score in such a cell became a date,
 * and a copy written by ExcelJS would show "m" as a month. Writing the escaped characters as one
 * quoted run (`0.00" điểm"`) means the same to Excel and LibreOffice and survives ExcelJS:
 * prepare-package.ts rewrites styles.xml that way before ExcelJS reads it, and the fast reader
 * reports the same canonical code, so both readers agree.
 * Pure: the browser page uses it too.
 */

/** `\x` escapes outside quotes → quoted runs; everything else as written. */
export function canonicalFormatCode(raw: string): string {
  if (raw.indexOf('\\') < 0) return raw;
  let out = '';
  let literal = '';
  const flush = (): void => {
    if (literal) out += `"${literal}"`;
    literal = '';
  };
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\' && i + 1 < raw.length) {
      if (raw[i + 1] === '"') {
        flush(); // a literal quote cannot go inside a quoted run
        out += raw.slice(i, i + 2);
      } else literal += raw[i + 1];
      i++;
      continue;
    }
    if (ch === '"') {
      const end = raw.indexOf('"', i + 1);
      const stop = end < 0 ? raw.length : end;
      literal += raw.slice(i + 1, stop); // join with the escaped run next to it
      i = stop;
      continue;
    }
    flush();
    out += ch;
  }
  flush();
  return out;
}

/**
 * ExcelJS's rule (utils.isDateFmt) for a format code as it holds it: date/time letters outside
 * quotes and brackets. Applied to the canonical code, escaped letters no longer count.
 */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The format code a reader reports: ExcelJS strips backslashes, so only the canonical form survives. */
export function reportedFormatCode(raw: string): string {
  return canonicalFormatCode(raw).replace(/[\\](.)/g, '$1');
}
