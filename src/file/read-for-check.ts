/**
 * The sheets of a file to check, for the CLI: one file, one answer, whether or not a flagged copy
 * is wanted.
 *
 * The fast reader (src/file/fast-read) reads the grids whenever it can; ExcelJS is opened only
 * when a copy is to be written (--annotate) or when the fast reader cannot read the file (its
 * messages for bad files live on the ExcelJS path, open-workbook.ts). When both read the file,
 * the check uses the fast reader's grids; if ExcelJS saw different cells, or cannot open a file
 * the fast reader read, the copy is said to be unfaithful or impossible and the check stands.
 */
import type { Bilingual } from '../engine/text/lang';
import type { Grid } from '../engine/grid';
import { readWorkbookSheetsFast, type FastSheet } from './fast-read';
import type { FileWorkbook } from './file-workbook';
import { InputLimitError, limitProblems, MAX_COPY_MERGES } from './input-limits';
import { SEAL_SHEET } from '../engine/seal/seal-sheet-name';
import { isInternalSheet } from './internal-sheets';
import { openWorkbook } from './open-workbook';
import { sniffWorkbookBytes } from './sniff';

export interface SheetsToCheck {
  grids: Grid[];
  /** Hidden sheets left out (named in the report's "sheets not checked" note). */
  hidden: string[];
}

export type ReadForCheck =
  | {
      ok: true;
      sheets: SheetsToCheck;
      /** The ExcelJS workbook, when asked for and it could be opened (to write a copy). */
      workbook: FileWorkbook | null;
      /** Why the copy is missing or not quite the file (empty when all is well). */
      copyNotes: Bilingual[];
      /** Every user sheet (hidden ones too), in tab order. */
      listed: { name: string; visible: boolean }[];
      /** Any listed sheet's grid, read by the reader that read the file. */
      gridOf(name: string): Promise<Grid>;
      /**
       * Whether the package lists a seal sheet (SEAL_SHEET), when the fast reader read the file
       * (it sees every sheet's name); undefined when ExcelJS read it. A file without one needs no
       * second read for its seal (cli/check/file-seal.ts).
       */
      sealSheet?: boolean;
    }
  | { ok: false; problem: Bilingual };

export const copyProblems = {
  cannotOpen: {
    vi: 'Không tạo được bản sao có đánh dấu cho tệp này: thư viện ghi tệp Excel không mở được tệp (tệp do chương trình khác tạo). Kết quả kiểm tra vẫn đầy đủ; để có bản sao, hãy mở tệp bằng Excel, lưu lại rồi kiểm tra lại.',
    en: 'No flagged copy could be made of this file: the Excel writing library cannot open it (the file was made by another program). The check result is complete; to get a copy, open the file in Excel, save it and check again.',
  } as Bilingual,
  /** ExcelJS not even tried: the file is over a limit of the writing path (input-limits.ts). */
  overLimit: (problem: Bilingual): Bilingual => ({
    vi: `Không tạo được bản sao có đánh dấu cho tệp này. ${problem.vi} Kết quả kiểm tra vẫn đầy đủ.`,
    en: `No flagged copy could be made of this file. ${problem.en} The check result is complete.`,
  }),
  differs: (sheets: string[]): Bilingual => ({
    vi: `Bản sao có đánh dấu có thể không giống hệt tệp gốc ở sheet ${sheets.map((s) => `"${s}"`).join(', ')}: thư viện ghi tệp Excel đọc một số ô khác với khi kiểm tra. Kết quả kiểm tra theo nội dung tệp gốc; hãy đối chiếu với tệp gốc.`,
    en: `The flagged copy may not match the original on sheet ${sheets.map((s) => `"${s}"`).join(', ')}: the Excel writing library reads some cells differently from the check. The check follows the original file; compare with the original.`,
  }),
};

interface FastRead {
  sheets: SheetsToCheck;
  all: FastSheet[];
  sealSheet: boolean;
}

