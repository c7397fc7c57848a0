/** Outputs written safely (issue 14): temp file + rename, no symlink followed, clear disk-full sentences, no silent overwrite. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { overwriteProblem, writeOutput, writeOutputStreamed, type StreamFs, type WriteFs } from '../../src/cli/write-output';
import { SAMPLES, cli } from './run-cli';

jest.setTimeout(120_000);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-safewrite-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const GOOD = Buffer.from('previous good file');

/** The real file system, with writeFile replaced: it writes `part` bytes then fails with `code`. */
function failingFs(code: string, part: number): WriteFs {
  return {
    lstat: (f) => fs.promises.lstat(f),
    rename: (a, b) => fs.promises.rename(a, b),
    unlink: (f) => fs.promises.unlink(f),
    async writeFile(file, data, options) {
      await fs.promises.writeFile(file, Buffer.from(data).subarray(0, part), options);
      throw Object.assign(new Error(code), { code });
    },
  };
}

describe('writeOutput', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const file = path.join(dir, 'out.xlsx');
    fs.writeFileSync(file, GOOD);
    expect(await writeOutput(file, 'out.xlsx', Buffer.from('new bytes'))).toBeNull();
    expect(fs.readFileSync(file, 'utf8')).toBe('new bytes');
    expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('a full disk mid-write keeps the previous good file, removes the partial one, and says the disk is full', async () => {
    const file = path.join(dir, 'ket-qua.xlsx');
    fs.writeFileSync(file, GOOD);
    const problem = await writeOutput(file, 'ket-qua.xlsx', Buffer.alloc(4096, 7), failingFs('ENOSPC', 1000));
    expect(fs.readFileSync(file)).toEqual(GOOD);
    expect(fs.readdirSync(dir)).toEqual(['ket-qua.xlsx']);
    expect(problem?.vi).toContain('ổ đĩa đã đầy');
    expect(problem?.en).toContain('the disk is full');
    expect(problem?.en).not.toContain('Excel');
  });

  it('each failure has its own sentence, none blaming Excel but the default and EPERM', async () => {
    const file = path.join(dir, 'x.xlsx');
    const texts: Record<string, string> = {};
    for (const code of ['EDQUOT', 'EACCES', 'EROFS']) texts[code] = (await writeOutput(file, 'x.xlsx', 'data', failingFs(code, 0)))!.en;
    expect(texts.EDQUOT).toContain('quota');
    expect(texts.EACCES).toContain('no permission');
    expect(texts.EROFS).toContain('read-only');
    for (const t of Object.values(texts)) expect(t).not.toContain('Excel');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('an interrupted write (the process killed before the rename) never touches the previous file', async () => {
    const file = path.join(dir, 'xep-hang.xlsx');
    fs.writeFileSync(file, GOOD);
    // A "kill" right after the bytes are written: rename never happens.
    const killed: WriteFs = { ...failingFs('X', 0), writeFile: (f, d, o) => fs.promises.writeFile(f, d, o), rename: () => Promise.reject(Object.assign(new Error('killed'), { code: 'EINTR' })) };
    await writeOutput(file, 'xep-hang.xlsx', Buffer.alloc(2048, 1), killed);
    expect(fs.readFileSync(file)).toEqual(GOOD);
  });

  it('never writes through a symbolic link, dangling or not', async () => {
    const target = path.join(dir, 'target.xlsx');
    fs.writeFileSync(target, GOOD);
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(target, link);
    const problem = await writeOutput(link, 'link.xlsx', Buffer.from('evil'));
    expect(problem?.vi).toContain('liên kết (symlink)');
    expect(fs.readFileSync(target)).toEqual(GOOD);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    const dangling = path.join(dir, 'dangling.xlsx');
    fs.symlinkSync(path.join(dir, 'outside', 'nowhere.xlsx'), dangling);
    expect(await writeOutput(dangling, 'dangling.xlsx', Buffer.from('evil'))).not.toBeNull();
    expect(fs.existsSync(path.join(dir, 'outside'))).toBe(false);
  });

  it('overwriteProblem: nothing there is fine, an existing file needs --force unless it is ours', async () => {
    const file = path.join(dir, 'a.xlsx');
    expect(await overwriteProblem(file, 'a.xlsx', { force: false })).toBeNull();
    fs.writeFileSync(file, GOOD);
    expect((await overwriteProblem(file, 'a.xlsx', { force: false }))?.vi).toContain('dùng --force để ghi đè');
    expect(await overwriteProblem(file, 'a.xlsx', { force: true })).toBeNull();
    expect(await overwriteProblem(file, 'a.xlsx', { force: false, ours: { test: async () => true, kind: { vi: 'x', en: 'x' } } })).toBeNull();
  });
});

/** The real synchronous calls, with write failing with `code` once `limit` bytes are written (0 written: a write of nothing). */
function failingStream(code: string | null, limit: number): StreamFs {
  let written = 0;
  return {
    open: (f, flag) => fs.openSync(f, flag),
    close: (fd) => fs.closeSync(fd),
    write(fd, data, offset, length) {
      const room = Math.min(length, limit - written);
      if (room <= 0) {
        if (code) throw Object.assign(new Error(code), { code });
        return 0;
      }
      written += fs.writeSync(fd, data, offset, room);
      return room;
    },
  };
}

describe('writeOutputStreamed (the results workbook, written as it is made)', () => {
  const produce = (out: { write(b: Buffer): void }) => {
    // Small and large chunks (over the 256 kB batch), each byte telling its place.
    for (const size of [30, 5, 300_000, 1, 70_000, 200_000]) out.write(Buffer.alloc(size, size % 251));
  };
  const expected = Buffer.concat([30, 5, 300_000, 1, 70_000, 200_000].map((n) => Buffer.alloc(n, n % 251)));

  it('writes the chunks in order over the previous file and leaves no temporary file', async () => {
    const file = path.join(dir, 'kq.xlsx');
    fs.writeFileSync(file, GOOD);
    expect(await writeOutputStreamed(file, 'kq.xlsx', produce)).toBeNull();
    expect(fs.readFileSync(file).equals(expected)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['kq.xlsx']);
  });

  it('short writes are completed: the file is whole', async () => {
    const file = path.join(dir, 'kq.xlsx');
    const short: StreamFs = { ...failingStream(null, Infinity), write: (fd, d, o, l) => fs.writeSync(fd, d, o, Math.min(l, 1000)) };
    expect(await writeOutputStreamed(file, 'kq.xlsx', produce, undefined, short)).toBeNull();
    expect(fs.readFileSync(file).equals(expected)).toBe(true);
  });

  it('a full disk mid-write (or a write of nothing) keeps the previous good file, removes the partial one, and says the disk is full', async () => {
    const file = path.join(dir, 'ket-qua.xlsx');
    fs.writeFileSync(file, GOOD);
    for (const stream of [failingStream('ENOSPC', 100_000), failingStream(null, 100_000)]) {
      const problem = await writeOutputStreamed(file, 'ket-qua.xlsx', produce, undefined, stream);
      expect(problem?.vi).toContain('ổ đĩa đã đầy');
      expect(problem?.en).toContain('the disk is full');
      expect(fs.readFileSync(file)).toEqual(GOOD);
      expect(fs.readdirSync(dir)).toEqual(['ket-qua.xlsx']);
    }
  });

  it("the producer's own error is thrown again after the clean-up (the caller may write the file another way)", async () => {
    const file = path.join(dir, 'kq.xlsx');
    fs.writeFileSync(file, GOOD);
    const failing = (out: { write(b: Buffer): void }) => {
      out.write(Buffer.alloc(300_000, 1));
      throw new Error('more than 65,535 parts');
    };
    await expect(writeOutputStreamed(file, 'kq.xlsx', failing)).rejects.toThrow('more than 65,535 parts');
    expect(fs.readFileSync(file)).toEqual(GOOD);
    expect(fs.readdirSync(dir)).toEqual(['kq.xlsx']);
  });

  it('a kill before the rename never touches the previous file; a link is never written through', async () => {
    const file = path.join(dir, 'xep-hang.xlsx');
    fs.writeFileSync(file, GOOD);
    const killed: WriteFs = { ...failingFs('X', 0), rename: () => Promise.reject(Object.assign(new Error('killed'), { code: 'EINTR' })) };
    expect(await writeOutputStreamed(file, 'xep-hang.xlsx', produce, killed)).not.toBeNull();
    expect(fs.readFileSync(file)).toEqual(GOOD);
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(file, link);
    expect((await writeOutputStreamed(link, 'link.xlsx', produce))?.vi).toContain('liên kết (symlink)');
    expect(fs.readFileSync(file)).toEqual(GOOD);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('a missing folder gets its own sentence, and nothing is created', async () => {
    const file = path.join(dir, 'khong-co', 'kq.xlsx');
    expect((await writeOutputStreamed(file, 'khong-co/kq.xlsx', produce))?.vi).toContain('không tồn tại');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

// In process (cli()); cli-basics and check-samples run the built bin.
describe('the commands refuse to overwrite without --force', () => {

  it('template --out over an existing file, clear --out over an existing file, --summary over a workbook that is not ours', async () => {
    const filled = path.join(dir, 'da-dien.xlsx');
    const first = await cli(['template', '--criteria', 'mau-xa-2024', '--out', filled]);
    expect(first.code).toBe(0);
    const before = fs.readFileSync(filled);
    const again = await cli(['template', '--criteria', 'mau-xa-2024', '--out', filled]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('dùng --force để ghi đè');
    expect(fs.readFileSync(filled)).toEqual(before);
    expect((await cli(['template', '--criteria', 'mau-xa-2024', '--out', filled, '--force'])).code).toBe(0);

    const other = path.join(dir, 'khac.xlsx');
    fs.writeFileSync(other, before);
    const clear = await cli(['clear', filled, '--out', other]);
    expect(clear.code).toBe(2);
    expect(clear.stderr).toContain('--force');
    expect((await cli(['clear', filled, '--out', other, '--force'])).code).toBe(0);

    // A scoresheet is not a results workbook: --summary refuses it before reading any file.
    const summary = await cli(['check', filled, '--summary', other]);
    expect(summary.code).toBe(2);
    expect(summary.stderr).toContain('không phải sổ kết quả do par-check ghi');
    const forced = await cli(['check', filled, '--summary', other, '--force']);
    expect(forced.stderr).not.toContain('không ghi đè');
    // Now it is ours: a second run replaces it without --force.
    const second = await cli(['check', filled, '--summary', other]);
    expect(second.stderr).not.toContain('không ghi đè');
  });

  it('--summary with a wrong extension names --summary in its example', async () => {
    const r = await cli(['check', path.join(dir, 'x.xlsx'), '--summary', path.join(dir, 'ket-qua.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ví dụ: --summary ket-qua.xlsx');
    expect(r.stderr).not.toContain('--out');
  });

  it('--annotate: a dangling link where the copy would go is left alone and the copy takes the next name', async () => {
    const inputs = path.join(dir, 'ho-so');
    fs.mkdirSync(inputs);
    fs.copyFileSync(path.join(SAMPLES, 'so-y-te-2024.xlsx'), path.join(inputs, 'so-y-te-2024.xlsx'));
    const flagged = path.join(dir, 'danh-dau');
    fs.mkdirSync(flagged);
    const outside = path.join(dir, 'ngoai', 'chep-ra-ngoai.xlsx');
    fs.symlinkSync(outside, path.join(flagged, 'so-y-te-2024.xlsx'));
    const r = await cli(['check', inputs, '--annotate', flagged]);
    expect(r.stderr).not.toContain('Không ghi được');
    expect(fs.existsSync(path.join(dir, 'ngoai'))).toBe(false);
    expect(fs.lstatSync(path.join(flagged, 'so-y-te-2024.xlsx')).isSymbolicLink()).toBe(true);
    expect(fs.statSync(path.join(flagged, 'so-y-te-2024 (2).xlsx')).size).toBeGreaterThan(1000);
  });

  it('template --out to a symbolic link is refused and the target kept', async () => {
    const target = path.join(dir, 'that.xlsx');
    fs.writeFileSync(target, GOOD);
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(target, link);
    const r = await cli(['template', '--criteria', 'mau-xa-2024', '--out', link, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('symlink');
    expect(fs.readFileSync(target)).toEqual(GOOD);
  });
});
