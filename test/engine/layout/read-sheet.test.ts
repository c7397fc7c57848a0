import { readSheet } from '../../../src/engine/layout/read-sheet';
import type { ParsedSheet } from '../../../src/engine/layout/parsed-sheet';
import { PLAIN_HEADER, SheetBuilder, plainSheet } from './sheet-builder';

const codes = (p: ParsedSheet | null) => p!.rows.map((r) => r.code);
const row = (p: ParsedSheet | null, code: string) => p!.rows.find((r) => r.code === code)!;

describe('readSheet: codes', () => {
  it('reads codes with and without a trailing dot, as numbers, and keeps them as written', () => {
    const p = readSheet(
      plainSheet([
        [1, 'Công tác chỉ đạo', 10],
        [1.1, 'Kế hoạch CCHC', 5],
        ['1.1.1.', 'Ban hành kế hoạch', 1, '', '', 1],
        ['1.1.2', 'Xác định nhiệm vụ', 1, '', '', 1],
      ]),
    );
    expect(codes(p)).toEqual(['1', '1.1', '1.1.1', '1.1.2']);
    expect(row(p, '1.1.1')).toMatchObject({ codeRaw: '1.1.1.', codeAddress: 'A7', row: 6, kind: 'item' });
    expect(row(p, '1.1')).toMatchObject({ codeRaw: '1.1', codeAddress: 'A6' });
  });

  it('reads Roman area numerals and prefixed codes', () => {
    const p = readSheet(
      plainSheet([
        ['I', 'CÔNG TÁC CHỈ ĐẠO', 10],
        ['1', 'Kế hoạch', 5],
        ['II.', 'CẢI CÁCH THỂ CHẾ', 10],
        ['Tiêu chí 2.1', 'Xây dựng VBQPPL', 3],
        ['Lĩnh vực 3', 'Cải cách TTHC', 14.5],
      ]),
    );
    expect(codes(p)).toEqual(['I', '1', 'II', '2.1', '3']);
    expect(row(p, 'II').codeRaw).toBe('II.');
  });

  it('reads a code written only in the title, and strips it from the title', () => {
    const p = readSheet(
      plainSheet([
        ['', '1. Công tác chỉ đạo', 10],
        ['', '1.1. Kế hoạch CCHC', 5],
        ['', '1.1.1 Ban hành kế hoạch', 1, '', '', 1],
      ]),
    );
    expect(codes(p)).toEqual(['1', '1.1', '1.1.1']);
    expect(row(p, '1.1')).toMatchObject({ codeAddress: 'B6', codeRaw: '1.1.', title: { address: 'B6', text: 'Kế hoạch CCHC' } });
  });

  it('strips a repeated code from the title when the code column has it too', () => {
    const p = readSheet(plainSheet([['1.1', '1.1. Kế hoạch CCHC', 5]]));
    expect(row(p, '1.1')).toMatchObject({ codeAddress: 'A5', title: { text: 'Kế hoạch CCHC' } });
  });

  it('repairs 1.10 that Excel stored as the number 1.1', () => {
    const data = Array.from({ length: 10 }, (_, i) => [Number(`1.${i + 1}`), `Tiêu chí ${i + 1}`, 1]);
    expect(codes(readSheet(plainSheet(data)))).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10']);
  });
});

