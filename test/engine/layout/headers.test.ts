import { classifyHeader } from '../../../src/engine/layout/headers';
import type { ColumnRole } from '../../../src/engine/layout/parsed-sheet';

const role = (text: string) => classifyHeader(text)?.role ?? null;

describe('classifyHeader', () => {
  it.each<[string, ColumnRole]>([
    // the table of scoresheet-layout.md
    ['STT', 'code'],
    ['TT', 'code'],
    ['Số TT', 'code'],
    ['Mã tiêu chí', 'code'],
    ['Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'title'],
    ['Lĩnh vực, tiêu chí, tiêu chí thành phần', 'title'],
    ['Nội dung', 'title'],
    ['Nội dung đánh giá', 'title'],
    ['Điểm tối đa', 'max'],
    ['Điểm chuẩn', 'max'],
    ['Thang điểm', 'max'],
    ['Cách tính điểm', 'method'],
    ['Hướng dẫn chấm điểm', 'method'],
    ['Thang điểm chi tiết', 'method'],
    ['Số liệu kê khai', 'declared'],
    ['Kết quả thực hiện', 'declared'],
    ['Điểm tự đánh giá', 'self'],
    ['Tự chấm', 'self'],
    ['Điểm đơn vị tự chấm', 'self'],
    ['Kết quả tự đánh giá', 'self'],
    ['Tài liệu kiểm chứng', 'evidence'],
    ['TLKC', 'evidence'],
    ['Tài liệu kiểm chứng/Giải trình', 'evidence'],
    ['Giải trình', 'explanation'],
    ['Ghi chú của đơn vị', 'explanation'],
    ['Điểm thẩm định', 'appraised'],
    ['SNV đánh giá', 'appraised'],
    ['Điểm chấm thực tế', 'appraised'],
    ['Điểm Hội đồng thẩm định', 'appraised'],
    ['Điểm HĐTĐ', 'appraised'],
    ['Điều tra XHH', 'survey'],
    ['Điểm điều tra xã hội học', 'survey'],
    ['Ý kiến thẩm định', 'appraiserNote'],
    ['Ghi chú của thẩm định', 'appraiserNote'],
    ['Ý kiến Hội đồng', 'appraiserNote'],
    ['Ghi chú', 'note'],
  ])('%j → %s', (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it.each<[string, ColumnRole]>([
    ['  ĐIỂM  TỰ\nĐÁNH GIÁ ', 'self'],
    ['diem toi da', 'max'],
    ['Điểm tối đa (điểm)', 'max'],
    ['Điểm tự đánh giá năm 2024', 'self'],
    ['Tài liệu kiểm chứng (số, ký hiệu, ngày ban hành)', 'evidence'],
    ['Ý kiến của Hội đồng thẩm định về điểm', 'appraiserNote'],
    ['Nhận xét, ý kiến của Tổ thẩm định', 'appraiserNote'],
    ['Điểm đánh giá qua điều tra XHH', 'survey'],
    ['Mã', 'code'],
  ])('odd spacing, case and wording: %j → %s', (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it('tells the three "Điểm …" columns apart', () => {
    expect(role('Điểm tối đa')).toBe('max');
    expect(role('Điểm tự đánh giá')).toBe('self');
    expect(role('Điểm thẩm định')).toBe('appraised');
  });

  it('treats a bare "Điểm đánh giá" as a weak self column', () => {
    expect(classifyHeader('Điểm đánh giá')).toMatchObject({ role: 'self', weak: true });
    expect(classifyHeader('Điểm tự đánh giá')).toMatchObject({ role: 'self', weak: false });
    expect(classifyHeader('Điểm trừ')).toBeNull();
  });

  it('ignores data and sentences', () => {
    expect(classifyHeader('')).toBeNull();
    expect(classifyHeader('1.1')).toBeNull();
    expect(classifyHeader('Công tác chỉ đạo, điều hành cải cách hành chính')).toBeNull();
    expect(classifyHeader('Tiêu chí mà đơn vị chưa thực hiện')).not.toMatchObject({ role: 'code' });
    expect(classifyHeader('x'.repeat(300))).toBeNull();
  });
});
