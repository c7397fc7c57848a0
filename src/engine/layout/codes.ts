/**
 * Item codes as sheets write them: "1.1.1", "1.1." (trailing dot), 1.1 stored as a number,
 * Roman area numerals ("I", "II.", "IV"), prefixed ("Lĩnh vực 1", "Tiêu chí 1.2"), or only at
 * the start of the title ("1.1. Kế hoạch CCHC").
 */
import type { CellScalar } from '../grid';
import { fold } from '../text/normalize';
import { memoByText } from '../text/memo';
import { isTrimmedSpace } from '../text/trim';

export interface ParsedCode {
  /** Normalised: "1.1", "II". */
  code: string;
  /** As written, for messages. */
  raw: string;
}

// Valid Roman numerals from I to XXXIX: areas never go further, and "C", "L", "D", "M" alone
// are far more likely letters than numbers.
const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const DOTTED = /^\d{1,3}(\.\d{1,3})*$/;
// Words that may stand before a code in the code column or the title (matched on folded text).
const PREFIX =
  /^\s*(linh\s+vuc|tieu\s+chi\s+thanh\s+phan|tieu\s+chi|chi\s+so\s+thanh\s+phan|chi\s+tieu|noi\s+dung|muc|phan|tctp|tc|lv)(\s+so)?(?=[\s\d.:ivx]|$)\s*/;

const FOLDED_CHAR = new Map<string, string>();

/** fold() one character at a time, so that positions in the result are positions in `s`. */
function foldSameLength(s: string): string {
  let out = '';
  for (const ch of s) {
    let f = FOLDED_CHAR.get(ch);
    if (f === undefined) {
      const folded = fold(ch);
      f = /\s/.test(ch) || folded.length === 0 ? ' ' : folded[0];
      // Characters outside the BMP take two code units: keep positions aligned.
      if (ch.length === 2) f += ' ';
      if (FOLDED_CHAR.size < 4096) FOLDED_CHAR.set(ch, f);
    }
    out += f;
  }
  return out;
}

export function isRoman(s: string): boolean {
  return s !== '' && ROMAN.test(s);
}

/** "1 . 1 ." → "1.1"; "II." → "II"; null when it is not a code. */
function normaliseCodeText(s: string): string | null {
  let t = s.replace(/\s*\.\s*/g, '.').replace(/[.:)\-–]+$/, '').trim();
  if (t === '') return null;
  if (DOTTED.test(t)) return t;
  t = t.toUpperCase();
  if (isRoman(t)) return t;
  // "II.1" style: a Roman area with Arabic below it.
  const mixed = /^([IVX]+)\.(\d{1,3}(\.\d{1,3})*)$/.exec(t);
  if (mixed && isRoman(mixed[1])) return t;
  return null;
}

/** Drop a leading "Lĩnh vực"/"Tiêu chí"… word, keeping the original characters of the rest. */
function stripPrefix(input: string): string {
  // Most titles have no prefix: a quick look at the folded head settles it.
  if (!PREFIX.test(fold(input.slice(0, 24)))) return input;
  const s = input.normalize('NFC');
  // Prefixes are short: folding the head of the text is enough (and keeps long titles cheap).
  const m = PREFIX.exec(foldSameLength(s.slice(0, 40)));
  if (!m || m[0].length === 0) return input;
  return s.slice(m[0].length).trim();
}

/**
 * A number stored where a code is expected: 1 → "1", 1.1 → "1.1" (binary noise removed:
 * 0.1 + 0.2 → "0.3"). The range is checked on the rounded value, or 4e-7 would become "0".
 */
function codeFromNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const rounded = Math.round(n * 1e6) / 1e6;
  if (rounded <= 0 || rounded >= 1000) return null;
  const s = String(rounded);
  return DOTTED.test(s) ? s : null;
}

/** The code in a code cell, or null (blank, "-", "a)", "Ghi chú"…). */
export function parseCode(value: CellScalar): ParsedCode | null {
  if (typeof value === 'number') {
    const code = codeFromNumber(value);
    // Excel shows the number rounded, so messages show the rounded text, not "0.30000000000000004".
    return code ? { code, raw: code } : null;
  }
  if (typeof value !== 'string') return null;
  // The common code, "1.2.3" as it stands, is its own code and text: no need to ask the memory
  // (which hashes the text) for it. Short texts only: a text of 13 characters or more may be cut
  // from a file's XML and keep it alive (see memoByText); a shorter one is always a copy.
  if (value.length < 13 && isPlainDotted(value)) return { code: value, raw: value };
  const found = codeOfText(value);
  // A copy: the caller keeps it in its row.
  return found && { ...found };
}

/** DOTTED tested without the regex: groups of one to three digits joined by single dots. */
function isPlainDotted(s: string): boolean {
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (++digits > 3) return false;
    } else if (c === 0x2e && digits > 0) digits = 0;
    else return false;
  }
  return digits > 0;
}

/** The code in a code cell's text, worked out (parseCode asks the memory of it). */
export function readCodeText(value: string): ParsedCode | null {
  const raw = value.trim();
  if (raw === '' || raw.length > 40) return null;
  const code = normaliseCodeText(raw) ?? normaliseCodeText(stripPrefix(raw));
  return code ? { code, raw } : null;
}

// The same code texts come back on every sheet of a batch (text/memo.ts).
const codeOfText = memoByText(readCodeText);

