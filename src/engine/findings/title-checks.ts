/**
 * Titles edited on the sheet. Sheets retype titles with other punctuation, case, abbreviations
 * ("CCHC" for "cải cách hành chính") or cut them short, so only a title clearly different from
 * the set's is flagged: compared folded, without punctuation, abbreviations expanded to one
 * form, by character-bigram similarity.
 */
import type { Finding } from './finding';
import { finding, type CheckContext } from './context';
import { itemName, quote } from './fmt';
import { foldWords } from '../text/normalize';
import { codeInTitle } from '../layout/codes';
import { trimmed } from '../text/trim';

/** Below this similarity a title counts as changed (words only added: see titleChanged). */
export const TITLE_THRESHOLD = 0.6;

export function findTitleIssues(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const flat of ctx.flat) {
    const row = ctx.alignment.rowFor.get(flat.item.code);
    const title = row?.title;
    if (!title || trimmed(title.text) === '') continue;
    if (!titleChanged(title.text, flat.item.title)) continue;
    // A title wrapped onto the next row without merged cells reads as the item's first option line.
    const next = row.optionLines[0];
    if (next !== undefined && !titleChanged(title.text + ' ' + next, flat.item.title)) continue;
    out.push(
      finding('layout.titleChanged', title.address, flat.item.code, {
        vi: `Tên ${itemName(flat, 'vi')} trên biểu là ${quote(title.text)}, khác với bộ tiêu chí: ${quote(flat.item.title, 120)}. Đề nghị đơn vị kiểm tra mã tiêu chí có đúng không, rồi sửa tên cho khớp bộ tiêu chí.`,
        en: `The title of ${itemName(flat, 'en')} on the sheet is ${quote(title.text)}, unlike the criteria set's ${quote(flat.item.title, 120)}. Check that the code is right, then make the title match the set.`,
      }),
    );
  }
  return out;
}

// Function words whose presence changes no meaning ("đối với các phòng" / "đối với phòng").
const FUNCTION_WORDS = new Set(['cac', 'nhung', 'cua', 'va', 'la', 'thi', 'da', 'duoc', 'do', 'cho', 've', 'tai', 'theo', 'mot', 'moi', 'nay', 'trong', 'voi', 'hoac']);
const wordCache = new Map<string, string[]>();

/** Words that carry the meaning: title key without notes in parentheses, numbers or function words. */
function meaningWords(s: string): string[] {
  let words = wordCache.get(s);
  // Stryker disable next-line ConditionalExpression: equivalent when true, the cache only saves work
  if (words === undefined) {
    words = titleKey(s.replace(/\([^()]*\)/g, ' '))
      .split(' ')
      .filter((w) => w !== '' && !/^\d+$/.test(w) && !FUNCTION_WORDS.has(w));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the bound only limits memory
    if (wordCache.size < 20000) wordCache.set(s, words);
  }
  return words;
}

/** Multiset difference a − b. */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const w of b) left.set(w, (left.get(w) ?? 0) + 1);
  const out: string[] = [];
  for (const w of a) {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    else out.push(w);
  }
  return out;
}

/** Words one typing slip apart ("hoach"/"hoac"): a typo, not another word. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 3 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Has the sheet renamed the item? Compared by meaning: case, diacritics, spacing, line breaks,
 * punctuation, numbering, abbreviations, notes in parentheses, numbers (years), function words
 * and single typing slips do not count. A word of the set's title missing from the sheet does
 * ("… công chức" for "… công chức, viên chức"), even when the start matches, unless the sheet
 * marks the cut with "…". Words only added count when they outnumber half the set's words, or
 * the titles are unlike as wholes.
 */
export function titleChanged(sheet: string, set: string): boolean {
  // Most titles are the set's own, written alike: the very same text first (no key to look up),
  // then settled by the cached keys.
  // Stryker disable next-line ConditionalExpression: equivalent when false, the same text has the same key (next line)
  if (sheet === set) return false;
  if (titleKey(sheet) === titleKey(set)) return false;
  const a = meaningWords(sheet);
  const b = meaningWords(set);
  if (a.length === 0 || b.length === 0) return false;
  let missing = minus(b, a);
  let extra = minus(a, b);
  if (missing.length === 0 && extra.length === 0) return false;
  const unmatched: string[] = [];
  for (const m of missing) {
    const j = extra.findIndex((e) => oneEditApart(m, e));
    if (j >= 0) extra = extra.filter((_, k) => k !== j);
    else unmatched.push(m);
  }
  missing = unmatched;
  if (missing.length === 0) return extra.length * 2 > b.length || titleSimilarity(sheet, set) < TITLE_THRESHOLD;
  // "Ban hành kế hoạch…" cut on purpose, the cut said with an ellipsis.
  if (/(\.\.\.|…)\s*$/.test(sheet.trim()) && b.slice(0, a.length).join(' ') === a.join(' ')) return false;
  return true;
}

// Long forms → the abbreviation sheets use, so both spellings compare equal (folded words).
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bcai cach hanh chinh\b/g, 'cchc'],
  [/\bthu tuc hanh chinh\b/g, 'tthc'],
  [/\bvan ban quy pham phap luat\b/g, 'vbqppl'],
  [/\bdieu tra xa hoi hoc\b/g, 'dtxhh'],
  [/\bxhh\b/g, 'dtxhh'],
  [/\bcong nghe thong tin\b/g, 'cntt'],
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\bhoi dong nhan dan\b/g, 'hdnd'],
  [/\bcan bo cong chuc vien chuc\b/g, 'cbccvc'],
  [/\bphan anh kien nghi\b/g, 'pakn'],
];

/**
 * Title as compared: folded words, leading code ("1.1.", "II.", "a)", "Tiêu chí 1.2") dropped,
 * abbreviations unified. The code goes the way the sheet reader takes it off a title cell
 * (codeInTitle), on both sides: a set titled "Tiêu chí 1.2 Kế hoạch" is read back from its own
 * template as "Kế hoạch" and must not count as changed.
 */
// Set titles are compared on every check: remember their keys (bounded, titles are few).
const keyCache = new Map<string, string>();

export function titleKey(s: string): string {
  const known = keyCache.get(s);
  // Stryker disable next-line ConditionalExpression: equivalent when false, the cache only saves work
  if (known !== undefined) return known;
  const key = computeTitleKey(s);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the bound only limits memory
  if (keyCache.size < 20000) keyCache.set(s, key);
  return key;
}

function computeTitleKey(s: string): string {
  const t0 = codeInTitle(s)?.rest ?? s;
  let t = foldWords(t0.replace(/^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/:-]\s*/i, ''));
  for (const [re, abbr] of ABBREVIATIONS) t = t.replace(re, abbr);
  return t;
}

/** 0..1: 1 for the same title written differently, low for another title. */
export function titleSimilarity(a: string, b: string): number {
  const x = titleKey(a);
  const y = titleKey(b);
  if (x === y || !x || !y) return 1;
  // A title cut short, or with a note added ("… (qua điều tra xã hội học)"), is the same title.
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if ((' ' + long + ' ').includes(' ' + short + ' ') && short.length >= long.length * 0.5) return 1;
  return dice(bigrams(x), bigrams(y));
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = s.replace(/ /g, '');
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  let total = 0;
  for (const [g, n] of a) {
    common += Math.min(n, b.get(g) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 1 : (2 * common) / total;
}
