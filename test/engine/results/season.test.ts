import type { BatchFileResult } from '../../../src/engine/ranking/batch-file-result';
import { duplicateNote, seasonResults, type SeasonInput } from '../../../src/engine/results/season';
import { finding, makeResult, type ResultFixture } from '../helpers/check-result-fixtures';

/** A complete result: its one scored item appraised; `finalIndex` is what gets ranked. */
const complete = (file: string, unit: string, finalIndex: number, extra: ResultFixture = {}): SeasonInput => ({
  file,
  result: makeResult({ unit, finalIndex, items: [{ code: '1.1', self: 1, appraised: 1 }], ...extra }),
  error: null,
});
const selfOnly = (file: string, unit: string, selfIndex: number): BatchFileResult => ({
  file,
  result: makeResult({ unit, selfIndex, items: [{ code: '1.1', self: 1 }] }),
  error: null,
});

describe('seasonResults', () => {
  test('only complete results are ranked; ties share a rank (1, 2, 2, 4); others listed with status', () => {
    const s = seasonResults([
      complete('/home/snv/ho so/d.xlsx', 'Sở D', 80),
      complete('b.xlsx', 'Sở B', 85.004),
      complete('a.xlsx', 'Sở A', 90),
      complete('c.xlsx', 'Sở C', 84.996),
      // A self-only unit with a high self index is not ranked above anyone.
      selfOnly('e.xlsx', 'Sở E', 99),
    ]);
    expect(s.blocks).toHaveLength(1);
    expect(s.blocks[0].ranked.map((e) => [e.unit, e.rank, e.index])).toEqual([
      ['Sở A', 1, 90],
      ['Sở B', 2, 85],
      ['Sở C', 2, 85],
      ['Sở D', 4, 80],
    ]);
    // File names only, never folders.
    expect(s.blocks[0].ranked[3].fileName).toBe('d.xlsx');
    expect(s.blocks[0].notRanked.map((e) => [e.unit, e.status.status, e.rank])).toEqual([['Sở E', 'selfOnly', null]]);
  });

  test('blocks per set id and version; unreadable and no-set files are outside', () => {
    const s = seasonResults([
      complete('x.xlsx', 'Xã X', 70, { set: { id: 'xa', version: '1' } }),
      complete('s.xlsx', 'Sở S', 60, { set: { id: 'so', version: '1' } }),
      complete('s2.xlsx', 'Sở T', 65, { set: { id: 'so', version: '2' } }),
      { file: 'hong.xlsx', result: null, error: 'hỏng' },
      { file: 'k.xlsx', result: makeResult({ set: null, findings: [finding('layout.noSetMatched', 'error', null, null)] }), error: null },
    ]);
    expect(s.blocks.map((b) => `${b.set.id}@${b.set.version}:${b.ranked.map((e) => e.rank).join(',')}`)).toEqual(['so@1:1', 'so@2:1', 'xa@1:1']);
    expect(s.outside.map((e) => [e.fileName, e.status.status])).toEqual([
      ['k.xlsx', 'noSet'],
      ['hong.xlsx', 'unreadable'],
    ]);
  });

  test('duplicates: same unit folded, or same content; ranked once, both files named', () => {
    const s = seasonResults([
      complete('in/so-y-te.xlsx', 'Sở Y tế', 90),
      complete('copy/SO-Y-TE (2).xlsx', 'SỞ Y TẾ', 91),
      { ...complete('a1.xlsx', 'Sở A', 70), contentHash: 'abc' },
      { ...complete('a2.xlsx', 'Sở A khác tên', 70), contentHash: 'abc' },
    ]);
    const [block] = s.blocks;
    // Both complete: the first name without extension is kept ("so-y-te" before "SO-Y-TE (2)").
    expect(block.ranked.map((e) => [e.fileName, e.rank])).toEqual([
      ['so-y-te.xlsx', 1],
      ['a1.xlsx', 2],
    ]);
    expect(block.notRanked.map((e) => e.fileName)).toEqual(['a2.xlsx', 'SO-Y-TE (2).xlsx']);
    const kept = block.ranked[0];
    expect(kept.duplicates).toEqual([{ fileName: 'SO-Y-TE (2).xlsx', how: 'sameUnit' }]);
    expect(duplicateNote(kept).vi).toBe('Trùng đơn vị với tệp SO-Y-TE (2).xlsx (chỉ tính một lần).');
    const copy = block.notRanked[0];
    expect(copy.kept).toBe(false);
    expect(duplicateNote(copy).vi).toBe('Trùng nội dung với tệp a1.xlsx: không xếp hạng lần nữa.');
  });

  test('of two files of a unit, the complete one is kept over a self-only one', () => {
    const s = seasonResults([selfOnly('a.xlsx', 'Sở Y tế', 99), complete('z.xlsx', 'Sở Y tế', 50)]);
    expect(s.blocks[0].ranked.map((e) => e.fileName)).toEqual(['z.xlsx']);
    expect(s.blocks[0].notRanked.map((e) => [e.fileName, e.kept])).toEqual([['a.xlsx', false]]);
  });
});
