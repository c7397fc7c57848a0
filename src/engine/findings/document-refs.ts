/**
 * Recognising document references in evidence text: the number/symbol of a Vietnamese
 * administrative document ("12/KH-UBND", "643/SYT-VP", "1156/QĐ-UBND", "05/2024/QĐ-UBND",
 * "15/TTr-SNV"), its date ("ngày 15/01/2024", "15-01-2024", "ngày 15 tháng 01 năm 2024"),
 * hyperlinks and URLs.
 */
import { findDocumentNumbers } from './document-numbers';

export interface DocDate {
  day: number;
  month: number;
  year: number;
  /** As written (without a leading "ngày"), for messages. */
  text: string;
  /** The year came from a legal document number ("05/2024/QĐ-UBND"), not from a date. */
  fromNumber?: boolean;
}

export interface DocumentRefs {
  /** Number/symbol strings found ("12/KH-UBND"). */
  numbers: string[];
  dates: DocDate[];
  /** A URL written in the text. */
  url: boolean;
}

// The numbers: number [/year] / symbol, the symbol starting with a capital (QĐ, KH, TTr, SYT,
// UBND), at least two characters, with optional "-" parts (KH-UBND). A date "15/01/2024" never
// matches: its part after "/" is digits. Found by a scan (document-numbers.ts), not a regex.
// Dates in figures ("15/01/2024", "15-01-2024"). (A scan written out like the numbers' was
// measured: twice as slow as this regex, which has no look-behind on a Unicode class.)
const DATE_NUMERIC_RE = /(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/g;
const DATE_WORDS_RE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
// Stryker disable next-line Regex: equivalent, URL_RE is only tested (one character after the prefix is as good as several)
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/i;

// The numbers are a scan (above): the regex that says the same tried every position of every
// evidence text of every sheet. The dates are walked with exec, not matchAll (a new RegExp object
// per call); neither regex matches an empty text, so the walk always moves on.
// Two searches are skipped when the text lacks what every match of them holds (most evidence
// texts lack both):
// - a date in words holds "tháng", so an "á" (/iu folds only "Á" to it);
// - a URL holds "://" or "www.", so "://" or ".".
// test/engine/findings/document-refs-search.test.ts compares with the four plain searches.
export function findDocumentRefs(text: string): DocumentRefs {
  const numbers = findDocumentNumbers(text);
  const dates: DocDate[] = [];
  // Stryker disable next-line BooleanLiteral: equivalent, a numeric date's text holds no "ngày" to drop
  addDates(text, DATE_NUMERIC_RE, dates, false);
  // The two tests below are shortcuts only: dropping or widening one searches a text that has no
  // match (equivalent); narrowing one is what document-refs-search.test.ts catches.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent when widened, see above
  if (text.includes('á') || text.includes('Á')) addDates(text, DATE_WORDS_RE, dates, true);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent when widened, see above
  return { numbers, dates, url: (text.includes('://') || text.includes('.')) && URL_RE.test(text) };
}

/** `words`: dates in words, whose match starts with "ngày"; a numeric one starts with its day and ends with its year, as written. */
function addDates(text: string, re: RegExp, dates: DocDate[], words: boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = Number(m[3]);
    if (!possible(day, month, year)) continue;
    // Stryker disable next-line MethodExpression,Regex,ConditionalExpression: equivalent, a match starts with its one "ngày" (a numeric one with its day) and ends with the year, and trim takes any space left
    dates.push({ day, month, year, text: words ? m[0].replace(/^ngày\s+/iu, '').trim() : m[0] });
  }
}

/** Year embedded in a legal document number ("05/2024/QĐ-UBND" → 2024), else null. */
export function yearInNumber(number: string): number | null {
  const m = /^\d{1,5}\/(\d{4})\//.exec(number);
  return m ? Number(m[1]) : null;
}

/** A day, month and year a document can bear. */
function possible(day: number, month: number, year: number): boolean {
  return !(month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200);
}
