/**
 * One SheetSpec → its worksheet part (and the relationships of its links), written as ExcelJS
 * writes the same spec through write-sheet.ts: the same cells, styles, merges (the cells a merge
 * covers take the style of its top-left cell and lose their values), column widths, fitted row
 * heights, frozen header, A4 print setup, header and footer, protection and validations.
 * test/file/xlsx-writer.test.ts reads both back and compares them.
 */
import { estimateRowHeights } from '../../engine/sheet-layout';
import { a1 } from '../../engine/grid';
import { cmToInches, printLineCode, type SheetSpec, type SpecValue, type ValidationSpec } from '../../engine/sheet-spec';
import type { MergeRange } from '../../engine/grid';
import type { RowsSheet, SheetFrame } from '../../engine/results/sheet-rows';
import type { StyleTable } from './styles';
import { xmlText } from './xml-text';
import { TextChunks } from './text-chunks';
import { RowBytes } from './row-bytes';
import { COLUMNS, isWritten, placeCells, type Placed } from './placed-cells';
import type { PartText } from './zip-writer';

/** Shared strings of the workbook: index of a text, added on first use. */
export interface StringTable {
  id(text: string): number;
}

export interface SheetPart {
  /** Writes the part's relationships (its links) piece by piece, or null when it has none. */
  rels: ((out: PartText) => void) | null;
  /** Rows repeated on every printed page, as the _xlnm.Print_Titles defined name's value. */
  printTitles: string | null;
}

const REL_HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const PAPER_A4 = 9;
const MAX_INLINE_LIST = 255;
const EXCELJS_DEFAULT_WIDTH = 9;

export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Whether a key of row `r` is among the sorted keys (a binary search). */
function rowHasKey(keys: Float64Array, n: number, r: number): boolean {
  let lo = 0;
  let hi = n;
  const first = r * COLUMNS;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < first) lo = mid + 1;
    else hi = mid;
  }
  return lo < n && keys[lo] < first + COLUMNS;
}

function linkTarget(link: { sheet?: string; cell?: string; url?: string }): string {
  if (link.url) return link.url;
  return link.sheet ? `#${quoteSheetName(link.sheet)}!${link.cell ?? 'A1'}` : `#${link.cell ?? 'A1'}`;
}

/** Bytes of `<c r="`, `"/>`, … (ASCII). */
const C_OPEN = '<c r="';

/** One cell's XML, as bytes: `<c r="B7" s="3" t="s"><v>12</v></c>` and the like. */
function writeCell(out: RowBytes, col: number, row1: number, s: number, v: SpecValue, strings: StringTable): void {
  out.ascii(C_OPEN);
  out.column(col);
  out.uint(row1);
  out.ascii('"');
  if (s) {
    out.ascii(' s="');
    out.uint(s);
    out.ascii('"');
  }
  if (v === null) return out.ascii('/>');
  if ('text' in v) return stringCell(out, strings.id(v.text));
  if ('number' in v) {
    if (!Number.isFinite(v.number)) return out.ascii('/>');
    out.ascii('><v>');
    out.ascii(String(v.number));
    return out.ascii('</v></c>');
  }
  if ('formula' in v) {
    const f = `<f>${xmlText(v.formula.replace(/^=/, ''))}</f>`;
    if (v.result === undefined) return out.utf8(`>${f}</c>`);
    if (typeof v.result === 'string') return out.utf8(` t="str">${f}<v>${xmlText(v.result)}</v></c>`);
    return out.utf8(`>${f}<v>${v.result}</v></c>`);
  }
  stringCell(out, strings.id(v.link.text));
}

function stringCell(out: RowBytes, id: number): void {
  out.ascii(' t="s"><v>');
  out.uint(id);
  out.ascii('</v></c>');
}

function validationXml(v: ValidationSpec): string {
  const messages =
    (v.prompt ? ` showInputMessage="1" prompt="${xmlText(v.prompt)}"` : '') +
    (v.error ? ` showErrorMessage="1" errorStyle="stop" error="${xmlText(v.error)}"` : ' showErrorMessage="1"');
  const ref = a1(v.row, v.col);
  if (v.type === 'decimal') {
    return `<dataValidation type="decimal" allowBlank="1"${messages} sqref="${ref}"><formula1>${v.min ?? 0}</formula1><formula2>${v.max ?? 0}</formula2></dataValidation>`;
  }
  const items = v.list ?? [];
  const inline = items.join(',');
  if (items.some((s) => s.includes(',') || s.includes('"')) || inline.length + 2 > MAX_INLINE_LIST) {
    // Long lists live on a hidden sheet in write-sheet.ts; no spec written this way needs one.
    throw new Error('list validation too long to write inline');
  }
  return `<dataValidation type="list" allowBlank="1"${messages} sqref="${ref}"><formula1>${xmlText(`"${inline}"`)}</formula1></dataValidation>`;
}

