/**
 * Loading and checking a criteria set (criteria-set.md): the zod schema first, then the
 * cross-item rules. Every problem is reported, not only the first, each with its JSON path,
 * its item code and a bilingual message that says how to fix it: set authors edit these files
 * by hand and should fix them in one round.
 */
import type { Bilingual } from '../text/lang';
import { criteriaSetSchema, type CriteriaSet } from './schema';
import { setBoundProblem } from './set-bounds';
import { crossItemProblems } from './set-rules';
import type { SetProblem } from './set-problem';
import { problemsFromZod } from './zod-problems';

export type { SetProblem } from './set-problem';

export type SetValidation = { ok: true; set: CriteriaSet } | { ok: false; problems: SetProblem[] };

export function validateCriteriaSet(json: unknown): SetValidation {
  // Size first (set-bounds.ts): the checks below walk the tree recursively and pairwise.
  const tooBig = setBoundProblem(json);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const parsed = criteriaSetSchema.safeParse(json);
  const problems = [...(parsed.success ? [] : problemsFromZod(parsed.error.issues, json)), ...crossItemProblems(json)];
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, set: parsed.data };
}

/** Parse the text of a .json set file, then validate it. */
export function loadCriteriaSetText(text: string): SetValidation {
  // A UTF-8 BOM (Notepad on Windows) is not JSON but is no mistake of the author either.
  const clean = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(clean);
  } catch (e) {
    return { ok: false, problems: [syntaxProblem(clean, e instanceof Error ? e.message : String(e))] };
  }
  return validateCriteriaSet(json);
}

/**
 * A set kept earlier (browser storage on the checking page, workbook settings in the pane): a
 * valid set, or a draft kept on purpose despite rule problems ("Vẫn lưu khi còn lỗi"); null
 * otherwise. One home here so the page and the pane accept the same stored sets.
 */
export function loadKeptSetText(text: string): CriteriaSet | null {
  const loaded = loadCriteriaSetText(text);
  if (loaded.ok) return loaded.set;
  try {
    const draft = criteriaSetSchema.safeParse(JSON.parse(text));
    return draft.success && draft.data.draft ? draft.data : null;
  } catch {
    return null;
  }
}

/** Where the parser stopped, from the engine's message (V8: "at position N"; Firefox: "line L column C"). */
function errorPosition(text: string, message: string): { line: number; column: number; offset: number } | null {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const line = Number(lc[1]);
    const column = Number(lc[2]);
    const lines = text.split('\n');
    const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
    return { line, column, offset };
  }
  const pos = /position (\d+)/.exec(message);
  let offset: number | null = pos ? Number(pos[1]) : null;
  if (offset === null && /end of (JSON )?(input|data)/i.test(message)) offset = text.length;
  if (offset === null) return null;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1, offset };
}

/** The usual causes of a hand-edited file not parsing, recognised at the error position. */
function likelyCause(text: string, offset: number): Bilingual | null {
  const ch = text.charAt(offset);
  const prev = text.slice(0, offset).trimEnd().slice(-1);
  if (text.trim() === '') return { vi: 'Tệp trống.', en: 'The file is empty.' };
  if (offset >= text.length) {
    return { vi: 'Tệp kết thúc giữa chừng: thiếu dấu đóng "}" hoặc "]".', en: 'The file ends too early: a closing "}" or "]" is missing.' };
  }
  if (ch === '/') {
    return { vi: 'JSON không cho phép chú thích "//" hoặc "/* */": xóa các chú thích.', en: 'JSON allows no "//" or "/* */" comments: delete them.' };
  }
  if ((ch === '}' || ch === ']') && prev === ',') {
    return { vi: 'Có dấu phẩy thừa trước dấu đóng: xóa dấu phẩy đó.', en: 'A trailing comma precedes the closing bracket: delete that comma.' };
  }
  if (/[\u201C\u201D\u2018\u2019]/.test(ch)) {
    return { vi: 'Dấu ngoặc kép kiểu Word (“ ”): thay bằng dấu " thường.', en: 'Curly quotes (“ ”) from a word processor: replace them with plain ".' };
  }
  if (ch === "'") {
    return { vi: "JSON dùng dấu ngoặc kép \" chứ không dùng dấu nháy đơn '.", en: "JSON uses double quotes \", not single quotes '." };
  }
  if (prev === '}' || prev === ']' || prev === '"' || /\d/.test(prev)) {
    return { vi: 'Có thể thiếu dấu phẩy giữa hai mục.', en: 'A comma between two entries may be missing.' };
  }
  return null;
}

function syntaxProblem(text: string, engineMessage: string): SetProblem {
  const at = errorPosition(text, engineMessage);
  const cause = at ? likelyCause(text, at.offset) : null;
  const whereVi = at ? ` ở dòng ${at.line}, cột ${at.column}` : '';
  const whereEn = at ? ` at line ${at.line}, column ${at.column}` : '';
  return {
    path: '',
    item: null,
    message: {
      vi: `Tệp không phải JSON hợp lệ${whereVi}. ${cause ? cause.vi + ' ' : ''}Sửa tại vị trí đó rồi nạp lại (chi tiết: ${engineMessage}).`,
      en: `The file is not valid JSON${whereEn}. ${cause ? cause.en + ' ' : ''}Fix it there and load it again (detail: ${engineMessage}).`,
    },
    ...(at ? { line: at.line, column: at.column } : {}),
  };
}
