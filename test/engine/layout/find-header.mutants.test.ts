/**
 * findHeader, rule by rule (mutants find-header.test.ts left alive): the column-number row under
 * a header (token shapes, rising numbers, how many cells), round sub-headings under a self-score
 * parent, and how far the search runs. Each case is worked out by hand from the rule it names.
 */
import { findHeader, isColumnNumberRow } from '../../../src/engine/layout/find-header';
import { gridFromValues, type CellScalar } from '../../../src/engine/grid';
import { PLAIN_HEADER, SheetBuilder } from './sheet-builder';

/** Row 0 of a one-row grid as a column-number row, every filled column being a role column. */
function numberRow(cells: CellScalar[], roles = cells.map((_, i) => i)): boolean {
  return isColumnNumberRow(gridFromValues('s', [cells]), 0, roles);
}

describe('a row of column numbers: every filled cell a number token, the numbers rising', () => {
  test.each<[CellScalar[]]>([
    [['( 1)', '( 2)']], // spaces inside the bracket
    [['(1 )', '(2 )']],
    [['(9)', '(10)']], // two digits, and 10 > 9 read as 10
    [['A', '(5) = (3) + (4)']], // spaces around the operators
    [['(4)', '(5)=( 3)+( 4)']],
    [['(4)', '(5)=(3 )+(4 )']],
    [['(11)', '(12)=(10)+(2)']],
    [['A+B', '(1)']], // letters after an operator
    [['(1)', '(2)']], // exactly two cells
  ])('%j is one', (cells) => {
    expect(numberRow(cells)).toBe(true);
  });

  test.each<[CellScalar[]]>([
    [['ab1', '2']], // text before the number
    [['1abc', '2']], // text after it
    [['#1', '#2']], // a sign that is no bracket
    [['(5)=3+4', '(6)']], // an operand without its bracket after "=" is fine…
  ])('%j: the token must be the whole cell', (cells) => {
    // …but the first three are not tokens at all
    expect(numberRow(cells)).toBe(cells[0] === '(5)=3+4');
  });

  test('numbers must rise: equal or falling numbers are data', () => {
    expect(numberRow(['(2)', '(1)'])).toBe(false);
    expect(numberRow(['1', '1'])).toBe(false);
    expect(numberRow([1, 2, 3])).toBe(true);
  });

  test('at least two filled cells, on at least half of the role columns', () => {
    expect(numberRow(['(1)'])).toBe(false);
    // 2 of 4 role columns filled: 2 × 2 ≥ 4
    expect(isColumnNumberRow(gridFromValues('s', [['(1)', '(2)']]), 0, [0, 1, 2, 3])).toBe(true);
    // 2 of 5: 4 < 5
    expect(isColumnNumberRow(gridFromValues('s', [['(1)', '(2)']]), 0, [0, 1, 2, 3, 4])).toBe(false);
    // blanks between the numbers do not count
    expect(isColumnNumberRow(gridFromValues('s', [['(1)', null, '(3)']]), 0, [0, 2])).toBe(true);
  });
});

describe('round sub-headings under a self-score parent: the latest round counts', () => {
  function rounds(first: string, second: string) {
    const b = new SheetBuilder();
    b.row('STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá', '');
    b.row('', '', '', first, second);
    b.merge(0, 3, 0, 4);
    for (const c of [0, 1, 2]) b.merge(0, c, 1, c);
    b.row('1', 'Công tác chỉ đạo', 10, 9, 9);
    return findHeader(b.build())!;
  }

  test('"Lần 1 | Lần 2": the self score is read from "Lần 2"', () => {
    const h = rounds('Lần 1', 'Lần 2');
    expect(h.columns.self).toBe(4);
    expect(h.headerText.self).toBe('Điểm tự đánh giá / Lần 2');
  });

  test.each([
    ['Lần1', 'Lần2'],
    ['Lần thứ 1', 'Lần thứ 2'],
    ['Lần thứ1', 'Lần thứ2'],
    ['Lần 10', 'Lần 11'],
  ])('%j | %j: the second', (a, b) => {
    expect(rounds(a, b).columns.self).toBe(4);
  });

  test('"Lần 1 | Sau lần 2": only a sub-heading that starts with the round counts; the first wins', () => {
    expect(rounds('Lần 1', 'Sau lần 2').columns.self).toBe(3);
  });
});

