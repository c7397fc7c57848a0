/**
 * Turn the command line's files and folders into the list of workbooks to check.
 * Folders are searched recursively for .xlsx files, leaving out Excel's "~$" lock files
 * (they appear next to every open workbook and are not workbooks). A path that does not exist,
 * or a folder holding no workbook, becomes an entry with a problem: it is reported in its place
 * and never stops the other files.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Bilingual } from '../../engine/findings/finding';

export interface InputFile {
  /** As shown in the report: the argument itself, or folder/relative/path.xlsx for found files. */
  file: string;
  /** Absolute path. */
  path: string;
  /** Set when the input cannot even be opened (missing path, empty folder). */
  problem?: Bilingual;
}

const isWorkbookName = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith('~$');

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const full = path.join(dir, e.name);
    // Symbolic links to folders are not followed (a link loop would never end).
    if (e.isDirectory()) await walk(full, found);
    else if (e.isFile() && isWorkbookName(e.name)) found.push(full);
  }
}

/**
 * `skip` leaves out workbooks found in folders (not those named on the command line): the run's
 * own outputs (the ranking workbook, the flagged copies) when they are written inside a folder
 * being checked, so a second run does not check them.
 */
export async function collectFiles(inputs: string[], cwd: string, skip?: (absPath: string) => boolean): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch {
      out.push({
        file: input,
        path: abs,
        problem: {
          vi: `Không tìm thấy tệp hoặc thư mục "${input}". Kiểm tra lại tên và đường dẫn (đặt trong dấu ngoặc kép nếu có dấu cách).`,
          en: `File or folder "${input}" not found. Check the name and the path (quote it if it contains spaces).`,
        },
      });
      continue;
    }
    if (!stat.isDirectory()) {
      out.push({ file: input, path: abs });
      continue;
    }
    let found: string[] = [];
    try {
      await walk(abs, found);
    } catch {
      // An unreadable sub-folder: report the folder, keep what was found.
    }
    if (skip) found = found.filter((f) => !skip(f));
    if (found.length === 0) {
      out.push({
        file: input,
        path: abs,
        problem: {
          vi: `Thư mục "${input}" không có tệp .xlsx nào (kể cả thư mục con). Chép các biểu chấm điểm dạng .xlsx vào thư mục rồi chạy lại.`,
          en: `Folder "${input}" holds no .xlsx file (sub-folders included). Put the .xlsx scoresheets in it and run again.`,
        },
      });
      continue;
    }
    found.sort((a, b) => a.localeCompare(b, 'vi'));
    for (const f of found) out.push({ file: path.join(input, path.relative(abs, f)), path: f });
  }
  return out;
}
