import { gridFromValues } from '../../src/engine/grid';
import { bundledSets } from '../../src/engine/criteria/registry';
import { runCheck, DETECT_ROWS } from '../../src/taskpane/state/run-check';
import { FakeWorkbook } from './fake-port';
import { sampleGrids } from './sample-grid';

describe('runCheck', () => {
  it('previews only visible sheets, then reads the picked scoresheet in full', async () => {
    const [sheet] = await sampleGrids('so-tu-phap-2024.xlsx');
    const other = gridFromValues('Danh bạ', [['Họ tên', 'Điện thoại'], ['A', '1']]);
    const hidden = gridFromValues('Ẩn', [['x']]);
    const fake = new FakeWorkbook([other, hidden, sheet], { hiddenSheets: ['Ẩn'] });
    const outcome = await runCheck(fake, { sheetName: null, criteria: null, sets: bundledSets() });
    const reads = fake.callsOf('readGrid').map((c) => c.args);
    expect(reads).toEqual([
      ['Danh bạ', { maxRows: DETECT_ROWS }],
      [sheet.sheetName, { maxRows: DETECT_ROWS }],
      [sheet.sheetName, undefined],
    ]);
    expect(outcome.kind).toBe('checked');
    if (outcome.kind !== 'checked') return;
    expect(outcome.autoPicked).toBe(true);
    expect(outcome.result.sheetName).toBe(sheet.sheetName);
    // The full read reaches the total row (row 118), far below the preview's rows.
    expect(outcome.result.parsed!.totalRow!.row).toBe(117);
  });

  it('tells an empty workbook from an empty chosen sheet', async () => {
    const fake = new FakeWorkbook([gridFromValues('Sheet1', []), gridFromValues('Sheet2', [[null, '']])]);
    expect((await runCheck(fake, { sheetName: null, criteria: null, sets: [] })).kind).toBe('emptyWorkbook');
    const chosen = await runCheck(fake, { sheetName: 'Sheet2', criteria: null, sets: [] });
    expect(chosen).toMatchObject({ kind: 'emptySheet', sheetName: 'Sheet2' });
  });

  it('falls back to the automatic pick when the chosen sheet is gone', async () => {
    const [sheet] = await sampleGrids('so-tu-phap-2024.xlsx');
    const fake = new FakeWorkbook([sheet]);
    const outcome = await runCheck(fake, { sheetName: 'Đã xóa', criteria: null, sets: bundledSets() });
    expect(outcome.kind === 'checked' && outcome.result.sheetName).toBe(sheet.sheetName);
  });
});
