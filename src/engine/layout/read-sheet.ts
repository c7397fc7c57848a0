/**
 * Grid → ParsedSheet: find the header, read the title block, then walk the rows once.
 * A row with a code (in the code column, or at the start of its title) is an item; a row
 * without one under an item is an option line of that item's scoring text; blank rows are
 * skipped; a total row ("Tổng cộng") ends the items (a signature block follows it).
 */
import type { Grid } from '../grid';
import { a1, cellAt, columnLetter } from '../grid';
import type { ParsedSheet, ReadingNote, SheetRow } from './parsed-sheet';
import { findHeader, isColumnNumberRow, type HeaderLayout } from './find-header';
import { readTitleBlock } from './title-block';
import { codeDepth, codeInTitle, parseCode, repairNumericCode, type ParsedCode, type TitleCode } from './codes';
import { numberToRoman, romanToNumber } from '../criteria/tree';
import { readCellValue } from '../text/numbers';
import { MergeIndex, textAt, textOf } from './cell-text';
import { buildRow, liftFromOptionRow, type RowContext } from './sheet-row';
import { fold } from '../text/normalize';
import { isTotalRow } from './total-row';
import { HeaderRepeats } from './header-repeat';

// Bullets that start option lines: "-", "+", "*", "•", "a)", "b." …
const SECTION_LETTER = /^[A-HJ-UWYZ][.)]?$/;
const UPPER_HEADING_MIN_LETTERS = 8;

// Stryker disable next-line BlockStatement: equivalent, skipping blank rows only saves work (a blank row is no item, keeps no option line, lifts nothing, is no total or header copy)
function isBlankRow(grid: Grid, r: number): boolean {
  const row = grid.rows[r];
// Stryker disable next-line BooleanLiteral: equivalent, a missing row read as not blank has no cell to give anything (cellAt reads it as empty)
  if (!row) return true;
// Stryker disable next-line ConditionalExpression,StringLiteral: equivalent when true, a row of empty cells read as not blank gives nothing either (see above)
  for (const cell of row) if (cell && (textOf(cell) !== '' || cell.hyperlink)) return false;
// Stryker disable next-line BooleanLiteral: equivalent, see above
  return true;
}

/** A heading without a code ("PHẦN A. TỰ ĐÁNH GIÁ"): ends the current item's option lines. */
function isHeading(codeText: string, titleText: string): boolean {
  if (SECTION_LETTER.test(codeText)) return true;
  // Cheap test first: this runs on every row, and almost every title has a lower-case letter.
// Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent, a cheap first test; the letter test below gives false for '' (no letters) and for any lower-case letter
  if (titleText === '' || titleText !== titleText.toUpperCase()) return false;
  const letters = titleText.replace(/[^\p{L}]/gu, '');
  return letters.length >= UPPER_HEADING_MIN_LETTERS && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The title cells titleCodesWin read, by row: walkRows reads the same cells and need not parse them again. */
interface TitleCodesSeen {
  texts: string[];
  codes: (TitleCode | null)[];
}

/**
 * Some sheets number rows 1, 2, 3… in the STT column and write the real code in the title
 * ("1.1. Kế hoạch CCHC"). When most rows that have both disagree, the title's code wins.
 * `seen` is given each title text read and the code found in it.
 */
function titleCodesWin(grid: Grid, header: HeaderLayout, seen: TitleCodesSeen): boolean {
  const { code: codeCol, title: titleCol } = header.columns;
// Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: equivalent, without either column no row has both codes (cellAt/textAt read a missing column as empty), and preferTitle only matters for a row with both
  if (codeCol === undefined || titleCol === undefined) return false;
  let both = 0;
  let differ = 0;
  for (let r = header.dataStart; r < grid.rows.length && both < 200; r++) {
    const text = textAt(grid, r, titleCol);
    const inTitle = codeInTitle(text);
    seen.texts[r] = text;
    seen.codes[r] = inTitle;
    if (!inTitle) continue;
    const own = parseCode(cellAt(grid, r, codeCol)?.value ?? null);
    if (!own) continue;
    both++;
    if (own.code !== inTitle.code) differ++;
  }
  return both >= 3 && differ * 2 > both;
}

// An option line starts with a bullet or a letter/number item ("- Ban hành…", "a) …", "+ …").
const OPTION_START = /^\s*(?:[-+*•–—·]|[a-zđ0-9]{1,2}[.)]\s)/iu;
// …or says what it is worth: "Ban hành kịp thời: 1 điểm", "0,5đ".
const POINTS_PHRASE = /\d\s*(?:điểm|đ)(?![\p{L}])/iu;

