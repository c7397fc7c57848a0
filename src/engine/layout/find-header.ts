/**
 * Finding the header row: anywhere in the top rows, in one, two or three rows (a merged parent
 * such as "Điểm đánh giá" above "Tự đánh giá" / "Thẩm định", possibly above "Điểm | Ý kiến"),
 * possibly followed by a row of column numbers "(1) (2) (3)…" that is skipped.
 */
import type { Grid } from '../grid';
import { cellAt } from '../grid';
import type { ColumnRole } from './parsed-sheet';
import { bareRound, classifyHeader as classifyUncached, type HeaderMatch } from './headers';
import { MergeIndex, textAt, textOf } from './cell-text';
import { containsWords, foldWords } from '../text/normalize';
import { memoByText } from '../text/memo';
import { inferCodeColumn } from './code-column';
import { isAppraisalRole, resolveRoundColumns, roundOfPrevious, type HeaderCell } from './round-columns';

type Classify = (text: string) => HeaderMatch | null;

/**
 * classifyHeader() remembered: each top cell is looked at up to three times per search, and the
 * sheets of a batch share their headers (text/memo.ts). Its matches are only read, never changed.
 */
const classifyRemembered: Classify = memoByText(classifyUncached);

function memoClassify(): Classify {
  return classifyRemembered;
}

/** classify() of a grid cell by its place: (row, col, the cell's own text). */
type CellClassify = (row: number, col: number, text: string) => HeaderMatch | null;

/**
 * Each cell asked once per header search: the search asks a cell up to three times (as a row of
 * its own, as the upper half of a two-row header, as the lower half), and asking the memory means
 * hashing and comparing the whole text each time (long titles and notes under the header too).
 */
function cellClassifier(classify: Classify): CellClassify {
  const rows: (HeaderMatch | null)[][] = [];
  return (row, col, text) => {
    const cells = (rows[row] ??= []);
    const known = cells[col];
// Stryker disable next-line ConditionalExpression: equivalent when false, the cell is classified again
    if (known !== undefined) return known;
    return (cells[col] = classify(text));
  };
}

/** The spec says "the first 30 rows"; a little more costs nothing and forgives a long title block. */
export const HEADER_SCAN_ROWS = 40;
/** Rows still examined after a header was found (a second header row, a better candidate). */
const LOOK_PAST_HEADER = 4;

export interface HeaderLayout {
  /** 0-based first and last header rows. */
  first: number;
  last: number;
  columns: Partial<Record<ColumnRole, number>>;
  headerText: Partial<Record<ColumnRole, string>>;
  /** Row of column numbers under the header, when there is one. */
  numberRow: number | null;
  /** First row that may hold data. */
  dataStart: number;
  /** The code column was recognised by its codes, its header cell being blank or unknown. */
  codeInferred: boolean;
  /** Appraisal-round score columns not read (rounds between the first and the last; round-columns.ts). */
  roundsNotRead?: { col: number; text: string }[];
}

interface ColumnPick {
  match: HeaderMatch;
  text: string;
  /** Read from an appraisal-round sub-heading. */
  round?: boolean;
}

interface Band {
  first: number;
  last: number;
  picks: Map<ColumnRole, { col: number } & ColumnPick>;
  /** A score parent split into appraisal rounds ("Lần 1 | Lần 2") was read. */
  rounds?: boolean;
  /** Every classified header cell, kept or not (round-columns.ts decides answers by position). */
  all: HeaderCell[];
}

function rowWidth(grid: Grid, row: number): number {
  return grid.rows[row]?.length ?? 0;
}

/** Upper text of a column in a header row: the cell, or the master of a merge starting on that row. */
function upperText(grid: Grid, merges: MergeIndex, row: number, col: number): string {
  const own = textAt(grid, row, col);
  if (own !== '') return own;
  const m = merges.at(row, col);
  return m && m.top === row ? textAt(grid, m.top, m.left) : '';
}

const OPINION = ['y kien', 'nhan xet', 'ghi chu', 'giai trinh', 'ly do'];
// "Điểm thẩm định" over "Lần 1 | Lần 2" (a second appraisal after the unit's explanation, as in
// the vendor's diemthamdinhlan2): the latest round is the score that counts.
const ROUND = /^(?:lan|vong|dot)\s*(?:thu\s*)?(\d{1,2})\b/;