describe('how far down the header is looked for', () => {
  test('a better header up to four rows under the first is taken; further down it is data', () => {
    const near = new SheetBuilder();
    near.row('STT', 'Nội dung', 'Điểm tự đánh giá'); // 3 roles
    near.blank(3);
    near.row(...PLAIN_HEADER); // row 4 = last + 1 + 3: still looked at
    expect(findHeader(near.build())!.first).toBe(4);
    const far = new SheetBuilder();
    far.row('STT', 'Nội dung', 'Điểm tự đánh giá');
    far.blank(4);
    far.row(...PLAIN_HEADER); // row 5: past the four rows
    expect(findHeader(far.build())!.first).toBe(0);
  });

  test('a header with more roles wins over an earlier one; with as many, the first stays', () => {
    const b = new SheetBuilder();
    b.row('STT', 'Nội dung', 'Điểm tự đánh giá');
    b.row('TT', 'Tiêu chí', 'Tự chấm');
    expect(findHeader(b.build())!.first).toBe(0);
  });
});

// Second round (survivors of run fh, 17:08–17:20, on the tests above): header shapes worked out
// cell by cell from the rules in find-header.ts (the lower cell decides, the parent fills in).

/** A header of `rows` (cells as written; '' is empty) with the given merges [top, left, bottom, right]. */
function header(rows: CellScalar[][], merges: [number, number, number, number][], data: CellScalar[][] = [['1.1', 'Kế hoạch', 2, 2]]) {
  const b = new SheetBuilder();
  for (const r of rows) b.row(...r);
  for (const [t, l, bo, r] of merges) b.merge(t, l, bo, r);
  for (const d of data) b.row(...d);
  return findHeader(b.build())!;
}

describe('three header rows: group over sub-group over column', () => {
  // "Kết quả chấm điểm" (D1:G1) over "Đơn vị tự đánh giá" (D2:E2) | "Thẩm định" (F2:G2)
  // over "Điểm | Tài liệu kiểm chứng | Điểm | Ý kiến"; A, B, C merged down over the three rows.
  const rows: CellScalar[][] = [
    ['STT', 'Nội dung', 'Điểm tối đa', 'Kết quả chấm điểm', '', '', ''],
    ['', '', '', 'Đơn vị tự đánh giá', '', 'Thẩm định', ''],
    ['', '', '', 'Điểm', 'Tài liệu kiểm chứng', 'Điểm', 'Ý kiến'],
  ];
  const merges: [number, number, number, number][] = [
    [0, 0, 2, 0],
    [0, 1, 2, 1],
    [0, 2, 2, 2],
    [0, 3, 0, 6],
    [1, 3, 1, 4],
    [1, 5, 1, 6],
  ];

  test('each column from its lowest cell, the middle row filling in a bare "Điểm"', () => {
    const h = header(rows, merges, [['1.1', 'Kế hoạch', 2, 2, 'KH số 1', 2, '']]);
    expect(h).toMatchObject({ first: 0, last: 2, numberRow: null, dataStart: 3, codeInferred: false });
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, evidence: 4, appraised: 5, appraiserNote: 6 });
    expect(h.headerText).toEqual({
      code: 'STT',
      title: 'Nội dung',
      max: 'Điểm tối đa',
      self: 'Đơn vị tự đánh giá / Điểm', // "Điểm" is weak: the parent names the column
      evidence: 'Tài liệu kiểm chứng',
      appraised: 'Thẩm định / Điểm',
      appraiserNote: 'Thẩm định / Ý kiến', // "Ý kiến" under an appraisal
    });
  });

  test('with a column-number row under the three rows', () => {
    const h = header([...rows, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']], merges);
    expect(h).toMatchObject({ first: 0, last: 2, numberRow: 3, dataStart: 4 });
  });

  test('without a middle row over a column, the top row is its parent', () => {
    // G: no sub-group over it (F2 alone says "Thẩm định"); its parent is "Ý kiến thẩm định" on row 1,
    // merged G1:G2 down, so its lowest cell is blank and the top text decides
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Kết quả', '', '', 'Ý kiến thẩm định'],
        ['', '', '', 'Tự đánh giá', '', 'Thẩm định', ''],
        ['', '', '', 'Điểm', 'Tài liệu kiểm chứng', 'Điểm', ''],
      ],
      [
        [0, 0, 2, 0],
        [0, 1, 2, 1],
        [0, 2, 2, 2],
        [0, 3, 0, 5],
        [1, 3, 1, 4],
        [0, 6, 2, 6],
      ],
    );
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, evidence: 4, appraised: 5, appraiserNote: 6 });
    expect(h.headerText.appraiserNote).toBe('Ý kiến thẩm định');
    expect(h.last).toBe(2);
  });
});

