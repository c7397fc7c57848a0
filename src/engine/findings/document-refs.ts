/**
 * Recognising document references in evidence text: the number/symbol of a Vietnamese
 * administrative document ("12/KH-UBND", "643/SYT-VP", "1156/QĐ-UBND", "05/2024/QĐ-UBND",
 * "15/TTr-SNV"), its date ("ngày 15/01/2024", "15-01-2024", "ngày 15 tháng 01 năm 2024"),
 * hyperlinks and URLs.
 */

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

// number [/year] / symbol: the symbol starts with a capital (QĐ, KH, TTr, SYT, UBND) and is at
// least two characters, with optional "-" parts (KH-UBND). A date "15/01/2024" never matches:
// its part after "/" is digits.
const NUMBER_RE = /(?<![\p{L}\d/])\d{1,5}(?:\/\d{4})?\/\p{Lu}[\p{L}\d&]+(?:-[\p{L}\d&]+)*/gu;
const DATE_NUMERIC_RE = /(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/g;
const DATE_WORDS_RE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
// Stryker disable next-line Regex: equivalent, URL_RE is only tested (one character after the prefix is as good as several)
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/i;

// The regexes are walked with exec, not matchAll: matchAll makes a new RegExp object per call, and
// this runs for every evidence text of every sheet. None of them matches an empty text, so the
// walk always moves on; exec leaves lastIndex at 0 when it finds no more.
// Two of the four searches are skipped when the text lacks what every match of them holds
// (measured on 1,000 generated sheets: they cost ≈ 10 ms of the four searches' ≈ 45 ms, and
// most evidence texts lack both; trying the other two only where they could start cost more
// than searching, the regex engine scans faster than a loop calling it):
// - a date in words holds "tháng", so an "á" (/iu folds only "Á" to it);
// - a URL holds "://" or "www.", so "://" or ".".
// test/engine/findings/document-refs-search.test.ts compares with the four plain searches.
export function findDocumentRefs(text: string): DocumentRefs {
  const numbers: string[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m !== null; m = NUMBER_RE.exec(text)) numbers.push(m[0]);
  const dates: DocDate[] = [];
  // Stryker disable next-line BooleanLiteral: equivalent, a numeric date's text holds no "ngày" to drop (toDate)
  addDates(text, DATE_NUMERIC_RE, dates, false);
  // The two tests below are shortcuts only: dropping or widening one searches a text that has no
  // match (equivalent); narrowing one is what document-refs-search.test.ts catches.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent when widened, see above
  if (text.includes('á') || text.includes('Á')) addDates(text, DATE_WORDS_RE, dates, true);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent when widened, see above
  return { numbers, dates, url: (text.includes('://') || text.includes('.')) && URL_RE.test(text) };
}

function addDates(text: string, re: RegExp, dates: DocDate[], words: boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const d = toDate(m[1], m[2], m[3], m[0], words);
    if (d) dates.push(d);
  }
}

/** Year embedded in a legal document number ("05/2024/QĐ-UBND" → 2024), else null. */
export function yearInNumber(number: string): number | null {
  const m = /^\d{1,5}\/(\d{4})\//.exec(number);
  return m ? Number(m[1]) : null;
}

/** `words`: a date in words, whose match starts with "ngày"; a numeric one starts with its day and ends with its year, as written. */
function toDate(d: string, m: string, y: string, text: string, words: boolean): DocDate | null {
  const day = Number(d);
  const month = Number(m);
  const year = Number(y);
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  // Stryker disable next-line MethodExpression,Regex,ConditionalExpression: equivalent, a match starts with its one "ngày" (a numeric one with its day) and ends with the year, and trim takes any space left
  return { day, month, year, text: words ? text.replace(/^ngày\s+/iu, '').trim() : text };
}
