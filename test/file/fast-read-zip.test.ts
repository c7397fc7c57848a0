/**
 * The fast reader's zip directory (fast-read/zip.ts): entry names (ASCII copied as is, others by
 * the decoder their flag names) and lookups that ignore case (the first entry in directory order
 * wins), on packages built here byte by byte (stored entries) so that every name is as written.
 */
import { openZip } from '../../src/file/fast-read/zip';

interface Item {
  name: Uint8Array;
  utf8Flag: boolean;
  text: string;
}

/** A zip of stored entries, names as given (bytes) and flagged UTF-8 or not. */
function zipOf(items: Item[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const it of items) {
    const data = Buffer.from(it.text, 'utf8');
    const flags = it.utf8Flag ? 0x800 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(flags, 6);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(it.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(flags, 8);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
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
  eocd.writeUInt16LE(items.length, 8);
  eocd.writeUInt16LE(items.length, 10);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, eocd]);
}

const ascii = (name: string, text: string): Item => ({ name: Buffer.from(name, 'latin1'), utf8Flag: false, text });

test('a part found by its name in any case, the first of two that differ only by case', () => {
  const zip = openZip(zipOf([ascii('XL/Worksheets/Sheet1.xml', 'first'), ascii('xl/worksheets/SHEET1.xml', 'second'), ascii('xl/a.xml', 'a')]));
  expect(zip.text('xl/worksheets/sheet1.xml')).toBe('first');
  expect(zip.text('xl/worksheets/SHEET1.xml')).toBe('second'); // as spelled: that one
  expect(zip.text('XL/A.XML')).toBe('a');
  expect(zip.has('xl/worksheets/_rels/sheet1.xml.rels')).toBe(false);
  expect(zip.text('xl/b.xml')).toBeNull();
  expect(zip.names()).toEqual(['XL/Worksheets/Sheet1.xml', 'xl/worksheets/SHEET1.xml', 'xl/a.xml']);
});

test('names: ASCII as written, UTF-8 when flagged, by the "latin1" TextDecoder when not', () => {
  const other = new TextDecoder('latin1').decode(new Uint8Array([0x78, 0x6c, 0x2f, 0x80, 0xe9, 0x2e, 0x78, 0x6d, 0x6c]));
  expect(other.slice(4)).toBe('é.xml');
  const zip = openZip(
    zipOf([
      { name: Buffer.from('xl/Điểm.xml', 'utf8'), utf8Flag: true, text: 'utf8' },
      { name: Buffer.from([0x78, 0x6c, 0x2f, 0x80, 0xe9, 0x2e, 0x78, 0x6d, 0x6c]), utf8Flag: false, text: 'cp' },
      ascii('xl\\c.xml', 'backslash'),
    ]),
  );
  expect(zip.names()).toEqual(['xl/Điểm.xml', other, 'xl/c.xml']);
  expect(zip.text('xl/Điểm.xml')).toBe('utf8');
  expect(zip.text('XL/ĐIỂM.XML')).toBe('utf8');
  expect(zip.text(other)).toBe('cp');
  expect(zip.text(other.toUpperCase())).toBe('cp');
  expect(zip.text('xl/c.xml')).toBe('backslash');
});
