/**
 * Writing an output file (workbook or criteria set) safely:
 * - the bytes go to a temporary file in the same folder, renamed over the target at the end, so
 *   an interrupted run (Ctrl-C, kill) or a full disk never leaves a broken file in place of the
 *   previous good one;
 * - a symbolic link is never written through (its target could be anywhere);
 * - each usual failure gets its own sentence (a full disk is not "open in Excel").
 */
import { closeSync, openSync, promises as nodeFs, writeSync } from 'fs';
import * as path from 'path';
import type { Bilingual } from '../engine/text/lang';

/** `option`: the option that named the file, for the example (--out, --summary). */
export function needsXlsx(out: string, option = '--out'): Bilingual | null {
  if (/\.xlsx$/i.test(out)) return null;
  return {
    vi: `Tệp kết quả "${out}" phải có đuôi .xlsx, ví dụ: ${option} ket-qua.xlsx`,
    en: `The output file "${out}" must end in .xlsx, e.g. ${option} result.xlsx`,
  };
}

/** The file-system calls a write makes: tests pass failing ones (a full disk, a kill mid-write). */
export interface WriteFs {
  lstat(file: string): Promise<{ isSymbolicLink(): boolean; isFile(): boolean; isDirectory(): boolean }>;
  writeFile(file: string, data: Buffer | string, options: { flag: string }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

// Node's promise-based fs is reached at the first write, not at start: a check that writes no
// file does not load it (≈ 1.4 ms of a one-file check).
const realFs: WriteFs = {
  lstat: (file) => nodeFs.lstat(file),
  writeFile: (file, data, options) => nodeFs.writeFile(file, data, options),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (file) => nodeFs.unlink(file),
};

/** What is at `file` now, without following a link: null when nothing. */
async function lstatOrNull(fs: WriteFs, file: string) {
  return fs.lstat(file).catch(() => null);
}

/** Why `file` must not be written at all (a link, a folder), else null. Checked again at write time. */
export async function linkOrFolderProblem(file: string, shown: string, fs: WriteFs = realFs): Promise<Bilingual | null> {
  const stat = await lstatOrNull(fs, file);
  if (stat?.isSymbolicLink()) {
    return {
      vi: `Không ghi vào "${shown}": đó là một liên kết (symlink), par-check không ghi qua liên kết. Chọn tên tệp khác, hoặc xóa liên kết rồi chạy lại.`,
      en: `Not writing "${shown}": it is a symbolic link, and par-check never writes through a link. Choose another file name, or remove the link and run again.`,
    };
  }
  if (stat?.isDirectory()) {
    return {
      vi: `Không ghi được "${shown}": đó là một thư mục. Chọn tên tệp, ví dụ: ${path.join(shown, 'ket-qua.xlsx')}`,
      en: `Cannot write "${shown}": it is a folder. Give a file name, e.g. ${path.join(shown, 'result.xlsx')}`,
    };
  }
  return null;
}

/**
 * Null when `file` may be written; else the sentence refusing to replace the existing file.
 * `ours` tells a file we may replace (an earlier output of ours); `--force` replaces anything.
 */
export async function overwriteProblem(
  file: string,
  shown: string,
  what: { force: boolean; ours?: { test: (file: string) => Promise<boolean>; kind: Bilingual } },
  fs: WriteFs = realFs,
): Promise<Bilingual | null> {
  const linkOrFolder = await linkOrFolderProblem(file, shown, fs);
  if (linkOrFolder) return linkOrFolder;
  if (what.force) return null;
  const stat = await lstatOrNull(fs, file);
  if (!stat) return null;
  if (what.ours && (await what.ours.test(file))) return null;
  const kind = what.ours?.kind;
  return {
    vi: `Tệp "${shown}" đã có${kind ? ` và không phải ${kind.vi} do par-check ghi` : ''}: không ghi đè. Chọn tên khác, hoặc dùng --force để ghi đè.`,
    en: `"${shown}" already exists${kind ? ` and is not ${kind.en} written by par-check` : ''}: not overwritten. Choose another name, or use --force to overwrite it.`,
  };
}

/** The same file under two names (or the same name): paths first, then device and inode. */
export async function samePath(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([nodeFs.stat(a).catch(() => null), nodeFs.stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.ino === sb.ino && sa.dev === sb.dev;
}

/**
 * Null when a copy of `input` may be written to `out` (commands that write a changed copy: clear,
 * seal); else the sentence: not .xlsx, the input itself (`suffix` names the suggested copy,
 * e.g. "-sach" / "-clean"), or an existing file without --force.
 */
export async function copyTargetProblem(
  input: { arg: string; path: string },
  out: { arg: string; path: string },
  options: { force: boolean; suffix: Bilingual },
  fs: WriteFs = realFs,
): Promise<Bilingual | null> {
  const badName = needsXlsx(out.arg);
  if (badName) return badName;
  if (await samePath(input.path, out.path)) {
    const base = path.basename(input.arg, '.xlsx');
    return {
      vi: `Không ghi đè tệp gốc "${input.arg}". Chọn tên khác cho --out, ví dụ: --out ${base}${options.suffix.vi}.xlsx`,
      en: `The input "${input.arg}" is never overwritten. Choose another name for --out, e.g. --out ${base}${options.suffix.en}.xlsx`,
    };
  }
  return overwriteProblem(out.path, out.arg, { force: options.force }, fs);
}

/** The sentence for a failed write, by its error code. */
export function writeProblem(code: string | undefined, shown: string): Bilingual {
  const folder = path.dirname(shown);
  switch (code) {
    case 'ENOENT':
      return {
        vi: `Không ghi được "${shown}": thư mục "${folder}" không tồn tại. Tạo thư mục trước hoặc chọn nơi khác.`,
        en: `Cannot write "${shown}": folder "${folder}" does not exist. Create it first or choose another place.`,
      };
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        vi: `Không ghi được "${shown}" (${code}): ổ đĩa đã đầy${code === 'EDQUOT' ? ' (hết hạn mức dung lượng)' : ''}. Tệp cũ (nếu có) vẫn giữ nguyên. Giải phóng dung lượng hoặc ghi sang ổ khác rồi chạy lại.`,
        en: `Cannot write "${shown}" (${code}): the disk is full${code === 'EDQUOT' ? ' (quota exceeded)' : ''}. The previous file, if any, is unchanged. Free some space or write to another disk, then run again.`,
      };
    case 'EACCES':
      return {
        vi: `Không ghi được "${shown}" (EACCES): bạn không có quyền ghi vào thư mục "${folder}" hoặc vào tệp này. Chọn thư mục khác hoặc xin quyền ghi.`,
        en: `Cannot write "${shown}" (EACCES): no permission to write in the folder "${folder}" or to this file. Choose another folder or get write permission.`,
      };
    case 'EPERM':
      // Windows answers EPERM when the file to replace is open in Excel.
      return {
        vi: `Không ghi được "${shown}" (EPERM): không có quyền ghi, hoặc tệp đang mở trong Excel. Đóng tệp, hoặc chọn tên hay thư mục khác.`,
        en: `Cannot write "${shown}" (EPERM): no permission, or the file is open in Excel. Close it, or choose another name or folder.`,
      };
    case 'EROFS':
      return {
        vi: `Không ghi được "${shown}" (EROFS): ổ đĩa hoặc thư mục "${folder}" chỉ cho đọc. Chọn nơi ghi khác.`,
        en: `Cannot write "${shown}" (EROFS): the disk or folder "${folder}" is read-only. Choose another place to write.`,
      };
    case 'ENOTDIR':
      return {
        vi: `Không ghi được "${shown}": "${folder}" không phải thư mục. Chọn nơi ghi khác.`,
        en: `Cannot write "${shown}": "${folder}" is not a folder. Choose another place to write.`,
      };
    default:
      return {
        vi: `Không ghi được "${shown}" (${code ?? 'lỗi'}): tệp có thể đang mở trong Excel. Đóng tệp hoặc chọn tên khác.`,
        en: `Cannot write "${shown}" (${code ?? 'error'}): it may be open in Excel. Close it or choose another name.`,
      };
  }
}

let counter = 0;

/**
 * Write the bytes through a temporary file in the same folder, renamed over `file` at the end.
 * Null when done, else why not (the previous file, if any, is then untouched).
 */
export async function writeOutput(file: string, shown: string, data: Buffer | string, fs: WriteFs = realFs): Promise<Bilingual | null> {
  const refused = await linkOrFolderProblem(file, shown, fs);
  if (refused) return refused;
  // Hidden, in the same folder (a rename across disks is not atomic), never an existing name ("wx").
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++counter}.par-check-tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    await fs.rename(temp, file);
    return null;
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    return writeProblem((e as NodeJS.ErrnoException).code, shown);
  }
}

/** The synchronous calls a streamed write makes on its temporary file: tests pass failing ones. */
export interface StreamFs {
  /** Opens a new file (flag "wx": never an existing one); its descriptor. */
  open(file: string, flag: string): number;
  /** Bytes written (may be fewer than asked). */
  write(fd: number, data: Buffer, offset: number, length: number): number;
  close(fd: number): void;
}

const realStreamFs: StreamFs = {
  open: (file, flag) => openSync(file, flag),
  write: (fd, data, offset, length) => writeSync(fd, data, offset, length),
  close: (fd) => closeSync(fd),
};

/** What a streamed write's producer writes to: chunks in order, each copied before write returns. */
export interface OutputSink {
  write(chunk: Buffer): void;
}

/** Chunks gathered into one buffer of this size per system call (a zip part is often 40 bytes). */
const BATCH = 256 * 1024;

class FileSink implements OutputSink {
  private readonly batch = Buffer.allocUnsafe(BATCH);
  private used = 0;
  /** The file system's error, when a write failed (the producer's own errors are told apart by it). */
  failure: unknown = null;

