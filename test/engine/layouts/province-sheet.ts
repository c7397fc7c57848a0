/**
 * Builds province-style scoresheets in memory with ExcelJS (the shapes of domain.md §4.1 and
 * scoresheet-layout.md), filled against a bundled criteria set, and reads them back the way the
 * CLI does: ExcelJS worksheet → readGridFromWorksheet → checkWorkbookGrids.
 *
 * The fill is deliberately simple so the expected totals can be worked out by hand in the test:
 * every scored leaf gets its max (self and appraised), every survey leaf its max in the appraisal
 * (or survey) column, unless the test overrides a cell. Overrides are keyed by item code and role.
 */
import * as ExcelJS from 'exceljs';
import type { CriteriaItem, CriteriaSet } from '../../../src/engine/criteria/schema';
import { effectiveKind, flattenItems, isLeaf, numberToRoman, type FlatItem } from '../../../src/engine/criteria/tree';
import { readGridFromWorksheet } from '../../../src/file/read-grid';
import { checkWorkbookGrids } from '../../../src/engine/check';
import type { CheckResult } from '../../../src/engine/check-result';
import { bundledSets } from '../../../src/engine/criteria/registry';

/** What a column holds. 'achieved' and 'index' are the Cà Mau "Điểm đạt được | Chỉ số" columns. */
export type Role =
  | 'code' | 'title' | 'max' | 'method' | 'self' | 'appraised' | 'survey' | 'evidence'
  | 'explanation' | 'appraiserNote' | 'note' | 'achieved' | 'index'
  // the appraisal cycle: round-2 score and note, the unit's answer and added evidence
  | 'appraised2' | 'appraiserNote2' | 'unitAnswer' | 'addedEvidence';

export interface ColSpec {
  role: Role;
  header: string;
  /** Upper header cell merged over consecutive columns with the same group (two-row header). */
  group?: string;
  /** Top header cell over consecutive columns with the same top (three-row header: top / group / header). */
  top?: string;
}

/** A formula without `result` is saved with no cached value (as some libraries write files). */
export type CellValue = string | number | { error: string } | { formula: string; result?: number } | null;

export interface LayoutSpec {
  sheetName: string;
  /** Sheets placed before the scoresheet (instructions, summary…). */
  before?: { name: string; rows: (string | number)[][] }[];
  titleLines: string[];
  /** 1-based row of the (upper) header row. */
  headerRow: number;
  cols: ColSpec[];
  /** A "(1) (2) (3)…" row under the header. */
  numberRow?: boolean;
  /** Codes only inside the title text ("1.1.1. Ban hành…"), no code column. */
  codeInTitle?: boolean;
  /** Areas numbered I, II… (children keep Arabic codes). */
  romanAreas?: boolean;
  /** Option lines (without a code) under leaves that have a method. */
  optionLines?: boolean;
  /** SUM formulas (with cached results) on parent rows in the score columns. */
  parentSums?: boolean;
  /** Title of the total row, when there is one. */
  totalRow?: string;
  /** Values written on the total row, by role. */
  totalValues?: Partial<Record<Role, CellValue>>;
  /** A blank hidden spacer row after this item's row. */
  hiddenSpacerAfter?: string;
  /** Per item code, per role: the cell to write instead of the default fill (null = blank). */
  overrides?: Record<string, Partial<Record<Role, CellValue>>>;
  /** Column numbers as plain numbers "1 2 3" instead of "(1) (2) (3)". */
  plainNumberRow?: boolean;
  /** Print-style repeats: the header (and number row) written again after every n item rows. */
  repeatHeaderEvery?: number;
  /** Items at this depth (0 = areas) and deeper: code cell empty, code written inside the title. */
  titleCodesFrom?: number;
  /** With titleCodesFrom: "1.1.1 Ban hành" instead of "1.1.1. Ban hành". */
  titleCodeNoDot?: boolean;
  /** Each leaf on two rows: code, max, scores and evidence merged down, the title wrapped in two. */
  twoRowLeaves?: boolean;
  /** Per item code: the title written instead of the set's (a renamed item). */
  titles?: Record<string, string>;
}

export const EVIDENCE = 'Kế hoạch số 12/KH-UBND ngày 15/01/2024';

export function bundled(id: string): CriteriaSet {
  const set = bundledSets().find((s) => s.id === id);
  if (!set) throw new Error(`no bundled set ${id}`);
  return set;
}

function defaultFill(flat: FlatItem): Partial<Record<Role, CellValue>> {
  const item = flat.item;
  const kind = effectiveKind(flat);
  if (!isLeaf(item) || kind === 'bonus' || kind === 'penalty') return {};
  if (kind === 'survey') return { appraised: item.maxPoints, survey: item.maxPoints };
  return { self: item.maxPoints, appraised: item.maxPoints, evidence: EVIDENCE };
}