/**
 * A title wrapped over two rows: the row lies inside a merge that starts on the item's row in the
 * code or max column (code, maxima and scores merged over both rows) and its text reads as the
 * rest of a sentence, not as an option line. Its text belongs to the item's title.
 */
function continuesTitle(ctx: RowContext, item: SheetRow, r: number, titleCol: number | undefined, text: string): boolean {
  if (!item.title || titleCol === undefined) return false;
  const { code, max } = ctx.columns;
  const inItemMerge = (col: number | undefined) => {
    if (col === undefined) return false;
    const m = ctx.merges.at(r, col);
    return m !== undefined && m.top === item.row && m.bottom >= r;
  };
  if (!inItemMerge(code) && !inItemMerge(max)) return false;
  if (ctx.merges.at(r, titleCol)) return false; // the title cell itself merged: nothing wrapped
  return !OPTION_START.test(text) && !POINTS_PHRASE.test(text);
}

const BARE_AREA = /^(\d{1,2}|[IVX]{1,6})\s+(?=\p{Lu})(.+)$/su;

/**
 * An area's code at the start of its title with no dot ("1 Công tác chỉ đạo…", "II CẢI CÁCH…"):
 * taken only when it is the next area in sequence (1 after none, 2 after 1, II after I), so a
 * count at the start of an option line ("2 Văn bản…") is never taken for a code.
 */
function bareAreaCode(title: string, previousArea: string | null): TitleCode | null {
// Stryker disable next-line MethodExpression: equivalent, the title comes from textAt (trimmed)
  const m = BARE_AREA.exec(title.trim());
  if (!m) return null;
  const roman = /^[IVX]/.test(m[1]);
  const prev = previousArea === null ? 0 : roman ? romanToNumber(previousArea) : Number(previousArea);
  if (prev === null || !Number.isFinite(prev)) return null;
  const expected = roman ? numberToRoman(prev + 1) : String(prev + 1);
// Stryker disable next-line MethodExpression: equivalent, on a trimmed title (.+)$ starts at a capital letter and ends at the last non-space
  return m[1] === expected ? { code: m[1], raw: m[1], rest: m[2].trim() } : null;
}

/** The reading of a score-like cell, for a quick look (blank without the column). */
function readAt(grid: Grid, r: number, col: number | undefined) {
// Stryker disable next-line ConditionalExpression,ObjectLiteral: equivalent when false (cellAt with no column gives null, read as blank); only `.kind === 'number'` is asked
  return col === undefined ? { kind: 'blank' as const } : readCellValue(cellAt(grid, r, col));
}

interface Walk {
  rows: SheetRow[];
  totalRow: SheetRow | null;
  afterTotal: number;
  /** Items that took a score or evidence from an option line. */
  lifted: number;
}

