/**
 * classifyHeader, rule by rule (the mutants headers.test.ts left alive): every wording of the
 * alias table is recognised as a whole header, the weak "score" words only whole, short aliases
 * only whole, opinion words turn a score header into a text column, round markers and "bổ sung"
 * move a column into the appraisal cycle. Expected roles and strengths are worked out by hand:
 * strength = 1000 + length of the folded alias for a whole match, the alias's length when it is
 * only contained, minus 500 for a weak alias (headers.ts bestAlias).
 */
import { bareRound, classifyHeader, isScoreRole } from '../../../src/engine/layout/headers';
import type { ColumnRole } from '../../../src/engine/layout/parsed-sheet';

/** The wordings of scoresheet-layout.md and of other provinces' sheets, by the role each names. */
const WORDINGS: Record<ColumnRole, string[]> = {
  code: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'Thứ tự', 'Mã', 'Mã số', 'Mã tiêu chí', 'Mã TC', 'Mã chỉ tiêu', 'Ký hiệu'],
  title: [
    'Lĩnh vực/Tiêu chí/Tiêu chí thành phần',
    'Lĩnh vực, tiêu chí, tiêu chí thành phần',
    'Lĩnh vực/Tiêu chí',
    'Nội dung',
    'Tiêu chí',
    'Nội dung đánh giá',
    'Lĩnh vực',
    'Tiêu chí thành phần',
    'Tên tiêu chí',
    'Nội dung tiêu chí',
    'Tiêu chí đánh giá',
    'Lĩnh vực đánh giá',
    'Nội dung chấm điểm',
    'Chỉ tiêu',
    'Tên chỉ tiêu',
    'Các tiêu chí',
    'Danh mục tiêu chí',
  ],
  max: [
    'Điểm tối đa',
    'Điểm chuẩn',
    'Thang điểm',
    'Số điểm tối đa',
    'Điểm tối đa theo quy định',
    'Điểm quy định',
    'Khung điểm',
    'Mức điểm tối đa',
    'Điểm chuẩn tối đa',
    'Điểm định mức',
    'Max',
  ],
  method: [
    'Cách tính điểm',
    'Cách chấm điểm',
    'Hướng dẫn chấm điểm',
    'Thang điểm chi tiết',
    'Hướng dẫn chấm',
    'Hướng dẫn tính điểm',
    'Phương pháp tính điểm',
    'Phương pháp chấm điểm',
    'Cách thức chấm điểm',
    'Cách thức tính điểm',
    'Cách xác định điểm',
    'Yêu cầu chấm điểm',
    'Tiêu chuẩn chấm điểm',
    'Diễn giải cách chấm',
  ],
  declared: [
    'Số liệu kê khai',
    'Kết quả thực hiện',
    'Số liệu',
    'Kết quả',
    'Số liệu báo cáo',
    'Số liệu thực tế',
    'Kết quả đạt được',
    'Tỷ lệ đạt được',
    'Số liệu tự kê khai',
    'Kê khai',
    'Tỷ lệ',
  ],
  self: [
    'Điểm tự đánh giá',
    'Tự đánh giá',
    'Điểm tự chấm',
    'Tự chấm',
    'Điểm đơn vị tự chấm',
    'Kết quả tự đánh giá',
    'Kết quả tự chấm',
    'Đơn vị tự chấm',
    'Đơn vị tự đánh giá',
    'Điểm đơn vị tự đánh giá',
    'Tự chấm điểm',
    'Điểm tự ĐG',
    'Điểm TĐG',
    'TĐG',
    'Điểm tự cho',
  ],
  evidence: [
    'Tài liệu kiểm chứng',
    'TLKC',
    'Tài liệu kiểm chứng/Giải trình',
    'Tài liệu chứng minh',
    'Tài liệu minh chứng',
    'Minh chứng',
    'Văn bản kiểm chứng',
    'Hồ sơ kiểm chứng',
    'Danh mục tài liệu kiểm chứng',
    'Tên tài liệu kiểm chứng',
    'Căn cứ kiểm chứng',
  ],
  explanation: [
    'Giải trình',
    'Giải trình của đơn vị',
    'Ghi chú của đơn vị',
    'Thuyết minh',
    'Lý do',
    'Giải trình/Thuyết minh',
    'Ghi chú/Giải trình',
    'Ý kiến giải trình',
    'Ý kiến của đơn vị',
    'Giải trình, ghi chú',
  ],
  appraised: [
    'Điểm thẩm định',
    'Thẩm định',
    'SNV đánh giá',
    'Điểm chấm thực tế',
    'Điểm Hội đồng thẩm định',
    'Kết quả thẩm định',
    'Điểm sau thẩm định',
    'Hội đồng thẩm định',
    'Điểm HĐTĐ',
    'HĐTĐ',
    'Tổ thẩm định',
    'Điểm tổ thẩm định',
    'Điểm Sở Nội vụ',
    'Sở Nội vụ đánh giá',
    'Sở Nội vụ chấm',
    'Điểm SNV',
    'SNV thẩm định',
    'Điểm Hội đồng',
    'Hội đồng chấm',
    'Điểm công nhận',
    'Điểm được công nhận',
    'Điểm thẩm định của Hội đồng',
    'Điểm đánh giá của Hội đồng',
    'Điểm thẩm tra',
  ],
  survey: [
    'Điều tra XHH',
    'Điều tra xã hội học',
    'Điểm điều tra xã hội học',
    'Điểm điều tra XHH',
    'XHH',
    'Điểm XHH',
    'ĐTXHH',
    'Điểm ĐTXHH',
    'Điểm khảo sát',
    'Khảo sát',
    'Điểm điều tra',
  ],
  appraiserNote: [
    'Ý kiến thẩm định',
    'Ghi chú của thẩm định',
    'Ý kiến Hội đồng',
    'Ý kiến của Hội đồng',
    'Ý kiến của Hội đồng thẩm định',
    'Ý kiến Hội đồng thẩm định',
    'Nhận xét của Hội đồng',
    'Nhận xét thẩm định',
    'Ghi chú thẩm định',
    'Ý kiến của Tổ thẩm định',
    'Ý kiến của Sở Nội vụ',
    'Ý kiến SNV',
    'Lý do điều chỉnh',
    'Lý do trừ điểm',
    'Ghi chú của Hội đồng',
    'Thuyết minh thẩm định',
  ],
  note: ['Ghi chú', 'Ghi chú khác'],
  appraised2: [
    'Điểm sau giải trình',
    'Điểm sau khi giải trình',
    'Điểm thẩm định sau giải trình',
    'Thẩm định sau giải trình',
    'Kết quả sau giải trình',
    'Điểm thẩm định lại',
    'Thẩm định lại',
  ],
  appraiserNote2: ['Ý kiến thẩm định sau giải trình', 'Ý kiến sau giải trình', 'Ý kiến thẩm định lại'],
  unitAnswer: [
    'Giải trình sau thẩm định',
    'Giải trình của đơn vị sau thẩm định',
    'Ý kiến giải trình sau thẩm định',
    'Đơn vị giải trình',
    'Giải trình bổ sung',
    'Nội dung giải trình bổ sung',
    'Giải trình của đơn vị theo ý kiến thẩm định',
    'Trả lời của đơn vị',
  ],
  addedEvidence: [
    'Tài liệu bổ sung',
    'Tài liệu kiểm chứng bổ sung',
    'TLKC bổ sung',
    'Tài liệu giải trình bổ sung',
    'Bổ sung tài liệu',
    'Bổ sung tài liệu kiểm chứng',
    'Tài liệu minh chứng bổ sung',
  ],
};

