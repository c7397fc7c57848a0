/**
 * Sheets shaped to exhaust memory or time (issue 14): a row numbered 2,000,000,000, column XFD on
 * 100,000 rows, a merge over the whole sheet, 100,000 merges. Reading their cells (check) gets the
 * sentence and exit 2; `clear` and flagged copies patch the package's marks without reading cells
 * (src/file/package-marks), so they finish with the file as it was, marks removed or added. Files
 * made at test time (the largest is ~700 KB).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Report } from '../../src/cli/check/json-report';
import { readWorkbookSheetsFast } from '../../src/file/fast-read';
import { GridBudget, InputLimitError, limitProblems, MAX_COPY_MERGES, MAX_GRID_CELLS } from '../../src/file/input-limits';
import { preparePackage } from '../../src/file/prepare-package';
import { cli, removeTempDirs, STACK_LINE, tempDir } from '../cli/run-cli';
import { hugeRowNumber, lastColumnRows, manyMerges, oneSheet, wholeSheetMerge } from './hostile-files';

let dir: string;
beforeAll(() => {
  dir = tempDir('hostile-sheet');
});
afterAll(() => removeTempDirs());

function write(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('a row numbered 2,000,000,000', () => {
  const ROW_VI = 'Sheet "Biểu chấm điểm" có dòng số 2.000.000.000, vượt quá giới hạn 1.048.576 dòng của Excel';
  const ROW_EN = 'Sheet "Biểu chấm điểm" has a row numbered 2,000,000,000, beyond Excel\'s limit of 1,048,576 rows';

  it('check and check --annotate: the sentence, exit 2, no copy; clear (reads no cells) finishes', async () => {
    const file = write('dong-2-ty.xlsx', hugeRowNumber());
    const r = await cli(['check', '--json', '--lang', 'en', file]);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as Report).files[0].error).toContain(ROW_EN);
    const copies = path.join(dir, 'ban-sao-dong');
    const a = await cli(['check', file, '--annotate', copies]);
    expect(a.code).toBe(2);
    expect(a.stdout).toContain(ROW_VI);
    expect(fs.readdirSync(copies).filter((f) => f.endsWith('.xlsx'))).toEqual([]);
    expect(a.stdout).toContain(ROW_VI.replace('Sheet', 'Sheet'));
    const out = path.join(dir, 'dong-sach.xlsx');
    const c = await cli(['clear', file, '--out', out]);
    expect(c.stderr).not.toMatch(STACK_LINE);
    expect(c.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  });

  it('row 1,048,576 (Excel\'s last) is read; 1,048,577 is refused by both readers', async () => {
    const last = hugeRowNumber(1_048_576);
    const grid = readWorkbookSheetsFast(last)[0].grid;
    expect(grid.rowCount).toBe(1_048_576);
    expect(grid.rows[1_048_575]).toEqual([{ value: 1 }]);
    const over = hugeRowNumber(1_048_577);
    expect(() => readWorkbookSheetsFast(over)).toThrow(InputLimitError);
    await expect(preparePackage(over)).rejects.toThrow(InputLimitError);
  });
});

describe('cells in column XFD on 100,000 rows', () => {
  it('check: the sentence names the rows and the column, exit 2, in both languages', async () => {
    const file = write('cot-xfd.xlsx', lastColumnRows(100_000));
    expect(fs.statSync(file).size).toBeLessThan(1024 * 1024);
    const r = await cli(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Sheet "Biểu chấm điểm" dùng 100.000 dòng và có ô đến tận cột XFD: quá 10.000.000 ô');
    expect(r.stdout).toContain('xóa các cột và dòng thừa');
    const en = await cli(['check', '--lang', 'en', file]);
    expect(en.code).toBe(2);
    expect(en.stdout).toContain('uses 100,000 rows with cells as far as column XFD: more than 10,000,000 cells');
  });

  it('the budget counts each row up to its last cell: 611 rows to column XFD are over it', async () => {
    // 16,384 cells a row: 610 × 16,384 = 9,994,240 ≤ 10,000,000 < 611 × 16,384 = 10,010,624.
    expect(MAX_GRID_CELLS).toBe(10_000_000);
    const budget = new GridBudget(9_994_240);
    budget.sheet('S', 9_994_240, 610, 'XFD'); // exactly at the limit: accepted
    expect(() => budget.sheet('S', 1, 611, 'XFD')).toThrow(InputLimitError);
    expect(() => readWorkbookSheetsFast(lastColumnRows(611))).toThrow(
      expect.objectContaining({ problem: limitProblems.tooManyCells('Biểu chấm điểm', 611, 'XFD') }),
    );
    await expect(preparePackage(lastColumnRows(611))).rejects.toThrow(InputLimitError);
  });

  it('a cell beyond column XFD is refused by name', () => {
    expect(() => readWorkbookSheetsFast(oneSheet('<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>'))).toThrow(
      expect.objectContaining({ problem: limitProblems.columnBeyondExcel('Biểu chấm điểm', 'XFE1') }),
    );
  });
});

describe('merges', () => {
  it('one merge over the whole sheet: cut to the used area when read, the copy written', async () => {
    const file = write('gop-ca-sheet.xlsx', wholeSheetMerge());
    // 2 rows × 2 columns used + 1,000 rows and 26 columns of margin: A1:AB1002.
    const fast = readWorkbookSheetsFast(wholeSheetMerge())[0].grid;
    expect(fast.merges).toEqual([{ top: 0, left: 0, bottom: 1001, right: 27 }]);
    const copies = path.join(dir, 'ban-sao-gop');
    const r = await cli(['check', file, '--annotate', copies]);
    expect(r.code).toBe(1); // no scoresheet in it: an error finding, not an unreadable file
    expect(r.stdout + r.stderr).not.toMatch(STACK_LINE);
    expect(fs.readdirSync(copies).filter((f) => f.endsWith('.xlsx'))).toHaveLength(1);
  });

  it('20,000 merges (100,000 in the bench): checked, and the flagged copy patched (ExcelJS, limited to 10,000, not used)', async () => {
    const file = write('20k-gop.xlsx', manyMerges(20_000));
    const copies = path.join(dir, 'ban-sao-20k');
    const r = await cli(['check', '--json', file, '--annotate', copies]);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files[0].error).toBeNull();
    expect(report.files[0].findings.map((f) => f.code)).toEqual(['layout.noScoresheet']);
    expect(r.code).toBe(1);
    expect(fs.readdirSync(copies).filter((f) => f.endsWith('.xlsx'))).toHaveLength(1);
  });

  it('more than 10,000 merges: refused by the ExcelJS path only (the fallback of copies and clear), with the sentence', async () => {
    const bytes = manyMerges(MAX_COPY_MERGES + 1);
    expect(readWorkbookSheetsFast(bytes)[0].grid.merges).toHaveLength(10_001);
    await expect(preparePackage(bytes)).rejects.toThrow(
      expect.objectContaining({ problem: limitProblems.tooManyMerges('Biểu chấm điểm', 10_001) }),
    );
  });
});
