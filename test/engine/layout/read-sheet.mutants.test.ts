/**
 * The row walk of readSheet, rule by rule (mutants read-sheet.test.ts left alive): area codes
 * without a dot, headings that end option lines, titles wrapped over two rows, running numbers in
 * the STT column, repeated headers, the title span and the reading notes (messages written out
 * by hand). Header of every grid: PLAIN_HEADER on row 4 (A code, B title, C max, F self).
 */
import { readSheet } from '../../../src/engine/layout/read-sheet';
import type { ParsedSheet } from '../../../src/engine/layout/parsed-sheet';
import type { CellScalar, GridCell } from '../../../src/engine/grid';
import { PLAIN_HEADER, SheetBuilder, plainSheet } from './sheet-builder';

const codes = (p: ParsedSheet | null) => p!.rows.map((r) => r.code);
const row = (p: ParsedSheet | null, code: string) => p!.rows.find((r) => r.code === code)!;
const read = (data: (CellScalar | GridCell)[][]) => readSheet(plainSheet(data))!;

describe('an area code at the start of its title without a dot', () => {
  test('"1 Công tác…", then "2 Cải cách…": taken in sequence when the max column holds a number', () => {
    const p = read([
      ['', '1 Công tác chỉ đạo', 10],
      ['', '2 Cải cách thể chế', 10],
    ]);
    expect(codes(p)).toEqual(['1', '2']);
    expect(row(p, '2')).toMatchObject({ codeRaw: '2', codeAddress: 'B6', title: { address: 'B6', text: 'Cải cách thể chế' } });
  });

  test('Roman areas: "I CẢI CÁCH…" then "II …"', () => {
    const p = read([
      ['', 'I CÔNG TÁC CHỈ ĐẠO', 10],
      ['', 'II CẢI CÁCH THỂ CHẾ', 10],
    ]);
    expect(codes(p)).toEqual(['I', 'II']);
  });

  test('out of sequence, without a max, or in lower case: an option line', () => {
    const p = read([
      ['', '1 Công tác chỉ đạo', 10],
      ['', '3 Văn bản đã ban hành', 10], // 3 after 1: not the next area
      ['', '2 Văn bản', ''], // the next area, but no max
      ['', '2 văn bản', 10], // lower case after the number
    ]);
    expect(codes(p)).toEqual(['1']);
    expect(row(p, '1').optionLines).toEqual(['3 Văn bản đã ban hành', '2 Văn bản', '2 văn bản']);
  });

  test('a code in the code column keeps the title as written', () => {
    const p = read([['1', '2 Cải cách thể chế', 10]]);
    expect(row(p, '1').title).toEqual({ address: 'B5', text: '2 Cải cách thể chế' });
  });
});

describe('headings end an item\'s option lines', () => {
  test('a title in capitals with 8 letters or more; fewer letters is an option line', () => {
    const p = read([
      ['1.1', 'Kế hoạch', 2],
      ['', 'GHI CHÚ A'], // 7 letters: an option line
      ['1.2', 'Báo cáo', 2],
      ['', 'PHẦN B. ĐIỀU TRA'], // 12 letters: a heading
      ['', 'dòng lạc'],
    ]);
    expect(row(p, '1.1').optionLines).toEqual(['GHI CHÚ A']);
    expect(row(p, '1.2').optionLines).toEqual([]);
  });

  test('a title of digits and signs only is no heading', () => {
    const p = read([
      ['1.1', 'Kế hoạch', 2],
      ['', '2024 - 2025 (%)'],
    ]);
    expect(row(p, '1.1').optionLines).toEqual(['2024 - 2025 (%)']);
  });

  test('a section letter in the code column (A, B., C)) is a heading; I, V, X are Roman codes', () => {
    const p = read([
      ['1.1', 'Kế hoạch', 2],
      ['C)', 'Phần khác'],
      ['', 'dòng lạc'],
      ['1.2', 'Báo cáo', 2],
      ['AB', 'Phần khác'], // two letters: no section letter
    ]);
    expect(row(p, '1.1').optionLines).toEqual([]);
    expect(row(p, '1.2').optionLines).toEqual(['Phần khác']);
  });
});

