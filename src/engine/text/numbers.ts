/**
 * Reading numbers the way Vietnamese sheets write them.
 * Scores are typed as numbers, or as text with a decimal comma ("0,5") or point ("0.5");
 * "-" or blank means no score; "KAD", "Không áp dụng"… mean not applicable.
 * Scores are small, so a lone separator is always a decimal separator: "1.5" and "1,5" are 1.5.
 */
import type { GridCell } from '../grid';
import type { CellReading } from '../layout/parsed-sheet';
import { fold } from './normalize';
import { settleNumberFields } from '../number-fields';

const BLANK: CellReading = { kind: 'blank' };
// A number read takes a fraction from the first sheet on (number-fields.ts), also one read with a
// unit or stray marks dropped.
settleNumberFields((n): CellReading => ({ kind: 'number', value: n, fromText: false }));
settleNumberFields((n): CellReading => ({ kind: 'number', value: n, fromText: true, assumed: '' }));
// Hyphen, non-breaking hyphen, figure dash, en/em dash, horizontal bar, minus: all "no score".
const DASH = /^[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]+$/;
const MINUS_SIGN = /^[-\u2012\u2013\u2212]/;
// Excel's error values; Office.js hands them over as plain strings.
const EXCEL_ERROR =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/i;
// A unit typed after a score: "1 điểm", "0,5đ".
const POINTS_UNIT = /\s*(điểm|diem|đ|d)\.?$/i;
// Stray marks around a number: "'0,5", "0,5*", "“1”".
const STRAY_ENDS = /^[*'"`~“”‘’]+\s*|\s*[*'"`~“”‘’]+$/g;
const HAS_STRAY_END = /^[*'"`~“”‘’]|[*'"`~“”‘’]$/;
// Spaces and invisible characters a typed number should not hold (copied from Word or the web).
export const STRAY_SPACE = /[\u00a0\u202f\u200b-\u200d\u2060\ufeff]/;
// Odd spaces (NBSP, narrow NBSP) and zero-width characters from copies out of Word or the web.
const ODD_SPACES = /[\s\u00a0\u202f]+/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** "Not applicable" written compactly: letters only, folded ("N/A" → "na", "K.A.D" → "kad"). */
const NA_COMPACT = new Set(['na', 'ka', 'kad', 'kap', 'kapd', 'kadg', 'kdg', 'kps']);
/** "Not applicable" written out; the cell may add a reason after it ("Không áp dụng (không có TTHC)"). */
const NA_PHRASES = [
  'khong ap dung',
  'khong danh gia',
  'khong phat sinh',
  'khong cham diem',
  'khong cham',
  'khong xet',
  'khong thuoc doi tuong',
  'khong thuoc pham vi',
  'khong duoc giao',
  'khong giao',
  'not applicable',
];

export function isExcelErrorText(s: string): boolean {
  return EXCEL_ERROR.test(s.trim());
}

/** True for the not-applicable words: KAD, K/A, N/A, Không áp dụng, Không đánh giá, Không phát sinh… */
export function isNotApplicableText(s: string): boolean {
  const f = fold(s).replace(/^[("'[\s]+|[)"'\].\s]+$/g, '');
  if (f === '') return false;
  if (NA_COMPACT.has(f.replace(/[^a-z0-9]/g, '')) && f.length <= 8) return true;
  const words = f.replace(/[^a-z0-9]+/g, ' ').trim();
  return NA_PHRASES.some((p) => words === p || words.startsWith(p + ' '));
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch) n++;
  return n;
}

/** "1.234.567" with `sep` "." : every group after the first has exactly three digits. */
function isGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/**
 * A number typed as text, or null. "0,5" and "0.5" → 0.5; "1.234,5" and "1,234.5" → 1234.5;
 * "+1", "−1" (Unicode minus), " 2 " work; "1.1.1" (a code) is not a number.
 * "80%" → 80 only when `percent` is set (a score of "80%" is not a score).
 */
// Cheap first test: a number starts with a digit, a sign, a separator or a space.
const MAY_BE_NUMBER = /^[\s\u00a0\u202f\u200b\ufeff+\-\u2212\u2012\u2013.,\d]/;
// A score, percent or declared figure is never this long; longer text is a sentence.
const LONGEST_NUMBER_TEXT = 40;

export function parseNumberText(input: string, options: { percent?: boolean } = {}): number | null {
  if (!MAY_BE_NUMBER.test(input)) return null;
  let s = input.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').trim();
  if (s.endsWith('%')) {
    if (!options.percent) return null;
    s = s.slice(0, -1).trim();
  }
  let sign = 1;
  if (s.startsWith('+')) s = s.slice(1).trim();
  else if (MINUS_SIGN.test(s)) {
    sign = -1;
    s = s.slice(1).trim();
  }
  // Thousands grouped with spaces: "1 234,5".
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) s = s.replace(/ /g, '');
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;

  const dots = count(s, '.');
  const commas = count(s, ',');
  let plain: string;
  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const thousands = dec === ',' ? '.' : ',';
    if (count(s, dec) > 1) return null;
    const [intPart, frac] = s.split(dec);
    if (!isGrouped(intPart, thousands)) return null;
    plain = intPart.split(thousands).join('') + '.' + frac;
  } else if (dots + commas === 0) {
    plain = s;
  } else {
    const sep = dots > 0 ? '.' : ',';
    if (dots + commas === 1) plain = s.replace(sep, '.');
    else if (isGrouped(s, sep)) plain = s.split(sep).join('');
    else return null;
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(plain)) return null;
  const v = Number(plain);
  if (!Number.isFinite(v)) return null;
  return v === 0 ? 0 : sign * v;
}

function cleanText(raw: string): string {
  return raw.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').trim();
}

/** How a text cell reads as a score. `percent`: "80%" is the number 80 (declared figures). */
function readText(raw: string, percent: boolean): CellReading {
  const t = raw.length > 4 * LONGEST_NUMBER_TEXT ? raw.trim() : cleanText(raw);
  if (t === '') return BLANK;
  if (t.length > LONGEST_NUMBER_TEXT) {
    return isNotApplicableText(t.slice(0, LONGEST_NUMBER_TEXT)) ? { kind: 'na', raw: t } : { kind: 'text', raw: t };
  }
  if (DASH.test(t)) return { kind: 'dash' };
  if (EXCEL_ERROR.test(t)) return { kind: 'error', raw: t.toUpperCase() };
  let n = parseNumberText(t, { percent });
  let assumed = n !== null && STRAY_SPACE.test(raw);
  if (n === null && (POINTS_UNIT.test(t) || HAS_STRAY_END.test(t))) {
    // "0,75đ", "1,5 điểm", "0,5*": read as the number, never silently (assumed → a warning).
    n = parseNumberText(t.replace(POINTS_UNIT, '').replace(STRAY_ENDS, ''), { percent });
    assumed = n !== null;
  }
  if (n !== null) return assumed ? { kind: 'number', value: n, fromText: true, assumed: STRAY_SPACE.test(raw) ? raw : raw.trim() } : { kind: 'number', value: n, fromText: true };
  if (isNotApplicableText(t)) return { kind: 'na', raw: t };
  return { kind: 'text', raw: t };
}

/** How a score-like cell reads. Never throws. */
export function readCellValue(cell: GridCell | null | undefined): CellReading {
  if (!cell) return BLANK;
  if (cell.error) return { kind: 'error', raw: cell.error };
  const v = cell.value;
  if (v === null || v === undefined) return BLANK;
  if (typeof v === 'number') {
    return Number.isFinite(v) ? { kind: 'number', value: v, fromText: false } : { kind: 'text', raw: String(v) };
  }
  if (typeof v === 'boolean') return { kind: 'text', raw: v ? 'TRUE' : 'FALSE' };
  return readText(String(v), false);
}

/**
 * A declared figure (số liệu kê khai) in per cent: "80%", "80 %", "80" → 80; a number shown
 * with a per-cent format (0.8 as "80%") → 80. A bare number without such a format is kept as
 * written: 0.8 stays 0.8, because the sheet gives no sign that it is a fraction.
 */
export function readPercent(cell: GridCell | null | undefined): CellReading {
  if (!cell) return BLANK;
  if (cell.error) return { kind: 'error', raw: cell.error };
  const v = cell.value;
  if (v === null || v === undefined) return BLANK;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'text', raw: String(v) };
    const asPercent = cell.numFmt !== undefined && cell.numFmt.includes('%');
    // Round away the binary noise of 0.07 * 100 = 7.000000000000001.
    const value = asPercent ? Math.round(v * 100 * 1e9) / 1e9 : v;
    return { kind: 'number', value, fromText: false };
  }
  if (typeof v === 'boolean') return { kind: 'text', raw: v ? 'TRUE' : 'FALSE' };
  return readText(String(v), true);
}
