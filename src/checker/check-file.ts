/**
 * Check one workbook in the browser: bytes → ExcelJS (via the file adapter) → grids → engine.
 * The same steps as the CLI (src/cli/check/check-files.ts) without the file system. Never throws:
 * a file that cannot be read gets a sentence (Vietnamese and English) saying why and what to do.
 */
import { checkWorkbookGrids } from '../engine/check';
import type { CheckResult } from '../engine/check-result';
import type { CriteriaSet } from '../engine/criteria/schema';
import type { Bilingual } from '../engine/findings/finding';
import type { Grid } from '../engine/grid';
import { openWorkbook } from '../file/open-workbook';

/**
 * Above this size the file is not opened: ExcelJS holds the whole workbook in memory, and a real
 * scoresheet is well under 1 MB, so a bigger file is almost always the wrong one (or full of images).
 */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

export type FileCheckOutcome = { ok: true; result: CheckResult } | { ok: false; problem: Bilingual };

export function tooBigProblem(bytes: number): Bilingual {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  const limit = MAX_FILE_BYTES / 1024 / 1024;
  return {
    vi: `Tệp quá lớn (${mb.replace('.', ',')} MB, giới hạn ${limit} MB) nên không kiểm tra trên trình duyệt. Biểu chấm điểm thường nhỏ hơn 1 MB: hãy kiểm tra đúng tệp, xóa ảnh hoặc sheet không cần thiết rồi lưu lại; hoặc dùng lệnh par-check trên máy tính.`,
    en: `The file is too large (${mb} MB, limit ${limit} MB) to check in the browser. A scoresheet is usually under 1 MB: check that this is the right file, remove images or sheets not needed and save it again; or use the par-check command line.`,
  };
}

export function unexpectedProblem(detail: string): Bilingual {
  return {
    vi: `Lỗi không mong đợi khi kiểm tra tệp: ${detail}. Hãy mở tệp bằng Excel, lưu lại thành tệp .xlsx mới rồi kiểm tra lại; nếu vẫn lỗi, gửi tệp cho nhóm hỗ trợ.`,
    en: `Unexpected error while checking the file: ${detail}. Open it in Excel, save it as a new .xlsx and check it again; if it still fails, send the file to support.`,
  };
}

export const readFailedProblem: Bilingual = {
  vi: 'Trình duyệt không đọc được tệp (tệp có thể đã bị di chuyển, xóa hoặc đang bị chương trình khác khóa). Hãy đóng tệp trong Excel rồi chọn lại tệp.',
  en: 'The browser could not read the file (it may have been moved, deleted or locked by another program). Close it in Excel and choose it again.',
};

/** Read, pick the scoresheet and check. Hidden sheets are left out, as in the CLI. */
export async function checkWorkbookBytes(data: Uint8Array, sets: CriteriaSet[]): Promise<FileCheckOutcome> {
  if (data.byteLength > MAX_FILE_BYTES) return { ok: false, problem: tooBigProblem(data.byteLength) };
  try {
    const opened = await openWorkbook(data);
    if (!opened.ok) return { ok: false, problem: opened.problem };
    const workbook = opened.workbook;
    const sheets = (await workbook.listSheets()).filter((s) => s.visible);
    const grids: Grid[] = [];
    for (const s of sheets) grids.push(await workbook.readGrid(s.name));
    return { ok: true, result: checkWorkbookGrids(grids, { sets, surface: 'page' }) };
  } catch (e) {
    return { ok: false, problem: unexpectedProblem(e instanceof Error ? e.message : String(e)) };
  }
}

/** A File's bytes: Blob.arrayBuffer where the browser has it, FileReader otherwise (older engines, jsdom). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}
