/**
 * The title block, rule by rule (mutants title-block.test.ts left alive): where the unit's label
 * must stand, what a placeholder is, how the criteria set, its version and the year are written.
 * Each case is read by hand against the rule it names.
 */
import { readTitleBlock } from '../../../src/engine/layout/title-block';
import { SheetBuilder } from './sheet-builder';

function block(...rows: string[][]) {
  const b = new SheetBuilder();
  for (const r of rows) b.row(...r);
  const header = b.row('STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá');
  return readTitleBlock(b.build(), header);
}

describe('the unit label is the whole text before the colon', () => {
  test('"Đơn vị tính: điểm" is a unit of measure, not the unit', () => {
    expect(block(['Đơn vị tính: điểm']).unit).toBeNull();
  });

  test('"Địa chỉ đơn vị: …" does not start with the label', () => {
    expect(block(['Địa chỉ đơn vị: 12 Lê Lợi']).unit).toBeNull();
  });

  test('a placeholder of spaced underscores is no name; trailing dots are cut from a name', () => {
    expect(block(['Đơn vị: _ _ _ _']).unit).toBeNull();
    expect(block(['Đơn vị: Sở Tư pháp .....']).unit).toBe('Sở Tư pháp');
  });
});

describe('the letterhead', () => {
  test('"UBND" must start the line: a caption naming the UBND is no letterhead', () => {
    expect(block(['Kèm theo báo cáo của UBND tỉnh'], ['Sở Tư pháp']).unit).toBeNull();
  });

  test('the line under it is the unit unless it is a number, a date or a bracket', () => {
    expect(block(['UBND TỈNH A'], ['Số: 12/BC-SNV']).unit).toBeNull();
    expect(block(['UBND TỈNH A'], ['Số : 12/BC-SNV']).unit).toBeNull();
    expect(block(['UBND TỈNH A'], ['Số 12/BC-SNV']).unit).toBeNull();
    // a bracket later in the line does not make it a note
    expect(block(['UBND TỈNH A'], ['SỞ Y TẾ (CƠ QUAN CHỦ TRÌ)']).unit).toBe('SỞ Y TẾ (CƠ QUAN CHỦ TRÌ)');
  });
});

describe('the declared criteria set and its version', () => {
  test('spaces around the colon are optional', () => {
    expect(block(['Bộ tiêu chí : mau-xa-2024']).declaredSetId).toBe('mau-xa-2024');
    expect(block(['Bộ tiêu chí:mau-xa-2024']).declaredSetId).toBe('mau-xa-2024');
  });

  test('the version in brackets right after the id, with or without a space; a bracket further on is not it', () => {
    expect(block(['Bộ tiêu chí: mau-xa-2024(2024.2)'])).toMatchObject({ declaredSetId: 'mau-xa-2024', declaredVersion: '2024.2' });
    expect(block(['Bộ tiêu chí: mau-xa-2024, năm áp dụng (bản chính)'])).toMatchObject({ declaredSetId: 'mau-xa-2024', declaredVersion: null });
  });

  test('"Phiên bản bộ tiêu chí: …", spaces around the colon optional, trailing dots cut', () => {
    expect(block(['Phiên bản bộ tiêu chí: 2024.3']).declaredVersion).toBe('2024.3');
    expect(block(['Phiên bản bộ tiêu chí : 2024.3']).declaredVersion).toBe('2024.3');
    expect(block(['Phiên bản:2024.4']).declaredVersion).toBe('2024.4');
    expect(block(['Phiên bản: 2024.2..']).declaredVersion).toBe('2024.2');
  });
});