describe('readSheet: rows without codes', () => {
  it('makes STT-less rows under an item its option lines, never items', () => {
    const p = readSheet(
      plainSheet([
        ['1.1.1', 'Ban hành kế hoạch', 1, '', '', 1],
        ['', '- Ban hành kịp thời: 1 điểm'],
        ['-', 'Ban hành không kịp thời: 0,5 điểm'],
        ['', '', '', 'Không ban hành: 0 điểm'],
        ['1.1.2', 'Xác định nhiệm vụ', 1, '', '', 1],
      ]),
    );
    expect(codes(p)).toEqual(['1.1.1', '1.1.2']);
    expect(row(p, '1.1.1').optionLines).toEqual([
      '- Ban hành kịp thời: 1 điểm',
      'Ban hành không kịp thời: 0,5 điểm',
      'Không ban hành: 0 điểm',
    ]);
    expect(row(p, '1.1.2').optionLines).toEqual([]);
  });

  it('takes an STT-less row whose title starts with a code as an item', () => {
    const p = readSheet(
      plainSheet([
        ['1.1', 'Kế hoạch', 2],
        ['', '1.1.1. Ban hành kế hoạch', 1, '', '', 1],
        ['', 'Ban hành kịp thời: 1 điểm'],
      ]),
    );
    expect(codes(p)).toEqual(['1.1', '1.1.1']);
    expect(row(p, '1.1.1').optionLines).toEqual(['Ban hành kịp thời: 1 điểm']);
  });

  it('takes a score or evidence left on an option line when the item row has none', () => {
    const p = readSheet(
      plainSheet([
        ['1.1.1', 'Ban hành kế hoạch', 1],
        ['', 'Ban hành kịp thời: 1 điểm', '', '', '', 1, 'Kế hoạch số 8/KH-STP ngày 10/01/2024'],
        ['', 'Không ban hành: 0 điểm'],
      ]),
    );
    const r = row(p, '1.1.1');
    expect(r.self).toEqual({ address: 'F6', reading: { kind: 'number', value: 1, fromText: false } });
    expect(r.evidence).toMatchObject({ address: 'G6', text: 'Kế hoạch số 8/KH-STP ngày 10/01/2024' });
    expect(p!.notes.map((n) => n.message.vi).join('\n')).toMatch(/dòng phương án/);
  });

  it('skips blank spacer rows and keeps hidden rows, marked hidden', () => {
    const b = new SheetBuilder();
    b.row(...PLAIN_HEADER);
    b.row('1', 'Công tác chỉ đạo', 10);
    b.blank(2);
    const hidden = b.row('1.1', 'Kế hoạch', 5);
    b.row('', '', '', '', '', '   ');
    b.row('1.2', 'Báo cáo', 5);
    b.hide(hidden);
    const p = readSheet(b.build());
    expect(codes(p)).toEqual(['1', '1.1', '1.2']);
    expect(row(p, '1.1').hidden).toBe(true);
    expect(row(p, '1.2').hidden).toBe(false);
    expect(row(p, '1').optionLines).toEqual([]);
  });

  it('ends option lines at a lettered section heading', () => {
    const p = readSheet(
      plainSheet([
        ['1', 'Công tác chỉ đạo', 10],
        ['B', 'ĐIỂM ĐIỀU TRA XÃ HỘI HỌC'],
        ['', 'ghi chú lạc'],
        ['2', 'Cải cách thể chế', 10],
      ]),
    );
    expect(codes(p)).toEqual(['1', '2']);
    expect(row(p, '1').optionLines).toEqual([]);
  });

  it('skips a header repeated inside the data', () => {
    const p = readSheet(plainSheet([['1', 'Công tác chỉ đạo', 10], PLAIN_HEADER, ['2', 'Cải cách thể chế', 10]]));
    expect(codes(p)).toEqual(['1', '2']);
    expect(row(p, '1').optionLines).toEqual([]);
  });
});

describe('readSheet: total row', () => {
  it.each(['Tổng cộng', 'TỔNG CỘNG', 'Tổng điểm', 'Tổng số điểm', 'Cộng', 'Tổng điểm (I+II+III)', 'Tong cong'])(
    'finds the total row %j and stops reading items after it',
    (label) => {
      const p = readSheet(
        plainSheet([
          ['1', 'Công tác chỉ đạo', 10, '', '', 9],
          ['', label, 100, '', '', 95],
          [],
          ['', 'NGƯỜI LẬP BIỂU', '', '', '', 'GIÁM ĐỐC'],
          ['', '(Ký tên)'],
        ]),
      );
      expect(codes(p)).toEqual(['1']);
      expect(p!.totalRow).toMatchObject({ kind: 'total', row: 5, code: null, max: { address: 'C6' } });
      expect(p!.totalRow!.self!.reading).toEqual({ kind: 'number', value: 95, fromText: false });
      expect(row(p, '1').optionLines).toEqual([]);
    },
  );

  it('finds "Tổng cộng" in the code column (merged A:B)', () => {
    const b = new SheetBuilder();
    b.row(...PLAIN_HEADER);
    b.row('1', 'Công tác chỉ đạo', 10);
    const t = b.row('TỔNG CỘNG', '', 100);
    b.merge(t, 0, t, 1);
    const p = readSheet(b.build());
    expect(p!.totalRow?.row).toBe(2);
  });

  it('does not take "Công tác …" or "Tổng hợp …" for a total', () => {
    const p = readSheet(plainSheet([['1', 'Công tác chỉ đạo', 10], ['', 'Tổng hợp ý kiến: 1 điểm'], ['', 'Công khai: 0,5 điểm']]));
    expect(p!.totalRow).toBeNull();
    expect(row(p, '1').optionLines).toEqual(['Tổng hợp ý kiến: 1 điểm', 'Công khai: 0,5 điểm']);
  });

  it('notes coded rows left below the total row', () => {
    const p = readSheet(plainSheet([['1', 'A', 10], ['', 'Tổng cộng', 10], ['9', 'Điểm thưởng', 1]]));
    expect(codes(p)).toEqual(['1']);
    expect(p!.notes.map((n) => n.message.vi).join('\n')).toMatch(/sau dòng tổng/);
  });
});

