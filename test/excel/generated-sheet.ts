/** Generated scoresheets of any length for the fake Excel, and flags on them. */
import { a1 } from '../../src/engine/grid';
import type { Severity } from '../../src/engine/findings/finding';
import type { Flag } from '../../src/workbook/port';
import type { CriteriaSet } from '../../src/engine/criteria/schema';

export const SHEET = 'Tự đánh giá';
/** The table starts at B3 (not A1) so grid padding is exercised. */
export const TOP = 2;
export const LEFT = 1;

/** Title row, header row, then `items` rows: STT | Nội dung | Điểm tối đa | Điểm tự chấm | TLKC. */
export function scoresheetValues(items: number): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [
    ['BIỂU TỰ ĐÁNH GIÁ CHỈ SỐ CCHC', null, null, null, null],
    ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự chấm', 'Tài liệu kiểm chứng'],
  ];
  for (let i = 1; i <= items; i++) {
    rows.push([`1.${i}`, `Tiêu chí ${i}`, 1, i % 7 === 0 ? '0,5' : 1, i % 5 === 0 ? null : `QĐ ${i}/QĐ-UBND`]);
  }
  return rows;
}

/** A flag on the score cell (column E) of every `every`-th item, severities rotating. */
export function flagsFor(items: number, every = 10): Flag[] {
  const sev: Severity[] = ['error', 'warning', 'info'];
  const flags: Flag[] = [];
  for (let i = 1; i <= items; i += every) {
    const row = TOP + 1 + i; // sheet row index of item i
    flags.push({ cell: a1(row, LEFT + 3), severity: sev[i % 3], text: `Điểm vượt điểm tối đa (mục 1.${i})` });
  }
  return flags;
}

/** A criteria set the generated sheet matches item for item (1.1 … 1.items, 1 point each), so the engine scores it. */
export function generatedCriteriaSet(items: number): CriteriaSet {
  return {
    format: 'par-criteria/1', id: 'generated', version: '1', title: 'Bộ tiêu chí sinh tự động', year: 2024, unitLevel: 'province', scale: items,
    items: Array.from({ length: items }, (_, k) => ({ code: `1.${k + 1}`, title: `Tiêu chí ${k + 1}`, maxPoints: 1 })),
  };
}
