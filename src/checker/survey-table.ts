/**
 * Reading the survey table the page is given (.csv or .xlsx) into the engine's unit table
 * (src/engine/results/unit-table.ts). A workbook's first sheet with a unit-name column is used.
 */
import type { Bilingual } from '../engine/findings/finding';
import { csvToGrid } from '../engine/results/csv';
import { readUnitTable, type UnitTable } from '../engine/results/unit-table';
import { openWorkbook } from '../file/open-workbook';
import { utf8Text } from './utf8';

export type SurveyRead = { ok: true; table: UnitTable } | { ok: false; problem: Bilingual };

/** The text of a CSV: UTF-8 (with or without BOM), as Excel's "CSV UTF-8" writes it. */
function decodeUtf8(bytes: Uint8Array): string {
  const text = utf8Text(bytes);
  return text.replace(/^\uFEFF/, '');
}

export async function readSurveyTable(name: string, bytes: Uint8Array): Promise<SurveyRead> {
  if (/\.(csv|txt)$/i.test(name)) {
    let text: string;
    try {
      text = decodeUtf8(bytes);
    } catch {
      return { ok: false, problem: notUtf8 };
    }
    if (text.includes('\uFFFD')) return { ok: false, problem: notUtf8 };
    return { ok: true, table: readUnitTable(csvToGrid(text, name), name) };
  }
  const opened = await openWorkbook(bytes);
  if (!opened.ok) return { ok: false, problem: opened.problem };
  const sheets = (await opened.workbook.listSheets()).filter((s) => s.visible);
  let first: UnitTable | null = null;
  for (const s of sheets) {
    const table = readUnitTable(await opened.workbook.readGrid(s.name), name);
    if (table.headerRow >= 0) return { ok: true, table };
    first ??= table;
  }
  return first ? { ok: true, table: first } : { ok: false, problem: { vi: 'Tệp không có trang tính nào.', en: 'The file has no sheet.' } };
}

const notUtf8: Bilingual = {
  vi: 'Tệp .csv không ở dạng UTF-8 nên chữ có dấu bị hỏng. Trong Excel, lưu lại bằng "CSV UTF-8 (Comma delimited)", hoặc nạp thẳng tệp .xlsx.',
  en: 'The .csv file is not UTF-8, so Vietnamese letters would be garbled. In Excel, save it as "CSV UTF-8 (Comma delimited)", or load the .xlsx directly.',
};