function codeText(flat: FlatItem, spec: LayoutSpec): string {
  if (spec.romanAreas && flat.parent === null) return numberToRoman(Number(flat.item.code));
  return flat.item.code;
}

function toExcel(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'object' && 'error' in v) return { error: v.error } as ExcelJS.CellErrorValue;
  if (typeof v === 'object') {
    return (v.result === undefined ? { formula: v.formula } : { formula: v.formula, result: v.result }) as ExcelJS.CellFormulaValue;
  }
  return v;
}

/** Numeric value a cell stands for, for the parent SUMs' cached results. */
function numeric(v: CellValue | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const n = Number(v.replace(',', '.'));
    return Number.isFinite(n) ? n : 0;
  }
  if (v && typeof v === 'object' && 'result' in v) return v.result ?? 0;
  return 0;
}

export interface Built {
  wb: ExcelJS.Workbook;
  /** 1-based sheet row of each item. */
  rowOf: Map<string, number>;
  /** 1-based row of the total row, when there is one. */
  totalRow: number | null;
}

/** `into`: add the sheets to this workbook (a block workbook with one scoresheet per unit). */
export function buildWorkbook(set: CriteriaSet, spec: LayoutSpec, into?: ExcelJS.Workbook): Built {
  const wb = into ?? new ExcelJS.Workbook();
  for (const b of spec.before ?? []) {
    const ws = wb.addWorksheet(b.name);
    b.rows.forEach((cells, i) => (ws.getRow(i + 1).values = cells));
  }
  const ws = wb.addWorksheet(spec.sheetName);
  spec.titleLines.forEach((l, i) => (ws.getCell(i + 1, 1).value = l));
  const col = (role: Role) => spec.cols.findIndex((c) => c.role === role) + 1; // 0 = absent
  const twoRow = spec.cols.some((c) => c.group);
  // Header: a grouped column writes its group above and its own header below; the others are
  // merged over both header rows, as on the Cà Mau appendix.
  const threeRow = spec.cols.some((c) => c.top);
  /** Merge the run of columns from i with the same key, write `text` in its first cell. */
  const run = (row: number, i: number, key: (c: ColSpec) => string | undefined, text: string) => {
    if (i > 0 && key(spec.cols[i - 1]) === key(spec.cols[i])) return;
    let last = i;
    while (spec.cols[last + 1] && key(spec.cols[last + 1]) === key(spec.cols[i])) last++;
    ws.getCell(row, i + 1).value = text;
    if (last > i) ws.mergeCells(row, i + 1, row, last + 1);
  };
  const writeHeader = (h: number): number => {
    if (threeRow) {
      spec.cols.forEach((c, i) => {
        if (!c.top) {
          ws.getCell(h, i + 1).value = c.header;
          ws.mergeCells(h, i + 1, h + 2, i + 1);
          return;
        }
        run(h, i, (x) => x.top, c.top);
        if (c.group) {
          run(h + 1, i, (x) => (x.top ?? '') + '|' + (x.group ?? ''), c.group);
          ws.getCell(h + 2, i + 1).value = c.header;
        } else {
          ws.getCell(h + 1, i + 1).value = c.header;
          ws.mergeCells(h + 1, i + 1, h + 2, i + 1);
        }
      });
      let r = h + 3;
      if (spec.numberRow) {
        spec.cols.forEach((_, i) => (ws.getCell(r, i + 1).value = spec.plainNumberRow ? i + 1 : `(${i + 1})`));
        r++;
      }
      return r;
    }
    spec.cols.forEach((c, i) => {
      const x = i + 1;
      if (!twoRow) {
        ws.getCell(h, x).value = c.header;
        return;
      }
      if (c.group) {
        if (spec.cols[i - 1]?.group !== c.group) {
          let last = i;
          while (spec.cols[last + 1]?.group === c.group) last++;
          ws.getCell(h, x).value = c.group;
          if (last > i) ws.mergeCells(h, x, h, last + 1);
        }
        ws.getCell(h + 1, x).value = c.header;
      } else {
        ws.getCell(h, x).value = c.header;
        ws.mergeCells(h, x, h + 1, x);
      }
    });
    let r = h + (twoRow ? 2 : 1);
    if (spec.numberRow) {
      spec.cols.forEach((_, i) => (ws.getCell(r, i + 1).value = spec.plainNumberRow ? i + 1 : `(${i + 1})`));
      r++;
    }
    return r;
  };
  let r = writeHeader(spec.headerRow);
  let sinceHeader = 0;

  const flat = flattenItems(set);
  const rowOf = new Map<string, number>();
  const values = new Map<string, Partial<Record<Role, CellValue>>>();
  for (const f of flat) values.set(f.item.code, { ...defaultFill(f), ...(spec.overrides?.[f.item.code] ?? {}) });

  for (const f of flat) {
    const item: CriteriaItem = f.item;
    if (spec.repeatHeaderEvery && sinceHeader === spec.repeatHeaderEvery) {
      r = writeHeader(r);
      sinceHeader = 0;
    }
    sinceHeader++;
    rowOf.set(item.code, r);
    const v = values.get(item.code)!;
    const code = codeText(f, spec);
    const inTitle = spec.codeInTitle || (spec.titleCodesFrom !== undefined && f.depth >= spec.titleCodesFrom);
    const twoRows = spec.twoRowLeaves === true && isLeaf(item);
    const itemTitle = spec.titles?.[item.code] ?? item.title;
    const title = inTitle ? `${code}${spec.titleCodeNoDot ? '' : '.'} ${itemTitle}` : itemTitle;
    if (!spec.codeInTitle) ws.getCell(r, col('code')).value = inTitle ? null : code;
    if (twoRows) {
      // Wrapped by hand at a word boundary near the middle, as a user pressing Enter would.
      const words = title.split(' ');
      const half = Math.ceil(words.length / 2);
      ws.getCell(r, col('title')).value = words.slice(0, half).join(' ');
      ws.getCell(r + 1, col('title')).value = words.slice(half).join(' ') || null;
    } else ws.getCell(r, col('title')).value = title;
    ws.getCell(r, col('max')).value = item.maxPoints;
    if (col('method') && item.method) ws.getCell(r, col('method')).value = item.method;
    for (const role of ['self', 'appraised', 'survey', 'evidence', 'explanation', 'appraiserNote', 'note', 'appraised2', 'appraiserNote2', 'unitAnswer', 'addedEvidence'] as Role[]) {
      // Sheets whose only text column is the unit's note ("Ghi chú của đơn vị") carry the TLKC there.
      const c = col(role) || (role === 'evidence' && !('explanation' in v) ? col('explanation') : 0);
      if (!c || !(role in v)) continue;
      ws.getCell(r, c).value = toExcel(v[role] ?? null);
    }
    if (twoRows) {
      for (const role of ['code', 'max', 'method', 'self', 'appraised', 'survey', 'evidence', 'explanation', 'appraiserNote', 'note'] as Role[]) {
        if (col(role)) ws.mergeCells(r, col(role), r + 1, col(role));
      }
      r++;
    }
    r++;
    if (spec.optionLines && isLeaf(item) && item.method) {
      for (const line of item.method.split(/;\s*/)) ws.getCell(r++, col('title')).value = `- ${line}`;
    }
    if (spec.hiddenSpacerAfter === item.code) {
      ws.getRow(r).hidden = true;
      r++;
    }
  }
  if (spec.parentSums) writeParentSums(ws, flat, rowOf, values, col);
  if (spec.totalRow) {
    ws.getCell(r, col('title')).value = spec.totalRow;
    for (const [role, v] of Object.entries(spec.totalValues ?? {})) ws.getCell(r, col(role as Role)).value = toExcel(v ?? null);
  }
  return { wb, rowOf, totalRow: spec.totalRow ? r : null };
}

