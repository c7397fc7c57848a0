/**
 * Refuse giant files before ExcelJS opens them. ExcelJS reads a whole workbook into memory (about
 * ten times the size of its XML), so one huge file — a data dump renamed, a workbook with a
 * million-row sheet, a "zip bomb" — would stop a batch of 200 files with an out-of-memory crash.
 * A real scoresheet is well under 1 MB; the limits leave a wide margin above any real one.
 *
 * The uncompressed size is read from the zip's central directory (a few bytes at the end of the
 * file), without inflating anything.
 */
import { closeSync, constants, fstatSync, openSync, promises as fsp, readSync, statSync, type Stats } from 'fs';
import type { Bilingual } from '../../engine/text/lang';
import { MAX_INFLATED_BYTES } from '../../file/input-limits';

/** Largest file on disk accepted. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/**
 * Largest total uncompressed size the zip's directory may declare: the readers then cap the bytes
 * they really inflate at the same figure (src/file/input-limits.ts), whatever was declared.
 */
export const MAX_UNZIPPED_BYTES = MAX_INFLATED_BYTES;

const MB = (n: number): string => `${Math.ceil(n / (1024 * 1024))} MB`;

function tooBig(what: 'file' | 'unzipped', size: number, limit: number): Bilingual {
  const vi = what === 'file' ? `Tệp quá lớn (${MB(size)}, giới hạn ${MB(limit)})` : `Tệp quá lớn khi giải nén (${MB(size)}, giới hạn ${MB(limit)})`;
  const en = what === 'file' ? `The file is too large (${MB(size)}, limit ${MB(limit)})` : `The file is too large once unzipped (${MB(size)}, limit ${MB(limit)})`;
  return {
    vi: `${vi}: một biểu chấm điểm thường nhỏ hơn 1 MB. Hãy mở tệp bằng Excel, chép riêng sheet chấm điểm sang sổ làm việc mới, lưu lại rồi kiểm tra tệp mới.`,
    en: `${en}: a scoresheet is usually under 1 MB. Open it in Excel, copy the scoresheet alone into a new workbook, save it and check the new file.`,
  };
}

/** Problem for a file of this size on disk, or null. */
export function fileSizeProblem(bytes: number): Bilingual | null {
  return bytes > MAX_FILE_BYTES ? tooBig('file', bytes, MAX_FILE_BYTES) : null;
}

/**
 * Sum of the uncompressed sizes declared in a zip's central directory; null when the directory
 * cannot be found (not a zip, truncated: opening will say so) or uses zip64 (sizes not read here).
 */
export function unzippedSize(data: Uint8Array): number | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // End of central directory: signature 0x06054b50, within the last 22 + 65,535 (comment) bytes.
  const min = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || at === 0xffffffff) return null;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return null;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** Problem for these bytes (a zip whose parts are too big once unzipped), or null. */
export function unzippedSizeProblem(data: Uint8Array): Bilingual | null {
  const size = unzippedSize(data);
  return size !== null && size > MAX_UNZIPPED_BYTES ? tooBig('unzipped', size, MAX_UNZIPPED_BYTES) : null;
}

/** Largest criteria-set .json accepted (a real set is about 50 KB; its item count is bounded too). */
export const MAX_SET_FILE_BYTES = 10 * 1024 * 1024;

export type GuardedRead = { ok: true; data: Buffer } | { ok: false; problem: Bilingual | null; code: string };

const notRegular = (shown: string, what: string, whatEn: string): Bilingual => ({
  vi: `"${shown}" không phải tệp thông thường mà là ${what}: không đọc (đọc có thể không bao giờ dừng). Hãy chỉ đến chính tệp cần dùng.`,
  en: `"${shown}" is not a regular file but ${whatEn}: not read (reading it might never end). Name the file itself.`,
});

/** What a non-regular path is, in both languages. */
function kindOf(st: Stats): [string, string] {
  if (st.isDirectory()) return ['một thư mục', 'a folder'];
  if (st.isFIFO()) return ['một ống dẫn (FIFO)', 'a pipe (FIFO)'];
  if (st.isCharacterDevice() || st.isBlockDevice()) return ['một thiết bị (như /dev/zero)', 'a device (such as /dev/zero)'];
  if (st.isSocket()) return ['một socket', 'a socket'];
  return ['không phải tệp', 'not a file'];
}

