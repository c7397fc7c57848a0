/**
 * A SheetSpec (src/engine/sheet-spec.ts) as a worksheet part, for a sheet added to a workbook
 * patched in place (the "Kết quả kiểm tra" sheet of a flagged copy). Text goes in as inline
 * strings (the workbook's shared strings part is left alone), formats are appended to its styles
 * (StylesPart), and the print setup follows write-sheet.ts, the ExcelJS renderer of the same spec.
 */
import { safeSheetSpec } from '../../engine/cell-text';
import { a1 } from '../../engine/grid';
import { estimateRowHeights } from '../../engine/sheet-layout';
import { cmToInches, printLineCode, type SheetSpec, type SpecCell } from '../../engine/sheet-spec';
import type { StylesPart } from './styles-part';
import { xmlEscape, xmlText } from './xml-text';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Excel's paperSize code for A4. */
const PAPER_A4 = 9;

function cellXml(c: SpecCell, styles: StylesPart): string {
  const ref = a1(c.row, c.col);
  const s = styles.xf(c.style);
  const sAttr = s ? ` s="${s}"` : '';
  const v = c.value;
  if (v === null) return `<c r="${ref}"${sAttr}/>`;
  if ('text' in v) return `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${xmlText(v.text)}</t></is></c>`;
  if ('number' in v) return Number.isFinite(v.number) ? `<c r="${ref}"${sAttr}><v>${v.number}</v></c>` : `<c r="${ref}"${sAttr}/>`;
  if ('formula' in v) {
    const f = `<f>${xmlEscape(v.formula.replace(/^=/, ''))}</f>`;
    if (typeof v.result === 'number') return `<c r="${ref}"${sAttr}>${f}<v>${v.result}</v></c>`;
    if (typeof v.result === 'string') return `<c r="${ref}"${sAttr} t="str">${f}<v>${xmlEscape(v.result)}</v></c>`;
    return `<c r="${ref}"${sAttr}>${f}</c>`;
  }
  // A link: the shown text (the sheet of a flagged copy has none; kept simple and safe).
  return `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${xmlText(v.link.text)}</t></is></c>`;
}

export function specSheetXml(input: SheetSpec, styles: StylesPart): string {
  // Only what the sheets added to a patched workbook use; say so rather than drop a part quietly.
  if (input.validations?.length || input.visibility) throw new Error('specSheetXml writes neither data validation nor hidden sheets');
  const spec = safeSheetSpec(input);
  const heights = estimateRowHeights(spec);
  const byRow = new Map<number, SpecCell[]>();
  for (const c of spec.cells) {
    const list = byRow.get(c.row) ?? [];
    list.push(c);
    byRow.set(c.row, list);
  }
  for (const row of heights.keys()) if (!byRow.has(row)) byRow.set(row, []);
  const rows = [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const h = heights.get(r);
      const cells = byRow.get(r)!.sort((a, b) => a.col - b.col).map((c) => cellXml(c, styles)).join('');
      return `<row r="${r + 1}"${h ? ` ht="${h}" customHeight="1"` : ''}>${cells}</row>`;
    })
    .join('');
  const cols = (spec.columnWidths ?? [])
    .map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  const merges = spec.merges ?? [];
  const print = spec.print;
  const m = print?.margins;
  const margins = m
    ? `<pageMargins left="${cmToInches(m.left)}" right="${cmToInches(m.right)}" top="${cmToInches(m.top)}" bottom="${cmToInches(m.bottom)}" header="0.3" footer="0.3"/>`
    : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const headerFooter =
    print?.header || print?.footer
      ? `<headerFooter>${print.header ? `<oddHeader>${xmlEscape(printLineCode(print.header))}</oddHeader>` : ''}${print.footer ? `<oddFooter>${xmlEscape(printLineCode(print.footer))}</oddFooter>` : ''}</headerFooter>`
      : '';
  const freeze = spec.freezeRows
    ? `<pane ySplit="${spec.freezeRows}" topLeftCell="${a1(spec.freezeRows, 0)}" activePane="bottomLeft" state="frozen"/>`
    : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}">` +
    (print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<sheetViews><sheetView workbookViewId="0">${freeze}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData>` +
    (spec.protect ? '<sheetProtection sheet="1" objects="1" scenarios="1"/>' : '') +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.map((g) => `<mergeCell ref="${a1(g.top, g.left)}:${a1(g.bottom, g.right)}"/>`).join('')}</mergeCells>` : '') +
    (print?.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : '') +
    margins +
    (print ? `<pageSetup paperSize="${PAPER_A4}" orientation="${print.orientation}"${print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>` : '') +
    headerFooter +
    '</worksheet>'
  );
}

/** The print titles of a spec as a defined name's formula ("'Sheet'!$4:$4"), or null. */
export function printTitles(spec: SheetSpec): string | null {
  const r = spec.print?.repeatRows;
  if (!r) return null;
  return `'${spec.name.replace(/'/g, "''")}'!$${r.first + 1}:$${r.last + 1}`;
}