describe('two header rows, more cases', () => {
  test('a column named only on the lower row, with no merge above it', () => {
    // E1 is empty and not merged: E's role comes from E2 alone
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm'], // the upper row ends at D (C1:D1), the lower one goes on to E
        ['', '', 'Điểm tối đa', 'Tự đánh giá', 'Tài liệu kiểm chứng'],
      ],
      [
        [0, 0, 1, 0],
        [0, 1, 1, 1],
        [0, 2, 0, 3],
      ],
    );
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, evidence: 4 });
    expect(h.headerText.evidence).toBe('Tài liệu kiểm chứng');
    expect(h).toMatchObject({ first: 0, last: 1, dataStart: 2 });
  });

  test('"Nhận xét" under the self score is the unit\'s explanation', () => {
    // "Nhận xét" alone names no column; under "Tự đánh giá" it is the unit's own comment
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Tự đánh giá', ''],
        ['', '', '', 'Điểm', 'Nhận xét'],
      ],
      [
        [0, 0, 1, 0],
        [0, 1, 1, 1],
        [0, 2, 1, 2],
        [0, 3, 0, 4],
      ],
    );
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, explanation: 4 });
    expect(h.headerText).toMatchObject({ self: 'Tự đánh giá / Điểm', explanation: 'Tự đánh giá / Nhận xét' });
  });

  test('"Ghi chú" under round 1 is the appraiser\'s note; "Giải trình" under round 2 the round-2 note', () => {
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá', 'Thẩm định', '', 'Thẩm định lần 2', ''],
        ['', '', '', '', 'Điểm', 'Ghi chú', 'Điểm', 'Giải trình'],
      ],
      [
        [0, 0, 1, 0],
        [0, 1, 1, 1],
        [0, 2, 1, 2],
        [0, 3, 1, 3],
        [0, 4, 0, 5],
        [0, 6, 0, 7],
      ],
    );
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, appraiserNote: 5, appraised2: 6, appraiserNote2: 7 });
    expect(h.headerText).toMatchObject({ appraiserNote: 'Thẩm định / Ghi chú', appraiserNote2: 'Thẩm định lần 2 / Giải trình' });
  });

  test('"Thẩm định" over "Lần đầu | Sau giải trình": the second is round 2', () => {
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá', 'Thẩm định', ''],
        ['', '', '', '', 'Lần đầu', 'Sau giải trình'],
      ],
      [
        [0, 0, 1, 0],
        [0, 1, 1, 1],
        [0, 2, 1, 2],
        [0, 3, 1, 3],
        [0, 4, 0, 5],
      ],
    );
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, appraised2: 5 });
    expect(h.headerText).toMatchObject({ appraised: 'Thẩm định / Lần đầu', appraised2: 'Thẩm định / Sau giải trình' });
  });
});