function walkRows(grid: Grid, header: HeaderLayout, ctx: RowContext): Walk {
  const cols = header.columns;
  const codeCol = cols.code;
  const titleCols = ctx.titleCols ?? (cols.title !== undefined ? [cols.title] : []);
  const lastLabelCol = Math.max(codeCol ?? 0, ...titleCols);
  const headerCode = codeCol !== undefined ? fold(textAt(grid, header.last, codeCol) || textAt(grid, header.first, codeCol)) : '';
  const headerTitle = cols.title !== undefined ? fold(textAt(grid, header.first, cols.title)) : '';
  const previousAtDepth = new Map<number, string>();
  const walk: Walk = { rows: [], totalRow: null, afterTotal: 0, lifted: 0 };
  let current: SheetRow | null = null;
  const lifted = new Set<SheetRow>();
  const seen: TitleCodesSeen = { texts: [], codes: [] };
  const preferTitle = titleCodesWin(grid, header, seen);
  const repeats = new HeaderRepeats(grid, header);
  const roleCols = Object.values(cols);

  for (let r = header.dataStart; r < grid.rows.length; r++) {
// Stryker disable next-line ConditionalExpression: equivalent when false, see isBlankRow
    if (isBlankRow(grid, r)) continue;
    if (walk.totalRow) {
// Stryker disable next-line ConditionalExpression: equivalent when true, cellAt with no column gives null and parseCode(null) no code
      if (codeCol !== undefined && parseCode(cellAt(grid, r, codeCol)?.value ?? null)) walk.afterTotal++;
      continue;
    }
// Stryker disable next-line ConditionalExpression: equivalent when true, cellAt with no column gives null
    const codeCell = codeCol !== undefined ? cellAt(grid, r, codeCol) : null;
    const codeText = textOf(codeCell);
    // The first non-empty cell of the title span (see titleSpan) holds this row's title; with
    // none, the title column (the span's first) and no text. Each cell's text is read once.
    let titleCol = cols.title;
    let titleText = '';
    for (const c of titleCols) {
      const text = textAt(grid, r, c);
      if (text === '') continue;
      titleCol = c;
      titleText = text;
      break;
    }

    // A copy of the header or of its column-number row ("(1) (2) …", "1 2 3 …" whose "1" reads as
    // a code) at the top of a printed page. A real item always has a title longer than a number.
    if (titleText.length <= 12 && (repeats.isRepeat(grid, r) || (titleText !== '' && isColumnNumberRow(grid, r, roleCols)))) continue;

    // The code of a title read already by titleCodesWin (the same text: the same code).
// Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, codeInTitle('') finds no code, and a title read again gives the code titleCodesWin found
    const inTitle = titleText === '' ? null : seen.texts[r] === titleText ? seen.codes[r] : codeInTitle(titleText);
    let code: ParsedCode | null = codeCell && !(preferTitle && inTitle) ? parseCode(codeCell.value) : null;
    const fromCodeCell = code !== null;
// Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent when true, a code from the title or a bare area code sets its own address below, a row without a code is no item, and a code cell means a code column
    let codeAddress = code && codeCol !== undefined ? a1(r, codeCol) : null;
    let title: string | null = null;
    if (!code && !inTitle && codeText === '' && titleCol !== undefined && titleText !== '') {
      const bare = bareAreaCode(titleText, previousAtDepth.get(1) ?? null);
      if (bare && readAt(grid, r, cols.max).kind === 'number') {
        code = bare;
        codeAddress = a1(r, titleCol);
        title = bare.rest;
      }
    } else if (!code && inTitle && titleCol !== undefined) {
      code = inTitle;
      codeAddress = a1(r, titleCol);
      title = inTitle.rest;
    } else if (code && inTitle && inTitle.code === code.code) {
      title = inTitle.rest; // "1.1" in A and "1.1. Kế hoạch" in B: compare titles without the code
    }

    if (!code) {
      if (isTotalRow(grid, r, lastLabelCol)) {
        walk.totalRow = buildRow(ctx, r, 'total', null, null, null);
        continue;
      }
      if (fold(codeText) === headerCode && fold(titleText) === headerTitle) continue; // header repeated
      if (titleText.length > 12 && repeats.isRepeat(grid, r)) continue; // a long header title, repeated
      if (titleText === '' && isColumnNumberRow(grid, r, roleCols)) continue;
      if (isHeading(codeText, titleText)) {
        current = null;
        continue;
      }
      if (current && titleText !== '' && continuesTitle(ctx, current, r, titleCol, titleText)) {
        current.title!.text += ' ' + titleText;
        continue;
      }
      if (current) {
        const line = titleText || textAt(grid, r, cols.method ?? -1) || codeText;
        if (line !== '') current.optionLines.push(line);
        if (liftFromOptionRow(ctx, current, r)) lifted.add(current);
      }
      continue;
    }

// Stryker disable next-line OptionalChaining: equivalent, a code from the code cell means the cell exists
    if (fromCodeCell && typeof codeCell?.value === 'number') {
      const depth = codeDepth(code.code);
      code = { ...code, code: repairNumericCode(code.code, previousAtDepth.get(depth) ?? null) };
    }
    previousAtDepth.set(codeDepth(code.code), code.code);
    current = buildRow(ctx, r, 'item', code, codeAddress, title);
    walk.rows.push(current);
  }
  walk.lifted = lifted.size;
  return walk;
}

/**
 * The title column plus the columns its header cell is merged over ("Nội dung" across B:C, area
 * titles in B, sub-item titles indented into C), leaving out any column with a role of its own.
 */
function titleSpan(grid: Grid, header: HeaderLayout): number[] | undefined {
  const title = header.columns.title;
  if (title === undefined) return undefined;
  const taken = new Set(Object.values(header.columns));
  const m = grid.merges.find((g) => g.left === title && g.right > title && g.top >= header.first && g.top <= header.last);
  const cols = [title];
  for (let c = title + 1; m && c <= m.right && !taken.has(c); c++) cols.push(c);
  return cols;
}

/**
 * Read a scoresheet grid; null when no header row is found. `header`: the grid's header when the
 * caller has searched for it already (check.ts, after the scoresheet survey), else found here.
 */