describe('readSheet: cell readings', () => {
  const p = readSheet(
    plainSheet([
      ['1.1.1', 'A', 1, '', '80%', '0,5', 'KH số 1'],
      ['1.1.2', 'B', '1,5', '', '', '1.25'],
      ['1.1.3', 'C', 1, '', 'Không được giao', 'Không áp dụng'],
      ['1.1.4', 'D', 1, '', '', 'KAD'],
      ['1.1.5', 'E', 1, '', '', '-'],
      ['1.1.6', 'F', 1, '', '', { value: '#REF!', error: '#REF!' }],
      ['1.1.7', 'G', 1, '', '', 'Đạt'],
      ['1.1.8', 'H', 1, '', '', { value: 0.75, formula: 'SUM(F1:F2)' }, { value: 'Văn bản', hyperlink: 'https://x.vn/a.pdf' }],
      ['1.1.9', 'I', 1, '', '', 'N/A'],
    ]),
  );

  it('reads numbers stored as text with a decimal comma or point', () => {
    expect(row(p, '1.1.1').self).toEqual({ address: 'F5', reading: { kind: 'number', value: 0.5, fromText: true } });
    expect(row(p, '1.1.2').self!.reading).toEqual({ kind: 'number', value: 1.25, fromText: true });
    expect(row(p, '1.1.2').max!.reading).toEqual({ kind: 'number', value: 1.5, fromText: true });
  });

  it('reads declared figures in per cent', () => {
    expect(row(p, '1.1.1').declared!.reading).toEqual({ kind: 'number', value: 80, fromText: true });
    expect(row(p, '1.1.3').declared!.reading.kind).toBe('na');
  });

  it('reads N/A words, dashes, errors and text', () => {
    expect(row(p, '1.1.3').self!.reading).toEqual({ kind: 'na', raw: 'Không áp dụng' });
    expect(row(p, '1.1.4').self!.reading.kind).toBe('na');
    expect(row(p, '1.1.9').self!.reading.kind).toBe('na');
    expect(row(p, '1.1.5').self!.reading.kind).toBe('dash');
    expect(row(p, '1.1.6').self!.reading).toEqual({ kind: 'error', raw: '#REF!' });
    expect(row(p, '1.1.7').self!.reading).toEqual({ kind: 'text', raw: 'Đạt' });
  });

  it('keeps formulas and hyperlinks', () => {
    expect(row(p, '1.1.8').self).toMatchObject({ formula: 'SUM(F1:F2)', reading: { kind: 'number', value: 0.75 } });
    expect(row(p, '1.1.8').evidence).toEqual({ address: 'G12', text: 'Văn bản', hyperlink: 'https://x.vn/a.pdf' });
  });

  it('gives a blank reading (with its address) for an empty score cell and null for an empty text cell', () => {
    expect(row(p, '1.1.2').evidence).toBeNull();
    expect(row(p, '1.1.2').declared).toEqual({ address: 'E6', reading: { kind: 'blank' } });
    expect(row(p, '1.1.2').appraised).toBeNull(); // no such column
  });
});

describe('readSheet: merged cells', () => {
  it('reads a merged title cell and an evidence cell merged down over several items', () => {
    const b = new SheetBuilder();
    b.row(...PLAIN_HEADER);
    b.row('1.1.1', 'Ban hành kế hoạch', 1, '', '', 1, 'Kế hoạch số 8/KH-STP ngày 10/01/2024');
    b.row('1.1.2', 'Xác định nhiệm vụ', 1, '', '', 1);
    b.row('1.1.3', 'Kết quả rõ ràng', 1, '', '', 1, 'Báo cáo số 2');
    b.merge(1, 6, 2, 6);
    const p = readSheet(b.build());
    expect(row(p, '1.1.2').evidence).toEqual({ address: 'G2', text: 'Kế hoạch số 8/KH-STP ngày 10/01/2024' });
    expect(row(p, '1.1.3').evidence!.address).toBe('G4');
  });
});

