import { findHeader } from '../../../src/engine/layout/find-header';
import { gridFromValues } from '../../../src/engine/grid';
import { PLAIN_HEADER, SheetBuilder, plainSheet } from './sheet-builder';

describe('findHeader', () => {
  it('finds a plain one-row header and its eight columns', () => {
    const h = findHeader(plainSheet([['1', 'Công tác chỉ đạo', 10]]))!;
    expect(h).toMatchObject({ first: 3, last: 3, numberRow: null, dataStart: 4 });
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, method: 3, declared: 4, self: 5, evidence: 6, explanation: 7 });
    expect(h.headerText.self).toBe('Điểm tự đánh giá');
  });

  it('finds a header on row 25 under a long title block', () => {
    const h = findHeader(plainSheet([['1.1', 'Kế hoạch', 5]], { headerRow: 24 }))!;
    expect(h.first).toBe(24);
    expect(h.columns.self).toBe(5);
  });

  it('reads columns in another order, with odd spacing, case and no diacritics', () => {
    const b = new SheetBuilder();
    b.row('BIEU TU CHAM DIEM');
    b.row('  tai lieu kiem chung ', 'DIEM TU CHAM', 'Noi   dung', 'diem toi da', 'TT', 'diem tham dinh', 'Y kien tham dinh');
    b.row('Kế hoạch số 1/KH', 1, 'Ban hành kế hoạch', 1, '1.1', 1, '');
    const h = findHeader(b.build())!;
    expect(h.columns).toEqual({ evidence: 0, self: 1, title: 2, max: 3, code: 4, appraised: 5, appraiserNote: 6 });
  });

  it('reads a two-row header: the role comes from the lower cell under a merged parent', () => {
    const b = new SheetBuilder();
    b.row('BẢNG CHẤM ĐIỂM');
    b.row('STT', 'Nội dung', 'Điểm tối đa', 'Điểm đánh giá', '', '', 'TLKC', 'Ý kiến thẩm định');
    b.row('', '', '', 'Tự đánh giá', 'Thẩm định', 'Điều tra XHH', '', '');
    b.merge(1, 3, 1, 5); // D2:F2
    for (const c of [0, 1, 2, 6, 7]) b.merge(1, c, 2, c); // vertical merges keep the upper text
    b.row('1', 'Công tác chỉ đạo', 10);
    const h = findHeader(b.build())!;
    expect(h).toMatchObject({ first: 1, last: 2, dataStart: 3 });
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, survey: 5, evidence: 6, appraiserNote: 7 });
    expect(h.headerText.appraised).toBe('Thẩm định');
    expect(h.headerText.code).toBe('STT');
  });

  it('lets the parent decide when the sub-cells only say "Điểm" / "Ý kiến"', () => {
    const b = new SheetBuilder();
    b.row('STT', 'Nội dung', 'Điểm tối đa', 'Tự đánh giá', '', 'Thẩm định', '');
    b.row('', '', '', 'Điểm', 'Tài liệu kiểm chứng', 'Điểm', 'Ý kiến');
    b.merge(0, 3, 0, 4).merge(0, 5, 0, 6);
    for (const c of [0, 1, 2]) b.merge(0, c, 1, c);
    b.row('1.1', 'Kế hoạch', 1, 1, 'KH số 1', 1, '');
    const h = findHeader(b.build())!;
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, evidence: 4, appraised: 5, appraiserNote: 6 });
  });

  it.each([
    [['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)']],
    [[1, 2, 3, 4, 5, 6, 7, 8]],
    [['A', 'B', '1', '2', '3', '4', '(5)', '(6)=(4)+(5)']],
  ])('skips a column-number row under the header: %j', (numbers) => {
    const b = new SheetBuilder();
    b.row(...PLAIN_HEADER);
    b.row(...numbers);
    b.row('1', 'Công tác chỉ đạo', 10);
    const h = findHeader(b.build())!;
    expect(h).toMatchObject({ first: 0, last: 0, numberRow: 1, dataStart: 2 });
  });

  it('does not take the first data row for a column-number row', () => {
    const b = new SheetBuilder();
    b.row(...PLAIN_HEADER);
    b.row(1, 'Công tác chỉ đạo', 10, '', '', 9);
    expect(findHeader(b.build())).toMatchObject({ numberRow: null, dataStart: 1 });
  });

  it('prefers "Mã tiêu chí" over a running "STT" for the code', () => {
    const b = new SheetBuilder();
    b.row('STT', 'Mã tiêu chí', 'Nội dung', 'Điểm tối đa', 'Điểm tự chấm');
    expect(findHeader(b.build())!.columns.code).toBe(1);
  });

  it('returns null when no row has code/title, a score column and three roles', () => {
    expect(findHeader(new SheetBuilder().build())).toBeNull();
    const b = new SheetBuilder();
    b.row('Hướng dẫn chấm điểm');
    b.row('Nội dung', 'Ghi chú');
    b.row('Điểm tối đa', 'Điểm tự đánh giá'); // no code or title
    expect(findHeader(b.build())).toBeNull();
  });

  it('ignores a header below row 40', () => {
    expect(findHeader(plainSheet([['1', 'A', 1]], { headerRow: 45 }))).toBeNull();
  });
});

describe('rows too narrow to beat the best header are not searched', () => {
  // The search skips a row when 11 points per column of the widest of it and the next two rows
  // cannot beat the best band so far (engine CPU, issue 13): a narrow upper half of a two-row
  // header over a wider lower half must still be read.
  it('a two-row header with a narrow upper row, below a weaker one-row header', () => {
    const grid = gridFromValues('S', [
      ['STT', 'Nội dung', 'Điểm tối đa'],
      [],
      ['STT', 'Nội dung'],
      [null, null, 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Giải trình'],
      ['1', 'Công tác chỉ đạo', 10, 8, 'KH số 1/KH-UBND', null],
    ]);
    const h = findHeader(grid)!;
    expect([h.first, h.last]).toEqual([2, 3]);
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, evidence: 4, explanation: 5 });
  });

  it('data rows after a full header leave the header as it is', () => {
    const grid = gridFromValues('S', [
      ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá'],
      ['1', 'Điểm tối đa', 10, 8],
      ['1.1', 'Giải trình', 5, 4],
    ]);
    const h = findHeader(grid)!;
    expect([h.first, h.last, h.dataStart]).toEqual([0, 0, 1]);
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3 });
  });
});
