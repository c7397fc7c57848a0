/**
 * The fast reader's grids from a package's parts, whatever unzipped them: zip.ts in Node (index.ts),
 * JSZip in a browser (src/file/page-read.ts). Apart from index.ts so that a browser bundle can use
 * it without zip.ts, which needs Node's zlib.
 */
import type { Grid } from '../../engine/grid';
import { GridBudget } from '../input-limits';
import { buildGrid, type SheetContext } from './build-grid';
import { FastReadError } from './errors';
import { readWorkbookPart, relsOf, resolveTarget } from './package-parts';
import { readComments, readSharedStrings, styleFormatsOf } from './shared-parts';
import { readSheetXml } from './sheet-xml';
import type { ZipParts } from './zip-parts';

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

/** Every worksheet (tab order, hidden ones included, as ExcelJS lists them) with its grid, over any package access. */
export function readSheetsFromParts(zip: ZipParts, options: FastReadOptions = {}): FastSheet[] {
  const parts = readWorkbookPart(zip);
  const { sheets, date1904 } = parts;
  if (sheets.length === 0) throw new FastReadError('no worksheets');
  const sharedStrings = readSharedStrings(parts.sharedStrings === null ? null : zip.text(parts.sharedStrings, true));
  const formats = styleFormatsOf(parts.styles === null ? null : zip.text(parts.styles));
  const out: FastSheet[] = [];
  const budget = new GridBudget(); // one for the workbook: 200 sheets of 1 M cells are 200 M cells
  for (const s of sheets) {
    if (options.include && !options.include(s.name, s.visible)) continue;
    const xml = zip.text(s.path, true);
    if (xml === null) throw new FastReadError(`missing ${s.path}`);
    const rels = relsOf(zip.text(s.relsPath));
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
