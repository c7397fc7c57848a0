/**
 * Recognising document references in evidence text (src/engine/findings/document-refs.ts), each
 * pattern's edges pinned with texts worked out by hand: a number/symbol ("12/KH-UBND"), a legal
 * number with its year ("05/2024/QĐ-UBND"), dates (numeric and in words) and URLs.
 */
import { findDocumentRefs, yearInNumber } from '../../../src/engine/findings/document-refs';

const numbers = (t: string) => findDocumentRefs(t).numbers;
const dates = (t: string) => findDocumentRefs(t).dates.map((d) => [d.day, d.month, d.year, d.text]);
const url = (t: string) => findDocumentRefs(t).url;

describe('document numbers', () => {
  test('number / symbol, with "-" parts and a year in the middle, each found whole', () => {
    expect(numbers('Kế hoạch số 12/KH-UBND ngày 15/01/2024')).toEqual(['12/KH-UBND']);
    expect(numbers('Quyết định 05/2024/QĐ-UBND')).toEqual(['05/2024/QĐ-UBND']);
    expect(numbers('Tờ trình 15/TTr-SNV; Công văn 643/SYT-VP-TCCB')).toEqual(['15/TTr-SNV', '643/SYT-VP-TCCB']);
    expect(numbers('12345/QĐ-UBND')).toEqual(['12345/QĐ-UBND']);
    expect(numbers('Văn bản 7/BC&TT')).toEqual(['7/BC&TT']);
    expect(numbers('số 3/KH2024')).toEqual(['3/KH2024']);
  });

  test('a trailing dash is not part of the symbol', () => {
    expect(numbers('số 12/KH- ngày')).toEqual(['12/KH']);
  });

  test('not a number: six digits, glued to letters or a slash, a lower-case or one-letter symbol, a date', () => {
    expect(numbers('số 123456/QĐ')).toEqual([]); // at most 5 digits, and none cut out of a longer run
    expect(numbers('ABC12/KH')).toEqual([]);
    expect(numbers('1/12/KH')).toEqual([]);
    expect(numbers('12/kh-ubnd')).toEqual([]);
    expect(numbers('12/K')).toEqual([]);
    expect(numbers('15/01/2024')).toEqual([]);
    expect(numbers('5/202/QĐ')).toEqual([]); // the year part has exactly 4 digits
  });

  test('yearInNumber: the 4-digit year between the number and the symbol', () => {
    expect(yearInNumber('05/2024/QĐ-UBND')).toBe(2024);
    expect(yearInNumber('12345/2023/NQ-HĐND')).toBe(2023);
    expect(yearInNumber('12/KH-UBND')).toBeNull();
    expect(yearInNumber('123456/2024/QĐ')).toBeNull();
    expect(yearInNumber('x05/2024/QĐ')).toBeNull();
    expect(yearInNumber('05/20245/QĐ')).toBeNull();
  });
});

describe('dates', () => {
  test('day / month / year with "/", "-" or "." and spaces around them', () => {
    expect(dates('ngày 15/01/2024')).toEqual([[15, 1, 2024, '15/01/2024']]);
    expect(dates('15-01-2024')).toEqual([[15, 1, 2024, '15-01-2024']]);
    expect(dates('15.01.2024')).toEqual([[15, 1, 2024, '15.01.2024']]);
    expect(dates('1 / 2 / 2024')).toEqual([[1, 2, 2024, '1 / 2 / 2024']]);
  });

  test('in words, "ngày" dropped from the text, any case, any spacing', () => {
    expect(dates('ban hành ngày 5 tháng 3 năm 2024')).toEqual([[5, 3, 2024, '5 tháng 3 năm 2024']]);
    expect(dates('Ngày  05  tháng 03  năm 2024')).toEqual([[5, 3, 2024, '05  tháng 03  năm 2024']]);
    expect(dates('ngày 5 tháng  3 năm  2024')).toEqual([[5, 3, 2024, '5 tháng  3 năm  2024']]);
  });

  test('numeric dates first, then dates in words', () => {
    expect(dates('ngày 2 tháng 2 năm 2023 và 01/01/2024')).toEqual([
      [1, 1, 2024, '01/01/2024'],
      [2, 2, 2023, '2 tháng 2 năm 2023'],
    ]);
  });

  test('not a date: glued to a digit or a slash before, a fifth year digit after', () => {
    expect(dates('115/01/2024')).toEqual([]);
    expect(dates('3/15/01/2024')).toEqual([]);
    expect(dates('15/01/20245')).toEqual([]);
    expect(dates('15/01/24')).toEqual([]);
  });

  test('impossible days, months and years are dropped; the edges are kept', () => {
    expect(dates('00/01/2024 32/01/2024 01/00/2024 01/13/2024 01/01/1899 01/01/2201')).toEqual([]);
    expect(dates('31/12/2024; 1/1/1900; 1/1/2200')).toEqual([
      [31, 12, 2024, '31/12/2024'],
      [1, 1, 1900, '1/1/1900'],
      [1, 1, 2200, '1/1/2200'],
    ]);
  });
});

describe('URLs', () => {
  test('http://, https:// or www. at the start of a word, followed by something', () => {
    expect(url('xem http://sonoivu.gov.vn/a')).toBe(true);
    expect(url('https://x.vn')).toBe(true);
    expect(url('www.haiduong.gov.vn')).toBe(true);
    expect(url('WWW.HAIDUONG.GOV.VN')).toBe(true);
    expect(url('HTTPS://X.VN')).toBe(true);
  });

  test('not a URL: nothing after the prefix, glued to a word, a single slash, no prefix', () => {
    expect(url('www. và')).toBe(false);
    expect(url('https:// ')).toBe(false);
    expect(url('xhttp://a.vn')).toBe(false);
    expect(url('http:/a.vn')).toBe(false);
    expect(url('sonoivu.gov.vn')).toBe(false);
    expect(url('wwwx.vn')).toBe(false);
  });
});
