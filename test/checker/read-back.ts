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
  /** Ranked units of the first block's results table ("KQ …"), top to bottom: [rank, unit]. */
  ranked: [number, string][];
  /** Every cell's text of the "Chưa xếp hạng" sheet (units not ranked, unreadable files), row by row. */
  lines: string[];
}

export async function readRanking(bytes: Uint8Array): Promise<RankingRead> {
  const wb = await load(bytes);
  const results = wb.worksheets.find((w) => w.name.startsWith('KQ '));
  const notRanked = wb.getWorksheet('Chưa xếp hạng');
  if (!notRanked) throw new Error(`no "Chưa xếp hạng" sheet in ${wb.worksheets.map((w) => w.name).join(', ')}`);
  const ranked: [number, string][] = [];
  if (results) {
    let rankCol = 0;
    results.eachRow((row) => {
      const a = row.getCell(1).value;
      if (a === 'STT') row.eachCell((c, n) => void (text(c.value) === 'Xếp hạng' && (rankCol = n)));
      else if (typeof a === 'number' && rankCol) ranked.push([Number(row.getCell(rankCol).value), text(row.getCell(2).value)]);
    });
  }
  const lines: string[] = [];
  notRanked.eachRow((row) => {
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

/** The rows of the first block's results table ("KQ …") as header → value (numbers as numbers). */
export async function readResultsTable(bytes: Uint8Array): Promise<Record<string, string | number>[]> {
  const wb = await load(bytes);
  const ws = wb.worksheets.find((w) => w.name.startsWith('KQ '));
  if (!ws) throw new Error(`no "KQ …" sheet in ${wb.worksheets.map((w) => w.name).join(', ')}`);
  let headers: string[] | null = null;
  const rows: Record<string, string | number>[] = [];
  ws.eachRow((row) => {
    const a = row.getCell(1).value;
    if (a === 'STT') {
      headers = [];
      row.eachCell((c, n) => void (headers![n - 1] = text(c.value)));
    } else if (headers && typeof a === 'number') {
      const out: Record<string, string | number> = {};
      headers.forEach((h, i) => {
        const v = row.getCell(i + 1).value;
        out[h] = typeof v === 'number' ? v : text(v);
      });
      rows.push(out);
    }
  });
  return rows;
}
