/**
 * A zip archive written part by part (the .xlsx package of xlsx-writer): each part is deflated
 * once, in one synchronous call, and only its compressed bytes are kept (a ranking of 10,000 units
 * is a few megabytes compressed, hundreds uncompressed). No zip64: a package over 4 GB is refused.
 */
import * as zlib from 'zlib';

let table: Uint32Array | null = null;

/** CRC-32 (zlib's own in Node ≥ 20.15; the table version elsewhere). */
function crc32(data: Buffer): number {
  const native = (zlib as { crc32?: (d: Buffer) => number }).crc32;
  if (typeof native === 'function') return native(data) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** 1980-01-01 00:00 in DOS time: the package's parts carry no meaningful date (Excel ignores it). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly entries: Written[] = [];
  private offset = 0;

  constructor(private readonly level = 6) {}

  add(name: string, content: string | Buffer): void {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    // Copied to its own size: zlib's result of a small part is a view of a 16 kB buffer, and
    // 10,000 unit sheets kept 10,000 of those (≈ 160 MB) until the package was finished.
    const packed = Buffer.from(zlib.deflateRawSync(data, { level: this.level }));
    const nameBytes = Buffer.from(name, 'utf8');
    const entry: Written = { name: nameBytes, crc: crc32(data), compressed: packed.length, size: data.length, offset: this.offset };
    if (this.offset + packed.length > 0xfffffff0) throw new Error('package over 4 GB');
    // Every byte written below (a pooled buffer: no allocation of its own per part).
    const local = Buffer.allocUnsafe(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.compressed, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    this.chunks.push(local, nameBytes, packed);
    this.offset += 30 + nameBytes.length + packed.length;
    this.entries.push(entry);
  }

  /** The whole archive. */
  finish(): Buffer {
    const start = this.offset;
    let size = 0;
    for (const e of this.entries) {
      const central = Buffer.alloc(46);
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
      central.writeUInt16LE(e.name.length, 28);
      central.writeUInt32LE(e.offset, 42);
      this.chunks.push(central, e.name);
      size += 46 + e.name.length;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    if (this.entries.length > 0xffff) throw new Error('more than 65,535 parts');
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    this.chunks.push(end);
    return Buffer.concat(this.chunks);
  }
}
