/**
 * `par-check clear <file.xlsx> --out <file.xlsx>`: remove the checker's marks and write a copy.
 * The input is never overwritten. The marks are taken out of the package's parts that hold them
 * (src/file/package-marks), so charts, pivot tables and everything else stay as they were; only
 * if the package cannot be patched is the copy written by ExcelJS, and the user is told what
 * that may lose.
 */
import { HELP_OPTION, bilingual, commandArgs } from '../args';
import type { CliCommand } from '../command';
import { COMMAND_SUMMARIES } from './summaries';
import { removeCheckResultSheets } from '../../file/flags';
import { openWorkbook } from '../../file/open-workbook';
import { InputLimitError } from '../../file/input-limits';
import { clearPackage } from '../../file/package-marks';
import { sniffWorkbookBytes } from '../../file/sniff';
import { readRegularFile } from '../check/size-guard';
import { copyTarget } from '../copy-target';
import { writeOutput } from '../write-output';

const help = `Cách dùng: par-check clear <tệp.xlsx> --out <tệp-mới.xlsx>

Gỡ mọi dấu kiểm tra mà par-check đã đặt, bằng dòng lệnh hay phần bổ trợ Excel, kể cả phiên bản
trước (tô màu định dạng có điều kiện, khối ghi chú "--- par-check · Kiểm tra CCHC / PAR check ---"
và trang "Kết quả kiểm tra"), giữ nguyên giá trị, định dạng, ghi chú của người dùng, biểu đồ,
PivotTable, hình ảnh, tên vùng…, rồi ghi ra tệp mới. Không bao giờ ghi đè tệp gốc.
  --out <tệp.xlsx>   Tệp sẽ ghi (khác tệp gốc).
  --force            Ghi đè tệp --out đã có (mặc định không ghi đè).
  -h, --help         Hiện hướng dẫn này.

Usage: par-check clear <file.xlsx> --out <new-file.xlsx>

Removes every mark par-check put on the workbook, from the command line or the Excel add-in,
earlier versions included (conditional-format highlights, the "--- par-check · Kiểm tra CCHC /
PAR check ---" note blocks and the "Kết quả kiểm tra" sheet), keeping the user's
values, formats, notes, charts, pivot tables, pictures, names and the rest, and writes a new
file. The input is never overwritten.
  --out <file.xlsx>  The file to write (not the input).
  --force            Overwrite an existing --out file (by default never).
  -h, --help         Show this help.
`;

export const command: CliCommand = {
  name: 'clear',
  summary: COMMAND_SUMMARIES['clear'],
  help,
  async run(argv, io) {
    const args = commandArgs(argv, [HELP_OPTION, { name: 'out', takesValue: true }, { name: 'force', takesValue: false }], 'clear', help, io);
    if (typeof args === 'number') return args;
    const target = await copyTarget('clear', args, io, { vi: '-sach', en: '-clean' });
    if (target === 2) return 2;
    const { input, out, inputArg, outArg } = target;
    // Only a regular file within the size limit (a FIFO or /dev/zero is refused unread).
    const read = await readRegularFile(input, inputArg);
    if (!read.ok) {
      io.stderr(bilingual(read.problem ?? {
        vi: `Không đọc được tệp "${inputArg}" (${read.code}). Kiểm tra tên, đường dẫn và quyền đọc.`,
        en: `Cannot read the file "${inputArg}" (${read.code}). Check the name, the path and the read permission.`,
      }));
      return 2;
    }
    const data = read.data;
    const sniffed = sniffWorkbookBytes(data);
    if (sniffed.problem) {
      io.stderr(bilingual(sniffed.problem));
      return 2;
    }
    let cells = 0;
    let sheets = 0;
    let bytes: Uint8Array;
    try {
      const cleared = await clearPackage(data);
      cells = [...cleared.cells.values()].reduce((a, b) => a + b, 0);
      sheets = cleared.resultSheets;
      bytes = cleared.bytes;
    } catch (e) {
      // Over an input limit (a zip bomb…): its sentence, nothing written.
      if (e instanceof InputLimitError) {
        io.stderr(bilingual(e.problem));
        return 2;
      }
      // A package our patcher cannot follow: ExcelJS rewrites the whole workbook instead.
      const opened = await openWorkbook(data);
      if (!opened.ok) {
        io.stderr(bilingual(opened.problem));
        return 2;
      }
      for (const sheet of await opened.workbook.listSheets()) cells += await opened.workbook.clearFlags(sheet.name);
      // The "Kết quả kiểm tra" sheet a flagged copy may carry (findings tied to no cell).
      sheets = removeCheckResultSheets(opened.workbook.workbook);
      bytes = await opened.workbook.toBuffer();
      io.stderr(bilingual({
        vi: 'Lưu ý: tệp có cấu trúc khác thường nên được ghi lại toàn bộ bằng thư viện ExcelJS; biểu đồ, PivotTable, hình ảnh có thể không được giữ trong tệp mới. Tệp gốc không đổi.',
        en: 'Note: the file is built unusually, so it was rewritten whole by the ExcelJS library; charts, pivot tables and pictures may be missing from the new file. The original is unchanged.',
      }));
    }
    const problem = await writeOutput(out, outArg, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (problem) {
      io.stderr(bilingual(problem));
      return 2;
    }
    io.stdout(bilingual({
      vi: `Đã gỡ dấu kiểm tra ở ${cells} ô${sheets > 0 ? ' và trang "Kết quả kiểm tra"' : ''}. Đã ghi: ${outArg}`,
      en: `Removed the marks from ${cells} cells${sheets > 0 ? ' and the "Check results" sheet' : ''}. Wrote: ${outArg}`,
    }));
    return 0;
  },
};