describe('the year', () => {
  test('"Năm 2025" at the start of a line', () => {
    expect(block(['Năm 2025']).year).toBe(2025);
  });

  test('"Năm đánh giá" with or without a colon and spaces', () => {
    expect(block(['Năm đánh giá: 2024']).year).toBe(2024);
    expect(block(['Năm đánh giá : 2024']).year).toBe(2024);
    expect(block(['Năm đánh giá 2024']).year).toBe(2024);
    expect(block(['Năm đánh giá:2024']).year).toBe(2024);
  });

  test('four digits followed by anything but a digit', () => {
    expect(block(['NĂM 2024 (BẢN CHÍNH)']).year).toBe(2024);
    expect(block(['Năm 20245']).year).toBeNull();
  });

  test('a month only counts right before the year: "tháng 12năm", not "tháng 11, … năm"', () => {
    expect(block(['Số liệu đến tháng 11, chỉ số CCHC năm 2024']).year).toBe(2024);
    expect(block(['ngày 5 tháng12 năm 2023']).year).toBeNull();
    expect(block(['ngày 5 tháng 12năm 2023']).year).toBeNull();
  });

  test('a document number before the year makes it a caption ("số 12/SNV năm 2024")', () => {
    expect(block(['Theo văn bản số 12/SNV năm 2024']).year).toBeNull();
    expect(block(['Theo văn bản số 12 /SNV năm 2024']).year).toBeNull();
  });
});

describe('label and value cells', () => {
  test('a label without a colon takes the next cell of its row', () => {
    expect(block(['Đơn vị', 'Sở Y tế'])).toMatchObject({ unit: 'Sở Y tế', unitAddress: 'B1' });
  });

  test('a value on the next row is not the label\'s', () => {
    expect(block(['Đơn vị:'], ['Sở Y tế']).unit).toBeNull();
  });

  test('lines: a label ending with ":" is joined to the next cell of its row only', () => {
    expect(block(['Ghi chú:'], ['Sở Y tế']).lines).toEqual(['Ghi chú:', 'Sở Y tế']);
    expect(block(['Ghi chú:', 'xem phụ lục']).lines).toEqual(['Ghi chú: xem phụ lục']);
  });
});

describe('the letterhead: the first five rows, up to two rows under "UBND …", 80 characters at most', () => {
  test('"UBND" on row 5 is looked at, on row 6 not', () => {
    expect(block([''], [''], [''], [''], ['UBND TỈNH A'], ['SỞ Y TẾ']).unit).toBe('SỞ Y TẾ');
    expect(block([''], [''], [''], [''], [''], ['UBND TỈNH A'], ['SỞ Y TẾ']).unit).toBeNull();
  });

  test('the unit two rows under it (a blank row between) is found, three rows under it is not', () => {
    expect(block(['UBND TỈNH A'], [''], ['SỞ Y TẾ'])).toMatchObject({ unit: 'SỞ Y TẾ', unitAddress: 'A3' });
    expect(block(['UBND TỈNH A'], [''], [''], ['SỞ Y TẾ']).unit).toBeNull();
  });

  test('a line of 80 characters may be the unit, of 81 not', () => {
    const name = (n: number) => 'SỞ ' + 'X'.repeat(n - 3);
    expect(block(['UBND TỈNH A'], [name(80)]).unit).toBe(name(80));
    expect(block(['UBND TỈNH A'], [name(81)]).unit).toBeNull();
  });

  test('a label elsewhere wins over the letterhead', () => {
    expect(block(['UBND TỈNH A'], ['SỞ Y TẾ'], ['Đơn vị: Sở Tư pháp']).unit).toBe('Sở Tư pháp');
  });
});

describe('first wins', () => {
  test('the first declared set; a version in brackets before a "Phiên bản" line', () => {
    expect(block(['Bộ tiêu chí: mau-xa-2024 (2024.1)'], ['Bộ tiêu chí: mau-so-2024'], ['Phiên bản: 2024.9'])).toMatchObject({
      declaredSetId: 'mau-xa-2024',
      declaredVersion: '2024.1',
    });
  });

  test('a date first in a line, the title\'s year after it in the same line', () => {
    expect(block(['ngày 5 tháng 12 năm 2023, kết quả chấm điểm năm 2024']).year).toBe(2024);
  });
});

describe('lines', () => {
  test('runs of white space inside a cell become one space', () => {
    expect(block(['BẢNG   TỰ\nĐÁNH GIÁ']).lines).toEqual(['BẢNG TỰ ĐÁNH GIÁ']);
  });
});
