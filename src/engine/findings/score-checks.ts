/**
 * Score cells of leaf rows: what each cell holds (a number, N/A, text, an Excel error, nothing)
 * and, for numbers, the item's rule (value-checks.ts). Survey items are scored only by the
 * appraising body: a self-score on them is an error, their survey points are checked instead.
 * Parent rows are checked in parent-checks.ts.
 */
import { allowsNotApplicable, effectiveKind, isLeaf, type FlatItem } from '../criteria/tree';
import type { ReadCell, SheetRow } from '../layout/parsed-sheet';
import type { Finding } from './finding';
import { finding, isSurvey, cellOf, type CheckContext } from './context';
import { cap, itemName, nums, quote } from './fmt';
import { checkNumber, columnLabel, type ScoreColumn } from './value-checks';
import { formulaWithoutValue } from './reading-checks';

export function findScoreIssues(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const flat of ctx.flat) {
    if (!isLeaf(flat.item)) continue;
    const row = ctx.alignment.rowFor.get(flat.item.code);
    if (!row) continue;
    if (isSurvey(flat)) out.push(...surveyRow(ctx, flat, row));
    else {
      out.push(...scoreCell(ctx, flat, row, row.self, 'self'));
      out.push(...scoreCell(ctx, flat, row, row.appraised, 'appraised'));
    }
    // Round 2 is optional per item: only what was written in it is checked.
    // Stryker disable next-line ConditionalExpression: equivalent when true, scoreCell reads a missing round-2 cell as blank and a blank round-2 cell is never reported
    if (row.appraised2) out.push(...scoreCell(ctx, flat, row, row.appraised2, 'appraised2'));
  }
  return out;
}

function surveyRow(ctx: CheckContext, flat: FlatItem, row: SheetRow): Finding[] {
  const out: Finding[] = [];
  const self = row.self;
  // Worded only for a finding (most survey rows have none).
  const vi = () => itemName(flat, 'vi');
  // Stryker disable next-line StringLiteral: equivalent, itemName words every language but 'vi' in English
  const en = () => itemName(flat, 'en');
  // Only a real number is a self-score: "XHH", "-" or a 0 in the self column of a survey row
  // are what units write to say "not ours to score".
  if (
    self &&
    // Stryker disable next-line ConditionalExpression: equivalent when true, other readings have no value and NaN > 1e-9 is false
    self.reading.kind === 'number' &&
    Math.abs(self.reading.value) > 1e-9
  ) {
    const v = nums(self.reading.value);
    out.push(
      finding('score.selfOnSurvey', self.address, flat.item.code, {
        vi: `${cap(vi())} được chấm qua điều tra xã hội học, đơn vị không tự chấm nhưng ô tự đánh giá ghi ${v.vi}. Đề nghị đơn vị xóa điểm này (để trống ô).`,
        en: `${cap(en())} is scored by the sociological survey, not by the unit, but the self-score cell holds ${v.en}. Delete it (leave the cell blank).`,
      }),
    );
  }
  // Survey points sit in the survey column when the sheet has one, else in the appraised column.
  const column: ScoreColumn = ctx.parsed.columns.survey !== undefined ? 'survey' : 'appraised';
  const cell = column === 'survey' ? row.survey : row.appraised;
  const address = cell?.address ?? cellOf(ctx.parsed, row, column);
  if (address === null) return out;
  const kind = cell?.reading.kind ?? 'blank';
  if ((kind === 'blank' || kind === 'dash') && ctx.hasAppraisal) {
    out.push(
      finding('appraisal.surveyMissing', address, flat.item.code, {
        vi: `Chưa có điểm điều tra xã hội học của ${vi()} (tối đa ${nums(flat.item.maxPoints).vi}). Tổ thẩm định sẽ nhập điểm khi có kết quả điều tra; đến lúc đó tiêu chí này được tính 0 điểm.`,
        en: `No survey score yet for ${en()} (max ${nums(flat.item.maxPoints).en}). The appraising body enters it when the survey results are in; until then it scores 0.`,
      }),
    );
    return out;
  }
  // Stryker disable next-line ConditionalExpression: equivalent when true, scoreCell reads a missing cell as blank and a blank survey cell is not a score finding (kind 'survey')
  if (cell) out.push(...scoreCell(ctx, flat, row, cell, column));
  return out;
}