describe('two header rows: when the lower row belongs to the header', () => {
  const FOUR = { code: 0, title: 1, max: 2, self: 3, appraised: 4 };

  test('no merges, two score names on the lower row: a second header row', () => {
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm đánh giá', ''],
        ['', '', '', 'Tự đánh giá', 'Thẩm định'],
      ],
      [],
    );
    expect(h.columns).toEqual(FOUR);
    expect(h).toMatchObject({ first: 0, last: 1, dataStart: 2 });
  });

  test('only merges across ("Tự đánh giá" over D:E, "Thẩm định" over F:G), one name on the lower row: linked by the merges', () => {
    // lower row: "Điểm" (weak), "TLKC" (a name), "Điểm", "Ý kiến" (no name alone): one strong name only
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Tự đánh giá', '', 'Thẩm định', ''],
        ['', '', '', 'Điểm', 'TLKC', 'Điểm', 'Ý kiến'],
      ],
      [
        [0, 3, 0, 4],
        [0, 5, 0, 6],
      ],
      [['1.1', 'Kế hoạch', 2, 2, 'KH 1', 2, '']],
    );
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, evidence: 4, appraised: 5, appraiserNote: 6 });
    expect(h.last).toBe(1);
  });

  test('only merges down, one name on the lower row: linked by the merges', () => {
    // lower row: "Điểm" (weak) and "Tài liệu kiểm chứng" (one name): linked by A1:A2 … D1:D2 alone;
    // read as two rows it finds one column more (F), so the two-row reading wins
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá', 'Thẩm định', ''],
        ['', '', '', '', 'Điểm', 'Tài liệu kiểm chứng'],
      ],
      [
        [0, 0, 1, 0],
        [0, 1, 1, 1],
        [0, 2, 1, 2],
        [0, 3, 1, 3],
      ],
    );
    expect(h.columns).toEqual({ ...FOUR, evidence: 5 });
    expect(h).toMatchObject({ last: 1, dataStart: 2 });
    expect(h.headerText.appraised).toBe('Thẩm định / Điểm');
  });

  test('an upper cell not merged keeps its own text over a bare "Điểm"', () => {
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Tự đánh giá', 'Thẩm định', ''],
        ['', '', '', 'Điểm', 'Điểm', 'Tài liệu kiểm chứng'],
      ],
      [
        [0, 0, 1, 0],
        [0, 1, 1, 1],
        [0, 2, 1, 2],
      ],
    );
    expect(h.columns).toEqual({ ...FOUR, evidence: 5 });
    expect(h.headerText).toMatchObject({ self: 'Tự đánh giá / Điểm', appraised: 'Thẩm định / Điểm' });
  });

  test('a header cell merged down keeps its text as written ("Thẩm định lần 2", no " / ")', () => {
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Tự đánh giá', '', 'Thẩm định lần 1', 'Thẩm định lần 2'],
        ['', '', '', 'Điểm', 'Tài liệu kiểm chứng', '', ''],
      ],
      [
        [0, 0, 1, 0],
        [0, 1, 1, 1],
        [0, 2, 1, 2],
        [0, 3, 0, 4],
        [0, 5, 1, 5],
        [0, 6, 1, 6],
      ],
    );
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, evidence: 4, appraised: 5, appraised2: 6 });
    expect(h.headerText).toMatchObject({ appraised: 'Thẩm định lần 1', appraised2: 'Thẩm định lần 2' });
  });

  test('a title line merged across the sheet above a two-row header does not hide the lower row', () => {
    const h = header(
      [
        ['BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024', '', '', '', ''],
        ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm đánh giá', ''],
        ['', '', '', 'Tự đánh giá', 'Thẩm định'],
      ],
      [
        [0, 0, 0, 4],
        [1, 0, 2, 0],
        [1, 1, 2, 1],
        [1, 2, 2, 2],
        [1, 3, 1, 4],
      ],
    );
    expect(h.columns).toEqual(FOUR);
    expect(h).toMatchObject({ first: 1, last: 2, dataStart: 3 });
  });

  test('an area heading right under the header (text only, no score) is data, not a second header row', () => {
    // "Nội dung" merged B1:C1 links the rows, and "I | CÔNG TÁC CHỈ ĐẠO" adds no column name:
    // read as two rows it finds the same columns, so the one-row reading stays
    const h = header(
      [
        ['STT', 'Nội dung', '', 'Điểm tối đa', 'Điểm tự đánh giá'],
        ['I', 'CÔNG TÁC CHỈ ĐẠO'],
      ],
      [[0, 1, 0, 2]],
      [['1.1', '', 'Kế hoạch', 2, 2]],
    );
    expect(h.columns).toEqual({ code: 0, title: 1, max: 3, self: 4 });
    expect(h).toMatchObject({ first: 0, last: 0, dataStart: 1 });
  });

  test('a column with no known name under a two-row header is left out', () => {
    const h = header(
      [
        ['STT', 'Nội dung', 'Đơn vị tính', 'Điểm tối đa', 'Điểm đánh giá', ''],
        ['', '', '', '', 'Tự đánh giá', 'Thẩm định'],
      ],
      [
        [0, 0, 1, 0],
        [0, 1, 1, 1],
        [0, 2, 1, 2],
        [0, 3, 1, 3],
        [0, 4, 0, 5],
      ],
    );
    expect(h.columns).toEqual({ code: 0, title: 1, max: 3, self: 4, appraised: 5 });
  });
});