/**
 * Read a user's input file, but only a regular file and only up to `maxBytes`: a FIFO would hang
 * the run, /dev/zero would grow without end, a giant file would exhaust memory. The file is
 * opened without blocking (a FIFO swapped in after the check does not hang the open), checked
 * again on the open handle, and never read past `maxBytes` (a file growing meanwhile is cut
 * short and refused). `problem` is null for the caller's own "cannot read" sentence (missing,
 * no permission: `code` says which); it is set for not-regular and too-big files.
 */
export async function readRegularFile(file: string, shown: string, maxBytes = MAX_FILE_BYTES): Promise<GuardedRead> {
  let handle: fsp.FileHandle | null = null;
  try {
    const before = await fsp.stat(file);
    if (!before.isFile()) return { ok: false, problem: notRegular(shown, ...kindOf(before)), code: 'ENOTREG' };
    handle = await fsp.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = await handle.stat();
    if (!st.isFile()) return { ok: false, problem: notRegular(shown, ...kindOf(st)), code: 'ENOTREG' };
    const tooBig = st.size > maxBytes ? tooBigProblem(st.size, maxBytes) : null;
    if (tooBig) return { ok: false, problem: tooBig, code: 'EFBIG' };
    const data = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(data, length, data.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === data.length) {
        // It grew while being read: more than it said, perhaps without end.
        if (length > maxBytes) return { ok: false, problem: tooBigProblem(length, maxBytes), code: 'EFBIG' };
        return { ok: false, problem: null, code: 'EAGAIN' }; // changing while read: read it again later
      }
    }
    return { ok: true, data: data.subarray(0, length) };
  } catch (e) {
    return { ok: false, problem: null, code: (e as NodeJS.ErrnoException).code ?? 'error' };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** readRegularFile, synchronously (the batch's per-file read: the promise calls cost ten times more). */
export function readRegularFileSync(file: string, shown: string, maxBytes = MAX_FILE_BYTES): GuardedRead {
  let fd: number | null = null;
  try {
    // Where the open cannot block (O_NONBLOCK: not Windows), the open handle's fstat below is the
    // only check needed: a stat before it cost a third of the file's read. A path that cannot be
    // opened (a socket) is told apart then.
    if (constants.O_NONBLOCK === undefined) {
      const before = statSync(file);
      if (!before.isFile()) return { ok: false, problem: notRegular(shown, ...kindOf(before)), code: 'ENOTREG' };
    }
    try {
      fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (e) {
      const before = statSync(file, { throwIfNoEntry: false });
      if (before && !before.isFile()) return { ok: false, problem: notRegular(shown, ...kindOf(before)), code: 'ENOTREG' };
      throw e;
    }
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, problem: notRegular(shown, ...kindOf(st)), code: 'ENOTREG' };
    if (st.size > maxBytes) return { ok: false, problem: tooBigProblem(st.size, maxBytes), code: 'EFBIG' };
    const data = Buffer.allocUnsafe(st.size + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, data, length, data.length - length, length);
      if (n === 0) break;
      length += n;
      // The size fstat gave, one byte short of the buffer: a regular file's read stops short only
      // at its end, so it is whole (a file that grew would have filled the buffer) — no second read
      // to see the end (a syscall per file).
      if (length === st.size) break;
      if (length === data.length) {
        if (length > maxBytes) return { ok: false, problem: tooBigProblem(length, maxBytes), code: 'EFBIG' };
        return { ok: false, problem: null, code: 'EAGAIN' };
      }
    }
    return { ok: true, data: data.subarray(0, length) };
  } catch (e) {
    return { ok: false, problem: null, code: (e as NodeJS.ErrnoException).code ?? 'error' };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function tooBigProblem(size: number, limit: number): Bilingual {
  return limit === MAX_FILE_BYTES ? tooBig('file', size, limit) : {
    vi: `Tệp quá lớn (${MB(size)}, giới hạn ${MB(limit)}). Hãy kiểm tra lại đúng tệp cần dùng.`,
    en: `The file is too large (${MB(size)}, limit ${MB(limit)}). Check that it is the right file.`,
  };
}