export function readSheet(grid: Grid, header: HeaderLayout | null = findHeader(grid)): ParsedSheet | null {
  if (!header) return null;
  const ctx: RowContext = {
    grid,
    columns: header.columns,
    hidden: new Set(grid.hiddenRows),
    merges: new MergeIndex(grid, grid.rows.length),
    titleCols: titleSpan(grid, header),
  };
  const walk = walkRows(grid, header, ctx);
  const notes: ReadingNote[] = [];
  if (grid.rowCount > grid.rows.length) {
    notes.push({
      code: 'layout.rowsAfterTotal',
      cell: null,
      message: {
        vi: `Chỉ đọc ${grid.rows.length}/${grid.rowCount} dòng đầu của sheet; các dòng sau không được kiểm tra.`,
        en: `Only the first ${grid.rows.length} of ${grid.rowCount} rows were read; the rest were not checked.`,
      },
    });
  }
// Stryker disable next-line ConditionalExpression: equivalent when true, an inferred code column is always set (find-header.ts inferCode)
  if (header.codeInferred && header.columns.code !== undefined) {
    const cell = a1(header.first, header.columns.code);
    const col = columnLetter(header.columns.code);
    notes.push({
      code: 'layout.readingNote',
      cell,
      message: {
        vi: `Ô tiêu đề cột mã ${cell} trống hoặc không rõ; cột ${col} được nhận là cột mã vì chứa mã tiêu chí. Đề nghị đơn vị ghi "STT" vào ô ${cell}.`,
        en: `The code column's header cell ${cell} is blank or unclear; column ${col} was taken as the code column because it holds item codes. Write "STT" in ${cell}.`,
      },
    });
  }
// Stryker disable next-line ArrayDeclaration: equivalent, findHeader always gives roundsNotRead (an array)
  for (const skipped of header.roundsNotRead ?? []) notes.push(roundNotRead(header, skipped));
  if (walk.afterTotal > 0) {
    notes.push({
      code: 'layout.rowsAfterTotal',
      cell: walk.totalRow ? a1(walk.totalRow.row, 0) : null,
      message: {
        vi: `Có ${walk.afterTotal} dòng có mã nằm sau dòng tổng nên không được đọc, không được tính điểm. Đề nghị đơn vị chuyển các dòng này lên trên dòng tổng.`,
        en: `${walk.afterTotal} coded row(s) below the total row were not read and are not scored. Move them above the total row.`,
      },
    });
  }
  if (walk.lifted > 0) {
    notes.push({
      code: 'layout.readingNote',
      cell: null,
      message: {
        vi: `Điểm hoặc tài liệu của ${walk.lifted} tiêu chí được lấy từ dòng phương án bên dưới dòng tiêu chí. Đề nghị đơn vị ghi điểm ngay trên dòng tiêu chí.`,
        en: `The score or evidence of ${walk.lifted} item(s) was taken from an option line below the item. Better write it on the item's own row.`,
      },
    });
  }
  return {
    sheetName: grid.sheetName,
    headerRows: { first: header.first, last: header.last },
    columns: header.columns,
    headerText: header.headerText,
    titleBlock: readTitleBlock(grid, header.first),
    rows: walk.rows,
    totalRow: walk.totalRow,
    notes,
    rowCount: grid.rowCount,
    colCount: grid.colCount,
  };
}

/**
 * A round-score column not read (round-columns.ts): one between round 1 and the last round, or,
 * on a sheet without a round-1 column ("lần 2 | lần 3"), a round before the last one, which was
 * then read as the only appraisal. The note names the column the scores came from.
 */
function roundNotRead(header: HeaderLayout, skipped: { col: number; text: string }): ReadingNote {
  const col = columnLetter(skipped.col);
  const cell = a1(header.first, skipped.col);
  const { appraised, appraised2 } = header.columns;
  if (appraised2 === undefined && appraised !== undefined) {
    const read = columnLetter(appraised);
    return {
      code: 'layout.columnNotRead',
      cell,
      message: {
        vi: `Biểu không có cột thẩm định lần 1: cột ${col} ("${skipped.text}") không được đọc; điểm thẩm định lấy từ cột ${read} (vòng sau cùng). Đề nghị ghi điểm cuối cùng của mọi tiêu chí vào cột ${read}.`,
        en: `The sheet has no round-1 appraisal column: column ${col} ("${skipped.text}") is not read; appraised scores come from column ${read} (the last round). Write the final score of every item in column ${read}.`,
      },
    };
  }
  const last = appraised2 !== undefined ? columnLetter(appraised2) : '?';
  return {
    code: 'layout.columnNotRead',
    cell,
    message: {
      vi: `Biểu có hơn hai vòng thẩm định: cột ${col} ("${skipped.text}") không được đọc; điểm cuối cùng lấy từ cột ${last} (vòng sau cùng), nếu trống thì từ lần 1. Đề nghị ghi điểm cuối cùng của mọi tiêu chí đã thẩm định lại vào cột ${last}.`,
      en: `The sheet has more than two appraisal rounds: column ${col} ("${skipped.text}") is not read; final scores come from column ${last} (the last round), or round 1 where it is blank. Write the final score of every re-appraised item in column ${last}.`,
    },
  };
}
