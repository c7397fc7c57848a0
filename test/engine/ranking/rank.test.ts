import { rankUnits } from '../../../src/engine/ranking/rank';
import { shown2, fileStem } from '../../../src/engine/ranking/shown';
import type { BatchFileResult } from '../../../src/engine/ranking/batch-file-result';
import { finding, makeResult, type ResultFixture } from '../helpers/check-result-fixtures';

const file = (name: string, f: ResultFixture): BatchFileResult => ({ file: name, result: makeResult({ unit: name, ...f }), error: null });

describe('rankUnits', () => {
  it('gives tied units the same rank and skips the next (1, 2, 2, 4), comparing indices as shown', () => {
    const groups = rankUnits([
      file('D', { selfIndex: 80 }),
      file('B', { selfIndex: 85.004 }),
      file('A', { selfIndex: 90 }),
      file('C', { selfIndex: 84.996 }),
    ]);
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
    const groups = rankUnits([file('X', { selfIndex: 85.004 }), file('Y', { selfIndex: 85.006 })]);
    expect(groups[0].units.map((u) => [u.unit, u.rank])).toEqual([
      ['Y', 1],
      ['X', 2],
    ]);
  });

  it('ranks units of different sets, and of different versions of one set, separately', () => {
    const groups = rankUnits([
      file('Sở A', { set: { id: 'so', version: '2024.1' }, selfIndex: 70 }),
      file('Xã B', { set: { id: 'xa', version: '2024.1' }, selfIndex: 99 }),
      file('Sở C', { set: { id: 'so', version: '2024.1' }, selfIndex: 75 }),
      file('Sở D', { set: { id: 'so', version: '2024.2' }, selfIndex: 60 }),
    ]);
    expect(groups.map((g) => g.set && `${g.set.id} ${g.set.version}`)).toEqual(['so 2024.1', 'so 2024.2', 'xa 2024.1']);
    expect(groups[0].units.map((u) => [u.unit, u.rank])).toEqual([
      ['Sở C', 1],
      ['Sở A', 2],
    ]);
    expect(groups[1].units.map((u) => [u.unit, u.rank])).toEqual([['Sở D', 1]]);
    expect(groups[2].units.map((u) => [u.unit, u.rank])).toEqual([['Xã B', 1]]);
  });

  it('ranks on the final index when appraised, else on the self index, and says which', () => {
    const groups = rankUnits([
      // Appraised: its high self index (99) does not count, its final index (90) does.
      file('Appraised', { selfIndex: 99, finalIndex: 90 }),
      file('Self only', { selfIndex: 95 }),
    ]);
    const [g] = groups;
    expect(g.units.map((u) => [u.unit, u.basis, u.index, u.rank])).toEqual([
      ['Self only', 'self', 95, 1],
      ['Appraised', 'final', 90, 2],
    ]);
    expect(g.basis).toBe('mixed');
    expect(rankUnits([file('A', { finalIndex: 80 })])[0].basis).toBe('final');
  });

  it('puts unreadable and unrankable files apart, last, each with its reason', () => {
    const groups = rankUnits([
      { file: 'hong.xlsx', result: null, error: 'Tệp bị hỏng, không mở được.' },
      file('Sở A', { selfIndex: 70 }),
      { file: 'dir/khong-bo.xlsx', result: makeResult({ set: null, findings: [finding('layout.noSetMatched', 'error', null, null, 'no set')] }), error: null },
      { file: 'nohead.xlsx', result: makeResult({ scored: false, findings: [finding('layout.noHeader', 'error', null, null, 'no header')] }), error: null },
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0].units.map((u) => u.unit)).toEqual(['Sở A']);
    const apart = groups[1];
    expect(apart.set).toBeNull();
    expect(apart.units).toEqual([]);
    expect(apart.unranked.map((e) => [e.file, e.kind])).toEqual([
      ['hong.xlsx', 'unreadable'],
      ['dir/khong-bo.xlsx', 'noSet'],
      ['nohead.xlsx', 'noScoresheet'],
    ]);
    expect(apart.unranked[0].reason.vi).toBe('Tệp bị hỏng, không mở được.');
    expect(apart.unranked[0].unit).toBeNull();
    expect(apart.unranked[1].reason.vi).toBe('vi: no set');
    // A readable file without a unit name on the sheet is named after the file.
    expect(apart.unranked[1].unit).toBe('khong-bo');
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
