/**
 * Scoresheets at every stage of an appraisal season, for the batch tests of results and
 * rankings: columns STT, title, max, self, evidence, appraised, survey. Every scored leaf is
 * self-scored at its max; the appraiser gives its max too, except the leaves listed in `zero`
 * (0) and the first `blank` scored leaves (left blank: appraisal under way). Survey leaves get
 * `surveyFraction` × max in the survey column (null: blank, awaiting the survey). Bonus and
 * penalty leaves take `bonus` / `penalty` in the appraised column.
 *
 * So a sheet's final total is easy to compute by hand: Σ max of scored leaves − Σ max of the
 * zeroed ones + survey points + bonus − penalty.
 */
import * as ExcelJS from 'exceljs';
import type { CriteriaItem, CriteriaSet } from '../../src/engine/criteria/schema';

export interface SeasonSheetOptions {
  unit: string;
  /** false: no appraised value anywhere (self-assessment only). Default true. */
  appraised?: boolean;
  /** Scored leaves appraised 0. */
  zero?: string[];
  /** The first N scored leaves left blank in the appraised column. */
  blank?: number;
  /** Survey points as a share of each survey leaf's max; null = blank. Default null. */
  surveyFraction?: number | null;
  bonus?: number;
  penalty?: number;
}

const EVIDENCE = 'Kế hoạch số 12/KH-UBND ngày 15/01/2024';

function leaves(items: CriteriaItem[], inherited: string | undefined, out: { item: CriteriaItem; kind: string }[]): void {
  for (const it of items) {
    const kind = it.kind ?? inherited ?? 'scored';
    if (it.children?.length) leaves(it.children, kind, out);
    else out.push({ item: it, kind });
  }
}

/** Sum of the maxima of the set's leaves of one kind (the hand arithmetic of the tests). */
export function leafMax(set: CriteriaSet, kind: 'scored' | 'survey'): number {
  const out: { item: CriteriaItem; kind: string }[] = [];
  leaves(set.items, undefined, out);
  return out.filter((l) => l.kind === kind).reduce((s, l) => s + l.item.maxPoints, 0);
}

export async function seasonWorkbook(set: CriteriaSet, o: SeasonSheetOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tự đánh giá');
  ws.addRow(['UBND TỈNH MINH SƠN']);
  ws.addRow([o.unit.toUpperCase()]);
  ws.addRow([`BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${set.year}`]);
  ws.addRow([`Bộ tiêu chí: ${set.id} (${set.version})`]);
  ws.addRow([`Đơn vị: ${o.unit}`]);
  ws.addRow([]);
  ws.addRow(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Điểm thẩm định', 'Điểm điều tra XHH']);
  const appraised = o.appraised ?? true;
  const zero = new Set(o.zero ?? []);
  let blank = o.blank ?? 0;
  const walk = (items: CriteriaItem[], inherited: string | undefined) => {
    for (const it of items) {
      const kind = it.kind ?? inherited ?? 'scored';
      if (it.children?.length) {
        ws.addRow([it.code, it.title, it.maxPoints]);
        walk(it.children, kind);
        continue;
      }
      const row: (string | number | null)[] = [it.code, it.title, it.maxPoints, null, null, null, null];
      if (kind === 'scored') {
        row[3] = it.maxPoints;
        row[4] = EVIDENCE;
        if (appraised) {
          if (blank > 0) blank--;
          else row[5] = zero.has(it.code) ? 0 : it.maxPoints;
        }
      } else if (kind === 'survey') {
        if (o.surveyFraction !== undefined && o.surveyFraction !== null) row[6] = Math.round(it.maxPoints * o.surveyFraction * 100) / 100;
      } else if (kind === 'bonus' && appraised && o.bonus !== undefined) row[5] = o.bonus;
      else if (kind === 'penalty' && appraised && o.penalty !== undefined) row[5] = o.penalty;
      ws.addRow(row);
    }
  };
  walk(set.items, undefined);
  ws.addRow([null, 'Tổng cộng', set.scale]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A one-sheet .xlsx of plain rows (a survey table). */
export async function tableWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Điểm XHH');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A printed table of the results workbook as rows of cell values: from its header row (A = "STT")
 * down to the first row without a number in column A. Cells are returned as ExcelJS cells so a
 * test can check their type.
 */
export function printedTable(ws: ExcelJS.Worksheet): { header: string[]; rows: ExcelJS.Cell[][] } {
  let header = 0;
  ws.eachRow((row, r) => {
    if (!header && row.getCell(1).value === 'STT') header = r;
  });
  if (!header) throw new Error(`no table on ${ws.name}`);
  const width = ws.getRow(header).cellCount;
  const headers = Array.from({ length: width }, (_, i) => String(ws.getCell(header, i + 1).value));
  const rows: ExcelJS.Cell[][] = [];
  for (let r = header + 1; typeof ws.getCell(r, 1).value === 'number'; r++) rows.push(Array.from({ length: width }, (_, i) => ws.getCell(r, i + 1)));
  return { header: headers, rows };
}

/** One column of a printed table by its header, as values. */
export function column(table: { header: string[]; rows: ExcelJS.Cell[][] }, name: string): unknown[] {
  const i = table.header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}; have ${table.header.join(', ')}`);
  return table.rows.map((r) => r[i].value);
}
