/** Read the page's downloads back with ExcelJS (shared by the component test and the browser test). */
import * as ExcelJS from 'exceljs';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

const text = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
  if (typeof v === 'object' && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  return String(v);
};

export interface RankingRead {
  sheets: string[];
  /** Ranked units top to bottom: [rank, unit, file]. */
  ranked: [number, string, string][];
  /** Every cell's text of the ranking sheet, row by row (for the unreadable-files block). */
  lines: string[];
}

export async function readRanking(bytes: Uint8Array): Promise<RankingRead> {
  const wb = await load(bytes);
  const ws = wb.getWorksheet('Xếp hạng');
  if (!ws) throw new Error(`no "Xếp hạng" sheet in ${wb.worksheets.map((w) => w.name).join(', ')}`);
  const ranked: [number, string, string][] = [];
  const lines: string[] = [];
  ws.eachRow((row) => {
    const a = row.getCell(1).value;
    // The unreadable files below are numbered too, but have no unit.
    if (typeof a === 'number' && text(row.getCell(2).value) !== '')
      ranked.push([a, text(row.getCell(2).value), text(row.getCell(3).value)]);
    const cells: string[] = [];
    row.eachCell((c) => void cells.push(text(c.value)));
    lines.push(cells.join(' | '));
  });
  return { sheets: wb.worksheets.map((w) => w.name), ranked, lines };
}

/** Cell address → note text, for the cells of `sheet` that carry a note. */
export async function readNotes(bytes: Uint8Array, sheet: string): Promise<Map<string, string>> {
  const wb = await load(bytes);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet "${sheet}"`);
  const notes = new Map<string, string>();
  ws.eachRow((row) =>
    row.eachCell((c) => {
      const n = c.note as string | { texts?: { text: string }[] } | undefined;
      if (!n) return;
      notes.set(c.address, typeof n === 'string' ? n : (n.texts ?? []).map((t) => t.text).join(''));
    }),
  );
  return notes;
}
