/**
 * The numbers/symbols of documents in a text ("12/KH-UBND", "05/2024/QĐ-UBND"), found by a scan
 * written out instead of the regex that says the same thing:
 *
 *   (?<![\p{L}\d/])\d{1,5}(?:\/\d{4})?\/\p{Lu}[\p{L}\d&]+(?:-[\p{L}\d&]+)*      (flags g, u)
 *
 * This runs on every evidence text of every sheet, and with its look-behind and Unicode classes
 * the regex tried every position of the text (≈ 6 % of a batch's checking). Every match holds a
 * "/" right after its first digits, so the scan jumps from "/" to "/" and looks around each.
 * test/engine/findings/document-numbers.test.ts (and document-refs-search.test.ts) compare it with
 * the regex on random texts.
 */

const SLASH = 0x2f;
const HYPHEN = 0x2d;
const AMPERSAND = 0x26;

/** 0: not yet known, 1: not a letter, 2: a letter, 3: an upper-case letter (\p{Lu}). */
const bmpLetters = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

function letterClass(cp: number): number {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) ? 3 : cp >= 0x61 && cp <= 0x7a ? 2 : 1;
  if (cp < 0x10000) {
    let known = bmpLetters[cp];
    if (known === 0) bmpLetters[cp] = known = classify(String.fromCharCode(cp));
    return known;
  }
  return classify(String.fromCodePoint(cp));
}

function classify(ch: string): number {
  return UPPER.test(ch) ? 3 : LETTER.test(ch) ? 2 : 1;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The code point starting at i (a surrogate pair read whole, a lone surrogate as itself). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i)!;
}

/** The code point ending just before i, and its length in UTF-16 units (as a look-behind reads it). */
function codePointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** [\p{L}\d&]: the length in UTF-16 units of the character at i when it is one, else 0. */
function symbolCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return isDigit(c) || c === AMPERSAND || letterClass(c) !== 1 ? 1 : 0;
  const cp = codePointAt(text, i);
  return letterClass(cp) !== 1 ? (cp > 0xffff ? 2 : 1) : 0;
}

/** End of [\p{L}\d&]* from i. */
function symbolRun(text: string, i: number): number {
  for (let n = symbolCharAt(text, i); n > 0; n = symbolCharAt(text, i)) i += n;
  return i;
}

/**
 * Where a match starting at the digits p…q-1 (q: a "/") ends, or -1: "/dddd/" may come first, then
 * an upper-case letter, at least one more symbol character, and "-part"s.
 */
function matchEnd(text: string, q: number): number {
  let at = q + 1;
  // (?:\/\d{4})? — when four digits follow the "/", a letter cannot (so the group must be taken).
  if (isDigit(text.charCodeAt(at))) {
    for (let k = at; k < at + 4; k++) if (!isDigit(text.charCodeAt(k))) return -1;
    if (text.charCodeAt(at + 4) !== SLASH) return -1;
    at += 5;
  }
  if (at >= text.length) return -1;
  const cp = codePointAt(text, at);
  if (letterClass(cp) !== 3) return -1;
  at += cp > 0xffff ? 2 : 1;
  const first = symbolRun(text, at);
  if (first === at) return -1;
  let end = first;
  // (?:-[\p{L}\d&]+)* — greedy, and nothing after it to give back to.
  while (text.charCodeAt(end) === HYPHEN) {
    const next = symbolRun(text, end + 1);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

/** Every document number/symbol in the text, in order, as the global regex above finds them. */
export function findDocumentNumbers(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let q = text.indexOf('/'); q !== -1; q = text.indexOf('/', q + 1)) {
    // The digits right before this "/" (their whole run: a match never starts after a digit).
    let p = q;
    while (p > 0 && isDigit(text.charCodeAt(p - 1))) p--;
    if (p === q || q - p > 5 || p < from) continue;
    if (p > 0) {
      const before = codePointBefore(text, p);
      if (before === SLASH || letterClass(before) !== 1) continue;
    }
    const end = matchEnd(text, q);
    if (end === -1) continue;
    out.push(text.slice(p, end));
    from = end;
    q = end - 1;
  }
  return out;
}
