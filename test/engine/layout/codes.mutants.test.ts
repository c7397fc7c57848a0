/**
 * Item codes, rule by rule (mutants codes.test.ts left alive): the shape of a dotted code, Roman
 * numerals, "II.1", the prefix words, spacing around dots, and when a number at the start of a
 * title is a code. Each expectation is read by hand from the rule named in the test.
 */
import { codeInTitle, isRoman, parseCode, repairNumericCode } from '../../../src/engine/layout/codes';

const code = (v: string) => parseCode(v)?.code ?? null;

describe('Roman numerals: I to XXXIX, whole', () => {
  test('at most three X, then IX, IV or V?I{0,3}', () => {
    expect(['XXXIX', 'VIII', 'IX', 'XIV'].map(isRoman)).toEqual([true, true, true, true]);
    // four X or four I: the pattern must cover the whole text
    expect(['XXXX', 'IIII', 'XL', ''].map(isRoman)).toEqual([false, false, false, false]);
  });
});

describe('dotted codes: groups of 1 to 3 digits, the whole text', () => {
  test('two- and three-digit groups', () => {
    expect([code('10'), code('12.10'), code('1.10')]).toEqual(['10', '12.10', '1.10']);
    expect(code('1000')).toBeNull();
  });

  test('nothing before or after the code', () => {
    expect(code('A1.1')).toBeNull();
    expect(code('1.1a')).toBeNull();
  });

  test('spaces around a dot are dropped, on either side; trailing dots all go', () => {
    expect([code('1. 2'), code('1 .2'), code('1.1..')]).toEqual(['1.2', '1.2', '1.1']);
  });

  test('a Roman area with Arabic levels below it: "II.1", "II.1.2", "II.10", "II.1.10"', () => {
    expect(['II.1', 'II.1.2', 'II.10', 'II.1.10'].map(code)).toEqual(['II.1', 'II.1.2', 'II.10', 'II.1.10']);
    expect(code('AII.1')).toBeNull();
    expect(code('II.1x')).toBeNull();
  });
});

describe('prefix words before a code', () => {
  test.each([
    ['Chỉ số thành phần 1.2.3', '1.2.3'],
    ['Chỉ tiêu 4', '4'],
    ['Nội dung 5', '5'],
    ['Mục 6', '6'],
    ['Phần II', 'II'],
    ['TCTP 1.2.3', '1.2.3'],
    ['LV 3', '3'],
    ['Tiêu chí số 2', '2'],
  ])('%j → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  test.each([
    // several spaces between the words of a prefix (and before "số")
    ['Lĩnh  vực 1', '1'],
    ['Tiêu  chí  thành  phần 1.2.3', '1.2.3'],
    ['Chỉ  số  thành  phần 1.2.3', '1.2.3'],
    ['Chỉ  tiêu 4', '4'],
    ['Nội  dung 5', '5'],
    ['Tiêu chí  số 2', '2'],
    // no space between the prefix and a digit
    ['Lĩnh vực1', '1'],
  ])('spacing: %j → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  test('the prefix must start the text', () => {
    expect(code('1 mục 1')).toBeNull();
    expect(code('Bmục 1')).toBeNull();
  });
});

describe('a code at the start of a title', () => {
  test.each([
    ['10. Cải cách', '10', 'Cải cách'],
    ['1.10. Kế hoạch', '1.10', 'Kế hoạch'],
    // spaces around the dots of the code, before its punctuation, several after it
    ['1. 1. Kế hoạch', '1.1', 'Kế hoạch'],
    ['1 .2. Kế hoạch', '1.2', 'Kế hoạch'],
    ['1.1 . Kế hoạch', '1.1', 'Kế hoạch'],
    ['1.1.  Kế hoạch', '1.1', 'Kế hoạch'],
    ['1.1  Kế hoạch', '1.1', 'Kế hoạch'],
    ['IV - Cải cách', 'IV', 'Cải cách'],
    // glued to the title after the punctuation (vendor exports)
    ['1.1.1.Ban hành', '1.1.1', 'Ban hành'],
    ['II.CẢI CÁCH', 'II', 'CẢI CÁCH'],
    // "điểm" inside the title is not "1 điểm" right after the number
    ['1.1. Chấm điểm', '1.1', 'Chấm điểm'],
  ])('%j → %s + %j', (title, c, rest) => {
    expect(codeInTitle(title)).toMatchObject({ code: c, rest });
  });

  test('a code of three levels is a code even before "văn bản"; two levels are not', () => {
    // NOT_A_CODE_AFTER ("văn bản") is waived for a code of three levels or more (DEEP_CODE)
    expect(codeInTitle('7.2.1. Văn bản điện tử')?.code).toBe('7.2.1');
    expect(codeInTitle('10.2.1. Văn bản điện tử')?.code).toBe('10.2.1');
    expect(codeInTitle('7.10.1. Văn bản')?.code).toBe('7.10.1');
    expect(codeInTitle('7 .2 .1. Văn bản điện tử')?.code).toBe('7.2.1');
    expect(codeInTitle('7. 2. 1. Văn bản điện tử')?.code).toBe('7.2.1');
    expect(codeInTitle('7.2. Văn bản')).toBeNull();
  });

  test('the code starts the title: none further in, and the first letter is checked as written', () => {
    expect(codeInTitle('Lập 2. Kế hoạch')).toBeNull();
    // "Ĺĩnh vực" folds to "linh vuc", but Ĺ is not one of the letters a code or prefix starts with
    expect(codeInTitle('Ĺĩnh vực 1. Kế hoạch')).toBeNull();
  });
});

describe('numbers and lengths', () => {
  test('a number with more than three decimals is no code (1.2345); three are (1.234)', () => {
    expect(parseCode(1.2345)).toBeNull();
    expect(parseCode(1.234)).toEqual({ code: '1.234', raw: '1.234' });
  });

  test('a code text of 40 characters is read, of 41 not', () => {
    const text = (n: number) => 'Lĩnh vực' + ' '.repeat(n - 9) + '1';
    expect(text(40)).toHaveLength(40);
    expect(code(text(40))).toBe('1');
    expect(code(text(41))).toBeNull();
  });

  test('repairNumericCode: only codes of two levels or more, at the same depth and parent', () => {
    expect(repairNumericCode('1', '9')).toBe('1'); // one level: 1 after 9 is 1
    expect(repairNumericCode('1.1', '1.9.1')).toBe('1.1'); // another depth
    expect(repairNumericCode('2.1', '1.9')).toBe('2.1'); // another parent
    expect(repairNumericCode('1.2.1', '1.2.9')).toBe('1.2.10');
  });
});