describe('readSheet: whole shapes', () => {
  it('reads a two-row header with a column-number row, a survey column and an appraiser note', () => {
    const b = new SheetBuilder('Biểu chấm điểm');
    b.row('SỞ Y TẾ');
    b.row('STT', 'Nội dung', 'Điểm tối đa', 'Điểm đánh giá', '', '', 'Tài liệu kiểm chứng/Giải trình', 'Ý kiến Hội đồng');
    b.row('', '', '', 'Tự chấm', 'Thẩm định', 'Điều tra XHH');
    b.merge(1, 3, 1, 5);
    for (const c of [0, 1, 2, 6, 7]) b.merge(1, c, 2, c);
    b.row('(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)');
    b.row('I', 'CÔNG TÁC CHỈ ĐẠO', 10);
    b.row('1', 'Kế hoạch', 1, '1', '0,5', '', 'KH số 1', 'Chưa kịp thời');
    b.row('2', 'Khảo sát', 2, '', '', '1,8');
    b.row('Tổng cộng', '', 12);
    const p = readSheet(b.build())!;
    expect(p.headerRows).toEqual({ first: 1, last: 2 });
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: 4, survey: 5, evidence: 6, appraiserNote: 7 });
    expect(codes(p)).toEqual(['I', '1', '2']);
    expect(row(p, '1').appraised!.reading).toEqual({ kind: 'number', value: 0.5, fromText: true });
    expect(row(p, '1').appraiserNote!.text).toBe('Chưa kịp thời');
    expect(row(p, '2').survey!.reading).toEqual({ kind: 'number', value: 1.8, fromText: true });
    expect(p.totalRow!.row).toBe(7);
    expect(p.titleBlock.lines).toEqual(['SỞ Y TẾ']);
  });

  it('returns null for a sheet without a header', () => {
    const b = new SheetBuilder('Hướng dẫn');
    b.row('Hướng dẫn sử dụng biểu mẫu');
    b.row('1. Nhập điểm vào cột F');
    expect(readSheet(b.build())).toBeNull();
  });

  it('notes a truncated sheet', () => {
    const g = plainSheet([['1', 'A', 1]]);
    g.rowCount = 5000;
    expect(readSheet(g)!.notes.map((n) => n.message.en).join('\n')).toMatch(/5000/);
  });

  it('reads a 100,000-row sheet in one pass', () => {
    const data = Array.from({ length: 100000 }, (_, i) => [`${Math.floor(i / 10000) + 1}.${(Math.floor(i / 100) % 100) + 1}.${(i % 100) + 1}`, 'x', 1, '', '', '0,5']);
    const p = readSheet(plainSheet(data))!;
    expect(p.rows.length).toBe(100000);
    expect(p.rows[99999].self!.reading).toEqual({ kind: 'number', value: 0.5, fromText: true });
  });
});

describe('readSheet: running numbers in the STT column', () => {
  it('takes the codes from the titles when the STT column only counts rows', () => {
    const p = readSheet(
      plainSheet([
        [1, '1. Công tác chỉ đạo', 10],
        [2, '1.1. Kế hoạch CCHC', 5],
        [3, '1.1.1. Ban hành kế hoạch', 1, '', '', 1],
        [4, '1.1.2. Xác định nhiệm vụ', 1, '', '', 1],
        [5, '2. Cải cách thể chế', 10],
      ]),
    );
    expect(codes(p)).toEqual(['1', '1.1', '1.1.1', '1.1.2', '2']);
    expect(row(p, '1.1.2')).toMatchObject({ codeAddress: 'B8', title: { text: 'Xác định nhiệm vụ' } });
  });

  it('keeps the code column when it agrees with the titles', () => {
    const p = readSheet(plainSheet([['1', '1. A', 10], ['1.1', '1.1. B', 5], ['1.2', 'C', 5]]));
    expect(codes(p)).toEqual(['1', '1.1', '1.2']);
    expect(row(p, '1.1').codeAddress).toBe('A6');
  });
});
