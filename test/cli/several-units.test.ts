/**
 * `check` on a block workbook (one scoresheet per unit, an instructions sheet, a hidden list):
 * one report entry per unit sheet, `files[].sheet` naming it; --sheet still checks one sheet;
 * --annotate writes one copy with each sheet's own flags. In-process (src/cli/main.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { buildBlockWorkbook } from '../engine/layouts/block-workbook';
import { removeTempDirs, tempDir } from './run-cli';

afterAll(removeTempDirs);

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false, cwd });
  return { code, stdout, stderr };
}

let dir: string;
let row133: number;
beforeAll(async () => {
  dir = tempDir('units');
  const { wb, units } = buildBlockWorkbook([
    { sheetName: 'Sở Tư pháp', unit: 'Sở Tư pháp tỉnh A' },
    { sheetName: 'Phòng Nội vụ', overrides: { '1.3.3': { self: 'đạt' } } }, // planted: not a number
  ]);
  row133 = units.get('Phòng Nội vụ')!.rowOf.get('1.3.3')!;
  fs.writeFileSync(path.join(dir, 'khoi-huyen.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
});

interface ReportFile {
  file: string;
  sheet: string | null;
  unit: string | null;
  scores: { self: { total: number } } | null;
  findings: { code: string; severity: string; cell: string | null; message: string }[];
}

test('one report entry per unit sheet, each with its sheet, unit, scores and findings', async () => {
  const r = await cli(['check', '--json', 'khoi-huyen.xlsx'], dir);
  expect(r.code).toBe(1); // an error finding on Phòng Nội vụ
  const files = JSON.parse(r.stdout).files as ReportFile[];
  expect(files.map((f) => [f.file, f.sheet, f.unit])).toEqual([
    ['khoi-huyen.xlsx', 'Sở Tư pháp', 'Sở Tư pháp tỉnh A'],
    ['khoi-huyen.xlsx', 'Phòng Nội vụ', 'Phòng Nội vụ'],
  ]);
  // 70 (untouched) and 70 − 1 (1.3.3 "đạt" scores 0).
  expect(files.map((f) => f.scores!.self.total)).toEqual([70, 69]);
  const problems = (f: ReportFile) => f.findings.filter((x) => x.severity !== 'info').map((x) => `${x.code}@${x.cell}`);
  expect(problems(files[0])).toEqual([]);
  expect(problems(files[1])).toEqual([`score.notNumber@D${row133}`]);
  const note = files[0].findings.find((x) => x.code === 'layout.sheetsNotRead')!;
  expect(note.message).toContain('"Hướng dẫn"');
  expect(note.message).toContain('"DM"');
});

test('--sheet checks the named sheet only', async () => {
  const r = await cli(['check', '--json', '--sheet', 'Phòng Nội vụ', 'khoi-huyen.xlsx'], dir);
  const files = JSON.parse(r.stdout).files as ReportFile[];
  expect(files.map((f) => f.sheet)).toEqual(['Phòng Nội vụ']);
});

test('--annotate: one copy, each sheet flagged with its own findings', async () => {
  const out = path.join(dir, 'danh-dau');
  const r = await cli(['check', '--json', '--annotate', out, 'khoi-huyen.xlsx'], dir);
  const files = JSON.parse(r.stdout).files as (ReportFile & { annotatedCopy: string | null })[];
  expect(files).toHaveLength(2);
  expect(fs.readdirSync(out).filter((f) => f.endsWith('.xlsx'))).toEqual(['khoi-huyen.xlsx']);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(out, 'khoi-huyen.xlsx'));
  const flagged = wb.getWorksheet('Phòng Nội vụ')!.getCell(`D${row133}`);
  expect(JSON.stringify(flagged.note ?? '')).toContain('Kiểm tra CCHC');
  expect(wb.getWorksheet('Sở Tư pháp')!.getCell(`D${row133}`).note).toBeUndefined();
});
