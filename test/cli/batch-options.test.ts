/**
 * The options of a batch run as a user meets them: the text summary, wrong or dangerous output
 * paths refused before any file is read, outputs inside the checked folder, giant files, --help.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cli, removeTempDirs, SAMPLES, STACK_LINE, tempDir } from './run-cli';
import type { Report } from '../../src/cli/check/json-report';
import { hashTree, sparseFile, writeGenerated } from './batch-fixtures';

jest.setTimeout(240_000);

const sample = (name: string) => path.join(SAMPLES, name);
// In process (cli()); batch.test.ts runs a whole batch through the built bin.
let dir: string;
beforeAll(() => {
  dir = tempDir('batch-opt');
});
afterAll(() => removeTempDirs());

function folderOfSamples(name: string): string {
  const d = path.join(dir, name);
  fs.mkdirSync(d, { recursive: true });
  for (const f of ['so-tu-phap-2024.xlsx', 'so-xay-dung-2024.xlsx', 'so-y-te-2024.xlsx']) fs.copyFileSync(sample(f), path.join(d, f));
  return d;
}

describe('check --summary, text output', () => {
  it('says where the ranking workbook went and prints the first units of each set', async () => {
    const input = folderOfSamples('van-ban');
    const xh = path.join(dir, 'xh.xlsx');
    const r = await cli(['check', input, '--summary', xh]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(fs.existsSync(xh)).toBe(true);
    // Issue 8: only complete results are ranked; the two self-assessed samples are counted apart.
    const tail = r.stdout.slice(r.stdout.indexOf('Đã ghi sổ kết quả'));
    expect(tail.split('\n').slice(0, 4)).toEqual([
      `Đã ghi sổ kết quả: ${xh}`,
      'Xếp hạng theo bộ tiêu chí mau-so-nganh-2024 (2024.1) — 1 đơn vị đủ điểm:',
      '    1. Sở Y tế   84,66%  (sau thẩm định)',
      '  Chưa xếp hạng: 2 tệp (Mới tự đánh giá: 2; xem sheet "Chưa xếp hạng").',
    ]);
    const en = await cli(['check', input, '--summary', xh, '--lang', 'en']);
    expect(en.stdout).toContain('Wrote the results workbook: ');
    expect(en.stdout).toContain('    1. Sở Y tế   84.66%  (appraised)');
    expect(en.stdout).toContain('  Not ranked: 2 files (Self-assessed only: 2; see the "Chưa xếp hạng" sheet).');
  });
});

describe('output paths are checked before any file is read', () => {
  it('refuses a ranking workbook that is one of the inputs, and leaves it as it was', async () => {
    const input = folderOfSamples('trung-ten');
    const target = path.join(input, 'so-y-te-2024.xlsx');
    const before = fs.readFileSync(target);
    const r = await cli(['check', input, '--summary', target]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('tệp gốc không bao giờ bị ghi đè');
    expect(r.stderr).toContain('originals are never overwritten');
    expect(fs.readFileSync(target).equals(before)).toBe(true);
  });

  it.each([
    ['a missing folder', () => path.join(dir, 'khong-co', 'xh.xlsx'), /thư mục ".*khong-co" không tồn tại/],
    ['a name without .xlsx', () => path.join(dir, 'xh.csv'), /phải có đuôi \.xlsx/],
    ['a folder', () => dir + path.sep + 'la-thu-muc.xlsx', /là một thư mục/],
  ])('refuses --summary in %s (exit 2, nothing checked)', async (_what, target, message) => {
    fs.mkdirSync(path.join(dir, 'la-thu-muc.xlsx'), { recursive: true });
    const r = await cli(['check', sample('so-tu-phap-2024.xlsx'), '--summary', target()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('refuses --annotate into a folder being checked, and --annotate on a file', async () => {
    const input = folderOfSamples('cung-thu-muc');
    const before = hashTree(input);
    const same = await cli(['check', input, '--annotate', input]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('là thư mục đang được kiểm tra');
    const onFile = await cli(['check', input, '--annotate', path.join(input, 'so-y-te-2024.xlsx')]);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toContain('Không dùng được thư mục');
    expect(hashTree(input)).toEqual(before);
  });
});

describe('outputs next to the inputs', () => {
  it('a second run does not check the first run\'s ranking workbook and copies', async () => {
    const input = folderOfSamples('chay-lai');
    const args = ['check', '--json', input, '--summary', path.join(input, 'xep-hang.xlsx'), '--annotate', path.join(input, 'danh-dau')];
    const first = JSON.parse((await cli(args)).stdout) as Report;
    const second = JSON.parse((await cli(args)).stdout) as Report;
    expect(first.files).toHaveLength(3);
    expect(second.files.map((f) => f.file)).toEqual(first.files.map((f) => f.file));
    const copies = () => fs.readdirSync(path.join(input, 'danh-dau')).filter((n) => n.endsWith('.xlsx')).sort();
    expect(copies()).toEqual(['so-tu-phap-2024.xlsx', 'so-xay-dung-2024.xlsx', 'so-y-te-2024.xlsx']);

    // The user edits a flagged copy: it is theirs now, so it is checked and never overwritten.
    const edited = path.join(input, 'danh-dau', 'so-y-te-2024.xlsx');
    fs.appendFileSync(edited, Buffer.from('sửa'));
    const editedBytes = fs.readFileSync(edited);
    const third = JSON.parse((await cli(args)).stdout) as Report;
    expect(third.files.map((f) => f.file)).toContain(edited);
    expect(fs.readFileSync(edited).equals(editedBytes)).toBe(true);
    // New copies of the original and of the edited copy (checked as an input) take free names.
    expect(copies()).toEqual([
      'so-tu-phap-2024.xlsx', 'so-xay-dung-2024.xlsx', 'so-y-te-2024 (2).xlsx', 'so-y-te-2024 (3).xlsx', 'so-y-te-2024.xlsx',
    ]);
  });

  it('a copy never takes the place of an original lying in the --annotate folder', async () => {
    const outDir = path.join(dir, 'ra');
    fs.mkdirSync(path.join(dir, 'vao'), { recursive: true });
    fs.mkdirSync(outDir, { recursive: true });
    await writeGenerated(path.join(outDir, 'a.xlsx'), 'mau-xa-2024', 'UBND xã Bình Minh', 31);
    await writeGenerated(path.join(dir, 'vao', 'a.xlsx'), 'mau-xa-2024', 'UBND xã Phú Lộc', 32);
    const before = fs.readFileSync(path.join(outDir, 'a.xlsx'));
    const r = await cli(['check', '--json', path.join(outDir, 'a.xlsx'), path.join(dir, 'vao', 'a.xlsx'), '--annotate', outDir]);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files.map((f) => path.basename(f.annotatedCopy ?? ''))).toEqual(['a (2).xlsx', 'a (3).xlsx']);
    expect(fs.readFileSync(path.join(outDir, 'a.xlsx')).equals(before)).toBe(true);
  });
});

describe('giant files', () => {
  it('a file over the size limit gets its reason and the others go on', async () => {
    const giant = path.join(dir, 'khong-lo.xlsx');
    sparseFile(giant, 60 * 1024 * 1024);
    const r = await cli(['check', '--json', giant, sample('so-tu-phap-2024.xlsx')]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files[0].error).toMatch(/^Tệp quá lớn \(60 MB, giới hạn 50 MB\)/);
    expect(report.files[1].unit).toBe('Sở Tư pháp');
  });
});

describe('check --help', () => {
  it('documents --summary and --annotate, Vietnamese first', async () => {
    const help = (await cli(['check', '--help'])).stdout;
    const vi = help.indexOf('--summary <tệp.xlsx>');
    const en = help.indexOf('--summary <file.xlsx>');
    expect(vi).toBeGreaterThan(0);
    expect(en).toBeGreaterThan(vi);
    expect(help.indexOf('--annotate <thư mục>')).toBeLessThan(help.indexOf('--annotate <folder>'));
    expect(help).toContain('par-check clear');
  });

  it('says how to set the number of worker threads (PAR_CHECK_WORKERS), in both languages', async () => {
    const help = (await cli(['check', '--help'])).stdout;
    expect(help).toContain('biến môi trường PAR_CHECK_WORKERS=<số>');
    expect(help).toContain('PAR_CHECK_WORKERS=<n> sets how many (0: one after the other, no worker threads).');
  });
});
