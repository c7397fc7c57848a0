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
    // rows 2 and 3 disagree (2 ≠ 1.1, 3 ≠ 1.2), rows 1 and 4 agree: differ 2, both 4, 2 × 2 > 4 is false
    const p = read([
      [1, '1. Công tác chỉ đạo', 10],
      [2, '1.1. Kế hoạch', 5],
      [3, '1.2. Báo cáo', 5],
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

  test('a code at the start of an indented title in C is found (the STT column blank), though the title column B read empty', () => {
    // The running-number test reads the title column (B) only; the row walk reads the first
    // filled cell of the span (C here) and must look for a code in that text itself.
    const b = new SheetBuilder();
    b.row('STT', 'Nội dung', '', 'Điểm tối đa', 'Điểm tự đánh giá');
    b.merge(0, 1, 0, 2);
    b.row('1', 'Công tác chỉ đạo', '', 10);
    b.row('', '', '1.1. Kế hoạch', 5, 5);
    const p = readSheet(b.build());
    expect(codes(p)).toEqual(['1', '1.1']);
    expect(row(p, '1.1')).toMatchObject({ codeAddress: 'C3', title: { address: 'C3', text: 'Kế hoạch' } });
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

// Second round (mutants of the lead's run 16:30 that survived): each test states the rule a
// surviving mutant broke; every expected value is read off the grid by hand.

describe('more headings and option lines', () => {
  test('a section letter alone ("B") or with a dot ("D.") in the code column is a heading too', () => {
    const p = read([
      ['1.1', 'Kế hoạch', 2],
      ['B', 'Phần khác'], // heading: the line below belongs to no item
      ['', 'dòng lạc'],
      ['1.2', 'Báo cáo', 2],
      ['D.', 'Phần khác'],
      ['', 'dòng lạc'],
    ]);
    expect(row(p, '1.1').optionLines).toEqual([]);
    expect(row(p, '1.2').optionLines).toEqual([]);
  });

  test('exactly 8 capital letters ("PHƯƠNG ÁN": P H Ư Ơ N G + Á N) is a heading', () => {
    const p = read([
      ['1.1', 'Kế hoạch', 2],
      ['', 'PHƯƠNG ÁN'],
      ['', 'dòng lạc'],
    ]);
    expect(row(p, '1.1').optionLines).toEqual([]);
  });

  test('letters without upper and lower case (9 Chinese characters) are no capitals: an option line', () => {
    const p = read([
      ['1.1', 'Kế hoạch', 2],
      ['', '注意事项请参阅附件'],
    ]);
    expect(row(p, '1.1').optionLines).toEqual(['注意事项请参阅附件']);
  });

  test('a row with a score and no text gives its score, not an empty option line', () => {
    // F (self) of the option row is 1 and the item's own F is blank: the 1 is lifted
    const p = read([
      ['1.1', 'Kế hoạch', 1],
      ['', '', '', '', '', 1],
    ]);
    expect(row(p, '1.1').optionLines).toEqual([]);
    expect(row(p, '1.1').self).toMatchObject({ address: 'F6', reading: { kind: 'number', value: 1 } });
  });

  test('a row the adapter left out of the grid (a hole in rows) is a blank row', () => {
    const g = plainSheet([['1.1', 'Kế hoạch', 2], [], ['1.2', 'Báo cáo', 2]]);
    delete (g.rows as unknown[])[5]; // row 6 of the sheet: no array at all
    expect(5 in g.rows).toBe(false);
    expect(codes(readSheet(g))).toEqual(['1.1', '1.2']);
  });
});

describe('area codes without a dot, more cases', () => {
  test('"Ban hành 2 Kế hoạch…": the number must start the title', () => {
    const p = read([
      ['1', 'Công tác chỉ đạo', 10],
      ['', 'Ban hành 2 Kế hoạch năm', 10],
    ]);
    expect(codes(p)).toEqual(['1']);
    expect(row(p, '1').optionLines).toEqual(['Ban hành 2 Kế hoạch năm']);
  });

  test('area 10 after area 9 ("10 Chỉ số hài lòng": two digits)', () => {
    const p = read([
      ['9', 'Lĩnh vực chín', 10],
      ['', '10 Chỉ số hài lòng', 10],
    ]);
    expect(codes(p)).toEqual(['9', '10']);
    expect(row(p, '10').title).toEqual({ address: 'B6', text: 'Chỉ số hài lòng' });
  });

  test('two spaces after the number are still a bare area code', () => {
    const p = read([
      ['1', 'Công tác chỉ đạo', 10],
      ['', '2  Cải cách thể chế', 10],
    ]);
    expect(codes(p)).toEqual(['1', '2']);
    expect(row(p, '2').title!.text).toBe('Cải cách thể chế');
  });

  test('a bullet in the code column keeps "2 Cải cách…" an option line', () => {
    const p = read([
      ['1', 'Công tác chỉ đạo', 10],
      ['-', '2 Cải cách thể chế', 10],
    ]);
    expect(codes(p)).toEqual(['1']);
    expect(row(p, '1').optionLines).toEqual(['2 Cải cách thể chế']);
  });

  test('Roman "I" after the Arabic area "1" is not the next area (a heading in capitals)', () => {
    const p = read([
      ['1', 'Công tác chỉ đạo', 10],
      ['', 'I CẢI CÁCH THỂ CHẾ', 10],
      ['', 'dòng lạc'],
    ]);
    expect(codes(p)).toEqual(['1']);
    expect(row(p, '1').optionLines).toEqual([]);
  });
});

describe('codes in the code column and in the title', () => {
  test('a different code at the start of the title stays in the title', () => {
    // A holds 1.1, the title starts with "1.2.": the code cell wins, the title is kept as written
    const p = read([['1.1', '1.2. Kế hoạch', 5]]);
    expect(row(p, '1.1').title).toEqual({ address: 'B5', text: '1.2. Kế hoạch' });
  });

  test('a code written as text is taken as written: only a number can have lost its trailing 0', () => {
    // "1.1" after "1.9" as TEXT is a duplicate to report, not 1.10; the NUMBER 1.1 after 1.9 is 1.10
    expect(codes(read([['1.9', 'Tiêu chí chín', 1], ['1.1', 'Tiêu chí lặp', 1]]))).toEqual(['1.9', '1.1']);
    expect(codes(read([['1.9', 'Tiêu chí chín', 1], [1.1, 'Tiêu chí mười', 1]]))).toEqual(['1.9', '1.10']);
  });

  test('a code taken from the title is text: not widened even when the STT cell holds a number', () => {
    // STT 1…4 numbers, titles 1.8, 1.9, 1.1, 2: four rows with both, three disagree → title codes win;
    // "1.1" after "1.9" comes from the title's text, so it stays 1.1
    const p = read([
      [1, '1.8. Tiêu chí tám', 1],
      [2, '1.9. Tiêu chí chín', 1],
      [3, '1.1. Tiêu chí lặp', 1],
      [4, '4. Lĩnh vực bốn', 10],
    ]);
    expect(codes(p)).toEqual(['1.8', '1.9', '1.1', '4']);
  });

  test('the STT-or-title judgement looks at the first 200 rows that carry both codes', () => {
    // rows 1–100 agree (A "1.k", title "1.k."), rows 101–201 disagree (A "2.k", title "3.k.");
    // counted up to 200 rows: differ 100, 100 × 2 > 200 is false → the code column stays,
    // though with row 201 (101 × 2 > 201) the titles would win
    const data: (CellScalar | GridCell)[][] = [];
    for (let k = 1; k <= 100; k++) data.push([`1.${k}`, `1.${k}. Tiêu chí ${k}`, 1]);
    for (let k = 1; k <= 101; k++) data.push([`2.${k}`, `3.${k}. Tiêu chí ${k}`, 1]);
    const c = codes(read(data));
    expect(c).toHaveLength(201);
    expect(c[100]).toBe('2.1');
    expect(c[200]).toBe('2.101');
  });
});

describe('wrapped titles, more cases', () => {
  function wrapped(second: (CellScalar | GridCell)[], title: string | null = 'Ban hành kế hoạch') {
    const b = new SheetBuilder();
    b.row(...PLAIN_HEADER);
    b.row('1.1', title ?? '', 1, '', '', 1);
    b.row(...second);
    b.merge(1, 0, 2, 0); // A2:A3: the code merged over both rows
    b.row('1.2', 'Báo cáo', 1);
    return readSheet(b.build())!;
  }

  test('a hyphen inside the text ("UBND-HĐND…") is no bullet: the title goes on', () => {
    const p = wrapped(['', 'UBND-HĐND tỉnh năm 2024-2025']);
    expect(row(p, '1.1').title!.text).toBe('Ban hành kế hoạch UBND-HĐND tỉnh năm 2024-2025');
    expect(row(p, '1.1').optionLines).toEqual([]);
  });

  test('"10) …" (two characters before the bracket) starts an option line', () => {
    const p = wrapped(['', '10) Ban hành đúng hạn']);
    expect(row(p, '1.1').title!.text).toBe('Ban hành kế hoạch');
    expect(row(p, '1.1').optionLines).toEqual(['10) Ban hành đúng hạn']);
  });

  test('no title text on the second row (only the scoring method): an option line, the title unchanged', () => {
    const p = wrapped(['', '', '', 'Ban hành đúng hạn']);
    expect(row(p, '1.1').title).toEqual({ address: 'B2', text: 'Ban hành kế hoạch' });
    expect(row(p, '1.1').optionLines).toEqual(['Ban hành đúng hạn']);
  });

  test('an item without a title: the text below it is an option line (nothing to continue)', () => {
    const p = wrapped(['', 'cải cách hành chính'], null);
    expect(row(p, '1.1').title).toBeNull();
    expect(row(p, '1.1').optionLines).toEqual(['cải cách hành chính']);
  });
});

describe('sheets without a title or a code column', () => {
  test('no title column: the total row in the code column still ends the items', () => {
    const b = new SheetBuilder();
    b.row('STT', 'Điểm tối đa', 'Điểm tự đánh giá');
    b.row('1', 10, 8);
    b.row('1.1', 10, 8);
    b.row('- Ban hành đúng hạn', '', ''); // no title column: the code column's text is the option line
    b.row('Tổng cộng', 10, 8);
    b.row('2', 10, 5);
    const p = readSheet(b.build())!;
    expect(p.columns).toEqual({ code: 0, max: 1, self: 2 });
    expect(codes(p)).toEqual(['1', '1.1']);
    expect(row(p, '1.1').optionLines).toEqual(['- Ban hành đúng hạn']);
    expect(p.totalRow).toMatchObject({ row: 4, kind: 'total' });
  });

  test('no code column (codes in the titles): the total row in the title column, no merge to wrap into', () => {
    const b = new SheetBuilder();
    b.row('Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá');
    b.row('1. Công tác chỉ đạo', 10, 8);
    b.row('cải cách hành chính', '', ''); // no merge anywhere: an option line of item 1
    b.row('Tổng cộng', 10, 8);
    b.row('2. Cải cách thể chế', 10, 5);
    const p = readSheet(b.build())!;
    expect(p.columns).toEqual({ title: 0, max: 1, self: 2 });
    expect(codes(p)).toEqual(['1']);
    expect(row(p, '1').optionLines).toEqual(['cải cách hành chính']);
    expect(p.totalRow).toMatchObject({ row: 3, kind: 'total' });
  });
});

describe('header copies, more cases', () => {
  test('the code and title header cells copied as written (not in capitals) are skipped', () => {
    // PLAIN_HEADER has 8 cells: a copy of 2 of them is no whole-row repeat (2 × 2 < 8);
    // the code + title pair is what marks it, and the option line below still belongs to 1.1
    const p = read([
      ['1.1', 'Kế hoạch', 2],
      ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần'],
      ['', '- Ban hành: 2 điểm'],
    ]);
    expect(row(p, '1.1').optionLines).toEqual(['- Ban hành: 2 điểm']);
  });

  test('a copy needs both cells: the title alone, or "STT" alone, is an option line', () => {
    const p = read([
      ['1.1', 'Kế hoạch', 2],
      ['', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần'],
      ['STT', 'Ghi chú'],
    ]);
    expect(row(p, '1.1').optionLines).toEqual(['Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Ghi chú']);
  });

  test('two-row header: "STT" on the upper row (merged A1:A2) is the code header a copy is compared with', () => {
    const b = new SheetBuilder();
    b.row('STT', 'Nội dung', 'Điểm tối đa', 'Cách tính điểm', 'Tài liệu kiểm chứng', 'Điểm đánh giá', '');
    b.row('', '', '', '', '', 'Tự đánh giá', 'Thẩm định');
    for (let c = 0; c <= 4; c++) b.merge(0, c, 1, c);
    b.merge(0, 5, 0, 6);
    b.row('1.1', 'Kế hoạch', 2, '', '', 2, 2);
    b.row('STT', 'Nội dung'); // a copy of A1 and B1: 2 of the upper row's 6 cells
    b.row('', '- Ban hành: 2 điểm');
    const p = readSheet(b.build())!;
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, method: 3, evidence: 4, self: 5, appraised: 6 });
    expect(row(p, '1.1').optionLines).toEqual(['- Ban hành: 2 điểm']);
  });

  test('a copy of a lower header row with a long title cell (18 characters) is skipped', () => {
    const b = new SheetBuilder();
    b.row('STT', '', 'Điểm', '');
    b.row('', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá');
    b.merge(0, 0, 1, 0);
    b.merge(0, 2, 0, 3);
    b.row('1.1', 'Kế hoạch', 2, 2);
    b.row('', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá');
    b.row('', '- Ban hành: 2 điểm');
    const p = readSheet(b.build())!;
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, self: 3 });
    expect(row(p, '1.1').optionLines).toEqual(['- Ban hành: 2 điểm']);
  });
});

describe('the title span, more cases', () => {
  test('"Nội dung" merged over B:D: titles in B, C and D, option lines and codes in D too', () => {
    const b = new SheetBuilder();
    b.row('STT', 'Nội dung', '', '', 'Điểm tối đa', 'Điểm tự đánh giá');
    b.merge(0, 1, 0, 3);
    b.row('1', 'Công tác chỉ đạo', '', '', 10);
    b.row('1.1', '', 'Kế hoạch', '', 5, 5);
    b.row('1.1.1', '', '', 'Ban hành kế hoạch', 1, 1);
    b.row('', '', '', '- Ban hành đúng hạn: 1 điểm');
    b.row('', '', '1.2. Báo cáo', '', 5, 5); // the code at the start of a title in C
    const p = readSheet(b.build())!;
    expect(codes(p)).toEqual(['1', '1.1', '1.1.1', '1.2']);
    expect(row(p, '1.1.1').title).toEqual({ address: 'D4', text: 'Ban hành kế hoạch' });
    expect(row(p, '1.1.1').optionLines).toEqual(['- Ban hành đúng hạn: 1 điểm']);
    expect(row(p, '1.2')).toMatchObject({ codeAddress: 'C6', title: { address: 'C6', text: 'Báo cáo' } });
  });

  test('the span ends with the merge: D, right of "Nội dung" merged over B:C only, holds no title', () => {
    const b = new SheetBuilder();
    b.row('STT', 'Nội dung', '', '', 'Điểm tối đa', 'Điểm tự đánh giá');
    b.merge(0, 1, 0, 2);
    b.row('1.1', '', 'Kế hoạch', '', 5, 5);
    b.row('1.1.1', '', '', 'Ban hành', 1, 1);
    const p = readSheet(b.build())!;
    expect(row(p, '1.1').title).toEqual({ address: 'C2', text: 'Kế hoạch' });
    expect(row(p, '1.1.1').title).toBeNull();
  });

  test('without a merge of the title header cell, C (no header) holds no title, whatever other merges there are', () => {
    const b = new SheetBuilder();
    b.row('', 'BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC'); // title block, merged B1:E1 above the header
    b.merge(0, 1, 0, 4);
    b.row('STT', 'Nội dung', '', 'Điểm tối đa', 'Điểm tự đánh giá');
    b.row('1.1', 'Kế hoạch', '', 5, 5);
    b.row('1.2', '', 'Báo cáo', 5, 5);
    b.row('', '- Có báo cáo: 5 điểm');
    b.merge(4, 1, 4, 2); // a data row merged B5:C5
    const p = readSheet(b.build())!;
    expect(p.columns).toEqual({ code: 0, title: 1, max: 3, self: 4 });
    expect(row(p, '1.2').title).toBeNull();
    expect(row(p, '1.2').optionLines).toEqual(['- Có báo cáo: 5 điểm']);
  });

  test('a merged score parent right of the title ("Điểm" over D:E) does not widen the title span', () => {
    const b = new SheetBuilder();
    b.row('STT', 'Nội dung', '', 'Điểm', '');
    b.row('', '', '', 'Tối đa', 'Tự đánh giá');
    b.merge(0, 3, 0, 4); // listed first: the only merge wider than one column
    b.merge(0, 0, 1, 0);
    b.merge(0, 1, 1, 1);
    b.row('1.1', '', 'Kế hoạch', 5, 5);
    const p = readSheet(b.build())!;
    expect(p.columns).toMatchObject({ code: 0, title: 1, self: 4 });
    expect(row(p, '1.1').title).toBeNull();
  });
});

describe('a sheet without a scoring-method column', () => {
  test('an option row with only a score gives its score and no option line (column B here is the self score)', () => {
    // columns: A evidence, B self, C title, D max, E code; no method column to take a line from
    const b = new SheetBuilder();
    b.row('Tài liệu kiểm chứng', 'Điểm tự chấm', 'Nội dung', 'Điểm tối đa', 'TT');
    b.row('', '', 'Kế hoạch', 1, '1.1');
    b.row('', 1);
    const p = readSheet(b.build())!;
    expect(p.columns).toEqual({ evidence: 0, self: 1, title: 2, max: 3, code: 4 });
    expect(row(p, '1.1').optionLines).toEqual([]);
    expect(row(p, '1.1').self).toMatchObject({ address: 'B3', reading: { kind: 'number', value: 1 } });
  });
});