const CASES = (Object.keys(WORDINGS) as ColumnRole[]).flatMap((role) => WORDINGS[role].map((text) => [text, role] as const));

describe('every wording of the alias table is read whole', () => {
  // A whole match is worth 1000 + the alias's length, a contained one only the alias's length:
  // a wording dropped from the table would at best be found inside as a shorter alias (< 1000).
  test.each(CASES)('%j → %s, as a whole header', (text, role) => {
    const m = classifyHeader(text);
    expect(m).toMatchObject({ role, weak: false });
    expect(m!.strength).toBeGreaterThan(1000);
  });

  test.each(['Điểm', 'Điểm đánh giá', 'Điểm đạt được', 'Điểm số', 'Số điểm', 'Điểm chấm', 'Chấm điểm'])(
    'the generic score word %j is a weak self column, whole only',
    (text) => {
      const m = classifyHeader(text);
      expect(m).toMatchObject({ role: 'self', weak: true });
      // 1000 + length − 500: between 500 and 1000
      expect(m!.strength).toBeGreaterThan(500);
      expect(m!.strength).toBeLessThan(1000);
    },
  );
});

describe('strengths, worked out by hand', () => {
  test('whole: 1000 + folded length; contained: the length; weak: − 500', () => {
    // "diem toi da" = 11 characters
    expect(classifyHeader('Điểm tối đa')).toEqual({ role: 'max', strength: 1011, weak: false });
    expect(classifyHeader('Điểm tối đa (điểm)')).toEqual({ role: 'max', strength: 11, weak: false });
    // "diem" = 4: 1000 + 4 − 500
    expect(classifyHeader('Điểm')).toEqual({ role: 'self', strength: 504, weak: true });
  });

  test('short aliases (3 letters or fewer) and weak ones count only as the whole header', () => {
    // "tt" inside "tt kiem tra" (2 letters), "xhh" (3) inside a sentence, weak "diem so" inside
    expect(classifyHeader('TT kiểm tra')).toBeNull();
    expect(classifyHeader('Theo XHH')).toBeNull();
    expect(classifyHeader('Điểm số lẻ')).toBeNull();
    // "tdg" whole is 1003; "tlkc" (4 letters) may be contained: strength 4
    expect(classifyHeader('TĐG')).toEqual({ role: 'self', strength: 1003, weak: false });
    expect(classifyHeader('TLKC kèm theo')).toEqual({ role: 'evidence', strength: 4, weak: false });
  });

  test('the longest contained alias wins; an alias must fit inside the header', () => {
    // "thang diem chi tiet" (19, method) contains "thang diem" (10, max)
    expect(classifyHeader('Thang điểm chi tiết kèm theo')).toEqual({ role: 'method', strength: 19, weak: false });
    // the header ends in the middle of "thang diem chi tiet": only "thang diem" fits
    expect(classifyHeader('Cột thang điểm chi')).toEqual({ role: 'max', strength: 10, weak: false });
  });

  test('on equal strength the score roles come first (ROLE_PRIORITY)', () => {
    // "ket qua" (declared, 7) and "tu cham" (self, 7) are equal: self comes before declared,
    // whichever stands first.
    expect(classifyHeader('Kết quả và tự chấm')).toEqual({ role: 'self', strength: 7, weak: false });
    expect(classifyHeader('Tự chấm và kết quả')).toEqual({ role: 'self', strength: 7, weak: false });
    // "so lieu" (declared, 7) and "ma so" (code, 5): the longer wins whatever the order
    expect(classifyHeader('Mã số, số liệu')).toEqual({ role: 'declared', strength: 7, weak: false });
    expect(classifyHeader('Số liệu, mã số')).toEqual({ role: 'declared', strength: 7, weak: false });
  });

  test('headers too long are no headers: 240 raw characters, 120 folded', () => {
    expect(classifyHeader('Ghi chú' + ' '.repeat(233))).toEqual({ role: 'note', strength: 1007, weak: false }); // 240: read
    expect(classifyHeader('Ghi chú' + ' '.repeat(234))).toBeNull(); // 241
    const words = 'Ghi chú ' + 'x'.repeat(112); // folded: "ghi chu " + 112 = 120
    expect(classifyHeader(words)).toEqual({ role: 'note', strength: 7, weak: false });
    expect(classifyHeader(words + 'x')).toBeNull(); // 121
    expect(classifyHeader('...')).toBeNull(); // folds to nothing
  });
});

