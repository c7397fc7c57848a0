/**
 * A zip archive written part by part (the .xlsx package of xlsx-writer): a part's text is deflated
 * as it comes, in pieces of ≈ 64 kB (a sheet of 130,000 cells is never one 6 MB string), and once
 * complete its compressed bytes go to the sink (the output file, or memory): nothing of a part is
 * kept but its entry in the central directory, written at the end. A ranking of 10,000 units is
 * 20,000 parts. No zip64: a package over 4 GB is refused.
 */
import * as zlib from 'zlib';

let table: Uint32Array | null = null;

/** CRC-32 of `data` continuing `crc` (zlib's own in Node ≥ 20.15; the table version elsewhere). */
function crc32(data: Buffer, crc = 0): number {
  const native = (zlib as { crc32?: (d: Buffer, value?: number) => number }).crc32;
  if (typeof native === 'function') return native(data, crc) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Where the archive's bytes go, in order. A chunk may be reused once write returns: copy it to keep it. */
export interface ZipSink {
  write(chunk: Buffer): void;
}

/** The archive in memory (tests, and callers that want the bytes). */
export class MemorySink implements ZipSink {
  private readonly chunks: Buffer[] = [];
  write(chunk: Buffer): void {
    this.chunks.push(Buffer.from(chunk));
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** What Node's zlib stream holds inside (not public: checked before use, see RawDeflater). */
interface ZlibInternals {
  _handle?: { writeSync?: (flush: number, input: Buffer, inOff: number, inLen: number, out: Buffer, outOff: number, outLen: number) => void };
  _writeState?: Uint32Array;
}

/** Room for a part's compressed bytes at first; doubled when a part needs more (and kept). */
const OUT_START = 64 * 1024;

/**
 * Raw deflate of one part after another with ONE zlib state, reset between parts: the same bytes
 * as zlib.deflateRawSync at the same level (deflate's output does not depend on how its input is
 * cut into pieces), without allocating and freeing zlib's ≈ 270 kB state for each of 20,000
 * parts (deflateRawSync makes a new stream per call and closes it). Node has no public
 * synchronous call on a kept stream: this calls the stream's handle as deflateRawSync does
 * inside; where the handle is not as expected it falls back to deflateRawSync of the whole part.
 *
 * zlib writes a part's bytes straight into one kept buffer, grown when a part needs more: no
 * Buffer per 64 kB of output and no concatenation per part (each a new ArrayBuffer, counted as
 * external memory, which brings V8's full collections sooner).
 */
class RawDeflater {
  private stream: (zlib.DeflateRaw & ZlibInternals) | null = null;
  private out: Buffer | null = null;
  /** Bytes of the part so far at the start of `out`. */
  private used = 0;
  private usable = true;
  /** On the fallback: the part's plain pieces (copies: a piece may be reused once push returns). */
  private pieces: Buffer[] = [];

  constructor(private readonly level: number) {}

  /** One more piece of the part (read during the call only); `last` ends it. */
  push(data: Buffer, last: boolean): void {
    const stream = this.usable ? this.open() : null;
    if (!stream) {
      this.pieces.push(Buffer.from(data));
      return;
    }
    const handle = stream._handle!;
    const state = stream._writeState!;
    const flush = last ? zlib.constants.Z_FINISH : zlib.constants.Z_NO_FLUSH;
    let inOff = 0;
    let inLen = data.length;
    for (;;) {
      let out = this.out!;
      if (this.used === out.length) {
        const grown = Buffer.allocUnsafe(out.length * 2);
        out.copy(grown, 0, 0, this.used);
        this.out = out = grown;
      }
      const room = out.length - this.used;
      handle.writeSync!(flush, data, inOff, inLen, out, this.used, room);
      // A zlib error destroys the stream (its 'error' event comes later and is swallowed below).
      if (stream.destroyed) throw new Error('deflate failed');
      const availOut = state[0];
      const availIn = state[1];
      this.used += room - availOut;
      inOff += inLen - availIn;
      inLen = availIn;
      // Output space left over: zlib has taken all the input (and, finishing, ended the stream).
      if (availOut !== 0) break;
    }
  }

  /** The part's compressed bytes, valid until the next part is pushed; the state is reset for it. */
  end(): Buffer {
    if (!this.stream) {
      const pieces = this.pieces;
      this.pieces = [];
      return zlib.deflateRawSync(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces), { level: this.level });
    }
    this.stream.reset();
    const packed = this.out!.subarray(0, this.used);
    this.used = 0;
    return packed;
  }

  private open(): (zlib.DeflateRaw & ZlibInternals) | null {
    if (this.stream) return this.stream;
    const stream = zlib.createDeflateRaw({ level: this.level }) as zlib.DeflateRaw & ZlibInternals;
    if (typeof stream._handle?.writeSync !== 'function' || !(stream._writeState instanceof Uint32Array) || stream._writeState.length < 2) {
      stream.close();
      this.usable = false;
      return null;
    }
    stream.on('error', () => undefined);
    this.stream = stream;
    this.out = Buffer.allocUnsafe(OUT_START);
    this.used = 0;
    return stream;
  }

  close(): void {
    this.stream?.close();
    this.stream = null;
    this.out = null;
  }
}

/** Where a part's text is written, piece by piece. */
export interface PartText {
  text(s: string): void;
  /** Text already encoded (UTF-8), after the text given before. */
  bytes(b: Buffer): void;
}

/** Text gathered up to this many characters before it is encoded and deflated. */
const TEXT_PIECE = 64 * 1024;

interface Written {
  /**
   * As a string, encoded again for the central directory: a small Buffer is a view of an 8 kB
   * slab of Node's pool shared with the parts' compressed bytes, so keeping 20,000 names kept
   * every part's bytes too (≈ 17 MB growing with the units at 10,000).
   */
  name: string;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** 1980-01-01 00:00 in DOS time: the package's parts carry no meaningful date (Excel ignores it). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Room to encode a piece of text in place: TEXT_PIECE characters and more, at 3 bytes each at most. */
const SCRATCH = 2 * TEXT_PIECE * 3;

/** A local header's fixed fields, a central directory entry's: the name follows each. */
const LOCAL = 30;
const CENTRAL = 46;

export class ZipWriter {
  private readonly entries: Written[] = [];
  private readonly deflater: RawDeflater;
  private offset = 0;
  /** CRC and size of the part being written. */
  private crc = 0;
  private size = 0;
  /**
   * The text of a part encoded here, a piece at a time, and the headers made here: no Buffer (a
   * new ArrayBuffer past 4 kB) per part or per header. The sink and the deflater copy what they keep.
   */
  private readonly scratch = Buffer.allocUnsafe(SCRATCH);
  private readonly header = Buffer.allocUnsafe(CENTRAL + 1024);

  constructor(
    private readonly sink: ZipSink,
    level = 6,
  ) {
    this.deflater = new RawDeflater(level);
  }

  add(name: string, content: string | Buffer): void {
    this.addWritten(name, (out) => {
      if (typeof content === 'string') out.text(content);
      else this.piece(content, false);
    });
  }

  /**
   * A part whose text `write` gives piece by piece: each ≈ 64 kB of it is encoded and deflated as
   * it comes, so the whole text is never held (only its compressed bytes, until the part is done).
   * Gives back what `write` returns.
   */
  addWritten<T>(name: string, write: (out: PartText) => T): T {
    // Refused before writing, so a caller can fall back to another writer at once.
    if (this.entries.length >= 0xffff) throw new Error('more than 65,535 parts');
    this.crc = 0;
    this.size = 0;
    let pending = '';
    const result = write({
      text: (s) => {
        pending += s;
        if (pending.length >= TEXT_PIECE) {
          this.textPiece(pending, false);
          pending = '';
        }
      },
      bytes: (b) => {
        if (pending) {
          this.textPiece(pending, false);
          pending = '';
        }
        this.piece(b, false);
      },
    });
    this.textPiece(pending, true);
    const packed = this.deflater.end();
    const entry: Written = { name, crc: this.crc, compressed: packed.length, size: this.size, offset: this.offset };
    if (this.offset + packed.length > 0xfffffff0 || this.size > 0xfffffff0) throw new Error('package over 4 GB');
    const local = this.headerWithName(LOCAL, name);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.compressed, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(local.length - LOCAL, 26);
    local.writeUInt16LE(0, 28);
    this.sink.write(local);
    this.sink.write(packed);
    this.offset += local.length + packed.length;
    this.entries.push(entry);
    return result;
  }

  /** `fixed` bytes of header (zeros) then `name` in UTF-8, in the kept header buffer when it fits. */
  private headerWithName(fixed: number, name: string): Buffer {
    const room = this.header.length - fixed;
    if (name.length * 3 > room) return Buffer.concat([Buffer.alloc(fixed), Buffer.from(name, 'utf8')]);
    this.header.fill(0, 0, fixed);
    const n = this.header.write(name, fixed, room, 'utf8');
    return this.header.subarray(0, fixed + n);
  }

  /** Text encoded in the scratch buffer when it fits (it nearly always does), else on its own. */
  private textPiece(text: string, last: boolean): void {
    if (text.length * 3 <= SCRATCH) {
      const n = this.scratch.write(text, 0, SCRATCH, 'utf8');
      this.piece(this.scratch.subarray(0, n), last);
    } else {
      this.piece(Buffer.from(text, 'utf8'), last);
    }
  }

  private piece(data: Buffer, last: boolean): void {
    this.crc = crc32(data, this.crc);
    this.size += data.length;
    this.deflater.push(data, last);
  }

  /** The central directory and its end record: the archive is then complete. */
  finish(): void {
    this.deflater.close();
    if (this.entries.length > 0xffff) throw new Error('more than 65,535 parts');
    const start = this.offset;
    let size = 0;
    for (const e of this.entries) {
      const central = this.headerWithName(CENTRAL, e.name);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(0x0800, 8);
      central.writeUInt16LE(8, 10);
      central.writeUInt16LE(0, 12);
      central.writeUInt16LE(DOS_DATE, 14);
      central.writeUInt32LE(e.crc, 16);
      central.writeUInt32LE(e.compressed, 20);
      central.writeUInt32LE(e.size, 24);
      central.writeUInt16LE(central.length - CENTRAL, 28);
      central.writeUInt32LE(e.offset, 42);
      this.sink.write(central);
      size += central.length;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    this.sink.write(end);
  }
}
