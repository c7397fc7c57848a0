/**
 * Which sheets of a workbook are scoresheets, rule by rule (find-scoresheet.ts): the likelihood's
 * arithmetic worked out by hand, and every reason surveyScoresheets gives for leaving a sheet out.
 * Grids are small and built here; the header is PLAIN_HEADER (8 roles, self in column F).
 */
import { pickScoresheet, scoresheetLikelihood, surveyScoresheets } from '../../../src/engine/layout/find-scoresheet';
import type { CellScalar, Grid } from '../../../src/engine/grid';
import { PLAIN_HEADER, SheetBuilder, plainSheet } from './sheet-builder';

/** A plain sheet (header on row 4) with `codes` coded rows; each self score is `self` ('' = blank). */
function sheet(name: string, codes: number, self: CellScalar = 1): Grid {
  const data: CellScalar[][] = [];
  for (let i = 1; i <= codes; i++) data.push([`1.${i}`, `Tiêu chí 1.${i}`, 2, '', '', self]);
  return plainSheet(data, { name });
}

/** A sheet with a header and no score column (self, appraised, survey): "STT | Nội dung | Điểm tối đa | Ghi chú". */
function noScoreColumn(name: string, firstRow = 'DANH SÁCH'): Grid {
  const b = new SheetBuilder(name);
  b.row(firstRow);
  b.row('STT', 'Nội dung', 'Điểm tối đa', 'Ghi chú');
  for (let i = 1; i <= 5; i++) b.row(`1.${i}`, `Tiêu chí 1.${i}`, 2, '');
  return b.build();
}