describe('opinion words turn a score header into a text column', () => {
  test.each<[string, ColumnRole]>([
    // a score alias plus an opinion word outside it: a note about the appraisal…
    ['Điểm thẩm định (ghi chú)', 'appraiserNote'],
    ['Thẩm định: nhận xét', 'appraiserNote'],
    ['Thẩm định, lý do', 'appraiserNote'],
    // ("diem hoi dong tham dinh", 23, outweighs the explanation alias "thuyet minh", 11)
    ['Điểm Hội đồng thẩm định, thuyết minh', 'appraiserNote'],
    // a round-2 score ("diem tham dinh sau giai trinh") with an opinion word: round 2's note
    ['Điểm thẩm định sau giải trình (ý kiến)', 'appraiserNote2'],
    // …but without an appraisal word it is the unit's explanation
    ['Điểm sau giải trình (ý kiến)', 'explanation'],
    // …"appraisal" known by its other words too
    ['Điểm Hội đồng: ý kiến', 'appraiserNote'],
    ['Điểm SNV: ý kiến', 'appraiserNote'],
    ['Điểm Sở Nội vụ: ý kiến', 'appraiserNote'],
    ['Điểm HĐTĐ: ý kiến', 'appraiserNote'],
    ['Điểm tối đa (ý kiến Tổ công tác)', 'appraiserNote'],
    // …or the unit's explanation of its own score
    ['Điểm tự đánh giá (giải trình)', 'explanation'],
    ['Điểm tối đa: ghi chú', 'explanation'],
  ])('%j → %s', (text, role) => {
    expect(classifyHeader(text)).toMatchObject({ role, weak: false });
  });

  test('the opinion word inside the alias itself changes nothing; a text role is left alone', () => {
    expect(classifyHeader('Điểm sau giải trình')?.role).toBe('appraised2');
    expect(classifyHeader('Tài liệu kiểm chứng, ghi chú')?.role).toBe('evidence');
    // strength is kept: "diem tu danh gia" = 16, contained
    expect(classifyHeader('Điểm tự đánh giá (giải trình)')).toEqual({ role: 'explanation', strength: 16, weak: false });
  });

  test('isScoreRole: the six numeric columns', () => {
    const all: ColumnRole[] = ['code', 'title', 'max', 'method', 'declared', 'self', 'evidence', 'explanation', 'appraised', 'survey', 'appraiserNote', 'note', 'appraised2', 'appraiserNote2', 'unitAnswer', 'addedEvidence'];
    expect(all.filter(isScoreRole)).toEqual(['max', 'declared', 'self', 'appraised', 'survey', 'appraised2']);
  });
});

