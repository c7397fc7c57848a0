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

/** Below this similarity a title counts as changed. */
export const TITLE_THRESHOLD = 0.6;

export function findTitleIssues(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const flat of ctx.flat) {
    const row = ctx.alignment.rowFor.get(flat.item.code);
    const title = row?.title;
    if (!title || !title.text.trim()) continue;
    if (titleSimilarity(title.text, flat.item.title) >= TITLE_THRESHOLD) continue;
    out.push(
      finding('layout.titleChanged', title.address, flat.item.code, {
        vi: `Tên ${itemName(flat, 'vi')} trên biểu là ${quote(title.text)}, khác với bộ tiêu chí: ${quote(flat.item.title, 120)}. Đề nghị đơn vị kiểm tra mã tiêu chí có đúng không, rồi sửa tên cho khớp bộ tiêu chí.`,
        en: `The title of ${itemName(flat, 'en')} on the sheet is ${quote(title.text)}, unlike the criteria set's ${quote(flat.item.title, 120)}. Check that the code is right, then make the title match the set.`,
      }),
    );
  }
  return out;
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
  if (known !== undefined) return known;
  const key = computeTitleKey(s);
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