/**
 * Consecutive columns of equal width as one <col> (as ExcelJS groups them). ExcelJS takes a width
 * of 9 for its default and writes no <col> for it (the column then has the sheet's default
 * width); the same here, so the results workbook looks as it did.
 */
function colsXml(widths: number[] | undefined): string {
  if (!widths?.length) return '';
  const out: string[] = [];
  for (let i = 0; i < widths.length; ) {
    const w = widths[i];
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === w) j++;
    if (w > 0 && w !== EXCELJS_DEFAULT_WIDTH) out.push(`<col min="${i + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`);
    i = j + 1;
  }
  return out.length ? `<cols>${out.join('')}</cols>` : '';
}

/**
 * The sheet's used range, as ExcelJS gives it: every row that is written (with a cell, or only a
 * height), and the columns of the cells that are written. Grown rows by rows (a sheet given in
 * blocks): it comes first in the part.
 */
class UsedRange {
  private minRow = Infinity;
  private maxRow = -1;
  private minCol = Infinity;
  private maxCol = -1;

  add(p: Placed, heights: Map<number, number>): void {
    for (let i = 0; i < p.n; i++) {
      const key = p.keys[i];
      const r = Math.floor(key / COLUMNS);
      if (r < this.minRow) this.minRow = r;
      if (r > this.maxRow) this.maxRow = r;
      if (!isWritten(p, i)) continue;
      const c = key - r * COLUMNS;
      if (c < this.minCol) this.minCol = c;
      if (c > this.maxCol) this.maxCol = c;
    }
    for (const r of heights.keys()) {
      if (r < this.minRow) this.minRow = r;
      if (r > this.maxRow) this.maxRow = r;
    }
  }

  ref(): string {
    return this.maxCol >= 0 ? `${a1(this.minRow, this.minCol)}:${a1(this.maxRow, this.maxCol)}` : 'A1';
  }
}

type Link = { ref: string; target: string };

/** The part's text before its rows: the used range, the frozen header, the column widths. */
function partHead(spec: SheetFrame, dimension: string): string {
  const fit = spec.print?.fitToWidth === true;
  const freeze = spec.freezeRows
    ? `<sheetView workbookViewId="0"><pane ySplit="${spec.freezeRows}" topLeftCell="A${spec.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>`
    : '<sheetView workbookViewId="0"/>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    (fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews>${freeze}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(spec.columnWidths) +
    '<sheetData>'
  );
}

/** A row's start: `<row r="8" ht="30" customHeight="1"` (its end is `>` and cells, or `/>`). */
function rowStart(out: RowBytes, r: number, heights: Map<number, number>): void {
  out.ascii('<row r="');
  out.uint(r + 1);
  out.ascii('"');
  const h = heights.get(r);
  if (h !== undefined) {
    out.ascii(' ht="');
    out.ascii(String(h));
    out.ascii('" customHeight="1"');
  }
}

/**
 * The rows of these cells, in order (rows with a height but no cell among them, as ExcelJS writes
 * them), written to `out`; the links met are added to `links`.
 */
function writeRows(p: Placed, heights: Map<number, number>, strings: StringTable, out: RowBytes, links: Link[]): void {
  const { keys, n } = p;
  // Rows with a height but no cell are written too (as ExcelJS does), in order among the others.
  const heightRows = heights.size ? [...heights.keys()].filter((r) => !rowHasKey(keys, n, r)).sort((a, b) => a - b) : [];
  const emptyRow = (r: number) => {
    rowStart(out, r, heights);
    out.ascii('/>');
    out.rowDone();
  };
  let next = 0;
  for (let i = 0; i < n; ) {
    const r = Math.floor(keys[i] / COLUMNS);
    while (next < heightRows.length && heightRows[next] < r) emptyRow(heightRows[next++]);
    rowStart(out, r, heights);
    const open = out.length;
    out.ascii('>');
    let any = false;
    const end = (r + 1) * COLUMNS;
    for (; i < n && keys[i] < end; i++) {
      if (!isWritten(p, i)) continue;
      const col = keys[i] - r * COLUMNS;
      const value = p.values[i];
      writeCell(out, col, r + 1, p.s[i], value, strings);
      any = true;
      if (value && 'link' in value) links.push({ ref: a1(r, col), target: linkTarget(value.link) });
    }
    if (any) out.ascii('</row>');
    else {
      out.back(open);
      out.ascii('/>');
    }
    out.rowDone();
  }
  while (next < heightRows.length) emptyRow(heightRows[next++]);
}

