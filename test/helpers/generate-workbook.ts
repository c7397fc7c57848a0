/**
 * Realistic filled scoresheets generated from a criteria set, for tests and the benchmark:
 * a province-style title block, the usual column header, one row per item in tree order with a
 * valid self-score for its rule, dated evidence for every scored leaf, SUM formulas (with cached
 * results) on parent and total rows. `rows` pads the sheet to about that many rows with the option
 * lines official sheets print under a leaf (rows without a code: part of the leaf, not items), so a
 * large sheet is still a valid one. `defects` plants known problems and reports where they went.
 *
 * Deterministic for a given seed.
 */
import * as ExcelJS from 'exceljs';
import type { CriteriaItem, CriteriaSet } from '../../src/engine/criteria/schema';
import { a1, type Grid, type GridCell } from '../../src/engine/grid';
import { fold } from '../../src/engine/text/normalize';
import { roundTo } from '../../src/engine/text/format';

export type DefectKind = 'aboveMax' | 'missingEvidence' | 'notNumber' | 'negative' | 'missingItem' | 'selfOnSurvey';

export interface DefectSpec {
  kind: DefectKind;
  /** Item code to plant it on; default: a suitable leaf chosen by the seed. */
  item?: string;
}

export interface GenerateOptions {
  unit: string;
  /** Pad the sheet to about this many rows with option lines under leaves. */
  rows?: number;
  seed?: number;
  defects?: DefectSpec[];
  sheetName?: string;
}

export interface AppliedDefect {
  kind: DefectKind;
  /** The finding code the checker is expected to report for it. */
  code: string;
  item: string;
  /** A1 address of the planted cell; null for a missing item (no row). */
  cell: string | null;
}

/** A generated cell: text, number, or a formula with its cached result. */
export type GenValue = string | number | { formula: string; result: number } | null;

export interface GeneratedSheet {
  sheetName: string;
  /** rows[r][c], 0-based like the engine's Grid. */
  rows: GenValue[][];
  /** 0-based row of the column header. */
  headerRow: number;
  defects: AppliedDefect[];
}

const expectedCode: Record<DefectKind, string> = {
  aboveMax: 'score.aboveMax',
  missingEvidence: 'evidence.missing',
  notNumber: 'score.notNumber',
  negative: 'score.negative',
  missingItem: 'layout.missingItem',
  selfOnSurvey: 'score.selfOnSurvey',
};

const HEADER = [
  'STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Cách tính điểm',
  'Số liệu kê khai', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Giải trình',
];
const COL = { code: 0, title: 1, max: 2, method: 3, declared: 4, self: 5, evidence: 6, explanation: 7 };

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const isLeaf = (it: CriteriaItem) => !it.children || it.children.length === 0;
const kindOf = (it: CriteriaItem) => it.kind ?? 'scored';

/** "Sở Tư pháp" → "STP": the unit's initials, as in document symbols ("12/KH-STP"). */
function initials(unit: string): string {
  return fold(unit).split(' ').filter(Boolean).map((w) => w[0].toUpperCase()).join('') || 'DV';
}

export interface Leaf {
  self: number | null;
  declared: number | null;
}

/** A valid self-score (and declared figure where the rule uses one) for a leaf. */
export function validLeafScore(item: CriteriaItem, random: () => number): Leaf {
  if (kindOf(item) === 'survey') return { self: null, declared: null };
  if (kindOf(item) === 'penalty') return { self: 0, declared: null };
  const s = item.scoring;
  const max = item.maxPoints;
  if (!s) return { self: round2(Math.floor(random() * (max * 4 + 1)) / 4), declared: null };
  switch (s.type) {
    case 'options': {
      // Mostly the best option, as in real sheets, sometimes another one.
      const sorted = [...s.options].sort((x, y) => y.points - x.points);
      const pick = random() < 0.7 ? sorted[0] : sorted[Math.floor(random() * sorted.length)];
      return { self: pick.points, declared: null };
    }
    case 'bands': {
      const declared = 50 + Math.floor(random() * 51);
      const band = s.bands.find((b) =>
        b.above !== undefined ? declared > b.above : b.atLeast !== undefined ? declared >= b.atLeast : true,
      );
      return { self: band ? band.points : 0, declared };
    }
    case 'proportional': {
      const declared = 60 + Math.floor(random() * 41);
      return { self: roundTo((max * declared) / 100, 2), declared };
    }
    case 'step': {
      const steps = Math.floor(max / s.step + 1e-9);
      return { self: round2(Math.round(random() * steps) * s.step), declared: null };
    }
  }
}

