/**
 * Several units in one workbook (issue 10): an instructions sheet, a hidden list sheet and one
 * scoresheet per unit. Every scoresheet is checked on its own (checkAllScoresheets), each unit
 * named by its title block or else its sheet name, and the sheets not checked are listed with
 * why. Hand arithmetic: an untouched mau-so-nganh-2024 sheet self-scores 70/70 (30 of the 100
 * points are survey items the unit does not score).
 */
import { checkAllScoresheets, checkWorkbookGrids } from '../../../src/engine/check';
import { bundledSets } from '../../../src/engine/criteria/registry';
import type { CheckResult } from '../../../src/engine/check-result';
import { surveyScoresheets } from '../../../src/engine/layout/find-scoresheet';
import { buildBlockWorkbook, readBack } from './block-workbook';
import { problems } from './province-sheet';

const sets = bundledSets();
const notRead = (r: CheckResult) => r.findings.filter((f) => f.code === 'layout.sheetsNotRead');

test('a block workbook: every unit sheet checked, units named, other sheets listed once with why', async () => {
  const { wb, units } = buildBlockWorkbook(
    [
      { sheetName: 'Sở Tư pháp', unit: 'Sở Tư pháp tỉnh A' },
      { sheetName: 'Phòng Nội vụ', overrides: { '1.3.3': { self: 'đạt' } } }, // planted: not a number
      { sheetName: 'Sở Y tế', unit: 'Sở Y tế tỉnh A', overrides: { '1.1.1': { self: 0 } } },
    ],
    { blankForm: true },
  );
  const { grids, hidden } = await readBack(wb);
  expect(hidden).toEqual(['DM']);
  const results = checkAllScoresheets(grids, { sets, hiddenSheets: hidden });
  expect(results.map((r) => r.sheetName)).toEqual(['Sở Tư pháp', 'Phòng Nội vụ', 'Sở Y tế']);
  expect(results.map((r) => r.unit)).toEqual(['Sở Tư pháp tỉnh A', 'Phòng Nội vụ', 'Sở Y tế tỉnh A']);
  expect(results.map((r) => r.set?.id)).toEqual(['mau-so-nganh-2024', 'mau-so-nganh-2024', 'mau-so-nganh-2024']);
  // self: 70 untouched; Phòng Nội vụ 70 − 1 (1.3.3 "đạt" scores 0); Sở Y tế 70 − 1 (1.1.1 typed 0).
  expect(results.map((r) => r.scores!.self.total)).toEqual([70, 69, 69]);
  const row = units.get('Phòng Nội vụ')!.rowOf.get('1.3.3')!;
  expect(problems(results[0])).toEqual([]);
  expect(problems(results[1])).toEqual([`score.notNumber@D${row}`]);
  expect(problems(results[2])).toEqual([]);
  // One note, on the first result, naming each sheet not checked and why.
  expect(notRead(results[0])).toHaveLength(1);
  expect(notRead(results[1])).toHaveLength(0);
  const vi = notRead(results[0])[0].message.vi;
  expect(vi).toContain('"Hướng dẫn" (sheet hướng dẫn)');
  expect(vi).toContain('"Mẫu" (biểu mẫu chưa nhập điểm)');
  expect(vi).toContain('"DM" (sheet ẩn)');
});

test('the single-sheet check names the other units\' sheets as not checked', async () => {
  const { wb } = buildBlockWorkbook([{ sheetName: 'Đơn vị 1' }, { sheetName: 'Đơn vị 2' }]);
  const { grids, hidden } = await readBack(wb);
  const r = checkWorkbookGrids(grids, { sets, hiddenSheets: hidden });
  expect(r.sheetName).toBe('Đơn vị 1');
  const notes = notRead(r);
  expect(notes).toHaveLength(1);
  expect(notes[0].severity).toBe('info');
  expect(notes[0].message.vi).toContain('"Đơn vị 2" (cũng là biểu chấm điểm nhưng chỉ một sheet được kiểm tra)');
  expect(notes[0].message.en).toContain('"DM" (hidden)');
  // A named sheet is checked alone, as asked.
  const named = checkAllScoresheets(grids, { sets, sheetName: 'Đơn vị 2' });
  expect(named.map((x) => x.sheetName)).toEqual(['Đơn vị 2']);
  expect(notRead(named[0])).toEqual([]);
});

test('a summary of areas beside the scoresheet is not taken for a unit; a workbook with one sheet has no note', async () => {
  const { wb } = buildBlockWorkbook([{ sheetName: 'Biểu chấm' }]);
  const sum = wb.addWorksheet('Tổng hợp');
  sum.addRow(['STT', 'Lĩnh vực', 'Điểm tối đa', 'Điểm tự đánh giá']);
  for (let a = 1; a <= 8; a++) sum.addRow([String(a), `Lĩnh vực ${a}`, 10, 9]);
  const { grids, hidden } = await readBack(wb);
  expect(surveyScoresheets(grids, hidden)).toEqual({
    scoresheets: [grids[1]],
    skipped: [
      { sheetName: 'Hướng dẫn', why: 'instructions' },
      { sheetName: 'Tổng hợp', why: 'summary' },
      { sheetName: 'DM', why: 'hidden' },
    ],
  });
  const only = checkAllScoresheets([grids[1]], { sets });
  expect(only).toHaveLength(1);
  expect(only[0].unit).toBeNull(); // one scoresheet: the unit is left to the title block / file name
  expect(notRead(only[0])).toEqual([]);
});

test('two sheets naming the same unit (an old copy left beside the new one): the later one says so', async () => {
  const { wb } = buildBlockWorkbook([
    { sheetName: 'Sở Tư pháp', unit: 'Sở Tư pháp' },
    { sheetName: 'Sở Tư pháp (cũ)', unit: 'SỞ TƯ PHÁP' },
  ]);
  const { grids, hidden } = await readBack(wb);
  const results = checkAllScoresheets(grids, { sets, hiddenSheets: hidden });
  expect(problems(results[0])).toEqual([]);
  expect(problems(results[1])).toEqual(['layout.readingNote@-']);
  expect(results[1].findings.find((f) => f.code === 'layout.readingNote')!.message.vi).toContain('cùng đơn vị "SỞ TƯ PHÁP" với sheet "Sở Tư pháp"');
});

test('no scoresheet at all: one result saying so', () => {
  const r = checkAllScoresheets([], { sets });
  expect(r).toHaveLength(1);
  expect(r[0].findings.map((f) => f.code)).toEqual(['layout.noScoresheet']);
});
