/**
 * Sheets shaped to exhaust memory or time (issue 14): a row numbered 2,000,000,000, column XFD on
 * 100,000 rows, a merge over the whole sheet, 100,000 merges. Each gets its sentence and exit 2
 * (or, for what is only too much for the copy, the check with a note), in every command that reads
 * a workbook. Files made at test time (the largest is ~300 KB).
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

  it('check, check --annotate and clear: the sentence, exit 2, nothing written', async () => {
    const file = write('dong-2-ty.xlsx', hugeRowNumber());
    const r = await cli(['check', '--json', '--lang', 'en', file]);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as Report).files[0].error).toContain(ROW_EN);
    const copies = path.join(dir, 'ban-sao-dong');
    const a = await cli(['check', file, '--annotate', copies]);
    expect(a.code).toBe(2);
    expect(a.stdout).toContain(ROW_VI);
    expect(fs.readdirSync(copies).filter((f) => f.endsWith('.xlsx'))).toEqual([]);
    const out = path.join(dir, 'dong-sach.xlsx');
    const c = await cli(['clear', file, '--out', out]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain(ROW_VI);
    expect(c.stderr).toContain(ROW_EN);
    expect(c.stderr).not.toMatch(STACK_LINE);
    expect(fs.existsSync(out)).toBe(false);
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
  it('check and clear: the sentence names the rows and the column, exit 2', async () => {
    const file = write('cot-xfd.xlsx', lastColumnRows(100_000));
    expect(fs.statSync(file).size).toBeLessThan(1024 * 1024);
    const r = await cli(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Sheet "Biểu chấm điểm" dùng 100.000 dòng và có ô đến tận cột XFD: quá 10.000.000 ô');
    expect(r.stdout).toContain('xóa các cột và dòng thừa');
    const out = path.join(dir, 'xfd-sach.xlsx');
    const c = await cli(['clear', file, '--out', out]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('uses 100,000 rows with cells as far as column XFD: more than 10,000,000 cells');
    expect(fs.existsSync(out)).toBe(false);
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
  it('one merge over the whole sheet: cut to the used area in both readers, the copy written and said', async () => {
    const file = write('gop-ca-sheet.xlsx', wholeSheetMerge());
    // 2 rows × 2 columns used + 1,000 rows and 26 columns of margin: A1:AB1002.
    const fast = readWorkbookSheetsFast(wholeSheetMerge())[0].grid;
    expect(fast.merges).toEqual([{ top: 0, left: 0, bottom: 1001, right: 27 }]);
    const copies = path.join(dir, 'ban-sao-gop');
    const r = await cli(['check', file, '--annotate', copies]);
    expect(r.code).toBe(1); // no scoresheet in it: an error finding, not an unreadable file
    expect(r.stderr).toContain('vùng gộp ô quá lớn (A1:XFD1048576 → A1:AB1002)');
    expect(fs.readdirSync(copies).filter((f) => f.endsWith('.xlsx'))).toHaveLength(1);
  });

  it('20,000 merges (100,000 in the bench): the check is done (fast reader); no flagged copy, and the note says why', async () => {
    const file = write('20k-gop.xlsx', manyMerges(20_000));
    const copies = path.join(dir, 'ban-sao-20k');
    const r = await cli(['check', '--json', file, '--annotate', copies]);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files[0].error).toBeNull();
    expect(report.files[0].findings.map((f) => f.code)).toEqual(['layout.noScoresheet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Không tạo được bản sao có đánh dấu cho tệp này. Tệp có ít nhất 20.000 vùng gộp ô');
    expect(r.stderr).toContain('Kết quả kiểm tra vẫn đầy đủ.');
    expect(fs.readdirSync(copies).filter((f) => f.endsWith('.xlsx'))).toEqual([]);
  });

  it('clear refuses more than 10,000 merges with the sentence, exit 2', async () => {
    const file = write('10001-gop.xlsx', manyMerges(MAX_COPY_MERGES + 1));
    const out = path.join(dir, 'gop-sach.xlsx');
    const c = await cli(['clear', file, '--out', out]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('Tệp có ít nhất 10.001 vùng gộp ô, tính đến sheet "Biểu chấm điểm" (giới hạn 10.000');
    expect(fs.existsSync(out)).toBe(false);
  });
});
