/**
 * `par-check compare` in-process on the two years of test/engine/compare/year-fixtures.ts (hand
 * arithmetic there and in test/engine/compare/compare.test.ts): both sets given as files, each
 * sheet declaring its own, so each year is scored with its own set.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { removeTempDirs, tempDir } from './run-cli';
import { APPRAISED_2023, APPRAISED_2024, SET_2023, SET_2024, sheetRows } from '../engine/compare/year-fixtures';

afterAll(removeTempDirs);

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false, cwd });
  return { code, stdout, stderr };
}

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tự đánh giá');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let dir: string;
beforeAll(async () => {
  dir = tempDir('compare');
  fs.writeFileSync(path.join(dir, 'bo-2023.json'), JSON.stringify(SET_2023));
  fs.writeFileSync(path.join(dir, 'bo-2024.json'), JSON.stringify(SET_2024));
  fs.writeFileSync(path.join(dir, 'nam-2023.xlsx'), await workbook(sheetRows(SET_2023, APPRAISED_2023)));
  fs.writeFileSync(path.join(dir, 'nam-2024.xlsx'), await workbook(sheetRows(SET_2024, APPRAISED_2024)));
});

const BOTH = ['--criteria', 'bo-2023.json', '--criteria', 'bo-2024.json'];

describe('par-check compare', () => {
  it('prints par-compare/1 with hand-computed changes', async () => {
    const r = await cli(['compare', 'nam-2023.xlsx', 'nam-2024.xlsx', ...BOTH, '--json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.format).toBe('par-compare/1');
    expect(json.previous).toMatchObject({ file: 'nam-2023.xlsx', set: { id: 'thu-2023' }, total: 17, max: 20, index: 85 });
    expect(json.current).toMatchObject({ file: 'nam-2024.xlsx', set: { id: 'thu-2024' }, total: 19, max: 22, index: 86.36 });
    expect(json.areas.map((a: { code: string; previous: number; current: number; change: number; indexChange: number }) => [a.code, a.previous, a.current, a.change, a.indexChange])).toEqual([
      ['1', 9, 9, 0, 0],
      ['2', 8, 10, 2, 3.33],
    ]);
    expect(json.items.map((i: { code: string; previousCode: string; match: string; change: number }) => [i.code, i.previousCode, i.match, i.change])).toEqual([
      ['1.1', '1.1', 'code', -0.5], ['1.2', '1.3', 'title', 1], ['1.3', '1.2', 'title', -0.5], ['2.1', '2.1', 'code', 0], ['2.2', '2.2', 'code', -1],
    ]);
    expect(json.added.map((i: { code: string }) => i.code)).toEqual(['2.3']);
    expect(json.dropped.map((i: { code: string; max: number }) => [i.code, i.max])).toEqual([['2.3', 2]]);
  });

  it('takes --criteria given twice as last year\'s set, then this year\'s', async () => {
    const r = await cli(['compare', 'nam-2023.xlsx', 'nam-2024.xlsx', '--criteria', 'bo-2024.json', '--criteria', 'bo-2023.json', '--json'], dir);
    // The order given wins over what the sheets declare.
    expect(JSON.parse(r.stdout).previous.set.id).toBe('thu-2024');
  });

  it('prints a readable table in Vietnamese', async () => {
    const r = await cli(['compare', 'nam-2023.xlsx', 'nam-2024.xlsx', ...BOTH], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tổng: +2 điểm; chỉ số +1,36 ↑');
    expect(r.stdout).toMatch(/2 {2}Cải cách TTHC\s+8\s+10\s+\+2\s+80 → 83,33 \(\+3,33 ↑\)/);
    expect(r.stdout).toMatch(/1\.2 ← 1\.3 \(ghép theo tên\)\s+Kiểm tra công tác cải cách hành chính\s+3 →\s+4\s+\+1 ↑\s+\[tối đa 3 → 4\]/);
    expect(r.stdout).toMatch(/2\.2 \(cùng mã, đổi tên\)/);
    expect(r.stdout).toContain('Tiêu chí giảm nhiều nhất:\n  2.2  Tiếp nhận, trả kết quả qua Bộ phận Một cửa: 2 → 1 (-1)');
    expect(r.stdout).toContain('Tiêu chí mới năm nay:\n  2.3  Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (tối đa 5; 4 điểm)');
  });

  it('says what is wrong with the command line or a file', async () => {
    const one = await cli(['compare', 'nam-2023.xlsx'], dir);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/Cần đúng hai tệp/);
    const missing = await cli(['compare', 'khong-co.xlsx', 'nam-2024.xlsx', ...BOTH], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Không đọc được tệp "khong-co.xlsx"/);
  });
});
