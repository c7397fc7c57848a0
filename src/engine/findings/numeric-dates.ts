/**
 * Dates written in figures ("15/01/2024", "15-01-2024", "15 . 1 . 2024"), found by a scan written
 * out instead of the regex that says the same thing:
 *
 *   /(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/g
 *
 * It runs on every evidence text of every sheet. Each part of the pattern leaves one way to go
 * (a day of 1–2 digits is its whole digit run, white space never is a separator), so a scan of
 * the digit runs finds the same matches. test/engine/findings/document-refs-search.test.ts and
 * numeric-dates.test.ts compare it with the regex on random texts.
 */

/** A match: the text as written, and the day, month and year as written (figures). */
export interface NumericDate {
  text: string;
  day: number;
  month: number;
  year: number;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** \s without the u flag: ECMAScript white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isSeparator(c: number): boolean {
  return c === 0x2f || c === 0x2e || c === 0x2d; // / . -
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function valueOf(text: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + (text.charCodeAt(i) - 0x30);
  return v;
}

/**
 * The rest of a date whose day is the digits p…q-1: the match's end and its month and year, or
 * null when the text there is no date.
 */
function dateAfterDay(text: string, q: number): { end: number; month: number; year: number } | null {
  let i = skipSpaces(text, q);
  if (!isSeparator(text.charCodeAt(i))) return null;
  i = skipSpaces(text, i + 1);
  const monthEnd = digitsEnd(text, i);
  if (monthEnd === i || monthEnd - i > 2) return null;
  const month = valueOf(text, i, monthEnd);
  i = skipSpaces(text, monthEnd);
  if (!isSeparator(text.charCodeAt(i))) return null;
  i = skipSpaces(text, i + 1);
  // Four digits and no fifth.
  if (digitsEnd(text, i) - i !== 4) return null;
  return { end: i + 4, month, year: valueOf(text, i, i + 4) };
}

/** Every date in figures, in order, as the global regex above finds them (impossible dates too). */
export function findNumericDates(text: string): NumericDate[] {
  const out: NumericDate[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // A digit run: only its first digit may start a date (no digit before it), and only after
    // something other than "/"; the day is the whole run, one or two digits.
    const p = i;
    i = digitsEnd(text, i);
    if (i - p > 2 || (p > 0 && text.charCodeAt(p - 1) === 0x2f)) continue;
    const rest = dateAfterDay(text, i);
    if (rest === null) continue;
    out.push({ text: text.slice(p, rest.end), day: valueOf(text, p, i), month: rest.month, year: rest.year });
    i = rest.end;
  }
  return out;
}