/** The part's text after its rows: protection, merges, validations, links (one at a time), print setup. */
function partTail(spec: SheetFrame & { validations?: ValidationSpec[] }, merges: MergeRange[], links: Link[], out: PartText): void {
  const print = spec.print;
  const fit = print?.fitToWidth === true;
  const m = print?.margins;
  const margins = m
    ? `<pageMargins left="${cmToInches(m.left)}" right="${cmToInches(m.right)}" top="${cmToInches(m.top)}" bottom="${cmToInches(m.bottom)}" header="${cmToInches(m.top / 2)}" footer="${cmToInches(m.bottom / 2)}"/>`
    : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const headerFooter =
    print && (print.header || print.footer)
      ? '<headerFooter>' +
        (print.header ? `<oddHeader>${xmlText(printLineCode(print.header))}</oddHeader>` : '') +
        (print.footer ? `<oddFooter>${xmlText(printLineCode(print.footer))}</oddFooter>` : '') +
        '</headerFooter>'
      : '';
  out.text(
    '</sheetData>' +
      (spec.protect ? '<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>' : '') +
      (merges.length
        ? `<mergeCells count="${merges.length}">${merges.map((g) => `<mergeCell ref="${a1(g.top, g.left)}:${a1(g.bottom, g.right)}"/>`).join('')}</mergeCells>`
        : '') +
      (spec.validations?.length ? `<dataValidations count="${spec.validations.length}">${spec.validations.map(validationXml).join('')}</dataValidations>` : ''),
  );
  if (links.length) {
    out.text('<hyperlinks>');
    for (const [i, l] of links.entries()) out.text(`<hyperlink ref="${l.ref}" r:id="rId${i + 1}"${l.target.startsWith('#') ? ` location="${xmlText(l.target)}"` : ''}/>`);
    out.text('</hyperlinks>');
  }
  out.text(
    (print?.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : '') +
    margins +
    (print
      ? `<pageSetup paperSize="${PAPER_A4}" orientation="${print.orientation}" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100"${fit ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`
      : '') +
    headerFooter +
    '</worksheet>',
  );
}

/** The relationships of the part's links and its print titles. */
function partEnd(spec: SheetFrame, links: Link[]): SheetPart {
  // Written a link at a time: the tracking sheet of 10,000 files has 10,000 (≈ 2 MB of XML).
  const rels = links.length
    ? (out: PartText) => {
        out.text('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">');
        for (const [i, l] of links.entries()) out.text(`<Relationship Id="rId${i + 1}" Type="${REL_HYPERLINK}" Target="${xmlText(l.target)}" TargetMode="External"/>`);
        out.text('</Relationships>');
      }
    : null;
  const repeat = spec.print?.repeatRows;
  const printTitles = repeat ? `${quoteSheetName(spec.name)}!$${repeat.first + 1}:$${repeat.last + 1}` : null;
  return { rels, printTitles };
}

/**
 * The worksheet part of `spec`, written to `out` piece by piece (a row at a time: a sheet of
 * 130,000 cells is never one string). `spec` must already be cleaned (safeSheetSpec).
 */
export function sheetPart(spec: SheetSpec, styles: StyleTable, strings: StringTable, out: PartText): SheetPart {
  const merges = spec.merges ?? [];
  const placed = placeCells(spec.cells, merges, styles);
  const heights = estimateRowHeights(spec);
  const used = new UsedRange();
  used.add(placed, heights);
  out.text(partHead(spec, used.ref()));
  const links: Link[] = [];
  const rows = new RowBytes((b) => out.bytes(b));
  writeRows(placed, heights, strings, rows, links);
  rows.close();
  partTail(spec, merges, links, out);
  return partEnd(spec, links);
}

/**
 * The worksheet part of a sheet given in blocks of rows (engine/results/sheet-rows.ts), each
 * placed, measured and turned into row text as it comes, then dropped: only the rows' text
 * (encoded, about a tenth of the cells it comes from) waits for the used range, which comes first
 * in the part. The same text as sheetPart of the whole spec. Blocks must already be cleaned.
 */
export function rowsSheetPart(sheet: RowsSheet, styles: StyleTable, strings: StringTable, out: PartText): SheetPart {
  const used = new UsedRange();
  const merges: MergeRange[] = [];
  const links: Link[] = [];
  const rows = new TextChunks();
  const bytes = new RowBytes(rows.addBytes);
  let lastRow = -1;
  for (const block of sheet.blocks) {
    const placed = placeCells(block.cells, block.merges, styles);
    const { keys, n } = placed;
    if (n === 0) continue;
    const first = Math.floor(keys[0] / COLUMNS);
    // A block's rows after the rows written before (sheet-rows.ts): else rows would be out of order.
    if (first <= lastRow) throw new Error(`sheet "${sheet.name}": a block starts at row ${first + 1}, not after row ${lastRow + 1}`);
    lastRow = Math.floor(keys[n - 1] / COLUMNS);
    const heights = estimateRowHeights({ name: sheet.name, cells: block.cells, merges: block.merges, columnWidths: sheet.columnWidths });
    used.add(placed, heights);
    writeRows(placed, heights, strings, bytes, links);
    for (const m of block.merges) merges.push(m);
  }
  bytes.close();
  out.text(partHead(sheet, used.ref()));
  rows.writeTo(out);
  partTail(sheet, merges, links, out);
  return partEnd(sheet, links);
}
