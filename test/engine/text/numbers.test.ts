import fc from 'fast-check';
import type { GridCell } from '../../../src/engine/grid';
import {
  isNotApplicableText,
  parseNumberText,
  readCellValue,
  readPercent,
} from '../../../src/engine/text/numbers';

describe('parseNumberText', () => {
  it.each<[string, number]>([
    ['0,5', 0.5],
    ['0.5', 0.5],
    ['1,25', 1.25],
    ['1.5', 1.5],
    [' 2 ', 2],
    ['+1', 1],
    ['-1', -1],
    ['\u22121', -1],
    ['\u2212 0,75', -0.75],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1 234,5', 1234.5],
    ['.5', 0.5],
    ['3.', 3],
    ['0', 0],
    ['-0', 0],
    ['\u00a01,5\u00a0', 1.5],
  ])('%j → %d', (s, n) => {
    expect(parseNumberText(s)).toBe(n);
  });

  it.each(['', ' ', '-', '1.1.1', 'abc', '1,2,3', '1.2,3,4', '1e3', '12/KH', '0,5 0,5', '%', '1..2', '1,,2'])(
    '%j is not a number',
    (s) => {
      expect(parseNumberText(s)).toBeNull();
    },
  );

  it('reads a per cent only when asked', () => {
    expect(parseNumberText('80%')).toBeNull();
    expect(parseNumberText('80%', { percent: true })).toBe(80);
    expect(parseNumberText('80,5 %', { percent: true })).toBe(80.5);
  });

  it('reads back every number written with a decimal comma or point', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 0, max: 99 }), (i, d) => {
        const n = Number(`${Math.abs(i)}.${String(d).padStart(2, '0')}`) * (i < 0 ? -1 : 1);
        const text = n.toString();
        expect(parseNumberText(text)).toBeCloseTo(n, 10);
        expect(parseNumberText(text.replace('.', ','))).toBeCloseTo(n, 10);
      }),
    );
  });
});

describe('isNotApplicableText', () => {
  it.each(['KAD', 'K/A', 'N/A', 'NA', 'n.a.', 'Không áp dụng', 'KHÔNG ÁP DỤNG', 'Khong ap dung', 'Không đánh giá',
    'Không phát sinh', '(Không áp dụng)', 'Không áp dụng (không có TTHC)', 'KAĐ', 'Không được giao'])('%j is N/A', (s) => {
    expect(isNotApplicableText(s)).toBe(true);
  });

  it.each(['Không', 'Không thực hiện', 'Nam', 'Đạt', 'KADT ABC', 'x', '0'])('%j is not N/A', (s) => {
    expect(isNotApplicableText(s)).toBe(false);
  });
});

const c = (value: GridCell['value'], extra: Partial<GridCell> = {}): GridCell => ({ value, ...extra });

describe('readCellValue', () => {
  it('reads blanks, dashes, numbers, N/A, text and errors', () => {
    expect(readCellValue(null)).toEqual({ kind: 'blank' });
    expect(readCellValue(c(null))).toEqual({ kind: 'blank' });
    expect(readCellValue(c('   '))).toEqual({ kind: 'blank' });
    expect(readCellValue(c('-'))).toEqual({ kind: 'dash' });
    expect(readCellValue(c('–'))).toEqual({ kind: 'dash' });
    expect(readCellValue(c('—'))).toEqual({ kind: 'dash' });
    expect(readCellValue(c(1.5))).toEqual({ kind: 'number', value: 1.5, fromText: false });
    expect(readCellValue(c('1,25'))).toEqual({ kind: 'number', value: 1.25, fromText: true });
    expect(readCellValue(c('0.5'))).toEqual({ kind: 'number', value: 0.5, fromText: true });
    // A unit is dropped, never silently: `assumed` keeps the text (score.readAsNumber warns).
    expect(readCellValue(c('1 điểm'))).toEqual({ kind: 'number', value: 1, fromText: true, assumed: '1 điểm' });
    expect(readCellValue(c('0,5đ'))).toEqual({ kind: 'number', value: 0.5, fromText: true, assumed: '0,5đ' });
    expect(readCellValue(c('1,5 điểm'))).toEqual({ kind: 'number', value: 1.5, fromText: true, assumed: '1,5 điểm' });
    expect(readCellValue(c('0,75\u00a0'))).toEqual({ kind: 'number', value: 0.75, fromText: true, assumed: '0,75\u00a0' });
    expect(readCellValue(c("'0,5*"))).toEqual({ kind: 'number', value: 0.5, fromText: true, assumed: "'0,5*" });
    expect(readCellValue(c('0,5 đồng'))).toEqual({ kind: 'text', raw: '0,5 đồng' });
    expect(readCellValue(c('Không áp dụng'))).toEqual({ kind: 'na', raw: 'Không áp dụng' });
    expect(readCellValue(c('KAD'))).toEqual({ kind: 'na', raw: 'KAD' });
    expect(readCellValue(c('Đạt'))).toEqual({ kind: 'text', raw: 'Đạt' });
    expect(readCellValue(c('80%'))).toEqual({ kind: 'text', raw: '80%' });
    expect(readCellValue(c(true))).toEqual({ kind: 'text', raw: 'TRUE' });
  });

  it('reads Excel errors from the error field and from error text (Office.js)', () => {
    expect(readCellValue(c('#REF!', { error: '#REF!' }))).toEqual({ kind: 'error', raw: '#REF!' });
    expect(readCellValue(c(null, { error: '#VALUE!' }))).toEqual({ kind: 'error', raw: '#VALUE!' });
    expect(readCellValue(c('#DIV/0!'))).toEqual({ kind: 'error', raw: '#DIV/0!' });
    expect(readCellValue(c('#N/A'))).toEqual({ kind: 'error', raw: '#N/A' });
  });

  it('keeps a formula cell as its cached result', () => {
    expect(readCellValue(c(7.75, { formula: 'SUM(F11:F15)' }))).toEqual({ kind: 'number', value: 7.75, fromText: false });
  });

  it('never throws, whatever the cell holds', () => {
    const scalar = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(scalar, fc.option(fc.string()), (value, error) => {
        const reading = readCellValue({ value, ...(error === null ? {} : { error }) });
        expect(['blank', 'dash', 'number', 'na', 'text', 'error']).toContain(reading.kind);
        if (reading.kind === 'number') expect(Number.isFinite(reading.value)).toBe(true);
      }),
    );
  });
});

describe('readPercent', () => {
  it('reads declared figures in per cent', () => {
    expect(readPercent(c('80%'))).toEqual({ kind: 'number', value: 80, fromText: true });
    expect(readPercent(c('94 %'))).toEqual({ kind: 'number', value: 94, fromText: true });
    expect(readPercent(c(80))).toEqual({ kind: 'number', value: 80, fromText: false });
    expect(readPercent(c(0.8, { numFmt: '0%' }))).toEqual({ kind: 'number', value: 80, fromText: false });
    expect(readPercent(c(0.07, { numFmt: '0.00%' }))).toEqual({ kind: 'number', value: 7, fromText: false });
    expect(readPercent(c(0.8))).toEqual({ kind: 'number', value: 0.8, fromText: false });
    expect(readPercent(c('Không được giao'))).toEqual({ kind: 'na', raw: 'Không được giao' });
    expect(readPercent(c('12 văn bản'))).toEqual({ kind: 'text', raw: '12 văn bản' });
    expect(readPercent(null)).toEqual({ kind: 'blank' });
  });
});
