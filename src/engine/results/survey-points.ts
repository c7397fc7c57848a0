/**
 * Survey points (điểm điều tra xã hội học) from one table for many units (`--survey`, the
 * checking page's survey upload): one row per unit, one column per survey item code ("8.1") or
 * per area code ("LV8", "8").
 *
 * Rules (README, "Mùa đánh giá của Sở Nội vụ"):
 * - The sheet wins: a table value is used only for a survey item whose appraised/survey cell is
 *   blank on the unit's sheet. A different value on the sheet is reported, never overwritten.
 * - An item value is used when it is a number from 0 to the item's max; anything else is reported
 *   with its cell and not used (never capped silently).
 * - An area value is used only when every survey item of the area is blank on the sheet and none
 *   is given on its own in the table; it is then spread over those items in proportion to their
 *   maxima (the area's points, and so its component index and the total, are exactly the table's;
 *   the per-item split is only a proportional share and is said so). It must lie between 0 and
 *   the sum of their maxima.
 * - Only survey items take table points: a code of a scored item, or unknown to the unit's set, is
 *   reported and not used.
 */
import type { Alignment, CheckResult } from '../check-result';
import type { CriteriaSet } from '../criteria/schema';
import { effectiveKind, flattenItems, isLeaf, type FlatItem } from '../criteria/tree';
import type { ParsedSheet } from '../layout/parsed-sheet';
import { appraisalReading, isEmptyReading } from '../scoring/leaf';
import { computeScores } from '../scoring/compute';
import { formatNumber } from '../text/format';
import type { SurveyPointUsed, SurveyTableSummary, SurveyUse, SurveyValueNotUsed, UnitSurveyPoints } from './survey-use';
import { findTableRow, tableAddress, tableReading, type TableRow, type UnitTable } from './unit-table';
import { fileNameOf } from '../text/file-name';

export type { UnitSurveyPoints } from './survey-use';

const n = (x: number) => formatNumber(x, 'vi');
const nEn = (x: number) => formatNumber(x, 'en');

/** The values of one table row: numbers by column code; unreadable cells reported. */
export function surveyPointsOf(table: UnitTable, row: TableRow): UnitSurveyPoints & { bad: SurveyValueNotUsed[] } {
  const values = new Map<string, { points: number; cell: string }>();
  const bad: SurveyValueNotUsed[] = [];
  for (const col of table.columns) {
    if (!col.code) continue;
    const cell = tableAddress(row, col);
    const reading = tableReading(table, row, col);
    if (reading.kind === 'blank' || reading.kind === 'dash') continue;
    if (reading.kind !== 'number' || reading.value < 0) {
      const raw = reading.kind === 'number' ? String(reading.value) : 'raw' in reading ? reading.raw : '';
      bad.push({
        code: col.code,
        cell,
        reason: {
          vi: `Ô ${cell} của bảng "${table.source}" ghi "${raw}": không phải số điểm (từ 0 trở lên), không dùng. Sửa thành số, ví dụ 4,5.`,
          en: `Cell ${cell} of the table "${table.source}" holds "${raw}": not a number of points (0 or more), not used. Write a number, e.g. 4.5.`,
        },
      });
      continue;
    }
    values.set(col.code, { points: reading.value, cell });
  }
  return { source: table.source, row: row.row + 1, values, bad };
}

/** The survey points the table has for a unit (by file name, else unit name), or null. */
export function surveyPointsFor(table: UnitTable, unit: string | null, file: string | null): (UnitSurveyPoints & { bad: SurveyValueNotUsed[] }) | null {
  const row = findTableRow(table, unit, file);
  return row ? surveyPointsOf(table, row) : null;
}

export interface SurveyPlan {
  use: SurveyUse;
  /** Survey leaf code → points to use for it. */
  byItem: Map<string, number>;
}