/** The role of one column of a two-row header: the lower cell decides, the parent fills in. */
function twoRowRole(classifyHeader: Classify, upper: string, lower: string): ColumnPick | null {
  const up = upper ? classifyHeader(upper) : null;
  if (lower === '') return up ? { match: up, text: upper } : null;
  const low = classifyHeader(lower);
  const round = ROUND.exec(foldWords(lower));
  if (up && isAppraisalRole(up.role) && (!low || low.role === 'explanation' || low.role === 'note')) {
    // "Điểm thẩm định" over "Lần 1 | Lần 2" or "Lần đầu | Sau giải trình": read as one header, so
    // round 2 gets its own role (round-columns.ts).
    const both = classifyHeader(`${upper} ${lower}`);
    if (both && (bareRound(lower) !== null || both.role === 'appraised2' || both.role === 'appraiserNote2')) {
      return { match: both, text: `${upper} / ${lower}`, round: true };
    }
  }
  if (!low && round && up && (up.role === 'appraised' || up.role === 'self')) {
    // A later round outranks an earlier one of the same parent (addPick keeps the strongest).
    return { match: { ...up, strength: up.strength + Number(round[1]) / 100 }, text: `${upper} / ${lower}`, round: true };
  }
  if (!low) {
    // "Thẩm định" above "Ý kiến": a text column about the parent's score.
    if (up && (up.role === 'appraised' || up.role === 'appraised2' || up.role === 'self') && OPINION.some((w) => containsWords(foldWords(lower), w))) {
      const role: ColumnRole = up.role === 'appraised' ? 'appraiserNote' : up.role === 'appraised2' ? 'appraiserNote2' : 'explanation';
      return { match: { role, strength: up.strength, weak: false }, text: `${upper} / ${lower}` };
    }
    return up ? { match: up, text: upper } : null;
  }
  if (low.weak && up && !up.weak) return { match: up, text: `${upper} / ${lower}` };
  if ((low.role === 'note' || low.role === 'explanation') && (up?.role === 'appraised' || up?.role === 'appraised2')) {
    const role: ColumnRole = up.role === 'appraised2' ? 'appraiserNote2' : 'appraiserNote';
    return { match: { role, strength: low.strength, weak: false }, text: `${upper} / ${lower}` };
  }
  return { match: low, text: lower };
}

/** Keep, per role, the strongest column (leftmost on a tie); every pick is remembered in `all`. */
function addPick(band: Band, col: number, pick: ColumnPick | null): void {
  if (!pick) return;
  band.all.push({ col, role: pick.match.role, strength: pick.match.strength, text: pick.text });
  const old = band.picks.get(pick.match.role);
  if (!old || pick.match.strength > old.match.strength) band.picks.set(pick.match.role, { col, ...pick });
}

function singleRowBand(classifyCell: CellClassify, grid: Grid, row: number): Band {
  // Stryker disable next-line ArrayDeclaration: equivalent, a stand-in string in `all` has no role, so round-columns.ts never takes it
  const band: Band = { first: row, last: row, picks: new Map(), all: [] };
  const width = rowWidth(grid, row);
  let previous: ColumnPick | null = null;
  // Stryker disable next-line EqualityOperator: equivalent for <=, a column past the row's end is empty and skipped
  for (let c = 0; c < width; c++) {
    const text = textAt(grid, row, c);
    // Stryker disable next-line OptionalChaining: equivalent, a cell with text exists
    if (text === '' || typeof cellAt(grid, row, c)?.value === 'number') continue;
    // "Điểm thẩm định (vòng 1) | (vòng 2)": a bare round marker continues the column before it.
    const m: HeaderMatch | null = classifyCell(row, c, text) ?? (previous ? roundOfPrevious(previous, text) : null);
    if (m) {
      previous = { match: m, text };
      addPick(band, c, previous);
    } else previous = null;
  }
  return band;
}

/**
 * Could `row` be the lower half of a header starting one row up? The upper row must be a header
 * row itself (several cells, one of them a header name), not a blank row or a merged title line.
 */
function looksLikeSubHeader(classifyCell: CellClassify, grid: Grid, merges: MergeIndex, row: number): boolean {
  const width = Math.max(rowWidth(grid, row), rowWidth(grid, row - 1));
  let upperCells = 0;
  let upperRoles = 0;
  // Stryker disable next-line EqualityOperator: equivalent for <=, a column past the row's end is empty and skipped
  for (let c = 0; c < rowWidth(grid, row - 1); c++) {
    const t = textAt(grid, row - 1, c);
    if (t === '') continue;
    upperCells++;
    if (classifyCell(row - 1, c, t)) upperRoles++;
  }
  if (upperCells < 2 || upperRoles < 1) return false;
  let linked = false;
  let roles = 0;
  for (let c = 0; c < width; c++) {
    const cell = cellAt(grid, row, c);
    if (cell && typeof cell.value === 'number') return false;
    const m = merges.at(row - 1, c);
    if (m && m.top === row - 1 && (m.right > m.left || m.bottom >= row)) linked = true;
    const t = textOf(cell);
    if (t !== '') {
      const h = classifyCell(row, c, t);
      if (h && !h.weak) roles++;
    }
  }
  return linked || roles >= 2;
}

