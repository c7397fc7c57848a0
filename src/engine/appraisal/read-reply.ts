/**
 * A requests workbook sent back by the unit: which requests were answered, and what the unit
 * wrote. Recognised only by its mark sheet (requests-mark.ts); rows are found by item code, so
 * a row moved by the unit is still read, and a request whose row is gone is said so.
 */
import type { Bilingual } from '../text/lang';
import { a1, cellAt, type Grid, type GridCell } from '../grid';
import { digestRows } from './digest';
import type { RequestAsked } from './explanation-requests';
import { fold } from '../text/normalize';
import { REQUESTS_LABELS } from './requests-labels';
import { REQUEST_COLUMNS } from './requests-workbook';
import { readMark, REQUESTS_FORMAT, REQUESTS_MARK_SHEET, type RequestsMark } from './requests-mark';

/** answered: every asked part is written; partial: something is written, not all; unanswered: nothing. */
export type AnswerStatus = 'answered' | 'partial' | 'unanswered';

export interface ReplyAnswer {
  explanation: string | null;
  evidence: string | null;
}

export interface ReplyItem extends ReplyAnswer {
  code: string;
  asked: RequestAsked;
  title: string | null;
  max: number | null;
  self: number | null;
  round1: number | null;
  /** The appraiser's note as sent. */
  note: string | null;
  /** A1 address of the unit's explanation cell on the returned sheet; null when the row is gone. */
  cell: string | null;
  status: AnswerStatus;
}

export interface RequestsReply {
  unit: string;
  /** The scoresheet the requests were made from, as recorded when they were sent. */
  file: string | null;
  sheet: string | null;
  set: { id: string; version: string } | null;
  year: number | null;
  deadline: string | null;
  /** The request sheet that was read. */
  requestSheet: string;
  items: ReplyItem[];
  counts: Record<AnswerStatus, number>;
  /** The request rows read as they were sent (same codes, asks and scores). */
  unchanged: boolean;
  /** What could not be read as sent (a row gone, the sheet renamed, rows changed). */
  problems: Bilingual[];
}

export function isRequestsMarkSheet(name: string): boolean {
  return name === REQUESTS_MARK_SHEET;
}

function text(cell: GridCell | null): string | null {
  const v = cell?.value;
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  const link = cell?.hyperlink?.trim();
  if (link && link !== s && !link.startsWith('#')) return s ? `${s} (${link})` : link;
  return s || null;
}

