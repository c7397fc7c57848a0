/**
 * Inputs and read-back helpers for the batch tests (check --summary / --annotate): a folder of
 * real samples, generated workbooks with chosen scores, bad files; the ranking sheet read back
 * with ExcelJS as plain rows.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { bundledSets } from '../../src/engine/criteria/registry';
import type { CriteriaSet } from '../../src/engine/criteria/schema';
import { FileWorkbook } from '../../src/file/file-workbook';
import { flattenItems } from '../../src/engine/criteria/tree';
import { generateFilledSheet, sheetToWorkbook } from '../helpers/generate-workbook';

export const setById = (id: string): CriteriaSet => {
  const set = bundledSets().find((s) => s.id === id);
  if (!set) throw new Error(`no bundled set ${id}`);
  return set;
};

/**
 * Write a generated workbook; returns the self-assessed index it must get, computed from the
 * generated sheet itself (its total row's cached sum over the self-assessed max: the set's scale
 * without the survey items, which units do not score).
 */
export async function writeGenerated(file: string, setId: string, unit: string, seed: number): Promise<number> {
  const set = setById(setId);
  const sheet = generateFilledSheet(set, { unit, seed });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, (await sheetToWorkbook(sheet)).buffer);
  const value = (v: unknown): number =>
    typeof v === 'number' ? v : v && typeof v === 'object' ? (v as { result: number }).result : 0;
  const totalRow = sheet.rows.findIndex((r) => r[1] === 'Tổng cộng');
  // The total row sums the areas; bonus areas add, penalty areas take off (spec: Σ bonus − Σ penalty).
  let total = value(sheet.rows[totalRow][5]);
  for (const area of set.items) {
    const row = sheet.rows.find((r) => r[0] === area.code);
    if (area.kind === 'bonus') total += Math.min(area.maxPoints, value(row?.[5]));
    if (area.kind === 'penalty') total -= Math.abs(value(row?.[5]));
  }
  const survey = flattenItems(set)
    .filter((f) => (f.item.kind ?? 'scored') === 'survey' && !(f.item.children?.length))
    .reduce((n, f) => n + f.item.maxPoints, 0);
  return Math.round((total / (set.scale - survey)) * 10000) / 100;
}

/**
 * A real workbook whose zip directory claims its first part is `size` bytes once unzipped (the
 * shape of a zip bomb): the size guard must refuse it without inflating anything.
 */
export function claimUnzippedSize(xlsx: Buffer, size: number): Buffer {
  const out = Buffer.from(xlsx);
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const first = out.readUInt32LE(eocd + 16);
  out.writeUInt32LE(size, first + 24);
  return out;
}

/** A file of `bytes` zero bytes, sparse on disk (a giant file that costs nothing to make). */
export function sparseFile(file: string, bytes: number): void {
  const fd = fs.openSync(file, 'w');
  fs.ftruncateSync(fd, bytes);
  fs.closeSync(fd);
}

/** sha256 of every file under `dir`, by path. */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(full, createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

/** Every worksheet's model (values, formulas, styles, notes, merges, conditional formats…). */
export async function workbookSnapshot(file: string): Promise<string> {
  const fw = await FileWorkbook.fromBuffer(fs.readFileSync(file));
  return JSON.stringify(fw.workbook.worksheets.map((w) => w.model));
}

export interface RankingRow {
  rank: number;
  unit: ExcelJS.Cell;
  file: string;
  set: string;
  basis: string;
  selfTotal: number | null;
  finalTotal: number | null;
  index: number;
}

export interface RankingSheet {
  /** Units by set heading, in sheet order. */
  groups: { heading: string; rows: RankingRow[] }[];
  /** The files listed under "Không đọc được": unit, file, reason. */
  unreadable: { unit: string | null; file: string; reason: string }[];
}

const str = (c: ExcelJS.Cell): string => (c.value === null || c.value === undefined ? '' : String(c.text));
const numOrNull = (c: ExcelJS.Cell): number | null => (typeof c.value === 'number' ? c.value : null);

/** The "Xếp hạng" sheet as data, columns found by their Vietnamese headers. */
export function readRankingSheet(wb: ExcelJS.Workbook): RankingSheet {
  const ws = wb.getWorksheet('Xếp hạng');
  if (!ws) throw new Error('no "Xếp hạng" sheet');
  let headerRow = 0;
  ws.eachRow((row, r) => {
    if (!headerRow && str(row.getCell(1)) === 'Hạng') headerRow = r;
  });
  const col = new Map<string, number>();
  ws.getRow(headerRow).eachCell((c, n) => col.set(str(c), n));
  const at = (r: number, header: string) => ws.getCell(r, col.get(header) ?? 0);
  const sheet: RankingSheet = { groups: [], unreadable: [] };
  let inUnreadable = false;
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const a = ws.getCell(r, 1);
    if (str(a) === 'Không đọc được') {
      inUnreadable = true;
      r++; // its own header row
      continue;
    }
    if (inUnreadable) {
      if (typeof a.value === 'number') {
        sheet.unreadable.push({ unit: str(ws.getCell(r, 2)) || null, file: str(ws.getCell(r, 3)), reason: str(ws.getCell(r, 4)) });
      }
      continue;
    }
    if (typeof a.value === 'string' && a.value.startsWith('Bộ tiêu chí')) {
      sheet.groups.push({ heading: a.value, rows: [] });
      continue;
    }
    if (typeof a.value !== 'number') continue;
    sheet.groups[sheet.groups.length - 1].rows.push({
      rank: a.value,
      unit: at(r, 'Đơn vị'),
      file: str(at(r, 'Tệp')),
      set: str(at(r, 'Bộ tiêu chí (phiên bản)')),
      basis: str(at(r, 'Căn cứ xếp hạng')),
      selfTotal: numOrNull(at(r, 'Điểm tự đánh giá')),
      finalTotal: numOrNull(at(r, 'Điểm sau thẩm định')),
      index: numOrNull(at(r, 'Chỉ số (%)')) ?? NaN,
    });
  }
  return sheet;
}

/** Standard competition ranking of these indices (1, 2, 2, 4), computed independently. */
export function competitionRanks(indices: number[]): number[] {
  return indices.map((x) => 1 + indices.filter((y) => y > x).length);
}