/** The fast reader's sheets to check; null when it cannot read the file or sees anything unusual. */
function fastSheets(data: Uint8Array, sheetName: string | undefined): FastRead | null {
  try {
    let sealSheet = false;
    const include = (name: string): boolean => {
      if (name === SEAL_SHEET) sealSheet = true;
      return !isInternalSheet(name);
    };
    const all = readWorkbookSheetsFast(data, { include });
    // No user sheet ("not a workbook" message) or names equal but for case (ExcelJS's lookup by
    // name would read the first one twice): leave these to the ExcelJS path.
    if (all.length === 0) return null;
    // (Lower-casing by the Vietnamese locale costs tens of µs a name: a lone sheet cannot clash.)
    if (all.length > 1 && new Set(all.map((s) => s.name.toLocaleLowerCase('vi'))).size !== all.length) return null;
    // Hidden sheets are read only when named: an old hidden copy must not be picked by itself.
    const sheets = {
      grids: all.filter((s) => s.visible || sheetName !== undefined).map((s) => s.grid),
      hidden: sheetName !== undefined ? [] : all.filter((s) => !s.visible).map((s) => s.name),
    };
    return { sheets, all, sealSheet };
  } catch (e) {
    if (e instanceof InputLimitError) throw e; // over a limit: no other reader is tried
    return null;
  }
}

function fastAnswer(fast: FastRead, workbook: FileWorkbook | null, copyNotes: Bilingual[]): ReadForCheck {
  const byName = new Map(fast.all.map((s) => [s.name, s.grid]));
  return {
    ok: true,
    sheets: fast.sheets,
    workbook,
    copyNotes,
    listed: fast.all.map((s) => ({ name: s.name, visible: s.visible })),
    sealSheet: fast.sealSheet,
    gridOf: async (name) => {
      const g = byName.get(name);
      if (!g) throw new Error(`no sheet ${name}`);
      return g;
    },
  };
}

/** The same sheets through ExcelJS. */
async function excelJsSheets(workbook: FileWorkbook, sheetName: string | undefined): Promise<SheetsToCheck> {
  const listed = await workbook.listSheets();
  const sheets = listed.filter((s) => s.visible || sheetName !== undefined);
  const grids: Grid[] = [];
  for (const s of sheets) grids.push(await workbook.readGrid(s.name));
  const hidden = sheetName !== undefined ? [] : listed.filter((s) => !s.visible).map((s) => s.name);
  return { grids, hidden };
}

/** Sheets whose grids differ between the two readers (by name; a sheet one of them lacks counts). */
function differingSheets(a: SheetsToCheck, b: SheetsToCheck): string[] {
  const byName = new Map(b.grids.map((g) => [g.sheetName, g]));
  const out: string[] = [];
  for (const g of a.grids) {
    const other = byName.get(g.sheetName);
    if (!other || JSON.stringify(other) !== JSON.stringify(g)) out.push(g.sheetName);
    byName.delete(g.sheetName);
  }
  return [...out, ...byName.keys()];
}

export async function readForCheck(
  data: Uint8Array,
  { sheetName, needWorkbook }: { sheetName?: string; needWorkbook: boolean },
): Promise<ReadForCheck> {
  const sniffed = sniffWorkbookBytes(data);
  if (sniffed.problem) return { ok: false, problem: sniffed.problem };
  let fast: FastRead | null;
  try {
    fast = fastSheets(data, sheetName);
  } catch (e) {
    if (e instanceof InputLimitError) return { ok: false, problem: e.problem };
    throw e;
  }
  if (fast && !needWorkbook) return fastAnswer(fast, null, []);
  // Too many merges for ExcelJS (input-limits.ts): the check stands, no copy is tried.
  const merges = fast ? fast.all.reduce((n, sh) => n + sh.grid.merges.length, 0) : 0;
  if (fast && merges > MAX_COPY_MERGES) {
    const sheet = fast.all.find((sh) => sh.grid.merges.length > 0)?.name ?? '';
    return fastAnswer(fast, null, [copyProblems.overLimit(limitProblems.tooManyMerges(sheet, merges))]);
  }
  let opened: Awaited<ReturnType<typeof openWorkbook>>;
  try {
    opened = await openWorkbook(data);
  } catch (e) {
    if (fast) return fastAnswer(fast, null, [copyProblems.cannotOpen]);
    throw e;
  }
  if (!opened.ok) {
    if (fast) return fastAnswer(fast, null, [opened.overLimit ? copyProblems.overLimit(opened.problem) : copyProblems.cannotOpen]);
    return opened;
  }
  const workbook = opened.workbook;
  const slow = await excelJsSheets(workbook, sheetName);
  const copyNotes = [...workbook.copyNotes];
  if (!fast) {
    const listed = (await workbook.listSheets()).map((s) => ({ name: s.name, visible: s.visible }));
    return { ok: true, sheets: slow, workbook, copyNotes, listed, gridOf: (name) => workbook.readGrid(name) };
  }
  const differ = differingSheets(fast.sheets, slow);
  if (differ.length) copyNotes.push(copyProblems.differs(differ));
  return fastAnswer(fast, workbook, copyNotes);
}
