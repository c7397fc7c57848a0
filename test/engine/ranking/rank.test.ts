import { rankUnits } from '../../../src/engine/ranking/rank';
import { shown2, fileStem } from '../../../src/engine/ranking/shown';
import type { BatchFileResult } from '../../../src/engine/ranking/batch-file-result';
import { finding, makeResult, type ResultFixture } from '../helpers/check-result-fixtures';

/** A complete result (its one scored item appraised), ranked on `finalIndex`. */
const file = (name: string, finalIndex: number, f: ResultFixture = {}): BatchFileResult => ({
  file: name,
  result: makeResult({ unit: name, finalIndex, items: [{ code: '1.1', self: 1, appraised: 1 }], ...f }),
  error: null,
});

describe('rankUnits', () => {
  it('gives tied units the same rank and skips the next (1, 2, 2, 4), comparing indices as shown', () => {
    const groups = rankUnits([file('D', 80), file('B', 85.004), file('A', 90), file('C', 84.996)]);
    expect(groups).toHaveLength(1);
    expect(groups[0].units.map((u) => [u.unit, u.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
      ['D', 4],
    ]);
    expect(groups[0].units[1].shownIndex).toBe(85);
  });

  it('does not tie indices that differ once rounded to 2 decimals', () => {
    const groups = rankUnits([file('X', 85.004), file('Y', 85.006)]);
    expect(groups[0].units.map((u) => [u.unit, u.rank])).toEqual([
      ['Y', 1],
      ['X', 2],
    ]);
  });

  it('ranks units of different sets, and of different versions of one set, separately', () => {
    const groups = rankUnits([
      file('Sở A', 70, { set: { id: 'so', version: '2024.1' } }),
      file('Xã B', 99, { set: { id: 'xa', version: '2024.1' } }),
      file('Sở C', 75, { set: { id: 'so', version: '2024.1' } }),
      file('Sở D', 60, { set: { id: 'so', version: '2024.2' } }),
    ]);
    expect(groups.map((g) => g.set && `${g.set.id} ${g.set.version}`)).toEqual(['so 2024.1', 'so 2024.2', 'xa 2024.1']);
    expect(groups[0].units.map((u) => [u.unit, u.rank])).toEqual([
      ['Sở C', 1],
      ['Sở A', 2],
    ]);
    expect(groups[1].units.map((u) => [u.unit, u.rank])).toEqual([['Sở D', 1]]);
    expect(groups[2].units.map((u) => [u.unit, u.rank])).toEqual([['Xã B', 1]]);
  });

  it('ranks only complete results: a self-only unit with a higher index is listed, not ranked', () => {
    const selfOnly: BatchFileResult = { file: 'self.xlsx', result: makeResult({ unit: 'Self only', selfIndex: 99, items: [{ code: '1.1', self: 1 }] }), error: null };
    const [g] = rankUnits([file('Appraised', 90), selfOnly]);
    expect(g.units.map((u) => [u.unit, u.basis, u.shownIndex, u.rank])).toEqual([['Appraised', 'final', 90, 1]]);
    expect(g.unranked.map((e) => [e.unit, e.kind])).toEqual([['Self only', 'selfOnly']]);
    expect(g.unranked[0].reason.vi).toMatch(/^Chưa thẩm định/);
  });

  it('puts unreadable and no-set files apart, last, each with its reason, named without folders', () => {
    const groups = rankUnits([
      { file: 'hong.xlsx', result: null, error: 'Tệp bị hỏng, không mở được.' },
      file('Sở A', 70),
      { file: 'dir/khong-bo.xlsx', result: makeResult({ set: null, findings: [finding('layout.noSetMatched', 'error', null, null, 'no set')] }), error: null },
      { file: 'nohead.xlsx', result: makeResult({ scored: false, findings: [finding('layout.noHeader', 'error', null, null, 'no header')] }), error: null },
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0].units.map((u) => u.unit)).toEqual(['Sở A']);
    const apart = groups[1];
    expect(apart.set).toBeNull();
    expect(apart.units).toEqual([]);
    // noSet before unreadable; a sheet without scores cannot be scored: unreadable.
    expect(apart.unranked.map((e) => [e.file, e.kind])).toEqual([
      ['khong-bo.xlsx', 'noSet'],
      ['hong.xlsx', 'unreadable'],
      ['nohead.xlsx', 'unreadable'],
    ]);
    expect(apart.unranked[1].reason.vi).toBe('Không đọc được tệp: Tệp bị hỏng, không mở được.');
    expect(apart.unranked[1].unit).toBeNull();
    // A readable file without a unit name on the sheet is named after the file.
    expect(apart.unranked[0].unit).toBe('khong-bo');
  });

  it('returns no group for no files', () => {
    expect(rankUnits([])).toEqual([]);
  });
});

describe('shown2', () => {
  it.each([
    [1.005, 1.01],
    [88.664999, 88.66],
    [88.665, 88.67],
    [2.675, 2.68],
    [-1.005, -1.01],
    [0, 0],
    [100, 100],
  ])('%p → %p', (input, expected) => {
    expect(shown2(input)).toBe(expected);
  });
});

describe('fileStem', () => {
  it('keeps the last path segment without extension', () => {
    expect(fileStem('C:\\du lieu\\so-y-te.xlsx')).toBe('so-y-te');
    expect(fileStem('a/b/c.d.xlsx')).toBe('c.d');
    expect(fileStem('.xlsx')).toBe('.xlsx');
  });
});
