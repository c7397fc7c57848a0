/**
 * A zip package built byte by byte for the fast reader's tests (no zip library between the test
 * and the bytes): each entry stored or deflated, its name as the bytes given, flagged UTF-8 or not.
 */
import { deflateRawSync } from 'zlib';

export interface ZipEntry {
  /** The name's bytes, as written in the headers. */
  name: Uint8Array;
  text: string;
  /** General-purpose flag bit 11: the name is UTF-8. */
  utf8Flag?: boolean;
  /** Deflated (method 8) rather than stored (method 0). */
  deflate?: boolean;
}

export function zipBytes(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const it of entries) {
    const plain = Buffer.from(it.text, 'utf8');
    const data = it.deflate ? deflateRawSync(plain) : plain;
    const flags = it.utf8Flag ? 0x800 : 0;
    const method = it.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(plain.length, 22);
    local.writeUInt16LE(it.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(plain.length, 24);
    central.writeUInt16LE(it.name.length, 28);
    central.writeUInt32LE(offset, 42);
    const entry = Buffer.concat([local, it.name, data]);
    locals.push(entry);
    centrals.push(Buffer.concat([central, it.name]));
    offset += entry.length;
  }
  const dir = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, eocd]);
}
