/**
 * Text folding: the one way the engine compares Vietnamese words.
 * Sheets from different provinces write the same header as "Điểm tự đánh giá",
 * "ĐIỂM TỰ ĐÁNH GIÁ", "Diem tu danh gia" or "Điểm  tự\nđánh giá"; folding makes them equal.
 */
import { memoByText } from './memo';

// Combining marks left after NFD (Vietnamese tones and vowel hats live here).
const COMBINING = /[\u0300-\u036f]/g;
// Zero-width characters that sneak in from Word/web copies and would split words.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** One character folded the slow, exact way: NFD, marks removed, đ → d, lower-case. */
function foldCharSlow(ch: string): string {
  if (/\s/.test(ch)) return ' ';
  return ch.normalize('NFD').replace(COMBINING, '').replace(ZERO_WIDTH, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

// fold() runs on every header and title cell, so characters are folded once and remembered.
const FOLDED = new Map<string, string>();

/** Lower-case, no diacritics, đ→d, whitespace collapsed, trimmed. */
export function fold(s: string): string {
  return foldRemembered(s);
}

// The same headers, titles and words are folded on every sheet of a batch.
const foldRemembered = memoByText(foldText);

function foldText(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let f: string;
    if (code < 128) {
      f = code === 32 || (code >= 9 && code <= 13) ? ' ' : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : s[i];
    } else {
      const ch = s[i];
      const known = FOLDED.get(ch);
      if (known === undefined) {
        f = foldCharSlow(ch);
        if (FOLDED.size < 8192) FOLDED.set(ch, f);
      } else f = known;
    }
    if (f === ' ') {
      space = out.length > 0;
      continue;
    }
    if (f === '') continue;
    if (space) {
      out += ' ';
      space = false;
    }
    out += f;
  }
  return out;
}

/**
 * fold() with every character that is not a letter or digit turned into a space:
 * "Lĩnh vực/Tiêu chí" → "linh vuc tieu chi". Used where punctuation is noise
 * (header names, labels), never for numbers.
 */
export function foldWords(s: string): string {
  return foldWordsRemembered(s);
}

const foldWordsRemembered = memoByText((s) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim(),
);

/** True when `phrase` (already folded to words) occurs in `text` (folded to words) as whole words. */
export function containsWords(text: string, phrase: string): boolean {
  if (phrase === '') return false;
  return (' ' + text + ' ').includes(' ' + phrase + ' ');
}
