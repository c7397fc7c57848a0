/**
 * The zip of the streamed workbook (src/file/xlsx-writer/zip-writer.ts): one zlib state reset
 * between parts gives, part for part, the bytes zlib.deflateRawSync gives alone; the archive is
 * read back by hand (local headers, central directory) and inflated; too many parts are refused
 * before anything of the extra part is written.
 */
import * as zlib from 'zlib';
import { MemorySink, ZipWriter } from '../../src/file/xlsx-writer/zip-writer';

/** Incompressible bytes (a fixed generator): their deflate is larger than one 64 kB output chunk. */
function noise(length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

interface Entry {
  name: string;
  crc: number;
  packed: Buffer;
  size: number;
}

/** The parts of an archive, read from its local headers, and the central directory's count and names. */
function readZip(zip: Buffer): { local: Entry[]; central: string[]; count: number } {
  const local: Entry[] = [];
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const compressed = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength;
    local.push({ name, crc: zip.readUInt32LE(at + 14), packed: zip.subarray(start, start + compressed), size: zip.readUInt32LE(at + 22) });
    at = start + compressed;
  }
  const central: string[] = [];
  while (zip.readUInt32LE(at) === 0x02014b50) {
    const nameLength = zip.readUInt16LE(at + 28);
    central.push(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength;
  }
  expect(zip.readUInt32LE(at)).toBe(0x06054b50);
  expect(at + 22).toBe(zip.length);
  return { local, central, count: zip.readUInt16LE(at + 10) };
}

describe('ZipWriter', () => {
  test('each part is deflateRawSync of its bytes, though one zlib state deflates them all', () => {
    const parts: [string, Buffer][] = [
      ['empty.xml', Buffer.alloc(0)],
      ['xl/worksheets/sheet1.xml', Buffer.from('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(400))],
      ['noise.bin', noise(200_000)],
      ['tên tiếng Việt.xml', Buffer.from('Sở Tư pháp — Chỉ số CCHC '.repeat(50))],
      ['again.xml', Buffer.from('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(400))],
    ];
    const sink = new MemorySink();
    const zip = new ZipWriter(sink);
    for (const [name, data] of parts) zip.add(name, data);
    zip.finish();
    const read = readZip(sink.bytes());
    expect(read.local.map((e) => e.name)).toEqual(parts.map(([n]) => n));
    expect(read.central).toEqual(parts.map(([n]) => n));
    expect(read.count).toBe(parts.length);
    read.local.forEach((e, i) => {
      const data = parts[i][1];
      expect(e.packed.equals(zlib.deflateRawSync(data, { level: 6 }))).toBe(true);
      expect(zlib.inflateRawSync(e.packed).equals(data)).toBe(true);
      expect([e.size, e.crc]).toEqual([data.length, zlib.crc32(data) >>> 0]);
    });
    // The noise needs several 64 kB output chunks: more than 200,000 bytes compressed.
    expect(read.local[2].packed.length).toBeGreaterThan(200_000);
  });

  test('a part written piece by piece (deflated every 64 kB of text) = deflateRawSync of its whole text', () => {
    // 30,000 rows of 30-odd characters with Vietnamese letters (two bytes in UTF-8): ≈ 1 MB of
    // text in 16 pieces or so, the pieces cut wherever 64 k characters are reached.
    const rows = Array.from({ length: 30_000 }, (_, i) => `<row r="${i + 1}"><v>Sở ${i % 97} — ${(i * 7919) % 1000}</v></row>`);
    const sink = new MemorySink();
    const zip = new ZipWriter(sink);
    const given = zip.addWritten('xl/worksheets/sheet1.xml', (out) => {
      for (const row of rows) out.text(row);
      return 'returned';
    });
    zip.add('after.xml', 'the next part starts from a reset state');
    zip.finish();
    expect(given).toBe('returned');
    const whole = Buffer.from(rows.join(''), 'utf8');
    expect(whole.length).toBeGreaterThan(1_000_000);
    const [part, after] = readZip(sink.bytes()).local;
    expect(part.packed.equals(zlib.deflateRawSync(whole, { level: 6 }))).toBe(true);
    expect([part.size, part.crc]).toEqual([whole.length, zlib.crc32(whole) >>> 0]);
    expect(zlib.inflateRawSync(after.packed).toString()).toBe('the next part starts from a reset state');
  });

  test('texts past the kept encoding buffer, bytes between texts, names past the kept header buffer: the same bytes', () => {
    // One text of 300,000 three-byte characters (900 kB: encoded on its own), then bytes, then
    // short texts; names of 1 and of 700 characters (the latter 2 kB in UTF-8).
    const huge = 'ễ'.repeat(300_000);
    const tail = Array.from({ length: 5_000 }, (_, i) => `<v>${i}—Đ</v>`);
    const longName = `xl/${'đ'.repeat(700)}.xml`;
    const sink = new MemorySink();
    const zip = new ZipWriter(sink);
    zip.addWritten(longName, (out) => {
      out.text('<a>');
      out.text(huge);
      out.bytes(Buffer.from('<b/>'));
      for (const t of tail) out.text(t);
    });
    zip.add('x', 'short');
    zip.finish();
    const whole = Buffer.from('<a>' + huge + '<b/>' + tail.join(''), 'utf8');
    const read = readZip(sink.bytes());
    expect(read.local.map((e) => e.name)).toEqual([longName, 'x']);
    expect(read.central).toEqual([longName, 'x']);
    expect(read.local[0].packed.equals(zlib.deflateRawSync(whole, { level: 6 }))).toBe(true);
    expect([read.local[0].size, read.local[0].crc]).toEqual([whole.length, zlib.crc32(whole) >>> 0]);
    expect(zlib.inflateRawSync(read.local[1].packed).toString()).toBe('short');
  });

  test('the 65,536th part is refused before any of its bytes are written', () => {
    const written: number[] = [];
    const zip = new ZipWriter({ write: (chunk) => void written.push(chunk.length) });
    const empty = Buffer.alloc(0);
    for (let i = 0; i < 0xffff; i++) zip.add('p', empty);
    const before = written.length;
    expect(() => zip.add('one too many', empty)).toThrow('more than 65,535 parts');
    expect(written.length).toBe(before);
  });
});
