/**
 * Appraisal: an appraised score that differs from the unit's self-score must carry the
 * appraiser's note (ý kiến thẩm định) saying why — the unit answers it in its explanation round.
 * Survey items are left out (the unit never scores them); missing survey points are
 * reported by score-checks.ts.
 */
import { effectiveKind, isLeaf, type FlatItem } from '../criteria/tree';
import type { CellReading, SheetRow } from '../layout/parsed-sheet';
import type { Finding } from './finding';
import { finding, isSurvey, textOf, type CheckContext } from './context';
import { itemName, nums } from './fmt';

type Comparable = { kind: 'number'; value: number } | { kind: 'na' };

export function findAppraisalIssues(ctx: CheckContext): Finding[] {
  // Both columns are needed for a difference; a sheet with only one has nothing to compare.
  if (ctx.parsed.columns.appraised === undefined || ctx.parsed.columns.self === undefined) return [];
  const out: Finding[] = [];
  for (const flat of ctx.flat) {
    if (!isLeaf(flat.item) || isSurvey(flat)) continue;
    const row = ctx.alignment.rowFor.get(flat.item.code);
    if (!row || !row.appraised) continue;
    const f = checkRow(flat, row);
    if (f) out.push(f);
  }
  return out;
}

function checkRow(flat: FlatItem, row: SheetRow): Finding | null {
  // A formula without a stored result has no value to compare (reading-checks.ts says so).
  if ((row.self?.formula && row.self.reading.kind === 'blank') || (row.appraised?.formula && row.appraised.reading.kind === 'blank')) return null;
  const penalty = effectiveKind(flat) === 'penalty';
  const appraised = comparable(row.appraised?.reading, penalty, false);
  // A blank self cell next to an appraised number means the unit claimed 0.
  const self = comparable(row.self?.reading, penalty, true);
  if (!appraised || !self || same(appraised, self)) return null;
  if (textOf(row.appraiserNote) || textOf(row.note)) return null;
  const a = show(appraised);
  const s = show(self);
  return finding('appraisal.noNote', row.appraised!.address, flat.item.code, {
    vi: `Điểm thẩm định ${a.vi} của ${itemName(flat, 'vi')} khác điểm tự đánh giá ${s.vi} nhưng không có ý kiến thẩm định. Ghi lý do điều chỉnh vào cột ý kiến thẩm định để đơn vị giải trình.`,
    en: `The appraised score ${a.en} of ${itemName(flat, 'en')} differs from the self-score ${s.en} with no appraiser note. Write the reason for the change in the appraiser's note column so the unit can respond.`,
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
  if (a.kind === 'na' || b.kind === 'na') return a.kind === b.kind;
  return Math.abs(a.value - b.value) <= 1e-6;
}

function show(c: Comparable): { vi: string; en: string } {
  return c.kind === 'na' ? { vi: '"Không áp dụng"', en: '"not applicable"' } : nums(c.value);
}