function twoRowBand(classifyHeader: Classify, grid: Grid, merges: MergeIndex, row: number): Band {
  // Stryker disable next-line ArrayDeclaration: equivalent, a stand-in string in `all` has no role, so round-columns.ts never takes it
  const band: Band = { first: row, last: row + 1, picks: new Map(), all: [] };
  const width = Math.max(rowWidth(grid, row), rowWidth(grid, row + 1));
  // Stryker disable next-line EqualityOperator: equivalent for <=, a column past the row's end is empty and skipped
  for (let c = 0; c < width; c++) {
    const lowerMerge = merges.at(row + 1, c);
    // A cell merged down from the upper row has no lower text of its own.
    const lower = lowerMerge && lowerMerge.top <= row ? '' : textAt(grid, row + 1, c);
    const upper = upperText(grid, merges, row, c);
    // Stryker disable next-line StringLiteral: equivalent, a column left in with neither text gets no pick (twoRowRole gives null)
    if (upper === '' && lower === '') continue;
    const m = merges.at(row, c);
    // Skip the slave columns of a merged parent that has no sub-heading of its own.
    if (lower === '' && m && m.left !== c) continue;
    const pick = twoRowRole(classifyHeader, upper, lower);
    if (pick?.round) band.rounds = true;
    addPick(band, c, pick);
  }
  return band;
}

/**
 * Three header rows: a group ("Kết quả chấm điểm") over sub-groups ("Đơn vị tự đánh giá |
 * Thẩm định") over the columns ("Điểm | Tài liệu kiểm chứng | Điểm | Ý kiến"). Each column's role
 * comes from its lowest cell, its nearest parent (the middle row, else the top row) filling in.
 */
function threeRowBand(classifyHeader: Classify, grid: Grid, merges: MergeIndex, row: number): Band {
  // Stryker disable next-line ArrayDeclaration: equivalent, a stand-in string in `all` has no role, so round-columns.ts never takes it
  const band: Band = { first: row, last: row + 2, picks: new Map(), all: [] };
  const width = Math.max(rowWidth(grid, row), rowWidth(grid, row + 1), rowWidth(grid, row + 2));
  // Stryker disable next-line EqualityOperator: equivalent for <=, a column past the row's end is empty and skipped
  for (let c = 0; c < width; c++) {
    const lowerMerge = merges.at(row + 2, c);
    const lower = lowerMerge && lowerMerge.top <= row + 1 ? '' : textAt(grid, row + 2, c);
    const middle = upperText(grid, merges, row + 1, c);
    const parentRow = middle !== '' ? row + 1 : row;
    const upper = middle !== '' ? middle : upperText(grid, merges, row, c);
    // Stryker disable next-line StringLiteral: equivalent, a column left in with neither text gets no pick (twoRowRole gives null)
    if (upper === '' && lower === '') continue;
    const m = merges.at(parentRow, c);
    if (lower === '' && m && m.left !== c) continue;
    const pick = twoRowRole(classifyHeader, upper, lower);
    // Stryker disable next-line ConditionalExpression,BooleanLiteral: equivalent, a three-row band's `rounds` is never read (only the two-row reading's tie-break asks)
    if (pick?.round) band.rounds = true;
    addPick(band, c, pick);
  }
  return band;
}

/** The most columns a band starting at `row` (one, two or three rows) can read. */
function bandWidth(grid: Grid, row: number): number {
  return Math.max(rowWidth(grid, row), rowWidth(grid, row + 1), rowWidth(grid, row + 2));
}

function isValid(band: Band): boolean {
  const has = (r: ColumnRole) => band.picks.has(r);
  const scoreLike = has('max') || has('self') || has('appraised') || has('survey');
  return (has('code') || has('title')) && scoreLike && band.picks.size >= 3;
}

function bandScore(band: Band): number {
  let strong = 0;
  for (const p of band.picks.values()) if (!p.match.weak) strong++;
  return band.picks.size * 10 + strong;
}

const NUMBER_TOKEN = /^[([]?\s*([0-9]{1,2}|[a-z])\s*[)\]]?(\s*[=+\-x*×/.]\s*[([]?\s*([0-9]{1,2}|[a-z])\s*[)\]]?)*$/i;

