/**
 * What a cell held that the reader could read only by assuming something, said plainly:
 * - a number written with a unit or stray characters ("0,75đ", "1,5 điểm", a non-breaking
 *   space): read as the number, with a warning saying so (score.readAsNumber);
 * - a formula saved without its result (files written by some libraries, never opened in
 *   Excel): nothing to read, so the score is unknown, never a silent 0 (score.formulaNoValue).
 * Leaves' score cells get one finding each (an error: the score is unknown); formulas without
 * results on parent and total rows (compared only, never scored) are gathered into one
 * sheet-level info finding.
 */
import { isLeaf, type FlatItem } from '../criteria/tree';
import type { ReadCell, SheetRow } from '../layout/parsed-sheet';
import type { Finding } from './finding';
import { finding, type CheckContext } from './context';
import { itemName, nums, quote } from './fmt';
import { STRAY_SPACE } from '../text/numbers';

const COLUMNS = [
  ['max', { vi: 'Điểm tối đa', en: 'Max points' }],
  ['declared', { vi: 'Số liệu kê khai', en: 'Declared figure' }],
  ['self', { vi: 'Điểm tự đánh giá', en: 'Self-assessed score' }],
  ['appraised', { vi: 'Điểm thẩm định', en: 'Appraised score' }],
  ['survey', { vi: 'Điểm điều tra xã hội học', en: 'Survey score' }],
] as const;

/** More leaf cells than this without results: one finding for the sheet instead of one per cell. */
const MANY = 10;

/**
 * A formula saved with no result (the adapter marks it GridCell.noResult). A formula whose result
 * is an empty text ("" from =IF(…,"",…)) is a blank, not this.
 */
export function formulaWithoutValue(cell: ReadCell | null | undefined): boolean {
  return cell?.noResult === true;
}

export function findReadingIssues(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const leafFormulas: Formulas = [];
  const otherFormulas: string[] = [];
  // Item rows with their item, then the total row with none. (Plain loops: this runs for every
  // score cell of every sheet, and a destructured pair per cell is slow before the JIT has it.)
  for (const flat of ctx.flat) {
    const row = ctx.alignment.rowFor.get(flat.item.code);
    if (row) lookAtRow(row, flat, out, leafFormulas, otherFormulas);
  }
  if (ctx.parsed.totalRow) lookAtRow(ctx.parsed.totalRow, null, out, leafFormulas, otherFormulas);

  const fix = {
    vi: 'mở tệp bằng Excel và lưu lại (Excel tính và lưu kết quả công thức), rồi kiểm tra lại',
    en: 'open the file in Excel and save it again (Excel computes and stores the results), then check again',
  };
  if (leafFormulas.length > MANY) {
    const shown = leafFormulas.slice(0, 6).map((f) => f.cell.address).join(', ');
    out.push(
      finding('score.formulaNoValue', null, null, {
        vi: `${leafFormulas.length} ô điểm là ô công thức chưa có kết quả (${shown}, …): chưa biết điểm nên các ô này được tính 0 điểm. Đề nghị ${fix.vi}.`,
        en: `${leafFormulas.length} score cells are formulas without a stored result (${shown}, …): their scores are unknown, so they count as 0. Please ${fix.en}.`,
      }),
    );
  } else {
    for (const f of leafFormulas) {
      out.push(
        finding('score.formulaNoValue', f.cell.address, f.flat.item.code, {
          vi: `${f.label.vi} của ${itemName(f.flat, 'vi')} là ô công thức chưa có kết quả (=${f.cell.formula}): chưa biết điểm nên được tính 0 điểm. Đề nghị ${fix.vi}.`,
          en: `${f.label.en} of ${itemName(f.flat, 'en')} is a formula without a stored result (=${f.cell.formula}): the score is unknown, so it counts as 0. Please ${fix.en}.`,
        }),
      );
    }
  }
  if (otherFormulas.length > 0) {
    const shown = otherFormulas.slice(0, 8).join(', ') + (otherFormulas.length > 8 ? ', …' : '');
    out.push(
      finding(
        'score.formulaNoValue',
        null,
        null,
        {
          vi: `${otherFormulas.length} ô công thức ở dòng tổng hoặc dòng lĩnh vực, tiêu chí chưa có kết quả (${shown}) nên không đối chiếu được với tổng các dòng con. Đề nghị ${fix.vi}.`,
          en: `${otherFormulas.length} formula cells on total or parent rows have no stored result (${shown}), so they could not be compared with their children. Please ${fix.en}.`,
        },
        // Parent and total rows are compared only, never scored: worth a look, nothing is lost.
        'info',
      ),
    );
  }
  return out;
}

type Label = { vi: string; en: string };

type Formulas = { cell: ReadCell; flat: FlatItem; label: Label }[];

/**
 * The row's score cells in COLUMNS order, each read by its own name: a read by a name that varies
 * (row[role]) is a slow, generic one, and this runs for five cells of every row of every sheet.
 */
function lookAtRow(row: SheetRow, flat: FlatItem | null, out: Finding[], leafFormulas: Formulas, otherFormulas: string[]): void {
  if (row.max) lookAtCell(row.max, 0, flat, out, leafFormulas, otherFormulas);
  if (row.declared) lookAtCell(row.declared, 1, flat, out, leafFormulas, otherFormulas);
  if (row.self) lookAtCell(row.self, 2, flat, out, leafFormulas, otherFormulas);
  if (row.appraised) lookAtCell(row.appraised, 3, flat, out, leafFormulas, otherFormulas);
  if (row.survey) lookAtCell(row.survey, 4, flat, out, leafFormulas, otherFormulas);
}

/** `c`: the cell's place in COLUMNS. */
function lookAtCell(cell: ReadCell, c: number, flat: FlatItem | null, out: Finding[], leafFormulas: Formulas, otherFormulas: string[]): void {
  const code = flat ? flat.item.code : null;
  const role = COLUMNS[c][0];
  const label = COLUMNS[c][1];
  const r = cell.reading;
  if (r.kind === 'number' && r.assumed !== undefined) {
    const v = nums(r.value);
    const what = STRAY_SPACE.test(r.assumed)
      ? { vi: 'có khoảng trắng đặc biệt hoặc ký tự ẩn (thường do sao chép từ Word, trang web)', en: 'holds a non-breaking space or an invisible character (often copied from Word or the web)' }
      : { vi: 'có chữ hoặc ký tự lạ kèm theo số', en: 'is a number with a unit or stray characters' };
    const whose = flat ? { vi: ` của ${itemName(flat, 'vi')}`, en: ` of ${itemName(flat, 'en')}` } : { vi: ' (dòng tổng)', en: ' (total row)' };
    out.push(
      finding('score.readAsNumber', cell.address, code, {
        vi: `${label.vi}${whose.vi} ghi ${quote(r.assumed)}, ${what.vi}; chương trình đã đọc là ${v.vi}. Đề nghị đơn vị chỉ ghi số (${v.vi}) trong ô này.`,
        en: `${label.en}${whose.en} reads ${quote(r.assumed)}, which ${what.en}; it was read as ${v.en}. Write the number alone (${v.en}) in this cell.`,
      }),
    );
  }
  if (role === 'max' || role === 'declared' || !formulaWithoutValue(cell)) return;
  if (flat && isLeaf(flat.item)) leafFormulas.push({ cell, flat, label });
  else otherFormulas.push(cell.address);
}