/** =SUM(children) on parent rows, cached result = the children's values, as Excel would save it. */
function writeParentSums(
  ws: ExcelJS.Worksheet,
  flat: FlatItem[],
  rowOf: Map<string, number>,
  values: Map<string, Partial<Record<Role, CellValue>>>,
  col: (role: Role) => number,
): void {
  // As Excel computes it: a parent holding a planted formula counts with that formula's result.
  const total = (f: FlatItem, role: Role): number => {
    const own = values.get(f.item.code)?.[role];
    if (isLeaf(f.item) || (own && typeof own === 'object' && 'formula' in own)) return numeric(own);
    return flat.filter((c) => c.parent === f).reduce((s, c) => s + total(c, role), 0);
  };
  for (const f of flat) {
    if (isLeaf(f.item)) continue;
    const kids = flat.filter((c) => c.parent === f);
    for (const role of ['self', 'appraised'] as Role[]) {
      const c = col(role);
      if (!c || role in (values.get(f.item.code) ?? {})) continue; // a typed parent value stays
      const letter = ws.getColumn(c).letter;
      const formula = `SUM(${kids.map((k) => letter + rowOf.get(k.item.code)).join(',')})`;
      ws.getCell(rowOf.get(f.item.code)!, c).value = { formula, result: Math.round(total(f, role) * 1e6) / 1e6 } as ExcelJS.CellFormulaValue;
    }
  }
}

/** Save to bytes and load again (as a user's file would arrive), then check every sheet. */
export async function checkBuilt({ wb }: Built): Promise<CheckResult> {
  const bytes = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as ArrayBuffer);
  const grids = back.worksheets.map((ws) => readGridFromWorksheet(ws));
  return checkWorkbookGrids(grids, { sets: bundledSets() });
}

/** Error/warning findings as "code@cell" (info notes are reading notes, checked separately). */
export function problems(result: CheckResult): string[] {
  return result.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.code}@${f.cell ?? '-'}`)
    .sort();
}
