/**
 * fast-check generators for whole grids: free-form ones (any cells anywhere) and
 * scoresheet-like ones (title lines, a header with random columns in random order at a random
 * row, coded rows with random score cells), both with merges, hidden rows, missing rows,
 * ragged rows and a truncated read (rowCount above the rows held).
 */
import fc from 'fast-check';
import type { Grid, GridCell, MergeRange } from '../../../src/engine/grid';
import { bundledSets } from '../../../src/engine/criteria/registry';
import { flattenItems } from '../../../src/engine/criteria/tree';
import { anyCellArb, codeArb, HEADER_TEXTS, scoreCellArb, TITLE_TEXTS } from './cell-arbitraries';

/** The bundled sets' items in sheet order: code, title, max. */
const SET_ROWS = bundledSets().map((s) => flattenItems(s).map((f) => ({ code: f.item.code, title: f.item.title, max: f.item.maxPoints })));

type Row = (GridCell | null)[];

interface Decor {
  merges: { top: number; left: number; height: number; width: number }[];
  hidden: number[];
  holes: number[];
  /** Cells missing inside a row (a sparse row array). */
  cellHoles: [number, number][];
  extraRows: number;
  extraCols: number;
  /** Follow the grid contract (merge slaves null) or leave stray values under merges. */
  nullSlaves: boolean;
}

const decorArb: fc.Arbitrary<Decor> = fc.record({
  merges: fc.array(
    fc.record({ top: fc.nat(200), left: fc.nat(20), height: fc.integer({ min: 1, max: 3 }), width: fc.integer({ min: 1, max: 4 }) }),
    { maxLength: 6 },
  ),
  hidden: fc.array(fc.nat(200), { maxLength: 5 }),
  holes: fc.array(fc.nat(200), { maxLength: 3 }),
  cellHoles: fc.array(fc.tuple(fc.nat(200), fc.nat(20)), { maxLength: 5 }),
  extraRows: fc.oneof(fc.constant(0), fc.nat(50)),
  extraCols: fc.oneof(fc.constant(0), fc.nat(5)),
  nullSlaves: fc.boolean(),
});

const sheetNameArb = fc.constantFrom('Tự đánh giá', 'Biểu chấm điểm', 'Sheet1', 'Hướng dẫn', 'Tổng hợp', '', 'x'.repeat(31));

/** Rows plus decoration → a Grid that keeps the contract's promises about sizes. */
export function assemble(sheetName: string, source: Row[], decor: Decor): Grid {
  const rows: Row[] = source.map((r) => [...r]);
  const rowsHeld = rows.length;
  const colCount = rows.reduce((m, r) => Math.max(m, r.length), 0) + decor.extraCols;
  const rowCount = rowsHeld + decor.extraRows;
  const merges: MergeRange[] = [];
  if (rowCount > 0 && colCount > 0) {
    for (const m of decor.merges) {
      const top = m.top % rowCount;
      const left = m.left % colCount;
      const bottom = Math.min(rowCount - 1, top + m.height - 1);
      const right = Math.min(colCount - 1, left + m.width - 1);
      if (merges.some((o) => o.top <= bottom && top <= o.bottom && o.left <= right && left <= o.right)) continue;
      merges.push({ top, left, bottom, right });
      if (!decor.nullSlaves) continue;
      for (let r = top; r <= bottom && r < rowsHeld; r++) {
        for (let c = left; c <= right; c++) if ((r !== top || c !== left) && c < rows[r].length) rows[r][c] = null;
      }
    }
  }
  const hiddenRows = rowCount > 0 ? [...new Set(decor.hidden.map((h) => h % rowCount))].sort((a, b) => a - b) : [];
  for (const [r, c] of decor.cellHoles) if (rowsHeld > 0 && rows[r % rowsHeld].length > 0) delete rows[r % rowsHeld][c % rows[r % rowsHeld].length];
  // A missing row means empty (the contract allows holes in the outer array).
  for (const h of decor.holes) if (rowsHeld > 0) delete rows[h % rowsHeld];
  return { sheetName, rows, hiddenRows, merges, rowCount, colCount };
}

/** Anything at all: random sizes, any cell anywhere. */
export const freeGridArb: fc.Arbitrary<Grid> = fc
  .tuple(sheetNameArb, fc.array(fc.array(anyCellArb, { maxLength: 12 }), { maxLength: 40 }), decorArb)
  .map(([name, rows, decor]) => assemble(name, rows, decor));

