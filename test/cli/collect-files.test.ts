/** The folder walk (issue 14): an unreadable sub-folder is reported and the walk goes on; links to workbooks are said to be skipped. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { collectFiles, type ReadDir } from '../../src/cli/check/collect-files';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-collect-'));
  fs.mkdirSync(path.join(dir, 'a'));
  fs.mkdirSync(path.join(dir, 'b-khoa'));
  fs.mkdirSync(path.join(dir, 'c'));
  fs.writeFileSync(path.join(dir, 'a', 'so-1.xlsx'), 'x');
  fs.writeFileSync(path.join(dir, 'b-khoa', 'an.xlsx'), 'x');
  fs.writeFileSync(path.join(dir, 'c', 'so-3.xlsx'), 'x');
  fs.writeFileSync(path.join(dir, 'z.xlsx'), 'x');
});
afterEach(() => {
  fs.chmodSync(path.join(dir, 'b-khoa'), 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Does chmod 000 block reading here? Not as root. */
function chmodBlocks(): boolean {
  const probe = path.join(dir, 'b-khoa');
  fs.chmodSync(probe, 0o000);
  try {
    fs.readdirSync(probe);
    return false;
  } catch {
    return true;
  } finally {
    fs.chmodSync(probe, 0o755);
  }
}

it('an unreadable sub-folder is reported in its place and the files after it are still found', async () => {
  const locked = path.join(dir, 'b-khoa');
  let readdir: ReadDir | undefined;
  if (chmodBlocks()) fs.chmodSync(locked, 0o000);
  else {
    // Root reads through chmod 000: the same failure, injected.
    readdir = async (d) => {
      if (d === locked) throw Object.assign(new Error('denied'), { code: 'EACCES' });
      return fs.promises.readdir(d, { withFileTypes: true });
    };
  }
  const found = await collectFiles([path.basename(dir)], path.dirname(dir), undefined, readdir);
  const base = path.basename(dir);
  expect(found.map((f) => f.file)).toEqual([
    path.join(base, 'a', 'so-1.xlsx'),
    path.join(base, 'b-khoa'),
    path.join(base, 'c', 'so-3.xlsx'),
    path.join(base, 'z.xlsx'),
  ]);
  expect(found.map((f) => Boolean(f.problem))).toEqual([false, true, false, false]);
  expect(found[1].problem?.vi).toContain(`Không đọc được thư mục "${path.join(base, 'b-khoa')}" (EACCES)`);
  expect(found[1].problem?.en).toContain('the other folders are still checked');
});

it('a workbook reached through a symbolic link is listed as skipped, with why', async () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'par-outside-'));
  try {
    fs.writeFileSync(path.join(outside, 'that.xlsx'), 'x');
    fs.symlinkSync(path.join(outside, 'that.xlsx'), path.join(dir, 'a', 'lien-ket.xlsx'));
    const found = await collectFiles([dir], '/');
    const link = found.find((f) => f.path === path.join(dir, 'a', 'lien-ket.xlsx'));
    expect(link?.problem?.vi).toContain('liên kết (symlink)');
    expect(found.filter((f) => !f.problem).map((f) => path.basename(f.path))).toEqual(['so-1.xlsx', 'an.xlsx', 'so-3.xlsx', 'z.xlsx']);
  } finally {
    fs.rmSync(outside, { recursive: true, force: true });
  }
});

it('an unreadable folder named on the command line says so, not "holds no .xlsx"', async () => {
  const readdir: ReadDir = async () => {
    throw Object.assign(new Error('denied'), { code: 'EACCES' });
  };
  const [only, ...rest] = await collectFiles([dir], '/', undefined, readdir);
  expect(rest).toEqual([]);
  expect(only.problem?.vi).toContain(`Không đọc được thư mục "${dir}" (EACCES)`);
  expect(only.problem?.en).not.toContain('holds no .xlsx');
});
