import { gridFromValues } from '../../../src/engine/grid';
import { csvToGrid, detectSeparator, parseCsv } from '../../../src/engine/results/csv';
import {
  findTableRow,
  headerCode,
  readUnitTable,
  tableAddress,
  tableReading,
  tableText,
  unitKey,
} from '../../../src/engine/results/unit-table';

describe('parseCsv (RFC 4180)', () => {
  test('quotes, doubled quotes, separators and line breaks inside quotes, CRLF, BOM', () => {
    const text = '\ufeffĐơn vị;"Ghi chú";9.1\r\n"UBND huyện ""A""";"dòng 1\ndòng 2; còn";8,5\r\nXã B;;\r\n';
    expect(parseCsv(text)).toEqual([
      ['Đơn vị', 'Ghi chú', '9.1'],
      ['UBND huyện "A"', 'dòng 1\ndòng 2; còn', '8,5'],
      ['Xã B', '', ''],
    ]);
  });

  test('separator: ";" (Vietnamese Excel), "," and tab; quoted separators do not count', () => {
    expect(detectSeparator('Đơn vị;9.1;9.2\n')).toBe(';');
    expect(detectSeparator('"Đơn vị; tên",9.1,9.2\n')).toBe(',');
    expect(detectSeparator('Đơn vị\t9.1\n')).toBe('\t');
    expect(parseCsv('a,"b,c",d')).toEqual([['a', 'b,c', 'd']]);
  });

  test('no trailing newline, empty input', () => {
    expect(parseCsv('a;b')).toEqual([['a', 'b']]);
    expect(parseCsv('')).toEqual([]);
  });

  test('csvToGrid: empty fields are empty cells', () => {
    const g = csvToGrid('Đơn vị;9.1\nXã B;\n', 'xhh.csv');
    expect(g.sheetName).toBe('xhh.csv');
    expect(g.rows[1][0]?.value).toBe('Xã B');
    expect(g.rows[1][1]).toBeNull();
  });
});

describe('unitKey and headerCode', () => {
  test('prefixes, case, diacritics and punctuation do not matter', () => {
    expect(unitKey('UBND huyện Nam Sách')).toBe('nam sach');
    expect(unitKey('Ủy ban nhân dân Huyện Nam Sách')).toBe('nam sach');
    expect(unitKey('HUYỆN NAM SÁCH')).toBe('nam sach');
    expect(unitKey('Sở Tư pháp')).toBe(unitKey('tư  pháp'));
    expect(unitKey('UBND xã An Hòa.')).toBe('an hoa');
    expect(unitKey('Thành phố Vinh')).toBe('vinh');
    // One word is always kept.
    expect(unitKey('Sở')).toBe('so');
  });

  test('item and area codes in headers', () => {
    expect(headerCode('9.1')).toEqual({ code: '9.1', area: false });
    expect(headerCode('LV9')).toEqual({ code: '9', area: true });
    expect(headerCode('Lĩnh vực 8')).toEqual({ code: '8', area: true });
    expect(headerCode('TC 8.2 Mức độ hài lòng')).toEqual({ code: '8.2', area: false });
    expect(headerCode('Ghi chú')).toBeNull();
  });
});

describe('readUnitTable', () => {
  const grid = gridFromValues('Sheet1', [
    ['BẢNG ĐIỂM ĐIỀU TRA XÃ HỘI HỌC NĂM 2024'],
    [],
    ['STT', 'Cơ quan, đơn vị', 'Tên tệp', '8.1', 'LV 9', 'Ghi chú'],
    [1, 'UBND huyện Nam Sách', 'nam-sach.xlsx', 4.5, '1,25', null],
    [2, 'Sở Tư pháp', null, 'x', null, 'miễn'],
    [3, null, null, 3, null, null],
    [4, 'Huyện Nam Sách', null, 2, null, null],
    [],
  ]);
  const t = readUnitTable(grid, 'xhh.xlsx');

  test('header row, unit and file columns, code columns', () => {
    expect(t.headerRow).toBe(2);
    expect(t.unitCol).toBe(1);
    expect(t.fileCol).toBe(2);
    expect(t.columns.map((c) => [c.header, c.code, c.area])).toEqual([
      ['8.1', '8.1', false],
      ['LV 9', '9', true],
      ['Ghi chú', null, false],
    ]);
    expect(t.rows.map((r) => r.unit)).toEqual(['UBND huyện Nam Sách', 'Sở Tư pháp']);
  });

  test('a row with values but no unit, and a duplicate unit, are problems naming the cell', () => {
    expect(t.problems.map((p) => p.cell)).toEqual(['B6', 'B7']);
    expect(t.problems[0].message.vi).toMatch(/Ô B6 .* không có tên đơn vị/);
    expect(t.problems[1].message.vi).toMatch(/đã có ở dòng 4/);
  });

  test('values: number readings (decimal comma) and raw text marks', () => {
    const [ns, tp] = t.rows;
    const [c81, lv9, note] = t.columns;
    expect(tableReading(t, ns, c81)).toEqual({ kind: 'number', value: 4.5, fromText: false });
    expect(tableReading(t, ns, lv9)).toEqual({ kind: 'number', value: 1.25, fromText: true });
    expect(tableReading(t, tp, c81).kind).toBe('text');
    expect(tableText(t, tp, note)).toBe('miễn');
    expect(tableAddress(ns, lv9)).toBe('E4');
  });

  test('rows are found by file name, else by folded unit name', () => {
    expect(findTableRow(t, 'Something else', 'C:\\ho so\\Nam-Sach.xlsx')?.row).toBe(3);
    expect(findTableRow(t, 'NAM SÁCH', null)?.row).toBe(3);
    expect(findTableRow(t, 'Sở Tư Pháp', 'tu-phap.xlsx')?.row).toBe(4);
    expect(findTableRow(t, 'Sở Y tế', 'y-te.xlsx')).toBeNull();
  });

  test('a table without a unit column says what it needs', () => {
    const bad = readUnitTable(gridFromValues('S', [['Tên', '9.1'], ['A', 1]]), 'bang.csv');
    expect(bad.rows).toEqual([]);
    expect(bad.problems[0].cell).toBeNull();
    expect(bad.problems[0].message.vi).toMatch(/không có cột tên đơn vị.*"Đơn vị"/);
  });

  test('from CSV with ";" and decimal commas', () => {
    const c = readUnitTable(csvToGrid('\ufeffĐơn vị;8.1;8.2\r\nXã An Hòa;4,5;"3,25"\r\n'), 'xhh.csv');
    expect(c.rows).toHaveLength(1);
    expect(tableReading(c, c.rows[0], c.columns[1])).toMatchObject({ kind: 'number', value: 3.25 });
    expect(findTableRow(c, 'UBND xã An Hòa', null)).toBe(c.rows[0]);
  });
});
