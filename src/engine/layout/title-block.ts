/**
 * The title block above the header: the unit's name, the declared criteria set and the year.
 * Official sheets write the unit as "Đơn vị: Sở Tư pháp" in one cell, or as a label cell
 * "Tên cơ quan, đơn vị:" followed by a value cell on the same row; many only name it in the
 * letterhead under "UBND TỈNH …", which is used when nothing else says it.
 */
import type { Grid } from '../grid';
import { a1 } from '../grid';
import type { TitleBlock } from './parsed-sheet';
import { textAt } from './cell-text';
import { fold, foldWords } from '../text/normalize';

interface TextCellRef {
  row: number;
  col: number;
  text: string;
}

// "Tên cơ quan, đơn vị", "Đơn vị", "Cơ quan", "Đơn vị tự đánh giá", "Tên đơn vị được đánh giá"…
const UNIT_LABEL =
  /^(ten )?(co quan|don vi)( (co quan|don vi))*( (tu danh gia|duoc danh gia|duoc tham dinh|tu cham diem|tu cham|bao cao|thuc hien|cham diem))?$/;
// A template left unfilled: dots, underscores, ellipses.
const PLACEHOLDER = /^[.…_\-\s]*$/;
// The id is [a-z0-9-] (criteria-set.md) and has a digit or a hyphen: "Bộ tiêu chí: Bộ tiêu chí …" is no id.
const SET_DECL = /(?:ma )?bo tieu chi\s*:\s*([a-z0-9]+(?:-[a-z0-9]+)*)(?=$|[\s(,;])/;
const VERSION_IN_PARENS = /^\s*\(\s*(?:phiên bản|phien ban|version|v)?\s*:?\s*([^)\s][^)]*?)\s*\)/iu;
const VERSION_DECL = /(?:phien ban|version)\s*(?:bo tieu chi)?\s*:\s*([0-9][0-9A-Za-z.-]*)/i;
// "NĂM 2024" but not the date "ngày 05 tháng 12 năm 2024".
const YEAR = /(^|[^a-z])nam (?:danh gia\s*:?\s*)?((?:19|20)\d{2})(?!\d)/g;
const DATE_BEFORE = /thang\s*\d{1,2}\s*$/;
// Letterhead lines that are not the unit: the superior body and the national motto.
// (Matched on fold() text, where white space is one plain space.)
const LETTERHEAD_TOP = /^(ubnd|uy ban nhan dan|bo |tinh uy|hdnd)/;
const NOT_UNIT = /^(cong hoa|doc lap|so ?:|so \d|ngay|\(|bang |bieu |ket qua|phu luc)/;

function cellsAbove(grid: Grid, headerFirst: number): TextCellRef[] {
  const out: TextCellRef[] = [];
  for (let r = 0; r < headerFirst; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const text = textAt(grid, r, c);
      if (text !== '') out.push({ row: r, col: c, text });
    }
  }
  return out;
}

/** Display lines: one per cell, a label ending with ":" joined to the value after it. */
function toLines(cells: TextCellRef[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cur = cells[i];
    const next = cells[i + 1];
    if (cur.text.endsWith(':') && next && next.row === cur.row) {
      lines.push(`${cur.text} ${next.text}`);
      i++;
    } else {
      lines.push(cur.text.replace(/\s+/g, ' '));
    }
  }
  return lines;
}

interface Unit {
  name: string;
  address: string;
}

function unitFromLabel(cells: TextCellRef[]): Unit | null {
  for (let i = 0; i < cells.length; i++) {
    const { row, col, text } = cells[i];
    const colon = text.indexOf(':');
    const label = foldWords(colon >= 0 ? text.slice(0, colon) : text);
    if (!UNIT_LABEL.test(label)) continue;
    const after = colon >= 0 ? text.slice(colon + 1).trim() : '';
    if (after !== '' && !PLACEHOLDER.test(after)) return { name: after.replace(/[.…_\s]+$/, ''), address: a1(row, col) };
    const next = cells[i + 1];
    if (next && next.row === row && !PLACEHOLDER.test(next.text)) return { name: next.text, address: a1(next.row, next.col) };
  }
  return null;
}

/** The line under "UBND TỈNH …" in the letterhead: "SỞ TƯ PHÁP". */
function unitFromLetterhead(grid: Grid, cells: TextCellRef[]): Unit | null {
  for (const c of cells) {
    if (c.row > 4 || !LETTERHEAD_TOP.test(fold(c.text))) continue;
    for (let r = c.row + 1; r <= c.row + 2; r++) {
      const text = textAt(grid, r, c.col);
      if (text === '') continue;
      if (NOT_UNIT.test(fold(text)) || text.length > 80) break;
      return { name: text, address: a1(r, c.col) };
    }
  }
  return null;
}

// A template caption names the year of the regulation, not of the assessment: "Mẫu số 02 (ban
// hành kèm theo Quyết định số … năm 2024)". A year after one of these words is not the title's.
const CAPTION = /(mau so|ban hanh kem|kem theo|quyet dinh|thong tu|nghi dinh|cong van|huong dan|so \d+\s*\/)/;

/** The assessment year of the sheet's title ("… NĂM 2025"), never a caption's or a date's. */
function yearOf(folded: string[]): number | null {
  for (const f of folded) {
    YEAR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = YEAR.exec(f))) {
      const before = f.slice(0, m.index + m[1].length);
      if (!DATE_BEFORE.test(before) && !CAPTION.test(before)) return Number(m[2]);
    }
  }
  return null;
}

export function readTitleBlock(grid: Grid, headerFirst: number): TitleBlock {
  const cells = cellsAbove(grid, headerFirst);
  const lines = toLines(cells);
  const unit = unitFromLabel(cells) ?? unitFromLetterhead(grid, cells);
  let declaredSetId: string | null = null;
  let declaredVersion: string | null = null;
  // Each line folded once, for the set declaration and the year.
  const folded: string[] = [];
  for (const line of lines) folded.push(fold(line));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const f = folded[i];
    const m = SET_DECL.exec(f);
    if (m && !declaredSetId && /[\d-]/.test(m[1])) {
      declaredSetId = m[1];
      // The version is taken from the line as written (fold() would lower-case it).
      const at = line.toLowerCase().indexOf(m[1]);
      const p = at >= 0 ? VERSION_IN_PARENS.exec(line.slice(at + m[1].length)) : null;
      declaredVersion = p ? p[1] : null;
    }
    // VERSION_DECL needs "phien ban" or "version", which the folded line then holds too: the
    // decomposition (costly) is done only for such lines.
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent when false, a line without these words gives no match below
    if (!f.includes('phien ban') && !f.includes('version')) continue;
    const v = VERSION_DECL.exec(line.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    if (v && !declaredVersion) declaredVersion = v[1].replace(/[.)]+$/, '');
  }
  return {
    unit: unit?.name ?? null,
    unitAddress: unit?.address ?? null,
    declaredSetId,
    declaredVersion,
    year: yearOf(folded),
    lines,
  };
}