function number(cell: GridCell | null): number | null {
  const v = cell?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function answerStatus(asked: RequestAsked, answer: ReplyAnswer): AnswerStatus {
  const e = Boolean(answer.explanation);
  const d = Boolean(answer.evidence);
  if (!e && !d) return 'unanswered';
  const complete = asked === 'explain' ? e : asked === 'evidence' ? d : e && d;
  return complete ? 'answered' : 'partial';
}

/** The reply in these sheets (all sheets of one workbook, hidden ones included); null when none is marked as ours. */
export function readRequestsReply(grids: Grid[]): RequestsReply | null {
  const markGrid = grids.find((g) => isRequestsMarkSheet(g.sheetName));
  const mark = markGrid ? readMark(markGrid) : null;
  if (!mark) return markGrid ? null : readUnmarkedReply(grids);
  const problems: Bilingual[] = [];
  const others = grids.filter((g) => g !== markGrid);
  let sheet = others.find((g) => g.sheetName === mark.requestSheet) ?? null;
  if (!sheet && others.length > 0) {
    sheet = others[0];
    problems.push({
      vi: `Không thấy sheet "${mark.requestSheet}" đã gửi; đã đọc sheet "${sheet.sheetName}" thay thế.`,
      en: `The sheet "${mark.requestSheet}" that was sent is not there; read the sheet "${sheet.sheetName}" instead.`,
    });
  }
  const items = mark.items.map((m) => readItem(sheet, mark, REQUEST_COLUMNS, m.code, m.asked, m.row));
  const gone = items.filter((i) => i.cell === null).map((i) => i.code);
  if (sheet && gone.length > 0) {
    problems.push({
      vi: `Không thấy dòng của ${gone.length} tiêu chí trong tệp gửi lại (mã ${gone.join(', ')}): các đề nghị này được coi là chưa trả lời.`,
      en: `The rows of ${gone.length} items are missing from the returned file (codes ${gone.join(', ')}): these requests count as unanswered.`,
    });
  }
  const digest = digestRows(items.map((i) => [i.code, i.asked, i.max, i.self, i.round1]));
  const unchanged = sheet !== null && gone.length === 0 && digest === mark.digest;
  if (sheet && gone.length === 0 && !unchanged) {
    problems.push({
      vi: 'Mã tiêu chí, điểm hoặc nội dung đề nghị trong tệp gửi lại khác với bản đã gửi: kiểm tra lại trước khi dùng các giải trình.',
      en: 'Item codes, scores or requests in the returned file differ from what was sent: check them before using the explanations.',
    });
  }
  const counts: Record<AnswerStatus, number> = { answered: 0, partial: 0, unanswered: 0 };
  for (const i of items) counts[i.status]++;
  return {
    unit: mark.unit,
    file: mark.file,
    sheet: mark.sheet,
    set: mark.setId && mark.setVersion ? { id: mark.setId, version: mark.setVersion } : null,
    year: mark.year,
    deadline: mark.deadline,
    requestSheet: sheet?.sheetName ?? mark.requestSheet,
    items,
    counts,
    unchanged,
    problems,
  };
}

/** The row holding `code` in the code column: the recorded row first, else the first match below the header. */
function findRow(grid: Grid, mark: RequestsMark, code: string, recorded: number): number | null {
  const at = (r: number) => String(cellAt(grid, r, mark.codeCol)?.value ?? '').trim();
  if (recorded > mark.headerRow && at(recorded) === code) return recorded;
  for (let r = mark.headerRow + 1; r < grid.rows.length; r++) if (at(r) === code) return r;
  return null;
}

/** Where the shown (not answered) fields sit: the written layout, or the headers of a copied table. */
type ShownColumns = Record<'title' | 'max' | 'self' | 'round1' | 'note', number>;

function readItem(grid: Grid | null, mark: RequestsMark, C: ShownColumns, code: string, asked: RequestAsked, recorded: number): ReplyItem {
  const row = grid ? findRow(grid, mark, code, recorded) : null;
  const get = (col: number) => (grid && row !== null && col >= 0 ? cellAt(grid, row, col) : null);
  const answer = { explanation: text(get(mark.explanationCol)), evidence: text(get(mark.evidenceCol)) };
  return {
    code,
    asked,
    title: text(get(C.title)),
    max: number(get(C.max)),
    self: number(get(C.self)),
    round1: number(get(C.round1)),
    note: text(get(C.note)),
    ...answer,
    cell: row === null ? null : a1(row, mark.explanationCol),
    status: answerStatus(asked, answer),
  };
}

// ---- a copied table, without the mark ------------------------------------------------------

/** Header words of the request table, in both languages (the document may be in either). */
const HEADERS: Record<keyof typeof REQUEST_COLUMNS, string[]> = (() => {
  const out = {} as Record<keyof typeof REQUEST_COLUMNS, string[]>;
  const keys = Object.keys(REQUEST_COLUMNS) as (keyof typeof REQUEST_COLUMNS)[];
  for (const key of keys) out[key] = (['vi', 'en'] as const).map((lang) => fold(REQUESTS_LABELS[lang].headers[REQUEST_COLUMNS[key]]));
  return out;
})();

/**
 * A requests table the unit copied into another workbook (the mark sheet did not travel): found
 * by its own column headers, which a scoresheet never has all of ("Mã tiêu chí", "Nội dung đề
 * nghị", "Giải trình của đơn vị", "Tài liệu kiểm chứng bổ sung"). Read by item code as usual,
 * but it cannot be told whether the rows are as sent, which is said.
 */
function readUnmarkedReply(grids: Grid[]): RequestsReply | null {
  for (const grid of grids) {
    const found = findHeader(grid);
    if (!found) continue;
    const { headerRow, cols } = found;
    const text = (r: number, c: number) => String(cellAt(grid, r, c)?.value ?? '').trim();
    const askedOf = (s: string): RequestAsked => {
      const f = fold(s);
      for (const lang of ['vi', 'en'] as const) {
        for (const [k, label] of Object.entries(REQUESTS_LABELS[lang].asked)) if (fold(label) === f) return k as RequestAsked;
      }
      return 'explain';
    };
    const items: RequestsMark['items'] = [];
    for (let r = headerRow + 1; r < grid.rows.length; r++) {
      const code = text(r, cols.code);
      if (!code) {
        if (items.length > 0) break; // the table ends at its first row without a code
        continue;
      }
      items.push({ code, asked: askedOf(text(r, cols.asked)), row: r });
    }
    if (items.length === 0) continue;
    const above = (prefixes: string[]): string | null => {
      for (let r = 0; r < headerRow; r++) {
        for (const cell of grid.rows[r] ?? []) {
          const v = typeof cell?.value === 'string' ? cell.value.trim() : '';
          const p = prefixes.find((x) => v.startsWith(x));
          if (p) return v.slice(p.length).trim() || null;
        }
      }
      return null;
    };
    const deadline = above(['Hạn gửi giải trình:', 'Deadline for explanations:']);
    const mark: RequestsMark = {
      format: REQUESTS_FORMAT, unit: above(['Kính gửi:', 'To:']) ?? '', file: null, sheet: null, setId: null, setVersion: null,
      year: null, deadline: deadline && /\d/.test(deadline) ? deadline : null, requestSheet: grid.sheetName, headerRow,
      codeCol: cols.code, explanationCol: cols.explanation, evidenceCol: cols.evidence, digest: '', items,
    };
    const read = items.map((m) => readItem(grid, mark, cols, m.code, m.asked, m.row));
    const counts: Record<AnswerStatus, number> = { answered: 0, partial: 0, unanswered: 0 };
    for (const i of read) counts[i.status]++;
    return {
      unit: mark.unit, file: null, sheet: null, set: null, year: null, deadline: mark.deadline, requestSheet: grid.sheetName,
      items: read, counts, unchanged: false,
      problems: [{
        vi: 'Tệp không còn dấu nhận diện của phần mềm (có thể bảng đã được chép sang tệp khác): các giải trình được đọc theo tiêu đề cột và mã tiêu chí, không đối chiếu được với bản đã gửi. Đề nghị kiểm tra lại mã tiêu chí trước khi dùng.',
        en: 'The file no longer carries the checker\'s mark (the table may have been copied into another file): the answers were read by column headers and item codes and cannot be compared with what was sent. Check the item codes before using them.',
      }],
    };
  }
  return null;
}

/** Folded header → its column key, for one lookup per cell. */
const HEADER_KEY = new Map<string, keyof typeof REQUEST_COLUMNS>(
  Object.entries(HEADERS).flatMap(([key, names]) => names.map((n) => [n, key as keyof typeof REQUEST_COLUMNS] as const)),
);
const MAX_HEADER_CHARS = Math.max(...Object.values(REQUESTS_LABELS).flatMap((l) => l.headers.map((h) => h.length))) + 8;

/** Headers are short: long texts (item titles) are never folded, so a scoresheet costs little. */
function mayBeHeader(cell: GridCell | null | undefined): cell is GridCell & { value: string } {
  return typeof cell?.value === 'string' && cell.value.length <= MAX_HEADER_CHARS;
}

/**
 * How many cells of the row may be headers, counting stops at `enough`. The four telling headers
 * sit in four cells, so a row with fewer short texts (an item, a title line, a blank row: almost
 * every row of a scoresheet) is passed over without folding anything. The CLI asks this of every
 * file it checks.
 */
export function shortTexts(row: readonly (GridCell | null)[], enough = TELLING_HEADERS): number {
  let n = 0;
  for (let c = 0; c < row.length && n < enough; c++) if (mayBeHeader(row[c])) n++;
  return n;
}

/** code, asked, explanation, evidence: the headers that make a request table. */
const TELLING_HEADERS = 4;

/** The request table's header row and columns, when all four telling headers are there. */
function findHeader(grid: Grid): { headerRow: number; cols: Record<keyof typeof REQUEST_COLUMNS, number> } | null {
  const limit = Math.min(grid.rows.length, 40);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    // Stryker disable next-line ConditionalExpression: equivalent when false, a row of fewer short texts is then folded and found lacking
    if (shortTexts(row) < TELLING_HEADERS) continue;
    const cols = {} as Record<keyof typeof REQUEST_COLUMNS, number>;
    row.forEach((cell, c) => {
      if (!mayBeHeader(cell)) return;
      const key = HEADER_KEY.get(fold(cell.value));
      if (key !== undefined && cols[key] === undefined) cols[key] = c;
    });
    if (cols.code !== undefined && cols.asked !== undefined && cols.explanation !== undefined && cols.evidence !== undefined) {
      for (const key of Object.keys(REQUEST_COLUMNS) as (keyof typeof REQUEST_COLUMNS)[]) cols[key] ??= -1;
      return { headerRow: r, cols };
    }
  }
  return null;
}
