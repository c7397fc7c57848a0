/**
 * Numbers as users read them: Vietnamese writes a decimal comma ("88,66"), English a point
 * ("88.66"). Thousands are not grouped: scores stay below a few hundred, and "1.000" would
 * read as one in English and as a thousand in Vietnamese.
 */
import type { Lang } from './lang';

/**
 * Beyond this a double has no fraction digit left to round (2^53 ≈ 9e15), and n * 10^decimals
 * could overflow to Infinity: such numbers are returned as they are.
 */
const NOTHING_TO_ROUND = 1e15;
/** 10^decimals for the usual decimals (roundTo's whole-number shortcut). */
const POWERS_OF_TEN: readonly number[] = [1, 10, 100, 1000, 10000];
/** Below this, n × 10^decimals landing on a whole number means the decimal text does too. */
const WHOLE_LIMIT = 2 ** 40;

/**
 * Round half away from zero at `decimals`, via the decimal text of the number so that 1.005
 * rounds to 1.01 (n * 100 would give 100.49999… and round down).
 */
export function roundTo(n: number, decimals = 2): number {
  if (!Number.isFinite(n) || Math.abs(n) >= NOTHING_TO_ROUND) return n;
  // Most figures have no more decimals than asked (7.5, 8.35): n × 10^decimals lands on a whole
  // number k, and the text trick below would give k / 10^decimals too (the exact n × 10^decimals
  // is within about an ulp of k, nowhere near a half, below 2^40) without making two strings: a
  // batch rounds ≈ 85 figures per file. Property-tested against the text trick alone.
  const scale = POWERS_OF_TEN[decimals];
  if (scale !== undefined) {
    const scaled = n * scale;
    if (Number.isInteger(scaled) && Math.abs(scaled) < WHOLE_LIMIT) {
      const r = scaled / scale;
      return r === 0 ? 0 : r;
    }
  }
  const sign = n < 0 ? -1 : 1;
  const abs = String(Math.abs(n));
  // Tiny numbers print in exponent form ("1e-7"), where the text trick does not apply.
  const shifted = abs.includes('e') ? Math.round(Math.abs(n) * 10 ** decimals) : Math.round(Number(`${abs}e${decimals}`));
  const r = sign * (shifted / 10 ** decimals);
  return r === 0 ? 0 : r; // no "-0,00"
}

/**
 * `n` rounded, in plain digits with a decimal point: never "1e+21" (toFixed and String switch
 * to exponent form from 1e21). `trim` drops trailing zeros ("1.50" → "1.5", "2.00" → "2").
 */
function plainText(n: number, decimals: number, trim: boolean): string {
  const r = roundTo(n, decimals);
  let s: string;
  if (Math.abs(r) >= 1e21) {
    s = wholeDigits(r) + (decimals > 0 ? '.' + '0'.repeat(decimals) : '');
  } else {
    s = r.toFixed(decimals);
  }
  if (trim && s.includes('.')) s = s.replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/**
 * A whole number from 1e21 up in plain digits: "2.5e+22" → "25000000000000000000000". Built from
 * the shortest text of the double (what users typed), not its exact binary value (…97902848).
 */
function wholeDigits(r: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e\+(\d+)$/.exec(String(r));
  if (!m) return r.toFixed(0);
  const [, sign, whole, frac = '', exp] = m;
  return sign + whole + frac + '0'.repeat(Number(exp) - frac.length);
}

function localise(s: string, lang: Lang): string {
  return lang === 'vi' ? s.replace('.', ',') : s;
}

export function formatNumber(n: number, lang: Lang, decimals = 2): string {
  if (!Number.isFinite(n)) return '—';
  return localise(plainText(n, decimals, false), lang);
}

/** "88,66%" / "88.66%". */
export function formatPercent(n: number, lang: Lang, decimals = 2): string {
  return `${formatNumber(n, lang, decimals)}%`;
}

/**
 * A score as written in messages: no needless zeros ("1", "0,5", "1,25"), at most `decimals`.
 */
export function formatScore(n: number, lang: Lang, decimals = 2): string {
  if (!Number.isFinite(n)) return '—';
  return localise(plainText(n, decimals, true), lang);
}
