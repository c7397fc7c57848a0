/**
 * Last year's index and rank of each unit, for `check --previous`: read from last year's results
 * workbook (its printed "KQ …" tables: STT, Đơn vị, …, Chỉ số (%), Xếp hạng) or computed from a
 * folder of last year's scoresheets (the same season rules as this year's ranking). A unit is
 * found by its name folded (case, diacritics, spacing and punctuation do not matter).
 */
import type { Grid } from '../grid';
import type { Season } from '../results/season';
import { foldWords } from '../text/normalize';
import { formatNumber } from '../text/format';
import type { Lang } from '../text/lang';

export interface PreviousUnit {
  unit: string;
  /** Final index (%), 2 decimals as published. */
  index: number;
  rank: number | null;
}

export interface PreviousYear {
  /** The workbook or folder it came from, as given. */
  source: string;
  year: number | null;
  units: PreviousUnit[];
}

const key = (unit: string) => foldWords(unit);

function cellText(grid: Grid, r: number, c: number): string {
  const v = grid.rows[r]?.[c]?.value;
  return v === null || v === undefined ? '' : String(v).trim();
}

/**
 * The ranked units of the results tables of a results workbook (sheets whose header row holds
 * "STT", "Đơn vị", "Chỉ số (%)" and "Xếp hạng"); empty when there is none.
 */
export function previousFromResultsGrids(grids: Grid[]): { year: number | null; units: PreviousUnit[] } {
  const units: PreviousUnit[] = [];
  let year: number | null = null;
  for (const grid of grids) {
    for (let r = 0; r < grid.rows.length; r++) {
      const row = grid.rows[r] ?? [];
      const headers = row.map((_, c) => foldWords(cellText(grid, r, c)));
      const col = (name: string) => headers.indexOf(foldWords(name));
      const [stt, unit, index, rank] = [col('STT'), col('Đơn vị'), col('Chỉ số (%)'), col('Xếp hạng')];
      if (stt < 0 || unit < 0 || index < 0 || rank < 0) continue;
      for (let t = 0; t < r && year === null; t++) {
        for (let c = 0; c < (grid.rows[t]?.length ?? 0); c++) {
          const m = /NĂM (\d{4})\b/i.exec(cellText(grid, t, c));
          if (m) year = Number(m[1]);
        }
      }
      for (let d = r + 1; d < grid.rows.length; d++) {
        if (typeof grid.rows[d]?.[stt]?.value !== 'number') break;
        const name = cellText(grid, d, unit);
        const value = grid.rows[d]?.[index]?.value;
        const place = grid.rows[d]?.[rank]?.value;
        if (!name || typeof value !== 'number') continue;
        units.push({ unit: name, index: value, rank: typeof place === 'number' ? place : null });
      }
      break;
    }
  }
  return { year, units };
}

/** The ranked units of last year's season (complete results only, as this year's ranking). */
export function previousFromSeason(season: Season): { year: number | null; units: PreviousUnit[] } {
  const units = season.blocks.flatMap((b) => b.ranked.map((e) => ({ unit: e.unit, index: e.index ?? 0, rank: e.rank })));
  return { year: season.blocks[0]?.set.year ?? null, units };
}

/** Last year's figures of a unit, or null when it was not ranked last year. */
export function previousOf(previous: PreviousYear, unit: string): PreviousUnit | null {
  const k = key(unit);
  return previous.units.find((u) => key(u.unit) === k) ?? null;
}

/**
 * The change of rank: "↑ 2" (two places up), "↓ 1", "=" (same place), "mới" / "new" when the
 * unit was not ranked last year.
 */
export function rankChange(previous: PreviousUnit | null, rank: number | null, lang: Lang = 'vi'): string {
  if (!previous || previous.rank === null) return lang === 'vi' ? 'mới' : 'new';
  if (rank === null) return '';
  const d = previous.rank - rank;
  return d > 0 ? `↑ ${d}` : d < 0 ? `↓ ${-d}` : '=';
}

/** "năm trước 85,00%, hạng 3; ↑ 2" for a line of text. */
export function previousText(previous: PreviousUnit | null, rank: number | null, lang: Lang): string {
  if (!previous) return lang === 'vi' ? 'năm trước: chưa xếp hạng' : 'last year: not ranked';
  const where = previous.rank === null ? '' : lang === 'vi' ? `, hạng ${previous.rank}` : `, rank ${previous.rank}`;
  return `${lang === 'vi' ? 'năm trước' : 'last year'} ${formatNumber(previous.index, lang)}%${where}; ${rankChange(previous, rank, lang)}`;
}
