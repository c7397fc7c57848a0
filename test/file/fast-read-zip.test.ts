/**
 * The fast reader's zip directory (fast-read/zip.ts): entry names (ASCII copied as is, others by
 * the decoder their flag names) and lookups that ignore case (the first entry in directory order
 * wins), on packages built here byte by byte (stored entries) so that every name is as written.
 */
import { openZip } from '../../src/file/fast-read/zip';
import { zipBytes } from './zip-bytes';

interface Item {
  name: Uint8Array;
  utf8Flag: boolean;
  text: string;
}

/** A zip of stored entries, names as given (bytes) and flagged UTF-8 or not. */
const zipOf = (items: Item[]): Uint8Array => zipBytes(items);

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
