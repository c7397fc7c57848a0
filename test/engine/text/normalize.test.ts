import fc from 'fast-check';
import { containsWords, fold, foldWords } from '../../../src/engine/text/normalize';

describe('fold', () => {
  it.each([
    ['Điểm tự đánh giá', 'diem tu danh gia'],
    ['ĐIỂM TỰ ĐÁNH GIÁ', 'diem tu danh gia'],
    ['  Điểm  tự\nđánh\tgiá  ', 'diem tu danh gia'],
    ['Đường đi', 'duong di'],
    ['Thẩm định', 'tham dinh'],
    ['Không áp dụng', 'khong ap dung'],
    ['Ý kiến', 'y kien'],
    ['a\u00a0b', 'a b'],
    ['zero\u200bwidth', 'zerowidth'],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('folds decomposed (NFD) input like composed input', () => {
    expect(fold('Điểm tự đánh giá'.normalize('NFD'))).toBe('diem tu danh gia');
  });

  it('is idempotent and never leaves upper case, marks or double spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const f = fold(s);
        expect(fold(f)).toBe(f);
        expect(f).toBe(f.trim());
        expect(f).not.toMatch(/\s\s/);
        expect(f).not.toMatch(/[\u0300-\u036fđĐ]/);
      }),
    );
  });
});

describe('foldWords / containsWords', () => {
  it('turns punctuation into word breaks', () => {
    expect(foldWords('Lĩnh vực/Tiêu chí/Tiêu chí thành phần')).toBe('linh vuc tieu chi tieu chi thanh phan');
    expect(foldWords('Tài liệu kiểm chứng (TLKC)')).toBe('tai lieu kiem chung tlkc');
  });

  it('matches whole words only', () => {
    expect(containsWords('diem tu danh gia', 'tu danh gia')).toBe(true);
    expect(containsWords('diem tu danh gia', 'danh')).toBe(true);
    expect(containsWords('diem tu danh gia', 'dan')).toBe(false);
    expect(containsWords('stt', 'tt')).toBe(false);
    expect(containsWords('abc', '')).toBe(false);
  });
});
