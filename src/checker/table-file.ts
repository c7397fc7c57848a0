/**
 * A table the page is given (.csv or .xlsx: the survey table, the exemptions table) read into
 * grids, one per visible sheet: a CSV must be UTF-8 (with or without BOM), as Excel's
 * "CSV UTF-8" writes it, so that Vietnamese letters are not garbled.
 */
import type { Bilingual } from '../engine/text/lang';
import { csvToGrid } from '../engine/results/csv';
import type { Grid } from '../engine/grid';
import { openWorkbook } from '../file/open-workbook';
import { utf8Text } from './utf8';

/** What the page's table pickers offer: the two kinds readTableGrids reads. */
export const TABLE_ACCEPT = '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type TableGrids = { ok: true; grids: Grid[] } | { ok: false; problem: Bilingual };

export async function readTableGrids(name: string, bytes: Uint8Array): Promise<TableGrids> {
  if (/\.(csv|txt)$/i.test(name)) {
    let text: string;
    try {
      text = utf8Text(bytes).replace(/^\uFEFF/, '');
    } catch {
      return { ok: false, problem: notUtf8 };
    }
    if (text.includes('\uFFFD')) return { ok: false, problem: notUtf8 };
    return { ok: true, grids: [csvToGrid(text, name)] };
  }
  const opened = await openWorkbook(bytes);
  if (!opened.ok) return { ok: false, problem: opened.problem };
  const grids: Grid[] = [];
  for (const s of (await opened.workbook.listSheets()).filter((x) => x.visible)) grids.push(await opened.workbook.readGrid(s.name));
  return { ok: true, grids };
}

const notUtf8: Bilingual = {
  vi: 'Tệp .csv không ở dạng UTF-8 nên chữ có dấu bị hỏng. Trong Excel, lưu lại bằng "CSV UTF-8 (Comma delimited)", hoặc nạp thẳng tệp .xlsx.',
  en: 'The .csv file is not UTF-8, so Vietnamese letters would be garbled. In Excel, save it as "CSV UTF-8 (Comma delimited)", or load the .xlsx directly.',
};
