/**
 * Check one workbook in the browser: bytes → grids (the fast reader over JSZip, ExcelJS only for
 * files it cannot read: src/file/read-in-browser.ts) → engine. The same steps as the CLI
 * (src/cli/check/check-files.ts) without the file system. Never throws:
 * a file that cannot be read gets a sentence (Vietnamese and English) saying why and what to do.
 */
import { checkAllScoresheets } from '../engine/check';
import type { CheckResult } from '../engine/check-result';
import type { CriteriaSet } from '../engine/criteria/schema';
import type { Bilingual } from '../engine/text/lang';
import type { Grid } from '../engine/grid';
import { isRequestsMarkSheet, readRequestsReply, type RequestsReply } from '../engine/appraisal/read-reply';
import { exemptionGrant, type ExemptionTable } from '../engine/exemptions/table';
import { surveyPointsFor } from '../engine/results/survey-points';
import type { UnitTable } from '../engine/results/unit-table';
import { readSheetsInBrowser } from '../file/read-in-browser';

/**
 * Above this size the file is not opened: ExcelJS holds the whole workbook in memory, and a real
 * scoresheet is well under 1 MB, so a bigger file is almost always the wrong one (or full of images).
 */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

/**
 * One result per unit scoresheet of the workbook (a block workbook holds several); or, for an
 * explanation-request workbook a unit sent back, what it answered (no results: it is no scoresheet).
 */
export type FileCheckOutcome = { ok: true; results: CheckResult[]; reply: RequestsReply | null } | { ok: false; problem: Bilingual };

/** What every check of the page uses: the criteria sets, and the survey and exemptions tables if loaded. */
export interface CheckInputs {
  sets: CriteriaSet[];
  survey?: UnitTable | null;
  exemptions?: ExemptionTable | null;
}

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

/**
 * Read and check every unit scoresheet of the workbook. Hidden sheets are left out (and named in
 * the "sheets not checked" note), as in the CLI. With a survey table, each unit's row (matched by
 * the file name, else the unit name) gives the points of its blank survey items; with an
 * exemptions table, its row says which N/A claims the Department of Home Affairs granted.
 */
export async function checkWorkbookBytes(data: Uint8Array, inputs: CheckInputs | CriteriaSet[], fileName = ''): Promise<FileCheckOutcome> {
  const { sets, survey, exemptions } = Array.isArray(inputs) ? { sets: inputs, survey: null, exemptions: null } : inputs;
  if (data.byteLength > MAX_FILE_BYTES) return { ok: false, problem: tooBigProblem(data.byteLength) };
  try {
    const read = await readSheetsInBrowser(data);
    if (!read.ok) return { ok: false, problem: read.problem };
    const all = read.listed;
    // A returned requests workbook carries a very hidden mark sheet: read every sheet of it.
    if (all.some((x) => isRequestsMarkSheet(x.name))) {
      const every: Grid[] = [];
      for (const s of all) every.push(await read.gridOf(s.name));
      const reply = readRequestsReply(every);
      if (reply) return { ok: true, results: [], reply };
    }
    const grids: Grid[] = [];
    for (const s of all.filter((x) => x.visible)) grids.push(await read.gridOf(s.name));
    const results = checkAllScoresheets(grids, {
      sets,
      surface: 'page',
      hiddenSheets: all.filter((x) => !x.visible).map((x) => x.name),
      ...(survey ? { surveyFor: (unit: string | null) => surveyPointsFor(survey, unit, fileName || null) } : {}),
      // As the CLI's --exemptions: the unit's row by the file name when the table names files, else by unit.
      ...(exemptions ? { exemptionsFor: (unit: string | null) => exemptionGrant(exemptions, unit, fileName || null) } : {}),
    });
    return { ok: true, results, reply: null };
  } catch (e) {
    return { ok: false, problem: unexpectedProblem(e instanceof Error ? e.message : String(e)) };
  }
}

/**
 * A digest of a file's bytes, to see that two files are the same workbook sent twice: SHA-256
 * where the browser offers it (secure pages), else a 64-bit FNV-1a with the length (older
 * webviews, jsdom). Equality within one batch is all it is used for.
 */
export async function contentHash(bytes: Uint8Array): Promise<string> {
  const subtle = typeof globalThis.crypto !== 'undefined' ? globalThis.crypto.subtle : undefined;
  if (subtle) {
    try {
      const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as BufferSource));
      return 'sha256:' + Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    } catch {
      // fall through to the plain hash
    }
  }
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < bytes.length; i++) {
    h1 = Math.imul(h1 ^ bytes[i], 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ bytes[bytes.length - 1 - i], 0x01000193) >>> 0;
  }
  return `fnv:${bytes.length}:${h1.toString(16)}${h2.toString(16)}`;
}