describe('which row is a header', () => {
  test('the same name twice: the leftmost column is kept', () => {
    const h = header([['STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm tự đánh giá']], []);
    expect(h.columns.self).toBe(3);
  });

  test('of two rows with three names each, the one with more strong names wins (a bare "Điểm" is weak)', () => {
    // row 1: code, title, "Điểm" (weak self): 3 × 10 + 2 = 32; row 3: three strong names: 33
    // (a blank row between: read apart, not as one two-row header)
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm'],
        [],
        ['TT', 'Tiêu chí', 'Tự chấm'],
      ],
      [],
    );
    expect(h).toMatchObject({ first: 2, columns: { code: 0, title: 1, self: 2 } });
  });

  test.each<[string, CellScalar[]]>([
    ['only a max', ['STT', 'Nội dung', 'Điểm tối đa', 'Ghi chú']],
    ['only an appraisal', ['STT', 'Nội dung', 'Điểm thẩm định']],
    ['only a survey', ['STT', 'Nội dung', 'Điều tra XHH']],
    ['a code and no title', ['STT', 'Điểm tối đa', 'Điểm tự đánh giá']],
  ])('a header with %s is one', (_, cells) => {
    expect(findHeader(gridOf([cells]))).not.toBeNull();
  });

  test.each<[string, CellScalar[]]>([
    ['no score column', ['STT', 'Nội dung', 'Tài liệu kiểm chứng']],
    ['no code or title', ['Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng']],
    ['two names only', ['STT', 'Điểm tự đánh giá']],
  ])('a row with %s is no header', (_, cells) => {
    expect(findHeader(gridOf([cells]))).toBeNull();
  });

  test('no code column and no codes to find one by: codeInferred stays false', () => {
    const h = header([['Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá']], [], [['1. Công tác chỉ đạo', 10, 8]]);
    expect(h).toMatchObject({ codeInferred: false, columns: { title: 0, max: 1, self: 2 } });
  });

  test('a code column found by its codes keeps the header text of its first row ("Số hiệu", merged down)', () => {
    const h = header(
      [
        ['Số hiệu', 'Nội dung', 'Điểm tối đa', 'Điểm đánh giá', ''],
        ['', '', '', 'Tự đánh giá', 'Thẩm định'],
      ],
      [
        [0, 0, 1, 0],
        [0, 1, 1, 1],
        [0, 2, 1, 2],
        [0, 3, 0, 4],
      ],
      [
        ['1', 'Công tác chỉ đạo', 10, 9, 9],
        ['1.1', 'Kế hoạch', 5, 5, 5],
        ['1.2', 'Báo cáo', 5, 4, 4],
        ['2', 'Cải cách thể chế', 10, 9, 9],
      ],
    );
    expect(h).toMatchObject({ codeInferred: true, columns: { code: 0, title: 1 }, headerText: { code: 'Số hiệu' } });
  });
});

function gridOf(rows: CellScalar[][]) {
  const b = new SheetBuilder();
  for (const r of rows) b.row(...r);
  return b.build();
}

// Third round (survivors of run fh, 17:53–18:17, with the tests above).

