/**
 * The batch's per-file read (size-guard.ts readRegularFileSync): one open, an fstat on the handle
 * and reads until the size fstat gave. What it must still tell apart without a stat before the
 * open: a regular file (its bytes, whole), a folder, a pipe, a missing path, and a file past the limit.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readRegularFileSync } from '../../src/cli/check/size-guard';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'par-check-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a regular file is read whole, byte for byte (empty, small, several reads long)', () => {
  for (const size of [0, 1, 14_619, 3 * 65_536 + 7]) {
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff;
    const file = join(dir, `f${size}.xlsx`);
    writeFileSync(file, bytes);
    const read = readRegularFileSync(file, 'f.xlsx');
    expect(read.ok).toBe(true);
    if (read.ok) expect(Buffer.compare(read.data, bytes)).toBe(0);
  }
});

test('a folder, a pipe and a missing path are refused, each with its reason', () => {
  mkdirSync(join(dir, 'thu-muc.xlsx'));
  const folder = readRegularFileSync(join(dir, 'thu-muc.xlsx'), 'thu-muc.xlsx');
  expect(folder).toMatchObject({ ok: false, code: 'ENOTREG' });
  if (!folder.ok) expect(folder.problem?.en).toContain('a folder');
  if (process.platform !== 'win32') {
    execFileSync('mkfifo', [join(dir, 'ong.xlsx')]);
    const pipe = readRegularFileSync(join(dir, 'ong.xlsx'), 'ong.xlsx');
    expect(pipe).toMatchObject({ ok: false, code: 'ENOTREG' });
    if (!pipe.ok) expect(pipe.problem?.en).toContain('a pipe (FIFO)');
  }
  expect(readRegularFileSync(join(dir, 'khong-co.xlsx'), 'khong-co.xlsx')).toEqual({ ok: false, problem: null, code: 'ENOENT' });
});

test('a file over the limit is refused unread', () => {
  const file = join(dir, 'lon.xlsx');
  writeFileSync(file, Buffer.alloc(100));
  const read = readRegularFileSync(file, 'lon.xlsx', 99);
  expect(read).toMatchObject({ ok: false, code: 'EFBIG' });
  expect(readRegularFileSync(file, 'lon.xlsx', 100).ok).toBe(true);
});
