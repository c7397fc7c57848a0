import { codeInTitle, parseCode, repairNumericCode } from '../../../src/engine/layout/codes';

describe('parseCode', () => {
  it.each<[string | number, string]>([
    ['1.1.1', '1.1.1'],
    ['1.1.', '1.1'],
    ['1.', '1'],
    [' 2.3 ', '2.3'],
    ['1 . 2 .', '1.2'],
    [1, '1'],
    [1.1, '1.1'],
    [2.4, '2.4'],
    [1.1000000000000001, '1.1'],
    ['I', 'I'],
    ['II.', 'II'],
    ['IV', 'IV'],
    ['iv', 'IV'],
    ['XII', 'XII'],
    ['Lĩnh vực 1', '1'],
    ['LĨNH VỰC II', 'II'],
    ['Tiêu chí 1.2', '1.2'],
    ['Tiêu chí thành phần 1.2.3', '1.2.3'],
    ['TC 3.1', '3.1'],
  ])('%j → %s', (value, code) => {
    expect(parseCode(value)?.code).toBe(code);
  });

  it('keeps the code as written in raw', () => {
    expect(parseCode('1.1.')).toEqual({ code: '1.1', raw: '1.1.' });
    expect(parseCode(1.1)).toEqual({ code: '1.1', raw: '1.1' });
  });

  it('shows a number code rounded as Excel shows it, not its binary noise', () => {
    expect(parseCode(0.1 + 0.2)).toEqual({ code: '0.3', raw: '0.3' });
    expect(parseCode(1.1000000000000001)).toEqual({ code: '1.1', raw: '1.1' });
    expect(parseCode(2.2999999999999998)).toEqual({ code: '2.3', raw: '2.3' });
  });

  it.each<number>([4e-7, 1e-7, 4.9e-7, 5e-324, -4e-7, 999.9999996])('the number %j rounds outside 0 < code < 1000: not a code', (value) => {
    expect(parseCode(value)).toBeNull();
  });

  it.each<string | number | null | boolean>([null, '', '-', '+', 'a)', 'A', 'C', 'Ghi chú', '(1)', 0, -1, true, 'Tổng cộng', '1.1.1.1.1x'])(
    '%j is not a code',
    (value) => {
      expect(parseCode(value)).toBeNull();
    },
  );
});

describe('codeInTitle', () => {
  it.each<[string, string, string]>([
    ['1.1. Kế hoạch CCHC', '1.1', 'Kế hoạch CCHC'],
    ['1.1 Kế hoạch CCHC', '1.1', 'Kế hoạch CCHC'],
    ['2. Cải cách thể chế', '2', 'Cải cách thể chế'],
    ['II. CẢI CÁCH THỂ CHẾ', 'II', 'CẢI CÁCH THỂ CHẾ'],
    ['IV- Cải cách tổ chức bộ máy', 'IV', 'Cải cách tổ chức bộ máy'],
    ['Tiêu chí 1.2: Báo cáo CCHC', '1.2', 'Báo cáo CCHC'],
    ['Lĩnh vực 3. Cải cách TTHC', '3', 'Cải cách TTHC'],
    ['1.2.3) Xử lý kiến nghị', '1.2.3', 'Xử lý kiến nghị'],
  ])('%j → %s + %j', (title, code, rest) => {
    expect(codeInTitle(title)).toMatchObject({ code, rest });
  });

  it.each([
    'Ban hành kế hoạch CCHC năm',
    '1 điểm nếu ban hành kịp thời',
    '0.5 điểm: ban hành không kịp thời',
    '2 lần trở lên',
    '100% văn bản được ký số',
    '- Ban hành kịp thời: 1 điểm',
    'a) Ban hành kịp thời',
    'Có 01 văn bản không đúng quy trình',
    'I am not a code',
    '',
  ])('%j has no code', (title) => {
    expect(codeInTitle(title)).toBeNull();
  });

  // Titles are ruled out before anything is looked up when they start with a letter no code or
  // prefix word starts with, or hold no digit and no capital I, V or X at all.
  it.each([
    'Tiêu chí thành phần một', // a prefix word, but no digit and no I/V/X anywhere
    'Mục lục', // "Mục" is a prefix word; nothing that could be a code follows
    'Công tác chỉ đạo', // starts like "chỉ số", holds no code character
  ])('%j has no code (no code character in it)', (title) => {
    expect(codeInTitle(title)).toBeNull();
  });

  it('finds the code however far the spaces after a prefix word push it, and a Roman one in capitals', () => {
    // 50 spaces: the digit sits at position 58, past the 40 characters the prefix is read from.
    expect(codeInTitle(`Tiêu chí${' '.repeat(50)}1.2 Kế hoạch`)).toMatchObject({ code: '1.2', rest: 'Kế hoạch' });
    expect(codeInTitle('Mục V. Cải cách tài chính công')).toMatchObject({ code: 'V', rest: 'Cải cách tài chính công' });
    expect(codeInTitle('X. Xây dựng chính quyền số')).toMatchObject({ code: 'X', rest: 'Xây dựng chính quyền số' });
  });
});

describe('repairNumericCode', () => {
  it('reads 1.1 after 1.9 as 1.10 (Excel dropped the zero)', () => {
    expect(repairNumericCode('1.1', '1.9')).toBe('1.10');
    expect(repairNumericCode('1.2', '1.19')).toBe('1.20');
  });

  it('leaves ordinary sequences alone', () => {
    expect(repairNumericCode('1.1', null)).toBe('1.1');
    expect(repairNumericCode('1.2', '1.1')).toBe('1.2');
    expect(repairNumericCode('2.1', '1.9')).toBe('2.1');
    expect(repairNumericCode('1.11', '1.10')).toBe('1.11');
  });
});