function scoreCell(
  ctx: CheckContext,
  flat: FlatItem,
  row: SheetRow,
  cell: ReadCell | null,
  column: ScoreColumn,
): Finding[] {
  const address = cell?.address ?? cellOf(ctx.parsed, row, column);
  if (address === null) return [];
  const reading = cell?.reading ?? { kind: 'blank' as const };
  // A number is checked against its rule (value-checks.ts); the rest are fine or a finding here.
  if (reading.kind === 'number') return checkNumber(flat, row, reading.value, address, column);
  if (reading.kind === 'na' && allowsNotApplicable(flat.item)) return [];
  if ((reading.kind === 'blank' || reading.kind === 'dash') && !missingScore(ctx, flat, cell, column)) return [];
  // Only a finding is worded: the item names and numbers are not built for every cell looked at.
  const code = flat.item.code;
  const col = columnLabel(column);
  const vi = itemName(flat, 'vi');
  // Stryker disable next-line StringLiteral: equivalent, itemName words every language but 'vi' in English
  const en = itemName(flat, 'en');
  const max = nums(flat.item.maxPoints);
  switch (reading.kind) {
    case 'na':
      return [
        finding('score.naNotAllowed', address, code, {
          vi: `${col.vi} của ${vi} ghi ${quote(reading.raw)} nhưng bộ tiêu chí không cho phép miễn đánh giá tiêu chí này, nên tiêu chí được tính 0 điểm và vẫn giữ điểm tối đa ${max.vi}. Đề nghị đơn vị nhập điểm từ 0 đến ${max.vi}.`,
          en: `${col.en} of ${en} says ${quote(reading.raw)} but the criteria set does not allow this item to be not applicable, so it scores 0 and keeps its max of ${max.en}. Enter a score from 0 to ${max.en}.`,
        }),
      ];
    case 'text':
      return [
        finding('score.notNumber', address, code, {
          vi: `${col.vi} của ${vi} ghi ${quote(reading.raw)}, không phải là số nên được tính 0 điểm. Đề nghị đơn vị nhập điểm bằng số từ 0 đến ${max.vi} (ví dụ 0,5)${allowsNotApplicable(flat.item) ? ' hoặc "Không áp dụng"' : ''}.`,
          en: `${col.en} of ${en} reads ${quote(reading.raw)}, which is not a number, so it scores 0. Enter a number from 0 to ${max.en} (e.g. 0.5)${allowsNotApplicable(flat.item) ? ' or "Không áp dụng" (not applicable)' : ''}.`,
        }),
      ];
    case 'error':
      return [
        finding('score.excelError', address, code, {
          vi: `${col.vi} của ${vi} bị lỗi Excel ${reading.raw} nên được tính 0 điểm. Đề nghị đơn vị sửa công thức hoặc nhập trực tiếp điểm (từ 0 đến ${max.vi}).`,
          en: `${col.en} of ${en} shows the Excel error ${reading.raw}, so it scores 0. Fix the formula or type the score (0 to ${max.en}).`,
        }),
      ];
    case 'blank':
    case 'dash': {
      return [
        finding('score.missing', address, code, {
          vi: `${col.vi} của ${vi} đang để trống nên được tính 0 điểm. Đề nghị đơn vị nhập điểm (từ 0 đến ${max.vi}); nếu đúng là 0 điểm, ghi 0${allowsNotApplicable(flat.item) ? '; nếu đơn vị được miễn, ghi "Không áp dụng"' : ''}.`,
          en: `${col.en} of ${en} is blank, so it scores 0. Enter the score (0 to ${max.en}); if it really is 0, type 0${allowsNotApplicable(flat.item) ? '; if the unit is exempt, write "Không áp dụng" (not applicable)' : ''}.`,
        }),
      ];
    }
  }
}

/** A blank (or "-") score cell that is a finding (score.missing); the other blanks are fine. */
function missingScore(ctx: CheckContext, flat: FlatItem, cell: ReadCell | null, column: ScoreColumn): boolean {
  // A formula without a stored result is said as such (reading-checks.ts), not as a blank.
  if (formulaWithoutValue(cell)) return false;
  // Bonus and penalty rows are blank when there is nothing to add or deduct.
  if (effectiveKind(flat) !== 'scored' || column === 'appraised2') return false;
  // The appraised column is expected only once the appraisal has started.
  if (column === 'appraised' && !ctx.hasAppraisal) return false;
  return true;
}
