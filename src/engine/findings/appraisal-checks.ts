/**
 * Appraisal: an appraised score that differs from the unit's self-score must carry the
 * appraiser's note (ý kiến thẩm định) saying why — the unit answers it in its explanation round.
 * Round 2 (after the unit's explanation, domain.md §5.3), where the sheet has a round-2 column:
 * - a round-2 score that differs from round 1 (or, with round 1 blank, from the self score)
 *   needs a round-2 note: error appraisal.roundTwoNoNote, like appraisal.noNote;
 * - a round-2 score above the self score (more than the unit claimed, which is unusual) needs a
 *   reason too: warning appraisal.roundTwoAboveSelf when it has no round-2 note. When the
 *   round-2 score also changed without a note, the one error says both.
 * The round-2 note is the "Ý kiến thẩm định lần 2" column; a sheet without one has a single
 * note column for both rounds, so the round-1 note (or "Ghi chú") counts for round 2.
 * Survey items are left out (the unit never scores them); missing survey points are
 * reported by score-checks.ts.
 */
import { effectiveKind, isLeaf, type FlatItem } from '../criteria/tree';
import type { CellReading, ReadCell, SheetRow } from '../layout/parsed-sheet';
import type { Finding } from './finding';
import { finding, isSurvey, textOf, type CheckContext } from './context';
import { itemName, nums } from './fmt';
import { formulaWithoutValue } from './reading-checks';

type Comparable = { kind: 'number'; value: number } | { kind: 'na' };

export function findAppraisalIssues(ctx: CheckContext): Finding[] {
  // Both columns are needed for a difference; a sheet with only one has nothing to compare.
  if (ctx.parsed.columns.appraised === undefined || ctx.parsed.columns.self === undefined) return [];
  const out: Finding[] = [];
  for (const flat of ctx.flat) {
    if (!isLeaf(flat.item) || isSurvey(flat)) continue;
    const row = ctx.alignment.rowFor.get(flat.item.code);
    if (!row || !row.appraised) continue;
    const f = checkRow(flat, row, row.appraised);
    if (f) out.push(f);
  }
  // Stryker disable next-line ConditionalExpression: equivalent when true, rows have a round-2 cell only when the sheet has the column (sheet-row.ts) and roundTwoIssues skips rows without one
  if (ctx.parsed.columns.appraised2 !== undefined) out.push(...roundTwoIssues(ctx));
  return out;
}

function roundTwoIssues(ctx: CheckContext): Finding[] {
  const ownNoteColumn = ctx.parsed.columns.appraiserNote2 !== undefined;
  const out: Finding[] = [];
  for (const flat of ctx.flat) {
    if (!isLeaf(flat.item) || isSurvey(flat)) continue;
    const row = ctx.alignment.rowFor.get(flat.item.code);
    const cell = row?.appraised2;
    // Stryker disable next-line LogicalOperator: equivalent, without a row there is no cell either (cell is row?.appraised2)
    if (!row || !cell) continue;
    const f = checkRoundTwo(flat, row, cell, ownNoteColumn);
    if (f) out.push(f);
  }
  return out;
}

