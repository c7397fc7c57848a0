/**
 * Tell what a file is from its first bytes, before handing it to ExcelJS.
 * ExcelJS's own errors on a PDF, an old .xls or a password-protected workbook are
 * unreadable to users ("End of data reached", "Can't find end of central directory"),
 * so the common wrong inputs are recognised here and get a message that says how to fix them.
 * Pure (no Node APIs): the browser file mode uses it too.
 */
import type { Bilingual } from '../engine/text/lang';

export type FileKind = 'xlsx' | 'empty' | 'encrypted' | 'xls' | 'ods' | 'pdf' | 'other';

export interface Sniffed {
  kind: FileKind;
  /** Why the file cannot be checked and what to do; null for 'xlsx'. */
  problem: Bilingual | null;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// OLE2 / Compound File Binary: old .xls files and password-encrypted .xlsx both use it.
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // "%PDF"

function startsWith(data: Uint8Array, sig: number[]): boolean {
  if (data.length < sig.length) return false;
  return sig.every((b, i) => data[i] === b);
}

/** An encrypted OOXML package is a CFB holding an "EncryptionInfo" stream (name in UTF-16LE). */
function hasUtf16Name(data: Uint8Array, name: string): boolean {
  const pattern: number[] = [];
  for (const ch of name) pattern.push(ch.charCodeAt(0), 0);
  const limit = data.length - pattern.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < pattern.length; j++) if (data[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

export const fileProblems = {
  empty: {
    vi: 'Tệp rỗng (0 byte): có thể tệp chưa tải xuống xong. Hãy tải hoặc sao chép lại tệp rồi kiểm tra lại.',
    en: 'The file is empty (0 bytes): it may not have finished downloading. Download or copy it again and re-check.',
  },
  encrypted: {
    vi: 'Tệp được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu rồi bấm OK), lưu lại và kiểm tra lại.',
    en: 'The file is password-protected and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it, OK), save and re-check.',
  },
  xls: {
    vi: 'Tệp Excel định dạng cũ (.xls) không được hỗ trợ. Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) "Sổ làm việc Excel (*.xlsx)" rồi kiểm tra tệp .xlsx mới.',
    en: 'Old Excel format (.xls) is not supported. Open the file in Excel, Save As "Excel Workbook (*.xlsx)" and check the new .xlsx file.',
  },
  pdf: {
    vi: 'Đây là tệp PDF, không phải bảng tính Excel. Hãy dùng tệp .xlsx gốc của biểu chấm điểm (không dùng bản in hoặc bản scan).',
    en: 'This is a PDF file, not an Excel workbook. Use the original .xlsx scoresheet (not a printout or a scan).',
  },
  other: {
    vi: 'Đây không phải tệp Excel .xlsx (có thể là tệp khác bị đổi đuôi). Hãy mở biểu chấm điểm bằng Excel và lưu dạng "Sổ làm việc Excel (*.xlsx)".',
    en: 'This is not an Excel .xlsx file (it may be another file renamed). Open the scoresheet in Excel and save it as "Excel Workbook (*.xlsx)".',
  },
  corrupt: {
    vi: 'Tệp .xlsx bị hỏng hoặc không đầy đủ (có thể tải xuống chưa xong hoặc sao chép bị lỗi) nên không đọc được. Hãy tải hoặc sao chép lại tệp; nếu Excel mở được thì lưu lại thành tệp mới rồi kiểm tra lại.',
    en: 'The .xlsx file is damaged or incomplete (an unfinished download or a failed copy) and cannot be read. Download or copy it again; if Excel can open it, save it as a new file and re-check.',
  },
  ods: {
    vi: 'Đây là tệp .ods của LibreOffice/OpenOffice, không phải tệp Excel .xlsx. Hãy mở tệp bằng LibreOffice Calc, chọn Tệp > Lưu thành (File > Save As), chọn kiểu "Excel 2007-365 (.xlsx)", lưu rồi kiểm tra tệp .xlsx mới.',
    en: 'This is a LibreOffice/OpenOffice .ods file, not an Excel .xlsx file. Open it in LibreOffice Calc, File > Save As, choose "Excel 2007-365 (.xlsx)", save and check the new .xlsx file.',
  },
  numbers: {
    vi: 'Đây là tệp Numbers của máy Mac, không phải tệp Excel .xlsx. Hãy mở tệp bằng Numbers, chọn Tệp > Xuất sang > Excel (File > Export To > Excel), rồi kiểm tra tệp .xlsx mới.',
    en: 'This is an Apple Numbers file, not an Excel .xlsx file. Open it in Numbers, File > Export To > Excel, and check the new .xlsx file.',
  },
  notWorkbook: {
    vi: 'Tệp nén này không phải sổ làm việc Excel (có thể là tệp Word .docx hoặc .zip bị đổi đuôi). Hãy dùng tệp .xlsx của biểu chấm điểm.',
    en: 'This zip file is not an Excel workbook (it may be a Word .docx or a .zip renamed). Use the .xlsx scoresheet file.',
  },
} satisfies Record<string, Bilingual>;

/** An OpenDocument package starts with a stored "mimetype" entry naming its type. */
const ODS_HEAD = 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet';
function isOds(data: Uint8Array): boolean {
  // Byte by byte: no string is built for the many files that are not one.
  if (data.length < 30 + ODS_HEAD.length) return false;
  for (let i = 0; i < ODS_HEAD.length; i++) if (data[30 + i] !== ODS_HEAD.charCodeAt(i)) return false;
  return true;
}

/** Whether the zip names this entry (a byte search over the file: used only when it is not a workbook). */
export function zipHasEntry(data: Uint8Array, name: string): boolean {
  const pattern = Array.from(name, (ch) => ch.charCodeAt(0));
  const limit = data.length - pattern.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < pattern.length; j++) if (data[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** A zip that is not an .xlsx: the most precise sentence for what it is. */
export function notWorkbookProblem(data: Uint8Array): Bilingual {
  if (isOds(data)) return fileProblems.ods;
  if (zipHasEntry(data, 'Index/Document.iwa')) return fileProblems.numbers;
  return fileProblems.notWorkbook;
}

export function sniffWorkbookBytes(data: Uint8Array): Sniffed {
  if (data.length === 0) return { kind: 'empty', problem: fileProblems.empty };
  if (startsWith(data, ZIP)) return isOds(data) ? { kind: 'ods', problem: fileProblems.ods } : { kind: 'xlsx', problem: null };
  if (startsWith(data, CFB)) {
    return hasUtf16Name(data, 'EncryptionInfo')
      ? { kind: 'encrypted', problem: fileProblems.encrypted }
      : { kind: 'xls', problem: fileProblems.xls };
  }
  if (startsWith(data, PDF)) return { kind: 'pdf', problem: fileProblems.pdf };
  return { kind: 'other', problem: fileProblems.other };
}
