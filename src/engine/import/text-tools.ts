/**
 * Small text helpers for reading official scoring texts.
 *
 * `foldKeep` folds like text/normalize.ts `fold` (lower case, no diacritics, đ → d) but keeps
 * every character in place, so a regex match on the folded text can slice the original text at
 * the same offsets: labels are kept exactly as the province wrote them.
 */
import type { Lang } from '../text/lang';

/** Fold one NFC string character by character; the result has the same length as the input. */
export function foldKeep(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === 'đ' || ch === 'Đ') {
      out += 'd';
      continue;
    }
    // NFD splits "ế" into "e" + marks; the base letter is the first code unit.
    const base = ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    out += lower.length === 1 ? lower : base;
  }
  return out;
}

/** A number as written in a scoring text: "0,5", "1.5", "2". */
export const NUM = '(\\d+(?:[.,]\\d+)?)';

export function parseNum(text: string): number {
  return Number(text.replace(',', '.'));
}

/** Points are kept to 2 decimals, like maxima (criteria-set.md). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Greatest common step of amounts with at most 2 decimals ("1" and "0,5" → 0.5). */
export function commonStep(values: number[]): number {
  const cents = values.map((v) => Math.round(v * 100)).filter((v) => v > 0);
  if (cents.length === 0) return 0;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  return cents.reduce((g, v) => gcd(g, v)) / 100;
}

/** Points for a message: up to 2 decimals, no trailing zeros, decimal comma in Vietnamese ("1,5"). */
export function formatPoints(n: number, lang: Lang): string {
  const s = String(Math.round(n * 100) / 100);
  return lang === 'vi' ? s.replace('.', ',') : s;
}