/** A row of column numbers: "(1) (2) (3)…", "1 2 3…", "A B 1 2 (5)=(3)+(4)". */
export function isColumnNumberRow(grid: Grid, row: number, roleColumns: number[]): boolean {
  const width = rowWidth(grid, row);
  let filled = 0;
  let lastNumber = -Infinity;
  // Stryker disable next-line EqualityOperator: equivalent for <=, a column past the row's end is empty and skipped
  for (let c = 0; c < width; c++) {
    const cell = cellAt(grid, row, c);
    const t = textOf(cell);
    if (t === '') continue;
    if (!NUMBER_TOKEN.test(t)) return false;
    const n = /\d+/.exec(t);
    if (n) {
      const v = Number(n[0]);
      if (v <= lastNumber) return false;
      lastNumber = v;
    }
    filled++;
  }
  const onRoles = roleColumns.filter((c) => textAt(grid, row, c) !== '').length;
  return filled >= 2 && onRoles * 2 >= roleColumns.length;
}

/** The header of a scoresheet, or null when no row of the top rows looks like one. */
export function findHeader(grid: Grid): HeaderLayout | null {
  const scan = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  const merges = new MergeIndex(grid, scan + 1);
  const classify = memoClassify();
  const classifyCell = cellClassifier(classify);
  let best: Band | null = null;
  // Stryker disable next-line UnaryOperator: equivalent, a valid band scores at least 30 (three names), above -1 and +1 alike
  let bestScore = -1;
  let stopAt = scan;
  for (let r = 0; r < stopAt; r++) {
    // Stryker disable next-line ConditionalExpression: equivalent when false, an empty row gives no valid band and is no upper header half (no cells)
    if (rowWidth(grid, r) === 0) continue;
    // A band gives at most one pick per column, each worth at most 11 (bandScore): rows too narrow
    // to beat the best band so far (the data rows after a header) are not classified at all.
    if (best !== null && 11 * bandWidth(grid, r) <= bestScore) continue;
    const one = singleRowBand(classifyCell, grid, r);
    let band = one;
    if (r + 1 < grid.rows.length && looksLikeSubHeader(classifyCell, grid, merges, r + 1)) {
      const two = twoRowBand(classify, grid, merges, r);
      // Round sub-headings add no role, so the two-row reading wins a tie when it found them.
      const better = bandScore(two) > bandScore(one) || (two.rounds === true && bandScore(two) >= bandScore(one));
      if (isValid(two) && (!isValid(one) || better)) band = two;
      if (r + 2 < grid.rows.length && looksLikeSubHeader(classifyCell, grid, merges, r + 2)) {
        const three = threeRowBand(classify, grid, merges, r);
        if (isValid(three) && bandScore(three) > bandScore(band)) band = three;
      }
    }
    if (!isValid(band)) continue;
    const score = bandScore(band);
    if (score > bestScore) {
      best = band;
      bestScore = score;
      // Data follows a header: a better header a few rows further down is all that is still possible.
      stopAt = Math.min(scan, band.last + 1 + LOOK_PAST_HEADER);
    }
  }
  if (!best) return null;
  const columns: Partial<Record<ColumnRole, number>> = {};
  const headerText: Partial<Record<ColumnRole, string>> = {};
  for (const [role, p] of best.picks) {
    columns[role] = p.col;
    headerText[role] = p.text;
  }
  const roundsNotRead = resolveRoundColumns(best.all, columns, headerText).map((c) => ({ col: c.col, text: c.text }));
  let dataStart = best.last + 1;
  let numberRow: number | null = null;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent when true or <=, a row past the grid's end has no cells, so it is no column-number row
  if (dataStart < grid.rows.length && isColumnNumberRow(grid, dataStart, Object.values(columns))) {
    numberRow = dataStart;
    dataStart++;
  }
  const codeInferred = columns.code === undefined && inferCode(grid, best, columns, headerText, dataStart);
  return { first: best.first, last: best.last, columns, headerText, numberRow, dataStart, codeInferred, roundsNotRead };
}

/** A code column found by its data (see code-column.ts); its header text is kept when it has one. */
function inferCode(
  grid: Grid,
  band: Band,
  columns: Partial<Record<ColumnRole, number>>,
  headerText: Partial<Record<ColumnRole, string>>,
  dataStart: number,
): boolean {
  const col = inferCodeColumn(grid, columns, dataStart);
  if (col === null) return false;
  columns.code = col;
  const text = textAt(grid, band.last, col) || textAt(grid, band.first, col);
  if (text !== '') headerText.code = text;
  return true;
}