describe('a title wrapped over two rows', () => {
  function wrapped(second: string, mergeCol = 0) {
    const b = new SheetBuilder();
    b.row(...PLAIN_HEADER);
    b.row('1.1', 'Ban hành kế hoạch', 1, '', '', 1);
    b.row('', second);
    b.merge(1, mergeCol, 2, mergeCol);
    b.row('1.2', 'Báo cáo', 1);
    return readSheet(b.build())!;
  }

  test('inside the code column\'s merge, a sentence continues the title', () => {
    const p = wrapped('cải cách hành chính năm 2024');
    expect(row(p, '1.1').title).toEqual({ address: 'B2', text: 'Ban hành kế hoạch cải cách hành chính năm 2024' });
    expect(row(p, '1.1').optionLines).toEqual([]);
  });

  test('the max column\'s merge counts too', () => {
    expect(row(wrapped('cải cách hành chính', 2), '1.1').title!.text).toBe('Ban hành kế hoạch cải cách hành chính');
  });

  test('a bullet or a score is an option line, even inside the merge', () => {
    expect(row(wrapped('- Ban hành kịp thời'), '1.1').optionLines).toEqual(['- Ban hành kịp thời']);
    expect(row(wrapped('a) Ban hành kịp thời'), '1.1').optionLines).toEqual(['a) Ban hành kịp thời']);
    expect(row(wrapped('Ban hành kịp thời: 1 điểm'), '1.1').optionLines).toEqual(['Ban hành kịp thời: 1 điểm']);
    expect(row(wrapped('Kịp thời 0,5đ'), '1.1').optionLines).toEqual(['Kịp thời 0,5đ']);
  });

  test('"2 đợt" is not a score: the wrapped text continues the title', () => {
    expect(row(wrapped('trong 2 đợt'), '1.1').title!.text).toBe('Ban hành kế hoạch trong 2 đợt');
  });

  test('outside any merge, or with the title cell merged itself, it is an option line', () => {
    expect(row(wrapped('cải cách', 3), '1.1').optionLines).toEqual(['cải cách']); // D merged: neither code nor max
    const b = new SheetBuilder();
    b.row(...PLAIN_HEADER);
    b.row('1.1', 'Ban hành kế hoạch', 1);
    b.row('', 'cải cách');
    b.merge(1, 0, 2, 0);
    b.merge(2, 1, 3, 1); // B3:B4: the title cell of row 3 is merged
    b.row();
    b.row('1.2', 'Báo cáo', 1);
    expect(row(readSheet(b.build()), '1.1').optionLines).toEqual(['cải cách']);
  });

  test('a merge that starts above the item row is not the item\'s', () => {
    const b = new SheetBuilder();
    b.row(...PLAIN_HEADER);
    b.row('', 'ghi chú đầu');
    b.row('1.1', 'Ban hành kế hoạch', 1);
    b.row('', 'cải cách');
    b.merge(1, 2, 3, 2); // C2:C4 starts on row 2, above the item on row 3
    expect(row(readSheet(b.build()), '1.1').optionLines).toEqual(['cải cách']);
  });
});

describe('running numbers in the STT column', () => {
  test('three rows with both, two disagreeing (2 × 2 > 3): the title codes win', () => {
    const p = read([
      [1, '1. Công tác chỉ đạo', 10],
      [2, '1.1. Kế hoạch', 5],
      [3, '1.2. Báo cáo', 5],
    ]);
    expect(codes(p)).toEqual(['1', '1.1', '1.2']);
  });

  test('four rows, two disagreeing (2 × 2 = 4, not more): the code column stays', () => {
    const p = read([
      [1, '1. Công tác chỉ đạo', 10],
      [2, '1.1. Kế hoạch', 5],
      [3, '3. Báo cáo', 5],
      [4, '4. Tuyên truyền', 5],
    ]);
    expect(codes(p)).toEqual(['1', '2', '3', '4']);
  });

  test('two rows with both codes are too few to judge', () => {
    expect(codes(read([[1, '1.1. Kế hoạch', 5], [2, '1.2. Báo cáo', 5]]))).toEqual(['1', '2']);
  });
});

describe('header copies down the sheet', () => {
  test('the code and title header cells repeated (without the rest) are skipped', () => {
    const p = read([
      ['1.1', 'Kế hoạch', 2],
      ['stt', 'LĨNH VỰC/TIÊU CHÍ/TIÊU CHÍ THÀNH PHẦN'],
      ['1.2', 'Báo cáo', 2],
    ]);
    expect(row(p, '1.1').optionLines).toEqual([]);
  });

  test('a column-number row repeated under a page break is skipped, not read as item "1"', () => {
    const p = read([
      ['1.1', 'Kế hoạch', 2],
      [1, 2, 3, 4, 5, 6, 7, 8],
      ['1.2', 'Báo cáo', 2],
    ]);
    expect(codes(p)).toEqual(['1.1', '1.2']);
    // …and without a title cell too
    const q = read([
      ['1.1', 'Kế hoạch', 2],
      ['(1)', '', '(3)', '(4)', '(5)', '(6)'],
    ]);
    expect(row(q, '1.1').optionLines).toEqual([]);
  });
});