/** Which table values go to which survey items of this sheet (rules in the header). */
export function planSurvey(set: CriteriaSet, alignment: Alignment, points: UnitSurveyPoints & { bad?: SurveyValueNotUsed[] }): SurveyPlan {
  const flat = flattenItems(set);
  const byCode = new Map(flat.map((f) => [f.item.code, f]));
  const used: SurveyPointUsed[] = [];
  const notUsed: SurveyValueNotUsed[] = [...(points.bad ?? [])];
  const byItem = new Map<string, number>();
  const src = points.source;
  const blankOnSheet = (f: FlatItem) => isEmptyReading(appraisalReading(alignment.rowFor.get(f.item.code) ?? null, 'survey'));
  const isSurveyLeaf = (f: FlatItem) => isLeaf(f.item) && effectiveKind(f) === 'survey';
  const skip = (code: string, cell: string, vi: string, en: string) => notUsed.push({ code, cell, reason: { vi, en } });

  // Items first, so an area value knows which of its items were given one by one.
  const entries = [...points.values].sort(([a], [b]) => Number(isLeafCode(byCode, b)) - Number(isLeafCode(byCode, a)));
  for (const [code, { points: value, cell }] of entries) {
    const f = byCode.get(code);
    const where = `ô ${cell} của bảng "${src}"`;
    const whereEn = `cell ${cell} of the table "${src}"`;
    if (!f) {
      skip(code, cell, `Mã "${code}" (${where}) không có trong bộ tiêu chí ${set.id}: không dùng.`, `Code "${code}" (${whereEn}) is not in the criteria set ${set.id}: not used.`);
      continue;
    }
    if (isLeaf(f.item)) {
      if (!isSurveyLeaf(f)) {
        skip(code, cell, `Tiêu chí ${code} không chấm bằng điều tra XHH: điểm ở ${where} không dùng.`, `Item ${code} is not scored by the survey: the points in ${whereEn} are not used.`);
        continue;
      }
      if (!blankOnSheet(f)) {
        const reading = appraisalReading(alignment.rowFor.get(code) ?? null, 'survey');
        if (reading?.kind === 'number' && reading.value === value) continue;
        skip(code, cell, `Tiêu chí ${code} đã có điểm trên biểu: dùng điểm trên biểu, không dùng ${n(value)} ở ${where}.`, `Item ${code} already has points on the sheet: the sheet's are used, not ${nEn(value)} from ${whereEn}.`);
        continue;
      }
      if (value > f.item.maxPoints) {
        skip(code, cell, `Điểm ${n(value)} ở ${where} lớn hơn điểm tối đa ${n(f.item.maxPoints)} của tiêu chí ${code}: không dùng. Kiểm tra lại bảng.`, `${nEn(value)} points in ${whereEn} exceed the max ${nEn(f.item.maxPoints)} of item ${code}: not used. Check the table.`);
        continue;
      }
      byItem.set(code, value);
      used.push({ item: code, points: value, cell, area: null });
      continue;
    }
    // A parent (area or criterion): its total spread over its blank survey leaves.
    const leaves = flat.filter((x) => isSurveyLeaf(x) && isBelow(x, f));
    if (leaves.length === 0) {
      skip(code, cell, `Mục ${code} không có tiêu chí điều tra XHH: điểm ở ${where} không dùng.`, `${code} has no survey items: the points in ${whereEn} are not used.`);
      continue;
    }
    const given = leaves.filter((x) => points.values.has(x.item.code)).map((x) => x.item.code);
    if (given.length > 0) {
      skip(code, cell, `Bảng đã ghi điểm từng tiêu chí (${given.join(', ')}) nên không dùng điểm cả mục ${code} ở ${where}.`, `The table gives items ${given.join(', ')} one by one, so the total of ${code} in ${whereEn} is not used.`);
      continue;
    }
    const filled = leaves.filter((x) => !blankOnSheet(x)).map((x) => x.item.code);
    if (filled.length > 0) {
      skip(code, cell, `Biểu đã có điểm điều tra XHH của ${filled.join(', ')}: không dùng điểm cả mục ${code} ở ${where}; ghi điểm từng tiêu chí còn trống vào bảng.`, `The sheet already has survey points for ${filled.join(', ')}: the total of ${code} in ${whereEn} is not used; give the blank items one by one in the table.`);
      continue;
    }
    const max = leaves.reduce((s, x) => s + x.item.maxPoints, 0);
    if (value > max + 1e-9) {
      skip(code, cell, `Điểm ${n(value)} ở ${where} lớn hơn tổng điểm tối đa ${n(max)} của các tiêu chí điều tra XHH thuộc ${code}: không dùng.`, `${nEn(value)} points in ${whereEn} exceed ${nEn(max)}, the max of the survey items of ${code}: not used.`);
      continue;
    }
    for (const x of leaves) {
      const share = max > 0 ? (value * x.item.maxPoints) / max : 0;
      byItem.set(x.item.code, share);
      used.push({ item: x.item.code, points: share, cell, area: code });
    }
  }
  const order = new Map(flat.map((f, i) => [f.item.code, i]));
  used.sort((a, b) => (order.get(a.item) ?? 0) - (order.get(b.item) ?? 0));
  return { use: { source: src, row: points.row, used, notUsed }, byItem };
}