describe('scoresheetLikelihood: 0.4 + 0.2 × roles/8 + 0.3 × codes/30, ± 0.1 for the name, within [0.01, 1]', () => {
  test('8 roles, 15 codes, a neutral name: 0.4 + 0.2 + 0.15 = 0.75', () => {
    expect(scoresheetLikelihood(sheet('Sheet1', 15))).toBeCloseTo(0.75, 10);
  });

  test('codes count up to 30: 30 and 45 codes both give 0.4 + 0.2 + 0.3 = 0.9', () => {
    expect(scoresheetLikelihood(sheet('Sheet1', 30))).toBeCloseTo(0.9, 10);
    expect(scoresheetLikelihood(sheet('Sheet1', 45))).toBeCloseTo(0.9, 10);
  });

  test('a scoresheet name adds 0.1, capped at 1: 0.9 + 0.1 = 1; 15 codes: 0.85', () => {
    expect(scoresheetLikelihood(sheet('Biểu tự chấm điểm', 30))).toBe(1);
    expect(scoresheetLikelihood(sheet('Biểu tự chấm điểm', 15))).toBeCloseTo(0.85, 10);
  });

  test('a summary name takes 0.1: 0.75 − 0.1 = 0.65', () => {
    expect(scoresheetLikelihood(sheet('Tổng hợp', 15))).toBeCloseTo(0.65, 10);
  });

  test('roles count up to 8: ten header columns (10 roles) still give 0.2', () => {
    const b = new SheetBuilder('Sheet1');
    b.row('STT', 'Nội dung', 'Điểm tối đa', 'Cách tính điểm', 'Số liệu kê khai', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Giải trình', 'Điểm thẩm định', 'Ý kiến thẩm định');
    // no codes: 0.4 + 0.2 + 0
    expect(scoresheetLikelihood(b.build())).toBeCloseTo(0.6, 10);
  });

  test('three roles, no codes: 0.4 + 0.2 × 3/8 = 0.475', () => {
    const b = new SheetBuilder('Sheet1');
    b.row('STT', 'Nội dung', 'Điểm tự đánh giá');
    expect(scoresheetLikelihood(b.build())).toBeCloseTo(0.475, 10);
  });

  test('codes in the title column count when the code column is empty; codes are counted over 400 rows', () => {
    // 10 rows with "1.i. …" in the title: 0.4 + 0.2 + 0.3 × 10/30 = 0.7
    const inTitles = plainSheet(Array.from({ length: 10 }, (_, i) => ['', `1.${i + 1}. Tiêu chí`, 1]), { name: 'Sheet1' });
    expect(scoresheetLikelihood(inTitles)).toBeCloseTo(0.7, 10);
    // 399 blank rows after the header, then 15 codes: only the first (row 400 under the header) is counted
    const late = plainSheet([...Array.from({ length: 399 }, () => ['', 'x']), ...Array.from({ length: 15 }, (_, i) => [`1.${i + 1}`, 't'])], { name: 'Sheet1' });
    expect(scoresheetLikelihood(late)).toBeCloseTo(0.4 + 0.2 + 0.3 / 30, 10);
  });
});

describe('pickScoresheet', () => {
  test('the highest likelihood wins; a tie keeps the first', () => {
    const a = sheet('Sheet1', 15);
    const b = sheet('Sheet2', 16);
    expect(pickScoresheet([a, b])).toBe(b);
    const c = sheet('Sheet3', 15);
    expect(pickScoresheet([a, c])).toBe(a);
  });
});

describe('surveyScoresheets: why a sheet is left out', () => {
  test('no header: "instructions" when its name or one of its first five rows says so, else "notScoresheet"', () => {
    const byName = new SheetBuilder('Hướng dẫn').build();
    const byText = new SheetBuilder('Sheet9');
    byText.row('Ghi chú');
    byText.row('', 'Cách ghi điểm vào biểu');
    const late = new SheetBuilder('Sheet8');
    late.blank(5);
    late.row('Hướng dẫn chấm điểm'); // row 6: too far down
    const plain = new SheetBuilder('Sheet7');
    plain.row('Danh sách cán bộ');
    const s = sheet('Sheet1', 5);
    const out = surveyScoresheets([byName, byText.build(), late.build(), plain.build(), s]);
    expect(out.scoresheets).toEqual([s]);
    expect(out.skipped).toEqual([
      { sheetName: 'Hướng dẫn', why: 'instructions' },
      { sheetName: 'Sheet9', why: 'instructions' },
      { sheetName: 'Sheet8', why: 'notScoresheet' },
      { sheetName: 'Sheet7', why: 'notScoresheet' },
    ]);
  });

  test('only the first 80 characters of a top cell are looked at', () => {
    const far = new SheetBuilder('Sheet9');
    far.row(`${'x'.repeat(80)} hướng dẫn`);
    const near = new SheetBuilder('Sheet8');
    near.row(`${'x'.repeat(70)} hướng dẫn`); // "huong dan" starts at 71, ends at 79
    const s = sheet('Sheet1', 5);
    expect(surveyScoresheets([far.build(), near.build(), s]).skipped).toEqual([
      { sheetName: 'Sheet9', why: 'notScoresheet' },
      { sheetName: 'Sheet8', why: 'instructions' },
    ]);
  });

  test('a header without a self, appraised or survey column is no scoresheet', () => {
    const s = sheet('Sheet1', 5);
    expect(surveyScoresheets([noScoreColumn('Sheet2'), noScoreColumn('Sheet3', 'HƯỚNG DẪN'), s])).toEqual({
      scoresheets: [s],
      skipped: [
        { sheetName: 'Sheet2', why: 'notScoresheet' },
        { sheetName: 'Sheet3', why: 'instructions' },
      ],
    });
  });

  test('fewer than 3 coded rows: "summary" when named so, else "notScoresheet"; 3 are enough', () => {
    const two = sheet('Sheet2', 2);
    const twoSummary = sheet('Tổng hợp', 2);
    const three = sheet('Sheet3', 3);
    expect(surveyScoresheets([two, twoSummary, three])).toEqual({
      scoresheets: [three],
      skipped: [
        { sheetName: 'Sheet2', why: 'notScoresheet' },
        { sheetName: 'Tổng hợp', why: 'summary' },
      ],
    });
  });

  test('3 codes beside a sheet of 6: kept (3 is enough, and 3 × 2 = 6 is half)', () => {
    const six = sheet('Sheet1', 6);
    const three = sheet('Sheet2', 3);
    expect(surveyScoresheets([six, three])).toEqual({ scoresheets: [six, three], skipped: [] });
  });

  test('fewer than half the codes of the best sheet: "summary"; exactly half is kept', () => {
    const best = sheet('Sheet1', 10);
    const half = sheet('Sheet2', 5); // 5 × 2 = 10: kept
    const less = sheet('Sheet3', 4); // 4 × 2 = 8 < 10
    expect(surveyScoresheets([best, half, less])).toEqual({
      scoresheets: [best, half],
      skipped: [{ sheetName: 'Sheet3', why: 'summary' }],
    });
  });

  test('a summary-named sheet beside a real one is left out ("instructions" when it reads as such)', () => {
    const real = sheet('Sheet1', 10);
    const named = sheet('Tổng hợp', 10);
    const guide = sheet('Danh mục hướng dẫn', 10);
    expect(surveyScoresheets([named, real, guide])).toEqual({
      scoresheets: [real],
      skipped: [
        { sheetName: 'Tổng hợp', why: 'summary' },
        { sheetName: 'Danh mục hướng dẫn', why: 'instructions' },
      ],
    });
    // only summary-named scoresheets: all of them are checked
    const named2 = sheet('Tổng hợp 2', 10);
    expect(surveyScoresheets([named, named2])).toEqual({ scoresheets: [named, named2], skipped: [] });
  });

  test('a blank form beside filled-in ones is "blankForm"; a not-applicable word counts as entered', () => {
    const filled = sheet('Sheet1', 5, 1);
    const na = sheet('Sheet2', 5, 'N/A');
    const blank = sheet('Sheet3', 5, '');
    expect(surveyScoresheets([blank, filled, na])).toEqual({
      scoresheets: [filled, na],
      skipped: [{ sheetName: 'Sheet3', why: 'blankForm' }],
    });
    // only blank forms: all are checked
    const blank2 = sheet('Sheet4', 5, '');
    expect(surveyScoresheets([blank, blank2]).scoresheets).toEqual([blank, blank2]);
  });

  test('a score is looked for in 400 rows under the header', () => {
    const data = (at: number) => [...Array.from({ length: 5 }, (_, i) => [`1.${i + 1}`, 't', 2]), ...Array.from({ length: at - 5 }, () => ['', 'x']), ['', 'x', '', '', '', 1]];
    const within = plainSheet(data(399), { name: 'Sheet1' }); // the score on the 400th row under the header
    const beyond = plainSheet(data(400), { name: 'Sheet2' }); // on the 401st
    expect(surveyScoresheets([within, beyond])).toEqual({ scoresheets: [within], skipped: [{ sheetName: 'Sheet2', why: 'blankForm' }] });
  });

  test('no sheet qualifies: the most scoresheet-like one is checked, the others keep their reason', () => {
    const two = sheet('Sheet1', 2); // 0.4 + 0.2 + 0.3 × 2/30
    const one = sheet('Sheet2', 1);
    const none = new SheetBuilder('Sheet3').build();
    expect(surveyScoresheets([one, two, none])).toEqual({
      scoresheets: [two],
      skipped: [
        { sheetName: 'Sheet2', why: 'notScoresheet' },
        { sheetName: 'Sheet3', why: 'notScoresheet' },
      ],
    });
    expect(surveyScoresheets([none])).toEqual({ scoresheets: [], skipped: [{ sheetName: 'Sheet3', why: 'notScoresheet' }] });
  });

  test('hidden sheets are listed last, as the adapter named them', () => {
    const s = sheet('Sheet1', 5);
    expect(surveyScoresheets([s], ['Ẩn 1', 'Ẩn 2'])).toEqual({
      scoresheets: [s],
      skipped: [
        { sheetName: 'Ẩn 1', why: 'hidden' },
        { sheetName: 'Ẩn 2', why: 'hidden' },
      ],
    });
    expect(surveyScoresheets([s]).skipped).toEqual([]);
  });
});

test('PLAIN_HEADER has the self column in F (the grids above rely on it)', () => {
  expect(PLAIN_HEADER[5]).toBe('Điểm tự đánh giá');
});
