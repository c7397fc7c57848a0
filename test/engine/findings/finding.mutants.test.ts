/**
 * The stable order of findings (src/engine/findings/finding.ts compareFindings): severity, then
 * the cell's row, then its column, then the code; a finding without a cell, or whose cell is not
 * a plain A1 address, comes first in its severity. Cell positions worked out by hand:
 * row × 1000 + column number (A = 1, Z = 26, AA = 27).
 */
import { compareFindings, type Finding } from '../../../src/engine/findings/finding';

const f = (code: string, severity: Finding['severity'], cell: string | null): Finding => ({ code, severity, cell, item: null, message: { vi: '', en: '' } });
const order = (list: Finding[]) => [...list].sort(compareFindings).map((x) => `${x.cell}:${x.code}`);

describe('compareFindings', () => {
  test('error before warning before info, whatever the cells', () => {
    const list = [f('a', 'info', 'A1'), f('b', 'warning', 'A1'), f('c', 'error', 'Z99')];
    expect([...list].sort(compareFindings).map((x) => x.severity)).toEqual(['error', 'warning', 'info']);
    expect(compareFindings(f('a', 'error', 'B5'), f('a', 'info', 'A1'))).toBeLessThan(0);
    expect(compareFindings(f('a', 'info', 'A1'), f('a', 'warning', 'B5'))).toBeGreaterThan(0);
  });

  test('row before column: AA5 (5027) before A6 (6001); A12 (12001) after B11 (11002)', () => {
    expect(order([f('x', 'error', 'A6'), f('x', 'error', 'AA5')])).toEqual(['AA5:x', 'A6:x']);
    expect(order([f('x', 'error', 'A12'), f('x', 'error', 'B11')])).toEqual(['B11:x', 'A12:x']);
    // same row: Z (26) before AA (27) before AB (28)
    expect(order([f('x', 'error', 'AB3'), f('x', 'error', 'AA3'), f('x', 'error', 'Z3')])).toEqual(['Z3:x', 'AA3:x', 'AB3:x']);
  });

  test('a cell that is not a whole A1 address sorts like no cell (first), then by code', () => {
    // "xA1", "A1x" and "a1" are no address: position −1, before A1 (1001) even with a later code.
    expect(order([f('a', 'warning', 'A1'), f('b', 'warning', 'xA1')])).toEqual(['xA1:b', 'A1:a']);
    expect(order([f('a', 'warning', 'A1'), f('b', 'warning', 'A1x')])).toEqual(['A1x:b', 'A1:a']);
    expect(order([f('a', 'warning', 'A1'), f('b', 'warning', 'a1')])).toEqual(['a1:b', 'A1:a']);
    expect(order([f('a', 'warning', 'A1'), f('b', 'warning', null)])).toEqual(['null:b', 'A1:a']);
    // no cell and no address are the same position (−1): by code
    expect(order([f('b', 'warning', 'xA1'), f('a', 'warning', null)])).toEqual(['null:a', 'xA1:b']);
    expect(order([f('a', 'warning', 'xA1'), f('b', 'warning', null)])).toEqual(['xA1:a', 'null:b']);
  });

  test('same severity and cell: by code; equal findings compare 0', () => {
    expect(order([f('score.notStep', 'warning', 'F12'), f('evidence.missing', 'warning', 'F12')])).toEqual(['F12:evidence.missing', 'F12:score.notStep']);
    expect(compareFindings(f('a', 'info', 'C3'), f('a', 'info', 'C3'))).toBe(0);
  });
});