/**
 * The result with the table's points used for its blank survey items: scores recomputed (totals,
 * indices, classification include them) and `survey` saying what came from the table.
 * Without a set, alignment or parsed sheet the result is returned with only `survey` noted.
 */
export function applySurveyPoints(result: CheckResult, points: UnitSurveyPoints & { bad?: SurveyValueNotUsed[] }): CheckResult {
  const { set, alignment, parsed } = result;
  if (!set || !alignment || !parsed || !result.scores) {
    return { ...result, survey: { source: points.source, row: points.row, used: [], notUsed: [...(points.bad ?? [])] } };
  }
  const plan = planSurvey(set, alignment, points);
  const scores = plan.byItem.size > 0 ? rescore(parsed, set, alignment, plan.byItem) : result.scores;
  return { ...result, scores, survey: plan.use, findings: withoutFilledSurvey(result.findings, plan.use) };
}

/** The "survey points not entered yet" notes of the items the table filled no longer hold. */
export function withoutFilledSurvey<F extends { code: string; item: string | null }>(findings: F[], use: SurveyUse): F[] {
  const filled = new Set(use.used.map((u) => u.item));
  return findings.filter((f) => !(f.code === 'appraisal.surveyMissing' && f.item !== null && filled.has(f.item)));
}

function rescore(parsed: ParsedSheet, set: CriteriaSet, alignment: Alignment, byItem: Map<string, number>) {
  return computeScores(parsed, set, alignment, byItem);
}

function isBelow(x: FlatItem, ancestor: FlatItem): boolean {
  for (let p = x.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function isLeafCode(byCode: Map<string, FlatItem>, code: string): boolean {
  const f = byCode.get(code);
  return !f || isLeaf(f.item);
}

/** Table rows no checked workbook matched, and the checked workbooks the table has no row for. */
export function surveyCoverage(
  table: UnitTable,
  sheets: { file: string; unit: string | null }[],
): { rowsWithoutWorkbook: TableRow[]; filesWithoutRow: { file: string; unit: string | null }[] } {
  const matched = new Set<TableRow>();
  const filesWithoutRow: { file: string; unit: string | null }[] = [];
  for (const s of sheets) {
    const row = findTableRow(table, s.unit, s.file);
    if (row) matched.add(row);
    else filesWithoutRow.push(s);
  }
  return { rowsWithoutWorkbook: table.rows.filter((r) => !matched.has(r)), filesWithoutRow };
}

/**
 * What the table gave a batch (the results workbook's "Điểm XHH" sheet, the report): `sheets` are
 * the checked sheets that have a criteria set, by file (as given) and unit name.
 */
export function surveyTableSummary(table: UnitTable, sheets: { file: string; unit: string | null }[]): SurveyTableSummary {
  const coverage = surveyCoverage(table, sheets);
  return {
    source: table.source,
    problems: table.problems,
    rowsWithoutWorkbook: coverage.rowsWithoutWorkbook.map((r) => ({ row: r.row + 1, unit: r.unit })),
    filesWithoutRow: coverage.filesWithoutRow.map((f) => ({ fileName: fileNameOf(f.file), unit: f.unit ?? fileNameOf(f.file) })),
  };
}