interface Placed {
  item: CriteriaItem;
  row: number;
  children: Placed[];
}

export function generateFilledSheet(set: CriteriaSet, options: GenerateOptions): GeneratedSheet {
  const random = rng(options.seed ?? 1);
  const sheetName = options.sheetName ?? 'Tự đánh giá';
  const abbr = initials(options.unit);
  const rows: GenValue[][] = [];
  const put = (r: number, c: number, v: GenValue) => {
    while (rows.length <= r) rows.push([]);
    rows[r][c] = v;
  };

  put(0, 0, 'UBND TỈNH MINH SƠN');
  put(0, 4, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  put(1, 0, options.unit.toUpperCase());
  put(1, 4, 'Độc lập - Tự do - Hạnh phúc');
  put(3, 0, `BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${set.year}`);
  put(4, 0, `Bộ tiêu chí: ${set.id} (${set.version})`);
  put(5, 0, `Đơn vị: ${options.unit}`);
  const headerRow = 7;
  HEADER.forEach((h, c) => put(headerRow, c, h));

  // Choose where defects go before laying out rows (a missing item has no row).
  const leaves: CriteriaItem[] = [];
  const walk = (items: CriteriaItem[]) => items.forEach((it) => (isLeaf(it) ? leaves.push(it) : walk(it.children ?? [])));
  walk(set.items);
  const defects = (options.defects ?? []).map((d) => ({ ...d, item: d.item ?? pickLeaf(d.kind, leaves, random) }));
  const missing = new Set(defects.filter((d) => d.kind === 'missingItem').map((d) => d.item));

  const countRows = (items: CriteriaItem[]): number =>
    items.reduce((n, it) => n + (missing.has(it.code) ? 0 : 1 + countRows(it.children ?? [])), 0);
  const baseRows = headerRow + 1 + countRows(set.items) + 1;
  const scoredLeaves = leaves.filter((l) => !missing.has(l.code));
  const extra = Math.max(0, (options.rows ?? 0) - baseRows);
  const perLeaf = scoredLeaves.length ? Math.floor(extra / scoredLeaves.length) : 0;
  let remainder = scoredLeaves.length ? extra - perLeaf * scoredLeaves.length : 0;

  let row = headerRow + 1;
  const values = new Map<string, Leaf>();
  const place = (items: CriteriaItem[]): Placed[] =>
    items.filter((it) => !missing.has(it.code)).map((item) => {
      const r = row++;
      put(r, COL.code, item.code);
      put(r, COL.title, item.title);
      put(r, COL.max, item.maxPoints);
      if (isLeaf(item)) {
        if (item.method) put(r, COL.method, item.method);
        const leaf = validLeafScore(item, random);
        values.set(item.code, leaf);
        if (leaf.declared !== null) put(r, COL.declared, leaf.declared);
        if (leaf.self !== null) put(r, COL.self, leaf.self);
        if (leaf.self !== null && leaf.self > 0) {
          const day = 1 + Math.floor(random() * 28);
          const month = 1 + Math.floor(random() * 12);
          const no = 1 + Math.floor(random() * 300);
          const dd = String(day).padStart(2, '0');
          const mm = String(month).padStart(2, '0');
          put(r, COL.evidence, `Kế hoạch số ${no}/KH-${abbr} ngày ${dd}/${mm}/${set.year} của ${options.unit}`);
        }
        const lines = perLeaf + (remainder > 0 ? 1 : 0);
        if (remainder > 0) remainder--;
        const optionTexts = item.scoring?.type === 'options'
          ? item.scoring.options.map((o) => `- ${o.label}: ${String(o.points).replace('.', ',')} điểm`)
          : [`- Mức ${item.maxPoints} điểm`];
        for (let k = 0; k < lines; k++) put(row++, COL.title, optionTexts[k % optionTexts.length]);
        return { item, row: r, children: [] };
      }
      return { item, row: r, children: place(item.children ?? []) };
    });
  const tree = place(set.items);
  const totalRow = row;
  put(totalRow, COL.title, 'Tổng cộng');
  put(totalRow, COL.max, set.scale);

  const applied = defects.map((d) => plant(d.kind, d.item, tree, rows, values));
  fillSums(tree, rows);
  const areaRows = tree.filter((p) => kindOf(p.item) !== 'bonus' && kindOf(p.item) !== 'penalty');
  put(totalRow, COL.self, sumFormula(areaRows, rows));
  return { sheetName, rows, headerRow, defects: applied };
}

function pickLeaf(kind: DefectKind, leaves: CriteriaItem[], random: () => number): string {
  const fits = leaves.filter((l) => {
    const k = kindOf(l);
    if (kind === 'selfOnSurvey') return k === 'survey';
    if (k !== 'scored') return false;
    if (kind === 'missingEvidence') return (l.evidence ?? 'required') === 'required' && l.maxPoints > 0;
    if (kind === 'aboveMax') return !l.scoring || l.scoring.type === 'step';
    return true;
  });
  const pool = fits.length ? fits : leaves;
  return pool[Math.floor(random() * pool.length)].code;
}

function findPlaced(tree: Placed[], code: string): Placed | null {
  for (const p of tree) {
    if (p.item.code === code) return p;
    const inner = findPlaced(p.children, code);
    if (inner) return inner;
  }
  return null;
}

function plant(kind: DefectKind, code: string, tree: Placed[], rows: GenValue[][], values: Map<string, Leaf>): AppliedDefect {
  const code0 = expectedCode[kind];
  if (kind === 'missingItem') return { kind, code: code0, item: code, cell: null };
  const placed = findPlaced(tree, code);
  if (!placed) throw new Error(`generate-workbook: no item ${code} for defect ${kind}`);
  const r = placed.row;
  const max = placed.item.maxPoints;
  const cell = (c: number) => a1(r, c);
  switch (kind) {
    case 'aboveMax':
      rows[r][COL.self] = round2(max + 0.5);
      rows[r][COL.evidence] = rows[r][COL.evidence] ?? `Kế hoạch số 1/KH-DV ngày 02/02/2024`;
      return { kind, code: code0, item: code, cell: cell(COL.self) };
    case 'missingEvidence': {
      const leaf = values.get(code);
      if (!leaf || !leaf.self) rows[r][COL.self] = max;
      rows[r][COL.evidence] = null;
      rows[r][COL.explanation] = null;
      return { kind, code: code0, item: code, cell: cell(COL.evidence) };
    }
    case 'notNumber':
      rows[r][COL.self] = 'đạt';
      return { kind, code: code0, item: code, cell: cell(COL.self) };
    case 'negative':
      rows[r][COL.self] = -1;
      return { kind, code: code0, item: code, cell: cell(COL.self) };
    case 'selfOnSurvey':
      rows[r][COL.self] = Math.min(1, max);
      return { kind, code: code0, item: code, cell: cell(COL.self) };
  }
}

const numeric = (v: GenValue): number =>
  typeof v === 'number' ? v : v && typeof v === 'object' ? v.result : 0;

function sumFormula(children: Placed[], rows: GenValue[][]): { formula: string; result: number } {
  const refs = children.map((c) => a1(c.row, COL.self));
  const result = round2(children.reduce((s, c) => s + numeric(rows[c.row][COL.self] ?? null), 0));
  return { formula: refs.length ? `SUM(${refs.join(',')})` : '0', result };
}

/** Parent rows: =SUM of their children's cells, cached the way Excel would (plain sum). */
function fillSums(tree: Placed[], rows: GenValue[][]): void {
  for (const p of tree) {
    if (p.children.length === 0) continue;
    fillSums(p.children, rows);
    rows[p.row][COL.self] = sumFormula(p.children, rows);
  }
}

export async function generateFilledWorkbook(set: CriteriaSet, options: GenerateOptions): Promise<Buffer> {
  return (await sheetToWorkbook(generateFilledSheet(set, options))).buffer;
}

/** Also returns where the defects went (for tests that check the findings' cells). */
export async function sheetToWorkbook(sheet: GeneratedSheet): Promise<{ buffer: Buffer; sheet: GeneratedSheet }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.sheetName);
  [7, 50, 8, 40, 10, 10, 45, 25].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.mergeCells('A1:C1');
  ws.mergeCells('A4:H4');
  sheet.rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined) return;
      ws.getCell(ri + 1, ci + 1).value = v;
    });
  });
  ws.getRow(sheet.headerRow + 1).font = { bold: true };
  const out = await wb.xlsx.writeBuffer();
  return { buffer: Buffer.from(out as ArrayBuffer), sheet };
}

/** The same sheet as an engine Grid, without going through a file (benchmarks of the engine alone). */
export function generatedGrid(sheet: GeneratedSheet): Grid {
  const rows: (GridCell | null)[][] = sheet.rows.map((r) =>
    Array.from(r, (v): GridCell | null => {
      if (v === null || v === undefined) return null;
      if (typeof v === 'object') return { value: v.result, formula: v.formula };
      return { value: v };
    }),
  );
  const colCount = rows.reduce((m, r) => Math.max(m, r.length), 0);
  return { sheetName: sheet.sheetName, rows, hiddenRows: [], merges: [], rowCount: rows.length, colCount };
}
