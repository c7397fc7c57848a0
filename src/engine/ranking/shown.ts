/**
 * What the results show of a unit: its values rounded to the 2 decimals users see (ranking
 * compares these, so two units shown with the same index "88,66" share a rank even if their
 * unrounded values differ) and its name. One home for both, used by the ranking and the season.
 */
import { roundTo } from '../text/format';
import { fileNameOf } from '../text/file-name';
import type { BatchFileResult } from './batch-file-result';

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

/** The unit's name: from the title block, else the file name. */
export function unitName(entry: BatchFileResult): string {
  const fromSheet = entry.result?.unit ?? entry.result?.parsed?.titleBlock.unit ?? null;
  return fromSheet?.trim() || fileStem(entry.file);
}
