/**
 * `check --previous` (last year's results workbook, or folder) and the seal state in a batch
 * (text, JSON, the "Theo dõi" sheet), in-process, on the two sets of
 * test/engine/compare/year-fixtures.ts. Hand arithmetic:
 *   2023 (max 20): Tư pháp 17 → 85 %; Y tế 1.1 appraised 1 not 4: 14 → 70 %; Xây dựng 2.1
 *   appraised 6 not 5: 18 → 90 %. Ranks: Xây dựng 1, Tư pháp 2, Y tế 3.
 *   2024 (max 22): Tư pháp 19 → 86,36 %; Y tế 1.1 4 not 3,5 and 2.3 5 not 4: 20,5 → 93,18 %;
 *   Nội vụ (new) 19 → 86,36 %; Xây dựng sealed with 1.1 at 2, then F8 edited back to 3,5:
 *   19 → 86,36 % (and its seal says 1 cell changed).
 *   Ranks: Y tế 1 (↑ 2 from 3); Nội vụ, Tư pháp, Xây dựng tied 2 (mới; = from 2; ↓ 1 from 1).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { removeTempDirs, tempDir } from './run-cli';
import { APPRAISED_2023, APPRAISED_2024, SET_2023, SET_2024, sheetRows } from '../engine/compare/year-fixtures';
import { column, printedTable } from '../helpers/season-workbooks';

afterAll(removeTempDirs);

let dir: string;
async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false, cwd: dir });
  return { code, stdout, stderr };
}

async function put(file: string, rows: (string | number | null)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tự đánh giá');
  for (const r of rows) ws.addRow(r);
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), Buffer.from(await wb.xlsx.writeBuffer()));
}

const OLD = ['--criteria', 'bo-2023.json'];
const NEW = ['--criteria', 'bo-2024.json'];
let sealCode: string;

beforeAll(async () => {
  dir = tempDir('previous');
  fs.writeFileSync(path.join(dir, 'bo-2023.json'), JSON.stringify(SET_2023));
  fs.writeFileSync(path.join(dir, 'bo-2024.json'), JSON.stringify(SET_2024));
  await put('2023/tu-phap.xlsx', sheetRows(SET_2023, APPRAISED_2023, 'Sở Tư pháp'));
  await put('2023/y-te.xlsx', sheetRows(SET_2023, { ...APPRAISED_2023, '1.1': 1 }, 'Sở Y tế'));
  await put('2023/xay-dung.xlsx', sheetRows(SET_2023, { ...APPRAISED_2023, '2.1': 6 }, 'Sở Xây dựng'));
  await put('2024/tu-phap.xlsx', sheetRows(SET_2024, APPRAISED_2024, 'Sở Tư pháp'));
  await put('y-te-chua-chot.xlsx', sheetRows(SET_2024, { ...APPRAISED_2024, '1.1': 4, '2.3': 5 }, 'Sở Y tế'));
  await put('2024/xay-dung.xlsx', sheetRows(SET_2024, { ...APPRAISED_2024, '1.1': 2 }, 'Sở Xây dựng'));
  await put('2024/noi-vu.xlsx', sheetRows(SET_2024, APPRAISED_2024, 'Sở Nội vụ'));
  // Y tế sealed; Xây dựng sealed, then a score edited (F8: 1.1 from 2 to 3,5 → still 1 cell).
  const sealed = await cli(['seal', 'y-te-chua-chot.xlsx', '--out', '2024/y-te.xlsx', ...NEW]);
  sealCode = /Seal code: (\S+)/.exec(sealed.stdout)![1];
  await cli(['seal', '2024/xay-dung.xlsx', '--out', 'xd-chot.xlsx', ...NEW]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'xd-chot.xlsx'));
  wb.getWorksheet('Tự đánh giá')!.getCell('F8').value = 3.5;
  await wb.xlsx.writeFile(path.join(dir, '2024/xay-dung.xlsx'));
  expect((await cli(['check', '2023', ...OLD, '--summary', 'kq-2023.xlsx'])).stdout).toContain('Đã ghi sổ kết quả: kq-2023.xlsx');
});

describe('check --previous', () => {
  it.each([
    ['last year\'s results workbook', 'kq-2023.xlsx', 'kq-a.xlsx', NEW],
    // The folder's sheets are checked with the loaded sets: last year's set given too.
    ['a folder of last year\'s sheets', '2023', 'kq-b.xlsx', [...OLD, ...NEW]],
  ])('adds last year\'s index, rank and the change to the ranking (%s)', async (_what, previous, summary, criteria) => {
    const r = await cli(['check', '2024', ...criteria, '--summary', summary, '--previous', previous]);
    expect(r.stdout).toMatch(/1\. Sở Y tế\s+93,18%\s+\(sau thẩm định; năm trước 70,00%, hạng 3; ↑ 2\)/);
    expect(r.stdout).toMatch(/2\. Sở Nội vụ\s+86,36%\s+\(sau thẩm định; năm trước: chưa xếp hạng\)/);
    expect(r.stdout).toMatch(/2\. Sở Tư pháp\s+86,36%\s+\(sau thẩm định; năm trước 85,00%, hạng 2; =\)/);
    // Xây dựng: 1.1 edited back to 3,5 after sealing → 19 → 86,36 %, rank 2 of 4 (three tied at 86,36).
    expect(r.stdout).toMatch(/2\. Sở Xây dựng\s+86,36%\s+\(sau thẩm định; năm trước 90,00%, hạng 1; ↓ 1\)/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, summary));
    const table = printedTable(wb.getWorksheet('KQ sở ngành')!);
    expect(column(table, 'Đơn vị')).toEqual(['Sở Y tế', 'Sở Nội vụ', 'Sở Tư pháp', 'Sở Xây dựng']);
    expect(column(table, 'Chỉ số năm trước (%)')).toEqual([70, null, 85, 90]);
    expect(column(table, 'Hạng năm trước')).toEqual([3, null, 2, 1]);
    expect(column(table, 'Thay đổi hạng')).toEqual(['↑ 2', 'mới', '=', '↓ 1']);
  });

  it('refuses a folder where nothing could be ranked, saying why', async () => {
    // Last year's set not loaded: the 2023 sheets are not scored against it.
    const r = await cli(['check', '2024', ...NEW, '--previous', '2023']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không xếp hạng được đơn vị nào của năm trước trong thư mục "2023"/);
  });

  it('refuses a file that is not a results workbook, before checking anything', async () => {
    const r = await cli(['check', '2024', ...NEW, '--previous', '2023/tu-phap.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không phải sổ kết quả/);
    expect(r.stdout).toBe('');
  });
});

describe('seal state in a batch', () => {
  it('is in the text, the JSON report and the tracking sheet', async () => {
    const text = await cli(['check', '2024', ...NEW, '--summary', 'theo-doi.xlsx']);
    expect(text.stdout).toContain(`Dấu chốt: Đã chốt `);
    expect(text.stdout).toMatch(new RegExp(`\\(mã ${sealCode}\\), không thay đổi`));
    expect(text.stdout).toMatch(/nhưng đã sửa 1 ô sau khi chốt/);
    const json = JSON.parse((await cli(['check', '2024', ...NEW, '--json'])).stdout);
    const seal = (name: string) => json.files.find((f: { fileName: string }) => f.fileName === name).seal;
    expect(seal('y-te.xlsx')).toMatchObject({ status: 'unchanged', code: sealCode, changedCells: 0 });
    expect(seal('xay-dung.xlsx')).toMatchObject({ status: 'changed', changedCells: 1 });
    expect(seal('noi-vu.xlsx')).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'theo-doi.xlsx'));
    const table = printedTable(wb.getWorksheet('Theo dõi')!);
    const states = column(table, 'Dấu chốt') as string[];
    expect(column(table, 'Tệp')).toEqual(['noi-vu.xlsx', 'tu-phap.xlsx', 'xay-dung.xlsx', 'y-te.xlsx']);
    expect(states[0]).toBe('Chưa chốt số liệu');
    expect(states[2]).toMatch(/nhưng đã sửa 1 ô sau khi chốt$/);
    expect(states[3]).toMatch(new RegExp(`^Đã chốt .* \\(mã ${sealCode}\\), không thay đổi$`));
  });
});
