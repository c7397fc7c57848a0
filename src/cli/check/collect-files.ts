/**
 * Turn the command line's files and folders into the list of workbooks to check.
 * Folders are searched recursively for .xlsx files, leaving out Excel's "~$" lock files
 * (they appear next to every open workbook and are not workbooks). A path that does not exist,
 * a folder holding no workbook, a sub-folder that cannot be read and a workbook reached through a
 * symbolic link become entries with a problem: each is reported in its place and never stops the
 * other files (the walk goes on past an unreadable sub-folder).
 */
import { readdirSync, statSync, type Dirent } from 'fs';
import * as path from 'path';
import type { Bilingual } from '../../engine/text/lang';

export interface InputFile {
  /** As shown in the report: the argument itself, or folder/relative/path.xlsx for found files. */
  file: string;
  /** Absolute path. */
  path: string;
  /** Set when the input cannot even be opened (missing path, empty folder, unreadable sub-folder, link). */
  problem?: Bilingual;
}

/** The one file-system call of the walk: tests pass a failing one (tests run as root, where chmod 000 does not block). */
export type ReadDir = (dir: string) => Dirent[] | Promise<Dirent[]>;
/**
 * Synchronous: the promise version's listing stayed alive for the whole run (a batch then runs in
 * the microtasks of the callback that resolved it, whose handle scope holds the listing: 10,000
 * Dirents and their names, ≈ 0.9 MB at 10,000 files, found in a heap snapshot at the report).
 */
const realReadDir: ReadDir = (dir) => readdirSync(dir, { withFileTypes: true });

const isWorkbookName = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith('~$');

interface Found {
  path: string;
  problem?: Bilingual;
}

const unreadableFolder = (shown: string, code: string): Bilingual => ({
  vi: `Không đọc được thư mục "${shown}" (${code}): các tệp trong đó đã bị bỏ qua, các thư mục khác vẫn được kiểm tra. Kiểm tra quyền đọc thư mục rồi chạy lại.`,
  en: `Cannot read the folder "${shown}" (${code}): the files in it were skipped; the other folders are still checked. Check the folder's read permission and run again.`,
});

const linkedWorkbook = (shown: string): Bilingual => ({
  vi: `Bỏ qua "${shown}": đó là một liên kết (symlink), không phải tệp. Đưa tên tệp thật vào lệnh nếu cần kiểm tra.`,
  en: `Skipped "${shown}": it is a symbolic link, not a file. Name the real file on the command line to check it.`,
});

/** `shown(abs)`: how a path is printed. Never throws: an unreadable folder becomes an entry. */
async function walk(dir: string, found: Found[], shown: (abs: string) => string, readdir: ReadDir): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir);
  } catch (e) {
    found.push({ path: dir, problem: unreadableFolder(shown(dir), (e as NodeJS.ErrnoException).code ?? 'error') });
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    // Symbolic links to folders are not followed (a link loop would never end); links to
    // workbooks are said to be skipped (a link may lead anywhere).
    if (e.isDirectory()) await walk(full, found, shown, readdir);
    else if (e.isFile() && isWorkbookName(e.name)) found.push({ path: full });
    else if (e.isSymbolicLink() && isWorkbookName(e.name)) found.push({ path: full, problem: linkedWorkbook(shown(full)) });
  }
}

/** `text` as one flat string of its own (JSON gives back every string exactly, lone surrogates too). */
const flat = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/**
 * `skip` leaves out workbooks found in folders (not those named on the command line): the run's
 * own outputs (the ranking workbook, the flagged copies) when they are written inside a folder
 * being checked, so a second run does not check them.
 */
export async function collectFiles(
  inputs: string[],
  cwd: string,
  skip?: (absPath: string) => boolean,
  readdir: ReadDir = realReadDir,
): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat;
    try {
      // Synchronous: one call per argument, and a one-file check then starts no thread pool.
      stat = statSync(abs);
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
    // Every path found starts with the folder's (walk joins names onto it): cut, not path.relative
    // (which resolves both paths again: ≈ 10 µs a file).
    const prefix = abs.endsWith(path.sep) ? abs : abs + path.sep;
    const shown = (f: string) => (f === abs ? input : path.join(input, f.startsWith(prefix) ? f.slice(prefix.length) : path.relative(abs, f)));
    let found: Found[] = [];
    await walk(abs, found, shown, readdir);
    if (skip) found = found.filter((f) => f.problem || !skip(f.path));
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
    // The same order as a.localeCompare(b, 'vi'), without making the collator again for each comparison.
    const order = new Intl.Collator('vi');
    found.sort((a, b) => order.compare(a.path, b.path));
    for (const f of found) {
      // Kept for the whole run (10,000 files, two strings each): flat strings, not the joins'
      // trees of pieces, and one string for both when the file is shown by its path (a folder
      // given by its absolute path).
      const full = flat(f.path);
      const file = shown(f.path);
      out.push({ file: file === full ? full : flat(file), path: full, ...(f.problem ? { problem: f.problem } : {}) });
    }
  }
  return out;
}