describe('the title span: a "Nội dung" header merged over B:C', () => {
  test('area titles in B, sub-item titles indented into C', () => {
    const b = new SheetBuilder();
    b.row('STT', 'Nội dung', '', 'Điểm tối đa', 'Điểm tự đánh giá');
    b.merge(0, 1, 0, 2);
    b.row('1', 'Công tác chỉ đạo', '', 10);
    b.row('1.1', '', 'Kế hoạch', 5, 5);
    const p = readSheet(b.build());
    expect(row(p, '1').title).toEqual({ address: 'B2', text: 'Công tác chỉ đạo' });
    expect(row(p, '1.1').title).toEqual({ address: 'C3', text: 'Kế hoạch' });
  });

  test('a column with a role of its own ends the span', () => {
    const b = new SheetBuilder();
    b.row('STT', 'Nội dung', '', 'Điểm tự đánh giá');
    b.row('', '', 'Điểm tối đa', ''); // "Nội dung" over B:C, C has a role of its own below it
    b.merge(0, 1, 0, 2);
    b.row('1.1', '', 5, 5);
    const p = readSheet(b.build())!;
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, self: 3 });
    expect(row(p, '1.1').title).toBeNull(); // C's 5 is the max, not a title
  });
});

describe('reading notes, word for word', () => {
  test('scores taken from option lines: one note counting the items', () => {
    const p = read([
      ['1.1', 'Kế hoạch', 1],
      ['', 'Ban hành: 1 điểm', '', '', '', 1],
      ['', 'Không ban hành: 0 điểm', '', '', '', 0],
      ['1.2', 'Báo cáo', 1],
      ['', 'Có báo cáo: 1 điểm', '', '', '', 1],
    ]);
    expect(p.notes).toEqual([
      {
        code: 'layout.readingNote',
        cell: null,
        message: {
          vi: 'Điểm hoặc tài liệu của 2 tiêu chí được lấy từ dòng phương án bên dưới dòng tiêu chí. Đề nghị đơn vị ghi điểm ngay trên dòng tiêu chí.',
          en: "The score or evidence of 2 item(s) was taken from an option line below the item. Better write it on the item's own row.",
        },
      },
    ]);
  });

  test('coded rows below the total row: counted, at column A of the total row', () => {
    const p = read([
      ['1', 'Công tác chỉ đạo', 10],
      ['', 'Tổng cộng', 10],
      ['2', 'Cải cách thể chế', 10],
      ['', 'Người lập biểu'],
      [3, 'Cải cách TTHC', 10],
    ]);
    expect(p.totalRow).toMatchObject({ row: 5, kind: 'total' });
    expect(p.notes).toEqual([
      {
        code: 'layout.rowsAfterTotal',
        cell: 'A6',
        message: {
          vi: 'Có 2 dòng có mã nằm sau dòng tổng nên không được đọc, không được tính điểm. Đề nghị đơn vị chuyển các dòng này lên trên dòng tổng.',
          en: '2 coded row(s) below the total row were not read and are not scored. Move them above the total row.',
        },
      },
    ]);
  });

  test('a sheet cut short by the adapter: how many rows of how many', () => {
    const g = { ...plainSheet([['1', 'Công tác chỉ đạo', 10]]), rowCount: 9000 };
    expect(readSheet(g)!.notes).toEqual([
      {
        code: 'layout.rowsAfterTotal',
        cell: null,
        message: {
          vi: 'Chỉ đọc 5/9000 dòng đầu của sheet; các dòng sau không được kiểm tra.',
          en: 'Only the first 5 of 9000 rows were read; the rest were not checked.',
        },
      },
    ]);
  });

  test('the code column found by its codes under a blank header cell: said, with the cell to fill in', () => {
    const b = new SheetBuilder();
    b.row('', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá');
    b.row('1', 'Công tác chỉ đạo', 10);
    b.row('1.1', 'Kế hoạch', 5, 5);
    b.row('1.2', 'Báo cáo', 5, 5);
    const p = readSheet(b.build())!;
    expect(p.notes).toEqual([
      {
        code: 'layout.readingNote',
        cell: 'A1',
        message: {
          vi: 'Ô tiêu đề cột mã A1 trống hoặc không rõ; cột A được nhận là cột mã vì chứa mã tiêu chí. Đề nghị đơn vị ghi "STT" vào ô A1.',
          en: "The code column's header cell A1 is blank or unclear; column A was taken as the code column because it holds item codes. Write \"STT\" in A1.",
        },
      },
    ]);
  });

  test('a clean sheet has no notes, and the sheet\'s sizes are passed on', () => {
    const p = read([['1', 'Công tác chỉ đạo', 10]]);
    expect(p).toMatchObject({ notes: [], rowCount: 5, colCount: 8, sheetName: 'Sheet1', headerRows: { first: 3, last: 3 } });
  });
});

describe('blank rows', () => {
  test('a row with only a hyperlink is not blank: its evidence is read', () => {
    const p = read([
      ['1.1', 'Kế hoạch', 1],
      ['', '', '', '', '', '', { value: null, hyperlink: 'https://x.vn/kh.pdf' }],
    ]);
    expect(row(p, '1.1').evidence).toEqual({ address: 'G6', text: '', hyperlink: 'https://x.vn/kh.pdf' });
  });
});
