/**
 * Recognising document references in evidence text: the number/symbol of a Vietnamese
 * administrative document ("12/KH-UBND", "643/SYT-VP", "1156/QĐ-UBND", "05/2024/QĐ-UBND",
 * "15/TTr-SNV"), its date ("ngày 15/01/2024", "15-01-2024", "ngày 15 tháng 01 năm 2024"),
 * hyperlinks and URLs.
 */
import { findDocumentNumbers } from './document-numbers';
import { findNumericDates } from './numeric-dates';

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
// Dates in figures ("15/01/2024", "15-01-2024"): a scan as well (numeric-dates.ts).
const DATE_WORDS_RE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
// Stryker disable next-line Regex: equivalent, URL_RE is only tested (one character after the prefix is as good as several)
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/i;

// The numbers and the dates in figures are scans (above): the regexes that say the same tried
// every position of every evidence text of every sheet. The date in words is walked with exec, not
// matchAll (a new RegExp object per call); it matches no empty text, so the walk always moves on.
// Two searches are skipped when the text lacks what every match of them holds (most evidence
// texts lack both):
// - a date in words holds "tháng", so an "á" (/iu folds only "Á" to it);
// - a URL holds "://" or "www.", so "://" or ".".
// test/engine/findings/document-refs-search.test.ts compares with the four plain searches.
export function findDocumentRefs(text: string): DocumentRefs {
  const numbers = findDocumentNumbers(text);
  const dates: DocDate[] = [];
  for (const d of findNumericDates(text)) if (possible(d.day, d.month, d.year)) dates.push({ day: d.day, month: d.month, year: d.year, text: d.text });
  // The two tests below are shortcuts only: dropping or widening one searches a text that has no
  // match (equivalent); narrowing one is what document-refs-search.test.ts catches.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent when widened, see above
  if (text.includes('á') || text.includes('Á')) addWordDates(text, dates);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent when widened, see above
  return { numbers, dates, url: (text.includes('://') || text.includes('.')) && URL_RE.test(text) };
}

function addWordDates(text: string, dates: DocDate[]): void {
  DATE_WORDS_RE.lastIndex = 0;
  for (let m = DATE_WORDS_RE.exec(text); m !== null; m = DATE_WORDS_RE.exec(text)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = Number(m[3]);
    // Stryker disable next-line MethodExpression,Regex: equivalent, a match starts with its one "ngày" and ends with the year, and trim takes any space left
    if (possible(day, month, year)) dates.push({ day, month, year, text: m[0].replace(/^ngày\s+/iu, '').trim() });
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