describe('three header rows, more shapes', () => {
  const TOP: CellScalar[] = ['STT', 'Nội dung', 'Điểm tối đa', 'Kết quả chấm điểm', '', '', ''];
  const MIDDLE: CellScalar[] = ['', '', '', 'Đơn vị tự đánh giá', '', 'Thẩm định', ''];
  const LOW: CellScalar[] = ['', '', '', 'Điểm', 'Tài liệu kiểm chứng', 'Điểm', 'Ý kiến'];
  const MERGES: [number, number, number, number][] = [
    [0, 0, 2, 0],
    [0, 1, 2, 1],
    [0, 2, 2, 2],
    [0, 3, 0, 6],
    [1, 3, 1, 4],
    [1, 5, 1, 6],
  ];
  const SEVEN = { code: 0, title: 1, max: 2, self: 3, evidence: 4, appraised: 5, appraiserNote: 6 };

  test('a column with no known name ("Đơn vị tính", merged down) is left out', () => {
    const h = header([[...TOP, 'Đơn vị tính'], [...MIDDLE, ''], [...LOW, '']], [...MERGES, [0, 7, 2, 7]]);
    expect(h.columns).toEqual(SEVEN);
    expect(h.last).toBe(2);
  });

  test('a column named only on the middle row (H: "Ghi chú", the middle row the longest)', () => {
    const h = header([TOP, [...MIDDLE, 'Ghi chú'], LOW], MERGES);
    expect(h.columns).toEqual({ ...SEVEN, note: 7 });
  });

  test('a column named only on the lowest row (H: "Giải trình", the lowest row the longest)', () => {
    const h = header([TOP, MIDDLE, [...LOW, 'Giải trình']], MERGES);
    expect(h.columns).toEqual({ ...SEVEN, explanation: 7 });
  });
});

describe('two header rows, notes and lower merges', () => {
  test('"Ghi chú" on the lower row with nothing above it is a note; under "Tự đánh giá" too (no appraisal above)', () => {
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Tự đánh giá', '', ''],
        ['', '', '', 'Điểm', 'Ghi chú', 'Lý do'],
      ],
      [
        [0, 0, 1, 0],
        [0, 1, 1, 1],
        [0, 2, 1, 2],
        [0, 3, 0, 4],
      ],
    );
    // E: "Tự đánh giá" over "Ghi chú" → the note; F: "Lý do" alone → the explanation
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, note: 4, explanation: 5 });
  });

  test('"Thẩm định" over "Điểm | Tài liệu kiểm chứng": the evidence stays evidence', () => {
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá', 'Thẩm định', ''],
        ['', '', '', '', 'Điểm', 'Tài liệu kiểm chứng'],
      ],
      [
        [0, 0, 1, 0],
        [0, 1, 1, 1],
        [0, 2, 1, 2],
        [0, 3, 1, 3],
        [0, 4, 0, 5],
      ],
    );
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, evidence: 5 });
  });

  test('a lower cell merged across ("Ý kiến" over E2:F2) keeps its text', () => {
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Thẩm định', '', ''],
        ['', '', '', 'Điểm', 'Ý kiến', ''],
      ],
      [
        [0, 0, 1, 0],
        [0, 1, 1, 1],
        [0, 2, 1, 2],
        [0, 3, 0, 5],
        [1, 4, 1, 5],
      ],
    );
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, appraised: 3, appraiserNote: 4 });
  });

  test('an upper row with one name ("Thẩm định") over a full lower row is the header\'s upper half', () => {
    // "Phần" names nothing; "Thẩm định" (D1:E1) is the only name on the upper row
    const h = header(
      [
        ['Phần', '', '', 'Thẩm định', ''],
        ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm', 'Ý kiến'],
      ],
      [[0, 3, 0, 4]],
    );
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, appraised: 3, appraiserNote: 4 });
    expect(h).toMatchObject({ first: 0, last: 1 });
  });

  test('an area heading under a two-row header is data, not a third header row', () => {
    // "Thẩm định" merged E2:F2 links row 2 to the row under it, but reading three rows finds
    // nothing more (5 columns either way): the two-row reading stays
    const h = header(
      [
        ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm đánh giá', '', ''],
        ['', '', '', 'Tự đánh giá', 'Thẩm định', ''],
        ['I', 'CÔNG TÁC CHỈ ĐẠO'],
      ],
      [
        [0, 0, 1, 0],
        [0, 1, 1, 1],
        [0, 2, 1, 2],
        [0, 3, 0, 5],
        [1, 4, 1, 5],
      ],
    );
    expect(h.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4 });
    expect(h).toMatchObject({ first: 0, last: 1, dataStart: 2 });
  });
});
