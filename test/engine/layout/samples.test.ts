/** The three sample workbooks (test/fixtures/samples/README.md) read end to end: file → grid → parsed sheet. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { loadWorkbook, readWorkbookGrids } from '../../../src/file/read-grid';
import { readSheet } from '../../../src/engine/layout/read-sheet';
import { pickScoresheet } from '../../../src/engine/layout/find-scoresheet';
import type { ParsedSheet } from '../../../src/engine/layout/parsed-sheet';

const SAMPLES = join(__dirname, '..', '..', 'fixtures', 'samples');

async function parse(file: string): Promise<ParsedSheet> {
  const grids = readWorkbookGrids(await loadWorkbook(readFileSync(join(SAMPLES, file))));
  const sheet = pickScoresheet(grids);
  expect(sheet).not.toBeNull();
  return readSheet(sheet!)!;
}
const row = (p: ParsedSheet, code: string) => p.rows.find((r) => r.code === code)!;

describe('so-y-te-2024.xlsx', () => {
  let p: ParsedSheet;
  beforeAll(async () => {
    p = await parse('so-y-te-2024.xlsx');
  });

  it('finds the two-row header, its ten columns, the first data row and the total row', () => {
    expect(p.sheetName).toBe('Biểu chấm điểm');
    expect(p.headerRows).toEqual({ first: 8, last: 9 });
    expect(p.columns).toEqual({
      code: 0, title: 1, max: 2, method: 3, declared: 4, self: 5, appraised: 6, evidence: 7, explanation: 8, appraiserNote: 9,
    });
    expect(p.rows[0]).toMatchObject({ row: 10, code: '1' });
    expect(p.totalRow).toMatchObject({ row: 118, title: { text: 'Tổng cộng' } });
    expect(p.rows).toHaveLength(108);
  });

  it('reads the unit from a label cell and a value cell, and the year', () => {
    expect(p.titleBlock).toMatchObject({ unit: 'Sở Y tế', unitAddress: 'C6', year: 2024 });
  });

  it('reads F35 "1,25" as the number 1.25 from text, and F27 as N/A', () => {
    expect(row(p, '2.3.3').self).toEqual({ address: 'F35', reading: { kind: 'number', value: 1.25, fromText: true } });
    expect(row(p, '2.1.1').self).toEqual({ address: 'F27', reading: { kind: 'na', raw: 'Không áp dụng' } });
    expect(row(p, '2.1.1').appraised!.reading.kind).toBe('na');
    expect(row(p, '1.1.4').declared!.reading).toEqual({ kind: 'number', value: 80, fromText: true });
  });

  it('reads the defect cells of the README', () => {
    expect(row(p, '5.2.2')).toMatchObject({ evidence: null, explanation: null });
    expect(row(p, '5.2.2').self!.reading).toMatchObject({ kind: 'number', value: 1 });
    expect(row(p, '4.1.2').appraised).toEqual({ address: 'G56', reading: { kind: 'number', value: 0.5, fromText: true } });
    expect(row(p, '4.1.2').appraiserNote).toBeNull();
    expect(row(p, '3.2.1').appraiserNote!.address).toBe('J42');
    expect(row(p, '1.4').self!.reading.kind).toBe('blank');
    expect(row(p, '1.4').appraised!.reading).toMatchObject({ kind: 'number', value: 0.85 });
  });
});

describe('so-tu-phap-2024.xlsx', () => {
  let p: ParsedSheet;
  beforeAll(async () => {
    p = await parse('so-tu-phap-2024.xlsx');
  });

  it('finds the header, columns, first data row and total row', () => {
    expect(p.sheetName).toBe('Tự đánh giá');
    expect(p.headerRows).toEqual({ first: 8, last: 8 });
    expect(p.columns).toEqual({ code: 0, title: 1, max: 2, method: 3, declared: 4, self: 5, evidence: 6, explanation: 7 });
    expect(p.rows[0].row).toBe(9);
    expect(p.totalRow!.row).toBe(117);
    expect(p.titleBlock).toMatchObject({ unit: 'Sở Tư pháp', unitAddress: 'A6', year: 2024 });
  });

  it('reads numeric codes as strings and parent SUM formulas with their results', () => {
    expect(p.rows.slice(0, 3).map((r) => [r.code, r.codeRaw])).toEqual([['1', '1'], ['1.1', '1.1'], ['1.1.1', '1.1.1']]);
    expect(row(p, '1').self).toEqual({
      address: 'F10',
      formula: 'SUM(F11,F16,F19,F23)',
      reading: { kind: 'number', value: 7.75, fromText: false },
    });
    expect(p.totalRow!.self!.formula).toMatch(/^SUM\(/);
  });

  it('reads every item of the set once, in order', () => {
    const codes = p.rows.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.slice(-3)).toEqual(['8.3.1', '8.3.2', '8.3.3']);
  });
});

describe('so-xay-dung-2024.xlsx', () => {
  let p: ParsedSheet;
  beforeAll(async () => {
    p = await parse('so-xay-dung-2024.xlsx');
  });

  it('finds the header, first data row, total row and unit', () => {
    expect(p.sheetName).toBe('Sheet1');
    expect(p.headerRows).toEqual({ first: 8, last: 8 });
    expect(p.rows[0].row).toBe(9);
    expect(p.totalRow!.row).toBe(116);
    expect(p.titleBlock.unit).toBe('Sở Xây dựng');
  });

  it('reads the defect rows as they are: the extra 1.5, the changed max, the typed parent', () => {
    const codes = p.rows.map((r) => r.code);
    expect(codes).toContain('1.5');
    expect(codes).not.toContain('3.3.3');
    expect(codes).not.toContain('7.3.3');
    expect(row(p, '1.5').codeAddress).toBe('A24');
    expect(row(p, '4.1.2').max).toEqual({ address: 'C55', reading: { kind: 'number', value: 2, fromText: false } });
    expect(row(p, '6').self).toEqual({ address: 'F81', reading: { kind: 'number', value: 5.46, fromText: false } });
  });
});