const dataRowArb = fc.record({
  code: fc.option(codeArb, { freq: 6 }),
  /** Put the code at the start of the title ("1.1. Kế hoạch") instead of the code column. */
  codeInTitle: fc.boolean(),
  title: fc.constantFrom('Kế hoạch CCHC năm', 'Ban hành kịp thời', '', '- Đạt: 1 điểm', 'Tổng cộng', 'PHẦN B. THẨM ĐỊNH'),
  cells: fc.array(scoreCellArb, { minLength: 12, maxLength: 12 }),
  evidence: fc.oneof(anyCellArb, fc.constant<GridCell>({ value: 'Kế hoạch số 10/KH-UBND ngày 23/1/2024' })),
});

/** Something shaped like a scoresheet, so that set matching, scoring and the checks run. */
export const scoresheetGridArb: fc.Arbitrary<Grid> = fc
  .record({
    name: sheetNameArb,
    title: fc.array(fc.array(fc.oneof(fc.constant(null), fc.constantFrom(...TITLE_TEXTS).map((value) => ({ value }))), { maxLength: 4 }), {
      maxLength: 12,
    }),
    header: fc.shuffledSubarray(HEADER_TEXTS.slice(0, 20), { minLength: 1, maxLength: 11 }),
    secondHeader: fc.option(fc.array(fc.option(fc.constantFrom(...HEADER_TEXTS).map((value) => ({ value }))), { maxLength: 11 })),
    data: fc.array(dataRowArb, { maxLength: 70 }),
    /**
     * Most of the time the rows follow a bundled set (codes, titles, maxima, some rows dropped),
     * so that set matching succeeds and scoring and every check run on random cells.
     */
    fromSet: fc.option(fc.record({ set: fc.nat(SET_ROWS.length - 1), drop: fc.array(fc.nat(200), { maxLength: 8 }) }), { freq: 2 }),
    /** Stray cells written anywhere after the layout is built. */
    noise: fc.array(fc.tuple(fc.nat(120), fc.nat(14), anyCellArb), { maxLength: 8 }),
    decor: decorArb,
  })
  .map(({ name, title, header, secondHeader, data, fromSet, noise, decor }) => {
    const fold = (s: string) => s.toLowerCase();
    const codeCol = Math.max(0, header.findIndex((h) => ['stt', 'tt', 'mã tiêu chí'].includes(fold(h))));
    const titleIdx = header.findIndex((h) => /tiêu chí|nội dung/i.test(h) && !/^mã/i.test(h));
    const titleCol = titleIdx >= 0 ? titleIdx : codeCol + 1;
    const evidenceCol = header.findIndex((h) => /kiểm chứng|tlkc/i.test(h));
    const maxCol = header.findIndex((h) => /tối đa|thang điểm/i.test(h));
    type DataRow = { code: string | number | null; codeInTitle: boolean; title: string; cells: (GridCell | null)[]; evidence: GridCell | null; max?: number };
    let dataRows: DataRow[] = data;
    if (fromSet && data.length > 0) {
      const items = SET_ROWS[fromSet.set];
      const dropped = new Set(fromSet.drop.map((d) => d % items.length));
      dataRows = items
        .filter((_, i) => !dropped.has(i))
        .map((it, i) => ({ ...data[i % data.length], code: it.code, title: it.title, codeInTitle: false, max: it.max }));
    }
    const rows: Row[] = [...title.map((r) => [...r])];
    rows.push(header.map((value) => ({ value })));
    if (secondHeader) rows.push(secondHeader);
    for (const d of dataRows) {
      const row: Row = d.cells.slice(0, Math.max(header.length, titleCol + 1));
      const code = d.code === null ? '' : String(d.code);
      if (d.codeInTitle) row[titleCol] = { value: `${code}. ${d.title}`.trim() };
      else {
        row[codeCol] = d.code === null ? null : { value: d.code };
        row[titleCol] = d.title ? { value: d.title } : null;
      }
      if (evidenceCol >= 0 && evidenceCol !== codeCol && evidenceCol !== titleCol) row[evidenceCol] = d.evidence;
      if (d.max !== undefined && maxCol >= 0 && maxCol !== codeCol && maxCol !== titleCol) row[maxCol] = { value: d.max };
      rows.push(row);
    }
    for (const [r, c, cell] of noise) {
      if (rows.length === 0) break;
      const row = rows[r % rows.length];
      while (row.length < c) row.push(null);
      row[c] = cell;
    }
    return assemble(name, rows, decor);
  });

/** One to three grids with distinct names: a workbook. */
export const workbookArb: fc.Arbitrary<Grid[]> = fc
  .array(fc.oneof(scoresheetGridArb, freeGridArb), { minLength: 0, maxLength: 3 })
  .map((grids) => grids.map((g, i) => ({ ...g, sheetName: `${g.sheetName} ${i + 1}`.trim() })));