  constructor(
    private readonly fs: StreamFs,
    private readonly fd: number,
  ) {}

  write(chunk: Buffer): void {
    if (this.used + chunk.length > BATCH) this.flush();
    if (chunk.length >= BATCH) this.writeAll(chunk);
    else this.used += chunk.copy(this.batch, this.used);
  }

  flush(): void {
    if (this.used > 0) this.writeAll(this.batch.subarray(0, this.used));
    this.used = 0;
  }

  private writeAll(data: Buffer): void {
    for (let done = 0; done < data.length; ) {
      let n: number;
      try {
        n = this.fs.write(this.fd, data, done, data.length - done);
        // A write of nothing would loop for ever: a full disk by another name.
        if (n <= 0) throw Object.assign(new Error('no byte written'), { code: 'ENOSPC' });
      } catch (e) {
        this.failure = e;
        throw e;
      }
      done += n;
    }
  }
}

/**
 * Like writeOutput, for a file made piece by piece (the results workbook of 10,000 units): the
 * producer's bytes go to the temporary file as they come, so they are never all in memory; the
 * temporary file is renamed over `file` once the producer has returned. Null when done, else
 * why not (the previous file, if any, is then untouched and the temporary file removed). An
 * error of the producer's own (not of writing its bytes) is thrown again after the clean-up: the
 * caller may then write the file another way.
 */
export async function writeOutputStreamed(
  file: string,
  shown: string,
  produce: (out: OutputSink) => void,
  fs: WriteFs = realFs,
  streamFs: StreamFs = realStreamFs,
): Promise<Bilingual | null> {
  const refused = await linkOrFolderProblem(file, shown, fs);
  if (refused) return refused;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++counter}.par-check-tmp`);
  let fd: number | null = null;
  let created = false;
  let sink: FileSink | null = null;
  let producing = false;
  try {
    fd = streamFs.open(temp, 'wx');
    created = true;
    sink = new FileSink(streamFs, fd);
    producing = true;
    produce(sink);
    producing = false;
    sink.flush();
    const opened = fd;
    fd = null;
    streamFs.close(opened);
    await fs.rename(temp, file);
    return null;
  } catch (e) {
    if (fd !== null) {
      try {
        streamFs.close(fd);
      } catch {
        // Already failing: the first error is the one to report.
      }
    }
    // Only a file this call made is removed (an open that failed made none).
    if (created) await fs.unlink(temp).catch(() => undefined);
    if (producing && e !== sink?.failure) throw e;
    return writeProblem((e as NodeJS.ErrnoException).code, shown);
  }
}
