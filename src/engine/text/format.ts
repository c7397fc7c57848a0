/**
 * Numbers as users read them: Vietnamese writes a decimal comma ("88,66"), English a point
 * ("88.66"). Thousands are not grouped: scores stay below a few hundred, and "1.000" would
 * read as one in English and as a thousand in Vietnamese.
 */
import type { Lang } from '../findings/finding';

/**
 * Round half away from zero at `decimals`, via the decimal text of the number so that 1.005
 * rounds to 1.01 (n * 100 would give 100.49999… and round down).
 */
export function roundTo(n: number, decimals = 2): number {
  if (!Number.isFinite(n)) return n;
  const sign = n < 0 ? -1 : 1;
  const abs = String(Math.abs(n));
  // Tiny or huge numbers print in exponent form ("1e-7"), where the text trick does not apply.
  const shifted = abs.includes('e') ? Math.round(Math.abs(n) * 10 ** decimals) : Math.round(Number(`${abs}e${decimals}`));
  const r = sign * (shifted / 10 ** decimals);
  return r === 0 ? 0 : r; // no "-0,00"
}

export function formatNumber(n: number, lang: Lang, decimals = 2): string {
  if (!Number.isFinite(n)) return '—';
  const s = roundTo(n, decimals).toFixed(decimals);
  return lang === 'vi' ? s.replace('.', ',') : s;
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
  const s = String(roundTo(n, decimals));
  return lang === 'vi' ? s.replace('.', ',') : s;
}
