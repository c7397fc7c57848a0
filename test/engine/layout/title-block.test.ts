import { readTitleBlock } from '../../../src/engine/layout/title-block';
import { SheetBuilder } from './sheet-builder';

function block(...rows: string[][]) {
  const b = new SheetBuilder();
  for (const r of rows) b.row(...r);
  const header = b.row('STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự đánh giá');
  return readTitleBlock(b.build(), header);
}

describe('readTitleBlock', () => {
  it.each<[string[], string, string]>([
    [['Đơn vị: Sở Tư pháp'], 'Sở Tư pháp', 'A1'],
    [['Tên cơ quan, đơn vị: Sở Nội vụ'], 'Sở Nội vụ', 'A1'],
    [['Cơ quan: UBND huyện Minh Lộc'], 'UBND huyện Minh Lộc', 'A1'],
    [['ĐƠN VỊ TỰ ĐÁNH GIÁ: Sở Tài chính'], 'Sở Tài chính', 'A1'],
    [['Tên cơ quan, đơn vị:', '', 'Sở Y tế'], 'Sở Y tế', 'C1'],
    [['Đơn vị:', 'Sở Giáo dục và Đào tạo'], 'Sở Giáo dục và Đào tạo', 'B1'],
  ])('reads the unit from %j', (cells, unit, address) => {
    expect(block(cells)).toMatchObject({ unit, unitAddress: address });
  });

  it('leaves an unfilled template unit empty', () => {
    expect(block(['Đơn vị: ……………………']).unit).toBeNull();
    expect(block(['Tên cơ quan, đơn vị:', '.................']).unit).toBeNull();
  });

  it('falls back to the letterhead line under "UBND TỈNH …"', () => {
    const t = block(['UBND TỈNH MINH SƠN', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['SỞ TƯ PHÁP', '', 'Độc lập - Tự do - Hạnh phúc']);
    expect(t).toMatchObject({ unit: 'SỞ TƯ PHÁP', unitAddress: 'A2' });
  });

  it('has no unit when nothing names one', () => {
    expect(block(['BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024']).unit).toBeNull();
  });

  it('reads the declared criteria set and version', () => {
    expect(block(['Bộ tiêu chí: mau-so-nganh-2024 (2024.1)'])).toMatchObject({
      declaredSetId: 'mau-so-nganh-2024',
      declaredVersion: '2024.1',
    });
    expect(block(['Mã bộ tiêu chí: mau-xa-2024'], ['Phiên bản: 2024.2'])).toMatchObject({
      declaredSetId: 'mau-xa-2024',
      declaredVersion: '2024.2',
    });
    expect(block(['BỘ TIÊU CHÍ: mau-so-nganh-2024 (phiên bản 2024.1B)'])).toMatchObject({ declaredVersion: '2024.1B' });
    expect(block(['Bộ tiêu chí: Bộ tiêu chí đánh giá các sở'])).toMatchObject({ declaredSetId: null, declaredVersion: null });
  });

  it('reads the year from the title, not from a date', () => {
    expect(block(['(Kèm theo Báo cáo ngày 05 tháng 12 năm 2023)'], ['BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024']).year).toBe(2024);
    expect(block(['Kết quả chấm điểm năm 2025']).year).toBe(2025);
    expect(block(['Minh Sơn, ngày 02 tháng 12 năm 2024']).year).toBeNull();
    expect(block(['BẢNG CHẤM ĐIỂM']).year).toBeNull();
  });

  it('never takes the year of a template caption ("Mẫu số 02 (ban hành … năm 2024)")', () => {
    expect(block(['Mẫu số 02 (Ban hành kèm theo Quyết định số 12/QĐ-UBND năm 2024)'], ['BIỂU TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025']).year).toBe(2025);
    // No year in the title: none from the caption either (the set's year is used).
    expect(block(['Mẫu số 02 (ban hành kèm theo Hướng dẫn năm 2024)'], ['BIỂU TỰ CHẤM ĐIỂM CHỈ SỐ CCHC']).year).toBeNull();
    expect(block(['BIỂU TỰ CHẤM ĐIỂM NĂM 2025 (kèm theo Công văn số 15/SNV năm 2024)']).year).toBe(2025);
  });

  it('lists the text lines, a label joined to its value', () => {
    expect(block(['UBND TỈNH A', 'CỘNG HÒA'], ['Tên cơ quan, đơn vị:', 'Sở Y tế']).lines).toEqual([
      'UBND TỈNH A',
      'CỘNG HÒA',
      'Tên cơ quan, đơn vị: Sở Y tế',
    ]);
  });
});
