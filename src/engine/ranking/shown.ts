/**
 * Rounding to the 2 decimals users see. Ranking compares these values, so two units shown
 * with the same index ("88,66") share a rank even if their unrounded values differ.
 */
import { roundTo } from '../text/format';
import { fileNameOf } from '../text/file-name';

/** `n` rounded half away from zero to 2 decimals, exactly as formatNumber shows it. */
export function shown2(n: number): number {
  return roundTo(n, 2);
}

/** The last segment of a path without its extension: a unit name of last resort. */
export function fileStem(file: string): string {
  const base = fileNameOf(file);
  const stem = base.replace(/\.[^.]+$/, '');
  return stem || base;
}
