import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { cli, removeTempDirs, SAMPLES, STACK_LINE, tempDir } from './run-cli';
import type { Report } from '../../src/cli/check/json-report';
import { bundledSets } from '../../src/engine/criteria/registry';
import { generateFilledSheet, sheetToWorkbook } from '../helpers/generate-workbook';
import {
  docxLikeBytes, encryptedXlsxBytes, oldXlsBytes, pdfBytes, textBytes, truncatedBytes,
} from '../helpers/bad-files';

jest.setTimeout(240_000);

// In process (cli()): the spawned runs of cli-basics and check-samples prove the bin's wiring.
let dir: string;
beforeAll(() => {
  dir = tempDir('bad');
});
afterAll(() => removeTempDirs());

async function check(file: string, extra: string[] = []): Promise<{ code: number; report: Report; stderr: string }> {
  const r = await cli(['check', '--json', ...extra, file]);
  expect(r.stdout).not.toMatch(STACK_LINE);
  expect(r.stderr).not.toMatch(STACK_LINE);
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

describe('check on files that are not good scoresheets', () => {
  it.each([
    ['a renamed text file', 'ghi-chu.xlsx', () => textBytes(), /không phải tệp Excel \.xlsx/, /not an Excel \.xlsx file/],
    ['a PDF', 'ban-in.xlsx', () => pdfBytes(), /tệp PDF/, /PDF file/],
    ['a password-protected workbook', 'mat-khau.xlsx', () => encryptedXlsxBytes(), /tệp được đặt mật khẩu/i, /password-protected/],
    ['an old .xls', 'cu.xls', () => oldXlsBytes(), /định dạng cũ \(\.xls\)/, /Old Excel format/],
    ['a truncated download', 'do-dang.xlsx', () => truncatedBytes(fs.readFileSync(path.join(SAMPLES, 'so-y-te-2024.xlsx'))), /bị hỏng hoặc không đầy đủ/, /damaged or incomplete/],
  ])('%s: exit 2 with a clear sentence in each language', async (_what, name, bytes, vi, en) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes());
    const viRun = await check(file);
    expect(viRun.code).toBe(2);
    expect(viRun.report.files[0]).toMatchObject({ file, sheet: null, scores: null, findings: [] });
    expect(viRun.report.files[0].error).toMatch(vi);
    expect(viRun.report.summary).toEqual({ files: 1, unreadable: 1, errors: 0, warnings: 0 });
    const enRun = await check(file, ['--lang', 'en']);
    expect(enRun.report.files[0].error).toMatch(en);
  });

  it('a Word document renamed .xlsx', async () => {
    const file = path.join(dir, 'van-ban.xlsx');
    fs.writeFileSync(file, await docxLikeBytes());
    const { code, report } = await check(file);
    expect(code).toBe(2);
    expect(report.files[0].error).toMatch(/không phải sổ làm việc Excel/);
  });

  it('one bad file does not stop the others, in the text output too', async () => {
    const bad = path.join(dir, 'hong.xlsx');
    fs.writeFileSync(bad, textBytes());
    const r = await cli(['check', bad, path.join(SAMPLES, 'so-tu-phap-2024.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Không kiểm tra được tệp: Đây không phải tệp Excel');
    expect(r.stdout).toContain('Đơn vị: Sở Tư pháp');
    expect(r.stdout).toContain('Đã kiểm tra 2 tệp: 1 không đọc được');
  });

  it('a workbook without a scoresheet is reported as such (sheet null, exit 1)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách cán bộ');
    ws.addRow(['Họ tên', 'Chức vụ', 'Ngày sinh']);
    ws.addRow(['Nguyễn Văn A', 'Chuyên viên', '01/01/1990']);
    const file = path.join(dir, 'danh-sach.xlsx');
    await wb.xlsx.writeFile(file);
    const { code, report } = await check(file);
    expect(code).toBe(1);
    expect(report.files[0].sheet).toBeNull();
    expect(report.files[0].error).toBeNull();
    expect(report.files[0].findings.map((f) => f.code)).toEqual(['layout.noScoresheet']);
    expect(report.files[0].findings[0].message).toContain('Danh sách cán bộ');
  });

  it('text where numbers belong: score.notNumber on that cell, still scored', async () => {
    const set = bundledSets().find((s) => s.id === 'mau-so-nganh-2024')!;
    const { buffer, sheet } = await sheetToWorkbook(
      generateFilledSheet(set, { unit: 'Sở Nội vụ', seed: 11, defects: [{ kind: 'notNumber' }] }),
    );
    const file = path.join(dir, 'chu-trong-o-diem.xlsx');
    fs.writeFileSync(file, buffer);
    const { code, report } = await check(file);
    expect(code).toBe(1);
    const planted = sheet.defects[0];
    const hit = report.files[0].findings.find((f) => f.code === 'score.notNumber');
    expect(hit).toMatchObject({ cell: planted.cell, item: planted.item, severity: 'error' });
    expect(hit?.message).toContain('"đạt"');
    expect(report.files[0].scores?.self.max).toBe(70);
  });

  it('a 100,000-row sheet finishes (no hang) with its scores', async () => {
    const set = bundledSets().find((s) => s.id === 'mau-so-nganh-2024')!;
    const generated = generateFilledSheet(set, { unit: 'Sở Lớn', rows: 100_000, seed: 5 });
    expect(generated.rows.length).toBeGreaterThanOrEqual(100_000);
    const file = path.join(dir, 'rat-lon.xlsx');
    fs.writeFileSync(file, (await sheetToWorkbook(generated)).buffer);
    // A hang fails the test at jest's timeout (240 s above).
    const r = await cli(['check', '--json', file]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files[0].error).toBeNull();
    expect(report.files[0].unit).toBe('Sở Lớn');
    expect(report.files[0].scores?.self.max).toBe(70);
    expect(report.files[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
