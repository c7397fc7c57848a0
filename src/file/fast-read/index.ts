/**
 * Fast read-only .xlsx reader for batch checking: about ten times less work than ExcelJS, which
 * parses every part and style of the package. It reads only what the checker needs and gives
 * exactly the Grid read-grid.ts gives (test/file/fast-read.test.ts compares them cell by cell).
 * It throws FastReadError on anything it does not handle (not a zip, encrypted, zip64, corrupt,
 * odd parts ExcelJS would refuse): the caller then opens the file with ExcelJS, whose path owns
 * the user-facing messages. A file over a limit (src/file/input-limits.ts: bytes inflated, rows,
 * columns, cells) throws InputLimitError instead, with its sentence: no other reader is tried.
 */
import type { Grid } from '../../engine/grid';
import { GridBudget, type InflateBudget } from '../input-limits';
import { buildGrid, type SheetContext } from './build-grid';
import { FastReadError } from './errors';
import { readRels, readWorkbookPart, resolveTarget } from './package-parts';
import { readComments, readSharedStrings, readStyleFormats } from './shared-parts';
import { readSheetXml } from './sheet-xml';
import { openZip, type ZipParts } from './zip';

export { FastReadError } from './errors';

export interface FastSheet {
  name: string;
  /** False for hidden and very hidden sheets. */
  visible: boolean;
  grid: Grid;
}

export interface FastReadOptions {
  maxRows?: number;
  /** Read only the sheets this accepts (the others are not parsed and not returned). */
  include?: (name: string, visible: boolean) => boolean;
}

/** Notes by address, from the sheet's comments part; none when the part is missing. */
function notesOf(zip: ZipParts, sheetPath: string, target: string): Map<string, string> {
  const xml = zip.text(resolveTarget(sheetPath, target));
  return xml === null ? new Map() : readComments(xml);
}

/** Every worksheet (tab order, hidden ones included, as ExcelJS lists them) with its grid. */
export function readWorkbookSheetsFast(bytes: Uint8Array, options: FastReadOptions = {}, budget?: InflateBudget): FastSheet[] {
  return readSheetsFromParts(openZip(bytes, budget), options);
}

/** The same over any package access (the zip reader above, or parts already unzipped). */
export function readSheetsFromParts(zip: ZipParts, options: FastReadOptions = {}): FastSheet[] {
  const parts = readWorkbookPart(zip);
  const { sheets, date1904 } = parts;
  if (sheets.length === 0) throw new FastReadError('no worksheets');
  const sharedStrings = readSharedStrings(parts.sharedStrings === null ? null : zip.text(parts.sharedStrings));
  const formats = readStyleFormats(parts.styles === null ? null : zip.text(parts.styles));
  const out: FastSheet[] = [];
  const budget = new GridBudget(); // one for the workbook: 200 sheets of 1 M cells are 200 M cells
  for (const s of sheets) {
    if (options.include && !options.include(s.name, s.visible)) continue;
    const xml = zip.text(s.path);
    if (xml === null) throw new FastReadError(`missing ${s.path}`);
    const rels = readRels(zip.text(s.relsPath));
    let notes = new Map<string, string>();
    for (const rel of rels.values()) {
      if (rel.type.endsWith('/comments')) notes = notesOf(zip, s.path, rel.target);
    }
    const raw = readSheetXml(xml);
    const hyperlinks = new Map<string, string>();
    for (const h of raw.hyperlinks) {
      if (!h.rId) continue; // internal links (location only): ExcelJS does not read them either
      const rel = rels.get(h.rId);
      if (!rel) throw new FastReadError('hyperlink without relationship'); // ExcelJS fails here
      hyperlinks.set(h.ref, rel.target);
    }
    const ctx: SheetContext = { sharedStrings, formats, date1904, hyperlinks, notes };
    out.push({ name: s.name, visible: s.visible, grid: buildGrid(s.name, raw, ctx, { maxRows: options.maxRows, budget }) });
  }
  return out;
}

/** Every worksheet's grid in tab order: what readWorkbookGrids (read-grid.ts) gives, without ExcelJS. */
export function readWorkbookGridsFast(bytes: Uint8Array, options: { maxRows?: number } = {}): { sheets: Grid[] } {
  return { sheets: readWorkbookSheetsFast(bytes, options).map((s) => s.grid) };
}
