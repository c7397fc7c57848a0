import { checkGrid } from '../../../src/engine/check';
import { gridFromValues, type CellScalar } from '../../../src/engine/grid';
import { sheetStatus, appraisalProgress } from '../../../src/engine/results/status';
import { buildSet, item } from '../helpers/build-set';

/**
 * Set: area 1 (10) = 1.1 (4) + 1.2 (6); area 2 (10) = 2.1 (5, survey) + 2.2 (5, N/A allowed).
 * Scored leaves the appraiser fills: 1.1, 1.2, 2.2 (3), or 2 when 2.2 is N/A.
 */
const set = buildSet(
  [
    item('1', 10, [item('1.1', 4), item('1.2', 6)]),
    item('2', 10, [item('2.1', 5, [], { kind: 'survey' }), item('2.2', 5, [], { notApplicable: 'allowed' })]),
  ],
  { id: 'status-set' },
);

type Row = { self?: CellScalar; appraised?: CellScalar; survey?: CellScalar };
const EV = 'Kế hoạch số 12/KH-UBND ngày 15/01/2024';

function grid(rows: Record<string, Row>, withAppraised = true) {
  const header = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', ...(withAppraised ? ['Điểm thẩm định', 'Điểm điều tra XHH'] : [])];
  const line = (code: string, title: string, max: number): CellScalar[] => {
    const r = rows[code] ?? {};
    return [code, title, max, r.self ?? null, r.self !== undefined ? EV : null, ...(withAppraised ? [r.appraised ?? null, r.survey ?? null] : [])];
  };
  return gridFromValues('Tự đánh giá', [
    ['BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
    ['Đơn vị: Sở Thử nghiệm'],
    [],
    header,
    line('1', 'Lĩnh vực 1', 10),
    line('1.1', 'Tiêu chí 1.1', 4),
    line('1.2', 'Tiêu chí 1.2', 6),
    line('2', 'Lĩnh vực 2', 10),
    line('2.1', 'Tiêu chí 2.1 (điều tra XHH)', 5),
    line('2.2', 'Tiêu chí 2.2', 5),
    [null, 'Tổng cộng', 20],
  ]);
}

const check = (rows: Record<string, Row>, withAppraised = true) => checkGrid(grid(rows, withAppraised), { sets: [set], criteria: set });
const self = { '1.1': { self: 4 }, '1.2': { self: 5 }, '2.2': { self: 3 } };

describe('sheetStatus', () => {
  test('unreadable file: the reason is kept in both languages', () => {
    const s = sheetStatus({ result: null, error: 'tệp hỏng' });
    expect(s.status).toBe('unreadable');
    expect(s.detail.vi).toContain('tệp hỏng');
    expect(s.appraisal).toBeNull();
  });

  test('no scoresheet and no matching set are both noSet', () => {
    const noSheet = checkGrid(gridFromValues('Trang 1', [['Báo cáo'], ['nội dung']]), { sets: [set] });
    expect(sheetStatus({ result: noSheet }).status).toBe('noSet');
    expect(sheetStatus({ result: noSheet }).detail.vi).toMatch(/Không tìm thấy biểu chấm điểm/);
    const other = buildSet([item('7', 10, [item('7.1', 10)])], { id: 'other' });
    const noSet = checkGrid(grid(self), { sets: [other] });
    expect(noSet.set).toBeNull();
    const s = sheetStatus({ result: noSet });
    expect(s.status).toBe('noSet');
    expect(s.detail.en).toMatch(/matches none of the loaded criteria sets/);
  });

  test('selfOnly without an appraised column, and with an empty one', () => {
    expect(sheetStatus({ result: check(self, false) }).status).toBe('selfOnly');
    const s = sheetStatus({ result: check(self) });
    expect(s.status).toBe('selfOnly');
    expect(s.appraisal).toEqual({ filled: 0, expected: 3 });
    expect(s.detail.vi).toContain('0/3');
  });

  test('appraising: 1 of the 3 scored cells filled (the survey item does not count)', () => {
    const r = check({ ...self, '1.1': { self: 4, appraised: 3 }, '2.1': { survey: 4 } });
    const s = sheetStatus({ result: r });
    expect(s.status).toBe('appraising');
    expect(s.appraisal).toEqual({ filled: 1, expected: 3 });
    expect(s.detail.vi).toBe('Đang thẩm định: đã có điểm thẩm định 1/3 ô, còn 2 ô trống.');
  });

  test('an N/A item is not expected: 2 of 2 filled; survey still missing → awaitingSurvey', () => {
    const r = check({ '1.1': { self: 4, appraised: 4 }, '1.2': { self: 5, appraised: 5 }, '2.2': { self: 'KAD', appraised: 'KAD' } });
    const s = sheetStatus({ result: r });
    expect(s.appraisal).toEqual({ filled: 2, expected: 2 });
    expect(s.status).toBe('awaitingSurvey');
    expect(s.surveyMissing).toEqual(['2.1']);
    expect(s.detail.vi).toContain('2.1');
  });

  test('complete when the survey points are on the sheet, or given by a survey table', () => {
    const full = { '1.1': { self: 4, appraised: 4 }, '1.2': { self: 5, appraised: 5 }, '2.2': { self: 3, appraised: 2 } };
    expect(sheetStatus({ result: check({ ...full, '2.1': { survey: 4.5 } }) }).status).toBe('complete');
    // A 0 is a value: the survey gave nothing, which is still a result.
    expect(sheetStatus({ result: check({ ...full, '2.1': { appraised: 0 } }) }).status).toBe('complete');
    const waiting = check(full);
    expect(sheetStatus({ result: waiting }).status).toBe('awaitingSurvey');
    waiting.survey = { source: 'xhh.csv', row: 2, used: [{ item: '2.1', points: 4, cell: 'C2', area: null }], notUsed: [] };
    expect(sheetStatus({ result: waiting }).status).toBe('complete');
  });

  test('appraisalProgress counts only cells with a value ("-" is blank)', () => {
    const r = check({ '1.1': { self: 4, appraised: '-' }, '1.2': { self: 5, appraised: 0 }, '2.2': { self: 3 } });
    expect(appraisalProgress(r.set!, r.alignment!, r.scores!, true)).toEqual({ filled: 1, expected: 3 });
  });
});