describe('round markers', () => {
  test.each<[string, number | null]>([
    ['Lần 2', 2],
    ['(vòng 2)', 2],
    ['Đợt 3', 3],
    ['Lần thứ 2', 2],
    ['Vòng II', 2],
    ['Vòng iii', 3],
    ['Lần đầu', 1],
    ['Lần một', 1],
    ['Lần thứ nhất', 1],
    ['Lần thứ hai', 2],
    ['Lần ba', 3],
    ['Lần 12', 12],
    ['Lần 123', null],
    ['Thẩm định lần 2', null], // not bare
    ['Lần 2 sau', null],
    ['Lần', null],
  ])('bareRound(%j) = %s', (text, round) => {
    expect(bareRound(text)).toBe(round);
  });

  test('a round of 2 or more moves an appraisal column to round 2, a hair stronger per round', () => {
    // "tham dinh" = 9, whole: 1009; contained in "tham dinh lan 2": 9 + 2/100
    expect(classifyHeader('Thẩm định lần 2')).toEqual({ role: 'appraised2', strength: 9.02, weak: false });
    expect(classifyHeader('Thẩm định lần 3')).toEqual({ role: 'appraised2', strength: 9.03, weak: false });
    expect(classifyHeader('Thẩm định lần 1')).toEqual({ role: 'appraised', strength: 9, weak: false });
    // "thẩm định lại" is already round 2: lần 2 bumps it, it stays round 2 ("tham dinh lai" = 13)
    expect(classifyHeader('Thẩm định lại lần 2')).toEqual({ role: 'appraised2', strength: 13.02, weak: false });
    // "y kien tham dinh" = 16
    expect(classifyHeader('Ý kiến thẩm định lần 2')).toEqual({ role: 'appraiserNote2', strength: 16.02, weak: false });
    // "y kien tham dinh lai" = 20
    expect(classifyHeader('Ý kiến thẩm định lại vòng 3')).toEqual({ role: 'appraiserNote2', strength: 20.03, weak: false });
  });

  test('round 2 makes an explanation the unit\'s answer and evidence the added evidence', () => {
    // "giai trinh" = 10, "tai lieu kiem chung" = 19
    expect(classifyHeader('Giải trình lần 2')).toEqual({ role: 'unitAnswer', strength: 10, weak: false });
    expect(classifyHeader('Tài liệu kiểm chứng lần 2')).toEqual({ role: 'addedEvidence', strength: 19, weak: false });
    expect(classifyHeader('Điểm tối đa lần 2')).toEqual({ role: 'max', strength: 11, weak: false });
  });

  test('an explanation written after the appraisal is the answer; evidence "bổ sung" is added evidence', () => {
    // "giai trinh" = 10 is the best alias inside; the phrase after it makes it the answer
    expect(classifyHeader('Giải trình thêm (sau thẩm định)')).toEqual({ role: 'unitAnswer', strength: 10, weak: false });
    expect(classifyHeader('Giải trình thêm sau khi thẩm định')).toEqual({ role: 'unitAnswer', strength: 10, weak: false });
    // "giai trinh cua don vi" = 21 outweighs "ket qua tham dinh" (17, appraised)
    expect(classifyHeader('Giải trình của đơn vị sau thông báo kết quả thẩm định')).toEqual({ role: 'unitAnswer', strength: 21, weak: false });
    expect(classifyHeader('Minh chứng bổ sung')).toEqual({ role: 'addedEvidence', strength: 10, weak: false });
    expect(classifyHeader('Minh chứng')).toEqual({ role: 'evidence', strength: 1010, weak: false });
    expect(classifyHeader('Giải trình thêm')).toEqual({ role: 'explanation', strength: 10, weak: false });
  });
});
