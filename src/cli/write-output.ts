/** Writing an output workbook: the messages for the usual failures (folder missing, file open in Excel). */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Bilingual } from '../engine/findings/finding';

export function needsXlsx(out: string): Bilingual | null {
  if (/\.xlsx$/i.test(out)) return null;
  return {
    vi: `Tệp kết quả "${out}" phải có đuôi .xlsx, ví dụ: --out ket-qua.xlsx`,
    en: `The output file "${out}" must end in .xlsx, e.g. --out result.xlsx`,
  };
}

/** Write the bytes; null when done, else why not. */
export async function writeOutput(file: string, shown: string, data: Buffer): Promise<Bilingual | null> {
  try {
    await fs.writeFile(file, data);
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return {
        vi: `Không ghi được "${shown}": thư mục "${path.dirname(shown)}" không tồn tại. Tạo thư mục trước hoặc chọn nơi khác.`,
        en: `Cannot write "${shown}": folder "${path.dirname(shown)}" does not exist. Create it first or choose another place.`,
      };
    }
    return {
      vi: `Không ghi được "${shown}" (${code ?? 'lỗi'}): tệp có thể đang mở trong Excel hoặc bạn không có quyền ghi. Đóng tệp hoặc chọn tên khác.`,
      en: `Cannot write "${shown}" (${code ?? 'error'}): it may be open in Excel or not writable. Close it or choose another name.`,
    };
  }
}
