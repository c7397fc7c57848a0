/**
 * Reading a table file given on the command line (`--survey`, `--exemptions`): .xlsx or UTF-8
 * .csv, size-guarded, into grids for the engine's unit table (engine/results/unit-table.ts).
 * One home so both options accept the same files and say the same things about the wrong ones;
 * only the table's name and the example differ.
 */
import * as path from 'path';
import type { Bilingual } from '../../engine/text/lang';
import type { Grid } from '../../engine/grid';
import { csvToGrid } from '../../engine/results/csv';
import { fileNameOf } from '../../engine/text/file-name';
import { readWorkbookSheetsFast } from '../../file/fast-read';
import { isInternalSheet } from '../../file/internal-sheets';
import { readRegularFile } from './size-guard';

/** How the messages name the table: "Bảng miễn đánh giá" / "exemptions table", and the option's example. */
export interface TableWords {
  vi: string;
  en: string;
  example: { vi: string; en: string };
}

/** The visible sheets (internal ones left out) of the file, or the CSV as one grid; `name` is the file's name. */
export type TableFile = { ok: true; name: string; grids: Grid[] } | { ok: false; problem: Bilingual };

export async function readTableFile(arg: string, cwd: string, words: TableWords): Promise<TableFile> {
  const file = path.resolve(cwd, arg);
  const name = fileNameOf(arg);
  const isCsv = /\.csv$/i.test(arg);
  const lower = words.vi.charAt(0).toLocaleLowerCase('vi') + words.vi.slice(1);
  if (!isCsv && !/\.xlsx$/i.test(arg)) {
    return fail({
      vi: `${words.vi} "${arg}" phải là tệp .xlsx hoặc .csv, ví dụ: ${words.example.vi}`,
      en: `The ${words.en} "${arg}" must be an .xlsx or .csv file, e.g. ${words.example.en}`,
    });
  }
  // Only a regular file within the size limit (a FIFO or /dev/zero is refused unread).
  let data: Buffer;
  const read = await readRegularFile(file, arg);
  if (read.ok) data = read.data;
  else if (read.problem) return fail(read.problem);
  else {
    return fail({
      vi: `Không đọc được ${lower} "${arg}" (không tồn tại hoặc không có quyền đọc). Kiểm tra lại đường dẫn.`,
      en: `Cannot read the ${words.en} "${arg}" (missing or not readable). Check the path.`,
    });
  }
  if (isCsv) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(data);
      return { ok: true, name, grids: [csvToGrid(text, name)] };
    } catch {
      return fail({
        vi: `Tệp "${arg}" không phải CSV mã UTF-8. Trong Excel chọn Lưu thành → "CSV UTF-8 (Comma delimited)", hoặc dùng tệp .xlsx.`,
        en: `"${arg}" is not a UTF-8 CSV. In Excel choose Save As → "CSV UTF-8 (Comma delimited)", or use the .xlsx file.`,
      });
    }
  }
  try {
    const sheets = readWorkbookSheetsFast(data, { include: (n, visible) => visible && !isInternalSheet(n) });
    if (sheets.length > 0) return { ok: true, name, grids: sheets.map((s) => s.grid) };
  } catch {
    // fall through to the message below
  }
  return fail({
    vi: `Không mở được ${lower} "${arg}" như một tệp Excel .xlsx. Mở tệp bằng Excel, lưu lại dạng .xlsx (hoặc CSV UTF-8) rồi chạy lại.`,
    en: `Cannot open the ${words.en} "${arg}" as an .xlsx workbook. Open it in Excel, save it as .xlsx (or CSV UTF-8) and run again.`,
  });
}

function fail(problem: Bilingual): TableFile {
  return { ok: false, problem };
}
