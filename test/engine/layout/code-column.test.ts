/** The code column found by its data when its header cell ("STT") is blank or unknown. */
import { inferCodeColumn } from '../../../src/engine/layout/code-column';
import { findHeader } from '../../../src/engine/layout/find-header';
import { readSheet } from '../../../src/engine/layout/read-sheet';
import type { CellScalar } from '../../../src/engine/grid';
import { PLAIN_HEADER, plainSheet } from './sheet-builder';

/** PLAIN_HEADER with the first cell replaced (blank by default). */
function sheetWithCodeHeader(header: string, data: CellScalar[][]) {
  const g = plainSheet(data);
  g.rows[3][0] = header === '' ? null : { value: header };
  return g;
}

const DATA: CellScalar[][] = [
  [1, 'Công tác chỉ đạo, điều hành', 10],
  [1.1, 'Kế hoạch CCHC', 5],
  ['1.1.1', 'Ban hành kế hoạch', 1, '', '', 1],
  ['1.1.2', 'Xác định nhiệm vụ', 1, '', '', 0.5],
  ['', '- Đạt: 1 điểm', ''],
  ['II', 'CẢI CÁCH THỂ CHẾ', 8],
  ['', 'Tổng cộng', 18],
  ['Người lập biểu', '', ''],
  ['Nguyễn Văn A', '', ''],
];

describe('inferCodeColumn', () => {
  it('finds column A from its codes when A4 is blank, and the reader then reads every code', () => {
    const g = sheetWithCodeHeader('', DATA);
    const h = findHeader(g)!;
    expect(h.columns.code).toBe(0);
    expect(h.codeInferred).toBe(true);
    expect(h.headerText.code).toBeUndefined();
    const p = readSheet(g)!;
    expect(p.rows.map((r) => [r.code, r.codeRaw, r.codeAddress])).toEqual([
      ['1', '1', 'A5'],
      ['1.1', '1.1', 'A6'],
      ['1.1.1', '1.1.1', 'A7'],
      ['1.1.2', '1.1.2', 'A8'],
      ['II', 'II', 'A10'],
    ]);
    expect(p.totalRow?.row).toBe(10);
    expect(p.notes.map((n) => n.message.vi).join('\n')).toContain('A4');
  });

  it('keeps an unknown header word as the column header text', () => {
    const h = findHeader(sheetWithCodeHeader('Số hiệu', DATA))!;
    expect(h).toMatchObject({ codeInferred: true, headerText: { code: 'Số hiệu' } });
    expect(h.columns.code).toBe(0);
  });

  it('leaves a recognised code header alone', () => {
    const h = findHeader(plainSheet(DATA))!;
    expect(h).toMatchObject({ codeInferred: false, headerText: { code: 'STT' } });
  });

  it('does not take a column of text, of too few codes or of one repeated number', () => {
    const columns = { title: 1, max: 2, self: 5 };
    const text = sheetWithCodeHeader('', DATA.map((r, i) => [i < 6 ? `Ghi chú ${'abcdef'[i]}` : '', ...r.slice(1)]));
    expect(inferCodeColumn(text, columns, 4)).toBeNull();
    const few = sheetWithCodeHeader('', DATA.map((r, i) => [i < 2 ? r[0] : '', ...r.slice(1)]));
    expect(inferCodeColumn(few, columns, 4)).toBeNull();
    const ones = sheetWithCodeHeader('', DATA.map((r, i) => [i < 6 ? 1 : '', ...r.slice(1)]));
    expect(inferCodeColumn(ones, columns, 4)).toBeNull();
  });

  it('looks only left of the title column, at columns without a role', () => {
    const g = sheetWithCodeHeader('', DATA);
    expect(inferCodeColumn(g, { title: 1, max: 2 }, 4)).toBe(0);
    expect(inferCodeColumn(g, { title: 0, max: 2 }, 4)).toBeNull();
    expect(inferCodeColumn(g, { title: 1, max: 0 }, 4)).toBeNull();
    // Without a title column, the first column is the one looked at.
    expect(inferCodeColumn(g, { max: 2, self: 5 }, 4)).toBe(0);
    expect(inferCodeColumn(g, { code: 3, title: 1 }, 4)).toBe(3);
  });

  it('ignores the signature block under the total row', () => {
    const data: CellScalar[][] = [...DATA.slice(0, 4), ['', 'Tổng cộng', 18], ...['Người lập', 'Kế toán', 'Giám đốc', 'Ký tên', 'Đóng dấu', 'Ngày'].map((t) => [t])];
    expect(inferCodeColumn(sheetWithCodeHeader('', data), { title: 1, max: 2, self: 5 }, 4)).toBe(0);
  });
});

describe('codes written in the title still work without a code column', () => {
  const titled: CellScalar[][] = [
    ['', '1. Công tác chỉ đạo', 10],
    ['', '1.1. Kế hoạch CCHC', 5],
    ['', '1.1.1. Ban hành kế hoạch', 1, '', '', 1],
    ['', '1.1.2. Xác định nhiệm vụ', 1, '', '', 1],
  ];

  it('with a blank column A under a blank header cell', () => {
    const p = readSheet(sheetWithCodeHeader('', titled))!;
    expect(p.columns.code).toBeUndefined();
    expect(p.rows.map((r) => [r.code, r.codeAddress, r.title?.text])).toEqual([
      ['1', 'B5', 'Công tác chỉ đạo'],
      ['1.1', 'B6', 'Kế hoạch CCHC'],
      ['1.1.1', 'B7', 'Ban hành kế hoạch'],
      ['1.1.2', 'B8', 'Xác định nhiệm vụ'],
    ]);
  });

  it('with a row-number column A under a blank header: the title codes win', () => {
    const p = readSheet(sheetWithCodeHeader('', titled.map((r, i) => [i + 1, ...r.slice(1)])))!;
    expect(p.columns.code).toBe(0);
    expect(p.rows.map((r) => r.code)).toEqual(['1', '1.1', '1.1.1', '1.1.2']);
  });

  it('with the title in the first column', () => {
    const g = plainSheet(titled.map((r) => r.slice(1)));
    g.rows[3] = PLAIN_HEADER.slice(1).map((value) => ({ value }));
    const p = readSheet(g)!;
    expect(p.columns.code).toBeUndefined();
    expect(p.rows.map((r) => [r.code, r.codeAddress])).toEqual([
      ['1', 'A5'],
      ['1.1', 'A6'],
      ['1.1.1', 'A7'],
      ['1.1.2', 'A8'],
    ]);
  });
});