function checkRoundTwo(flat: FlatItem, row: SheetRow, cell: ReadCell, ownNoteColumn: boolean): Finding | null {
  const penalty = effectiveKind(flat) === 'penalty';
  const second = comparable(cell.reading, penalty, false);
  if (!second) return null; // not re-appraised (round 2 is optional per item), or not a number
  const self = comparable(row.self?.reading, penalty, true);
  const first = comparable(row.appraised?.reading, penalty, false);
  const before = first ?? self;
  const note = textOf(row.appraiserNote2) || (ownNoteColumn ? '' : textOf(row.appraiserNote)) || textOf(row.note);
  if (note) return null;
  const changed = before !== null && !same(second, before);
  const above =
    self !== null &&
    // Stryker disable next-line ConditionalExpression: equivalent when true, an N/A round 2 has no value and undefined > x is false
    second.kind === 'number' &&
    // Stryker disable next-line ConditionalExpression: equivalent when true, an N/A self has no value and x > NaN is false
    self.kind === 'number' &&
    second.value > self.value + 1e-6;
  if (!changed && !above) return null;
  const a = show(second);
  const vi = itemName(flat, 'vi');
  // Stryker disable next-line StringLiteral: equivalent, itemName words every language but 'vi' in English
  const en = itemName(flat, 'en');
  const address = cell.address;
  const where = ownNoteColumn
    ? { vi: 'vào cột ý kiến thẩm định lần 2', en: 'in the round-2 appraiser note column' }
    : { vi: 'vào cột ý kiến thẩm định (hoặc thêm cột "Ý kiến thẩm định lần 2")', en: 'in the appraiser note column (or add a column "Ý kiến thẩm định lần 2")' };
  const s = self ? show(self) : null;
  const aboveVi = above && s ? `, cao hơn cả điểm đơn vị tự đánh giá ${s.vi},` : '';
  const aboveEn = above && s ? `, above even the unit's self-score ${s.en},` : '';
  if (changed) {
    const b = show(before!);
    const from = first ? { vi: 'điểm thẩm định lần 1', en: 'the round-1 score' } : { vi: 'điểm tự đánh giá', en: 'the self-score' };
    return finding('appraisal.roundTwoNoNote', address, flat.item.code, {
      vi: `Điểm thẩm định lần 2 ${a.vi} của ${vi} khác ${from.vi} ${b.vi}${aboveVi} nhưng không có ý kiến thẩm định lần 2. Đề nghị tổ thẩm định ghi lý do điều chỉnh (ví dụ: chấp nhận giải trình, tài liệu bổ sung đạt yêu cầu) ${where.vi}.`,
      en: `The round-2 score ${a.en} of ${en} differs from ${from.en} ${b.en}${aboveEn} with no round-2 appraiser note. Write the reason for the change (e.g. explanation accepted, added evidence sufficient) ${where.en}.`,
    });
  }
  return finding('appraisal.roundTwoAboveSelf', address, flat.item.code, {
    vi: `Điểm thẩm định lần 2 ${a.vi} của ${vi} cao hơn điểm đơn vị tự đánh giá ${s!.vi} mà không có ý kiến thẩm định lần 2. Chấm cao hơn mức đơn vị tự nhận là bất thường: đề nghị tổ thẩm định kiểm tra lại điểm và ghi rõ lý do ${where.vi}.`,
    en: `The round-2 score ${a.en} of ${en} is above the unit's self-score ${s!.en} with no round-2 appraiser note. Scoring above what the unit claimed is unusual: check the score and write the reason ${where.en}.`,
  });
}

function checkRow(flat: FlatItem, row: SheetRow, cell: ReadCell): Finding | null {
  // A formula without a stored result has no value to compare (reading-checks.ts says so).
  if (formulaWithoutValue(row.self) || formulaWithoutValue(cell)) return null;
  const penalty = effectiveKind(flat) === 'penalty';
  const appraised = comparable(cell.reading, penalty, false);
  // A blank self cell next to an appraised number means the unit claimed 0.
  const self = comparable(row.self?.reading, penalty, true);
  if (!appraised || !self || same(appraised, self)) return null;
  if (textOf(row.appraiserNote) || textOf(row.note)) return null;
  const a = show(appraised);
  const s = show(self);
  // Stryker disable next-line StringLiteral: equivalent, itemName words every language but 'vi' in English
  const en = itemName(flat, 'en');
  return finding('appraisal.noNote', cell.address, flat.item.code, {
    vi: `Điểm thẩm định ${a.vi} của ${itemName(flat, 'vi')} khác điểm tự đánh giá ${s.vi} nhưng không có ý kiến thẩm định. Đề nghị tổ thẩm định ghi lý do điều chỉnh vào cột ý kiến thẩm định để đơn vị có căn cứ giải trình.`,
    en: `The appraised score ${a.en} of ${en} differs from the self-score ${s.en} with no appraiser note. Write the reason for the change in the appraiser's note column so the unit can respond.`,
  });
}

function comparable(reading: CellReading | undefined, penalty: boolean, blankIsZero: boolean): Comparable | null {
  if (!reading) return blankIsZero ? { kind: 'number', value: 0 } : null;
  switch (reading.kind) {
    case 'number':
      return { kind: 'number', value: penalty ? Math.abs(reading.value) : reading.value };
    case 'na':
      return { kind: 'na' };
    case 'blank':
    case 'dash':
      return blankIsZero ? { kind: 'number', value: 0 } : null;
    default:
      // Text and Excel errors are reported as score problems; there is nothing to compare.
      return null;
  }
}

function same(a: Comparable, b: Comparable): boolean {
  // Weakening this test is equivalent: an N/A has no value, |undefined - x| is NaN and NaN <= 1e-6
  // is false, the answer a.kind === b.kind gives for one N/A (two N/A are caught either way).
  if (
    // Stryker disable next-line LogicalOperator,StringLiteral: equivalent, see above
    a.kind === 'na' ||
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, see above
    b.kind === 'na'
  )
    return a.kind === b.kind;
  return Math.abs(a.value - b.value) <= 1e-6;
}

function show(c: Comparable): { vi: string; en: string } {
  return c.kind === 'na' ? { vi: '"Không áp dụng"', en: '"not applicable"' } : nums(c.value);
}