// A code at the start of a title: "1.1. Kế hoạch", "II. CẢI CÁCH THỂ CHẾ", "Tiêu chí 1.2: …".
// Vendor exports glue the title to the code's dot ("1.1.1.Ban hành…", "II.CẢI CÁCH…"): after a
// punctuation mark a letter may follow directly; without one a space is still required, so
// "2.5/5" or "1.5điểm"-like text is not taken for a code.
// (The rest runs to the end: `.` matches line breaks too, flag s.)
const TITLE_CODE = /^((?:\d{1,3}(?:\s*\.\s*\d{1,3})*)|(?:[IVX]{1,6}))(?:(\s*[.:)]|\s*[-–])(?:\s+|(?=\p{L}))|\s+)(\S.*)/su;
// A number at the start of an option line is a score or a count, not a code: "1 điểm", "0.5 đ",
// "2 lần", "3 văn bản". A code of three levels or more ("7.2.1. Văn bản điện tử") is never one.
const NOT_A_CODE_AFTER = /^(diem|d\b|%|lan\b|van ban|nam\b|thang\b|ngay\b)/;
const DEEP_CODE = /^\d{1,3}\s*\.\s*\d{1,3}\s*\.\s*\d{1,3}/;

export interface TitleCode extends ParsedCode {
  /** The title without its code. */
  rest: string;
}

/**
 * A title can only carry a code if it starts (after white space) with a digit, a Roman numeral or
 * a prefix word: /^\s*[\dIVXlLtTcCnNmMpP]/, tested without a regex call (it runs on every title
 * of every sheet; test/engine/layout/codes-fast.test.ts compares it with the regex)…
 */
export function mayStartCode(title: string): boolean {
  let i = 0;
  while (i < title.length && isTrimmedSpace(title.charCodeAt(i))) i++; // \s* (the same set as trim's)
  return i < title.length && CODE_START.has(title.charCodeAt(i));
}

const CODE_START = new Set([...'0123456789IVXlLtTcCnNmMpP'].map((ch) => ch.charCodeAt(0)));

// …and holds a digit or a capital I, V or X somewhere (the code itself: TITLE_CODE, after any
// prefix word and however many spaces follow it; NFC in stripPrefix makes none of them).
const CODE_CHARACTER = /[\dIVX]/;

/**
 * A code written at the start of a title, or null. Demands a sign that it is a code: a prefix
 * word ("Tiêu chí 1.2"), a dot structure ("1.1", "1."), or a Roman numeral followed by "." ":" ")"
 * or a dash; a bare "2 lần…" is not a code.
 */
export function codeInTitle(title: string): TitleCode | null {
  // Asked before the memory: most titles cannot hold a code, and a title looked up is hashed
  // whole (≈ 115 titles per sheet of the generated batch get past the first test, 14 past both).
  if (!mayStartCode(title) || !CODE_CHARACTER.test(title)) return null;
  const found = titleCodeOf(title);
  // A copy: the caller keeps it in its row.
  return found && { ...found };
}

// Titles repeat on every sheet made from the same template (text/memo.ts).
const titleCodeOf = memoByText(readTitleCode);

function readTitleCode(title: string): TitleCode | null {
  const text = title.trim();
  if (text === '') return null;
  const stripped = stripPrefix(text);
  const hadPrefix = stripped !== text;
  const m = TITLE_CODE.exec(stripped);
  if (!m) return null;
  const [, codePart, punct, rest] = m;
  if (!DEEP_CODE.test(codePart) && NOT_A_CODE_AFTER.test(fold(rest))) return null;
  const isArabic = /^\d/.test(codePart);
  const dotted = isArabic && (codePart.includes('.') || (punct ?? '').includes('.'));
  // Not Arabic: the code part is the Roman alternative of TITLE_CODE.
  const roman = !isArabic && punct !== undefined;
  if (!hadPrefix && !dotted && !roman) return null;
  const code = normaliseCodeText(codePart);
  if (!code) return null;
  const raw = text.slice(0, text.length - rest.length).trim();
  return { code, raw, rest: rest.trim() };
}

/**
 * A code's depth: "1" → 1, "1.2.3" → 3; Roman "II" → 1, "II.1" → 2.
 * Used to repair codes Excel turned into numbers (1.10 stored as 1.1).
 */
export function codeDepth(code: string): number {
  // The parts between dots, counted without splitting (runs for every coded row of every sheet).
  let depth = 1;
  for (let i = code.indexOf('.'); i !== -1; i = code.indexOf('.', i + 1)) depth++;
  return depth;
}

/**
 * Excel stores "1.10" typed as a number as 1.1. When the previous code at the same level was
 * "1.9" and this one reads "1.1", the sheet meant "1.10" (likewise 1.19 → 1.2 means "1.20").
 */
export function repairNumericCode(code: string, previous: string | null): string {
  if (!previous) return code;
  const cur = code.split('.');
  const prev = previous.split('.');
  if (cur.length !== prev.length || cur.length < 2) return code;
  const last = cur.length - 1;
  if (cur.slice(0, last).join('.') !== prev.slice(0, last).join('.')) return code;
  const prevLast = Number(prev[last]);
  const widened = cur[last] + '0';
  if (prevLast >= 9 && Number(widened) === prevLast + 1) return [...cur.slice(0, last), widened].join('.');
  return code;
}
