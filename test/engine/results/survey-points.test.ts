import { checkGrid } from '../../../src/engine/check';
import { gridFromValues, type CellScalar } from '../../../src/engine/grid';
import { csvToGrid } from '../../../src/engine/results/csv';
import { sheetStatus } from '../../../src/engine/results/status';
import { surveyCoverage, surveyPointsFor, surveyTableSummary } from '../../../src/engine/results/survey-points';
import { readUnitTable } from '../../../src/engine/results/unit-table';
import { buildSet, item } from '../helpers/build-set';

/**
 * Scale 30: area 1 (10) = 1.1 (4) + 1.2 (6); area 2 (10) = 2.1 (5, survey) + 2.2 (5);
 * area 3 (10) = 3.1 (4, survey) + 3.2 (6, survey).
 */
const set = buildSet(
  [
    item('1', 10, [item('1.1', 4), item('1.2', 6)]),
    item('2', 10, [item('2.1', 5, [], { kind: 'survey' }), item('2.2', 5)]),
    item('3', 10, [item('3.1', 4, [], { kind: 'survey' }), item('3.2', 6, [], { kind: 'survey' })]),
  ],
  { id: 'survey-set' },
);
const EV = 'Kế hoạch số 12/KH-UBND ngày 15/01/2024';

/** Every scored leaf: self = max, appraised as given (default max); survey cells as given. */
function sheet(unit: string, appraised: Record<string, number> = {}, survey: Record<string, CellScalar> = {}) {
  const leaf = (code: string, max: number, isSurvey = false): CellScalar[] =>
    isSurvey ? [code, `TC ${code}`, max, null, null, null, survey[code] ?? null] : [code, `TC ${code}`, max, max, EV, appraised[code] ?? max, null];
  return gridFromValues('Tự đánh giá', [
    ['BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
    [`Đơn vị: ${unit}`],
    [],
    ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Điểm thẩm định', 'Điểm điều tra XHH'],
    ['1', 'LV 1', 10], leaf('1.1', 4), leaf('1.2', 6),
    ['2', 'LV 2', 10], leaf('2.1', 5, true), leaf('2.2', 5),
    ['3', 'LV 3', 10], leaf('3.1', 4, true), leaf('3.2', 6, true),
    [null, 'Tổng cộng', 30],
  ]);
}

const table = readUnitTable(
  csvToGrid(
    [
      'STT;Đơn vị;2.1;LV3',
      '1;UBND huyện An Lão;4,5;7,5', // item 2.1 and area 3 spread 3 / 4.5
      '2;Huyện Bình Minh;6;11', // 6 > max 5 of 2.1; 11 > max 10 of area 3: both refused
      '3;Xã Cát Hải;abc;', // not a number
      '4;Huyện Không Có Biểu;1;1',
    ].join('\r\n'),
  ),
  'xhh.csv',
);

const check = (unit: string, appraised: Record<string, number> = {}, survey: Record<string, CellScalar> = {}) =>
  checkGrid(sheet(unit, appraised, survey), { sets: [set], criteria: set, surveyFor: (u) => surveyPointsFor(table, u, null) });

describe('survey points from a table', () => {
  test('item and area values fill the blank survey items; totals include them', () => {
    const r = check('Huyện An Lão', { '1.2': 5 });
    // Appraised: 4 + 5 + 5 (2.2) = 14; survey 4.5 (2.1) + 7.5 (area 3) = 12; total 26 / 30 = 86.67 %.
    expect(r.scores!.final).toMatchObject({ total: 26, max: 30 });
    expect(r.scores!.final!.index).toBeCloseTo(86.6667, 3);
    expect(r.survey!.used).toEqual([
      { item: '2.1', points: 4.5, cell: 'C2', area: null },
      // 7.5 spread by maxima 4 : 6 → 3 and 4.5.
      { item: '3.1', points: 3, cell: 'D2', area: '3' },
      { item: '3.2', points: 4.5, cell: 'D2', area: '3' },
    ]);
    expect(r.survey!.notUsed).toEqual([]);
    expect(sheetStatus({ result: r }).status).toBe('complete');
    // No "survey points not entered" note remains for the items the table filled.
    expect(r.findings.filter((f) => f.code === 'appraisal.surveyMissing')).toEqual([]);
    expect(check('Bình Minh').findings.filter((f) => f.code === 'appraisal.surveyMissing').map((f) => f.item)).toEqual(['2.1', '3.1', '3.2']);
    // Self total leaves the survey out: 4 + 6 + 5 = 15 of 15.
    expect(r.scores!.self.total).toBe(15);
  });

  test('values above the max are refused with their cell, never capped; the unit then awaits survey', () => {
    const r = check('Bình Minh');
    expect(r.survey!.used).toEqual([]);
    expect(r.survey!.notUsed.map((x) => [x.code, x.cell])).toEqual([['2.1', 'C3'], ['3', 'D3']]);
    expect(r.survey!.notUsed[0].reason.vi).toMatch(/lớn hơn điểm tối đa 5/);
    expect(r.scores!.final!.total).toBe(15);
    expect(sheetStatus({ result: r }).status).toBe('awaitingSurvey');
  });

  test('a text value is reported with its cell', () => {
    const r = check('Cát Hải');
    expect(r.survey!.notUsed[0].cell).toBe('C4');
    expect(r.survey!.notUsed[0].reason.vi).toMatch(/"abc": không phải số điểm/);
  });

  test('the sheet wins: its survey points are kept; an area total is not split over partly filled items', () => {
    const r = check('An Lão', {}, { '2.1': 2, '3.1': 1 });
    expect(r.survey!.used).toEqual([]);
    expect(r.survey!.notUsed.map((x) => x.code)).toEqual(['2.1', '3']);
    expect(r.survey!.notUsed[0].reason.vi).toMatch(/dùng điểm trên biểu/);
    // 15 appraised + 2 + 1 from the sheet = 18.
    expect(r.scores!.final!.total).toBe(18);
  });

  test('a unit not in the table gets no survey record', () => {
    const r = check('Sở Y tế');
    expect(r.survey).toBeUndefined();
  });

  test('coverage: table rows without a workbook and workbooks without a row', () => {
    const cov = surveyCoverage(table, [
      { file: 'an-lao.xlsx', unit: 'UBND huyện An Lão' },
      { file: 'y-te.xlsx', unit: 'Sở Y tế' },
    ]);
    expect(cov.rowsWithoutWorkbook.map((r) => r.unit)).toEqual(['Huyện Bình Minh', 'Xã Cát Hải', 'Huyện Không Có Biểu']);
    expect(cov.filesWithoutRow).toEqual([{ file: 'y-te.xlsx', unit: 'Sở Y tế' }]);
    // The batch summary: 1-based table rows, file names without folders.
    const summary = surveyTableSummary(table, [{ file: 'C:\\ho so\\y-te.xlsx', unit: null }]);
    expect(summary.rowsWithoutWorkbook[0]).toEqual({ row: 2, unit: 'UBND huyện An Lão' });
    expect(summary.filesWithoutRow).toEqual([{ fileName: 'y-te.xlsx', unit: 'y-te.xlsx' }]);
    expect(summary.source).toBe('xhh.csv');
  });
});
