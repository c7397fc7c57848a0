import * as fs from 'fs';
import * as path from 'path';
import { cli, ensureBuilt, removeTempDirs, runCli, SAMPLES, STACK_LINE, tempDir } from './run-cli';
import type { Report } from '../../src/cli/check/json-report';

jest.setTimeout(180_000);
beforeAll(() => ensureBuilt());
afterAll(() => removeTempDirs());

const sample = (name: string) => path.join(SAMPLES, name);

// In process (cli()) but for the default text report of so-y-te: the built bin, exit 1.
async function jsonRun(args: string[]): Promise<{ code: number; report: Report }> {
  const r = await cli(['check', '--json', ...args]);
  expect(r.stderr).not.toMatch(STACK_LINE);
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

describe('check on the sample scoresheets', () => {
  it('so-tu-phap is clean: exit 0, figures of the samples README', async () => {
    const { code, report } = await jsonRun([sample('so-tu-phap-2024.xlsx')]);
    expect(code).toBe(0);
    expect(report.format).toBe('par-check-report/1');
    const f = report.files[0];
    expect(f).toMatchObject({
      file: sample('so-tu-phap-2024.xlsx'),
      sheet: 'Tự đánh giá',
      unit: 'Sở Tư pháp',
      criteriaSet: { id: 'mau-so-nganh-2024', version: '2024.1' },
      error: null,
    });
    expect(f.scores?.self).toEqual({ total: 64.21, max: 70, index: 91.73 });
    expect(f.scores?.final).toBeNull();
    expect(f.scores?.classification).toBe('Tốt');
    expect(f.scores?.areas.map((a) => [a.code, a.self, a.selfMax])).toEqual([
      ['1', 7.75, 9], ['2', 7, 8], ['3', 8.36, 10], ['4', 7.91, 9],
      ['5', 12.82, 13], ['6', 5.33, 5.5], ['7', 13.54, 14], ['8', 1.5, 1.5],
    ]);
    expect(f.findings.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(report.summary).toEqual({ files: 1, unreadable: 0, errors: 0, warnings: 0 });
  });

  it('so-y-te: exit 1 with its four listed defects, appraised totals and Khá', async () => {
    const { code, report } = await jsonRun([sample('so-y-te-2024.xlsx')]);
    expect(code).toBe(1);
    const f = report.files[0];
    expect(f.sheet).toBe('Biểu chấm điểm');
    expect(f.scores?.self).toEqual({ total: 59.99, max: 68.5, index: 87.58 });
    expect(f.scores?.final).toEqual({ total: 83.39, max: 98.5, index: 84.66 });
    expect(f.scores?.classification).toBe('Khá');
    const area3 = f.scores?.areas.find((a) => a.code === '3');
    expect(area3).toMatchObject({ self: 8.05, appraised: 11.59, max: 14.5 });
    const errors = f.findings.filter((x) => x.severity === 'error').map((x) => [x.cell, x.item, x.code]);
    expect(errors).toEqual(expect.arrayContaining([
      ['F35', '2.3.3', 'score.aboveMax'],
      ['H70', '5.2.2', 'evidence.missing'],
      ['G56', '4.1.2', 'appraisal.noNote'],
      ['G85', '6.1.2', 'appraisal.noNote'],
    ]));
    expect(errors).toHaveLength(4);
    // Messages in Vietnamese by default, with a decimal comma.
    expect(f.findings.find((x) => x.cell === 'F35')?.message).toContain('1,25');
    expect(report.summary.errors).toBe(4);
  });

  it('--lang en gives English messages and decimal points', async () => {
    const { report } = await jsonRun(['--lang', 'en', sample('so-y-te-2024.xlsx')]);
    const msg = report.files[0].findings.find((x) => x.cell === 'F35')?.message ?? '';
    expect(msg).toMatch(/above|exceeds|max/i);
    expect(msg).toContain('1.25');
    expect(msg).not.toMatch(/Điểm/);
  });

  it('prints a readable report by default (vi numbers, areas table, findings by severity)', () => {
    const r = runCli(['check', sample('so-y-te-2024.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Đơn vị: Sở Y tế');
    expect(r.stdout).toMatch(/Bộ tiêu chí: mau-so-nganh-2024 \(2024\.1\) — /);
    // Appraised: self next to its max, the appraiser's change over scored items, survey apart
    // (issue 8): area 3 appraised 7,55 + survey 4,04 = 11,59 of 14,50 → 79,93 %.
    expect(r.stdout).toMatch(/^Mã +Lĩnh vực +Tối đa +Tự ĐG\/tối đa +Thẩm định +Chênh lệch +XHH +Chỉ số %$/m);
    expect(r.stdout).toMatch(/^3 +Cải cách thủ tục hành chính +14,50 +8,05\/10,00 +7,55 +-0,50 +4,04 +79,93$/m);
    expect(r.stdout).toContain('Tổng tự đánh giá: 59,99 / 68,50 — chỉ số 87,58%');
    expect(r.stdout).toContain('Tổng sau thẩm định: 83,39 / 98,50 — chỉ số 84,66%');
    expect(r.stdout).toContain('Xếp loại: Khá (theo điểm thẩm định)');
    expect(r.stdout).toMatch(/^Lỗi \(4\):$/m);
    expect(r.stdout).toMatch(/^ {2}F35 +2\.3\.3 .*\[score\.aboveMax\]$/m);
  });

  it('the English text report uses decimal points', async () => {
    const r = await cli(['check', '--lang', 'en', sample('so-tu-phap-2024.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Self-assessed total: 64.21 / 70.00 — index 91.73%');
    expect(r.stdout).toContain('Classification: Tốt (on the self-assessed score)');
  });

  it('checks a folder recursively, skips lock files, and goes on after an unreadable file', async () => {
    const dir = tempDir('folder');
    fs.mkdirSync(path.join(dir, 'con'));
    fs.copyFileSync(sample('so-tu-phap-2024.xlsx'), path.join(dir, 'a-tu-phap.xlsx'));
    fs.copyFileSync(sample('so-xay-dung-2024.xlsx'), path.join(dir, 'con', 'b-xay-dung.xlsx'));
    fs.writeFileSync(path.join(dir, '~$a-tu-phap.xlsx'), Buffer.from('lock'));
    fs.writeFileSync(path.join(dir, 'ghi-chu.txt'), 'not a workbook');
    fs.writeFileSync(path.join(dir, 'c-hong.xlsx'), Buffer.from('đây không phải tệp Excel'));

    const { code, report } = await jsonRun([dir, path.join(dir, 'khong-co.xlsx')]);
    expect(code).toBe(2);
    expect(report.files.map((f) => path.basename(f.file))).toEqual([
      'a-tu-phap.xlsx', 'c-hong.xlsx', 'b-xay-dung.xlsx', 'khong-co.xlsx',
    ]);
    const [a, c, b, missing] = report.files;
    expect(a.error).toBeNull();
    expect(a.unit).toBe('Sở Tư pháp');
    expect(b.unit).toBe('Sở Xây dựng');
    expect(b.scores?.self.total).toBe(63.23);
    expect(c.error).toMatch(/không phải tệp Excel/);
    expect(missing.error).toMatch(/Không tìm thấy/);
    expect(report.summary).toMatchObject({ files: 4, unreadable: 2 });
  });

  it('--criteria forces a set given as a path to a .json file', async () => {
    const dir = tempDir('criteria');
    const setFile = path.join(dir, 'bo.json');
    fs.copyFileSync(path.join(__dirname, '../../src/engine/criteria/sets/mau-so-nganh-2024.json'), setFile);
    const { code, report } = await jsonRun(['--criteria', setFile, sample('so-tu-phap-2024.xlsx')]);
    expect(code).toBe(0);
    expect(report.files[0].criteriaSet).toEqual({ id: 'mau-so-nganh-2024', version: '2024.1' });
    const text = await cli(['check', '--criteria', 'mau-so-nganh-2024', sample('so-tu-phap-2024.xlsx')]);
    expect(text.stdout).toContain('do người dùng chỉ định (--criteria)');
  });

  it('refuses an invalid criteria-set file with its problems and exit 2', async () => {
    const dir = tempDir('badset');
    const setFile = path.join(dir, 'hong.json');
    fs.writeFileSync(setFile, '{"format": "par-criteria/1", "id": "x"');
    const r = await cli(['check', '--criteria', setFile, sample('so-tu-phap-2024.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không hợp lệ');
    expect(r.stderr).toContain('is not valid');
    expect(r.stdout).toBe('');
  });

  it('--sheet names a missing sheet: the report says so', async () => {
    const { code, report } = await jsonRun(['--sheet', 'Không có', sample('so-tu-phap-2024.xlsx')]);
    expect(code).toBe(1);
    expect(report.files[0].sheet).toBeNull();
    expect(report.files[0].findings.map((f) => f.code)).toContain('layout.sheetNotFound');
  });
});
