/**
 * Small parts remembered by their stored bytes (fast-read/stored-part-memo.ts, used by zip.ts):
 * a part stored as one read lately gives that one's text without inflating it again, any other
 * bytes are inflated, and the file's inflate budget is charged as if the part were inflated again
 * (a remembered part still passes the cap as it did). Packages built here byte by byte.
 */
import { deflateRawSync } from 'zlib';
import * as inflate from '../../src/file/fast-read/inflate';
import { forgetStoredParts, MAX_STORED } from '../../src/file/fast-read/stored-part-memo';
import { openZip } from '../../src/file/fast-read/zip';
import { InflateBudget, InputLimitError } from '../../src/file/input-limits';
import { zipBytes } from './zip-bytes';

interface Item {
  name: string;
  text: string;
  deflate: boolean;
}

/** A zip of the items (deflated or stored), names in ASCII. */
const zipOf = (items: Item[]): Uint8Array => zipBytes(items.map((it) => ({ ...it, name: Buffer.from(it.name, 'latin1') })));

const rels = '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Type="t" Target="xl/workbook.xml"/></Relationships>';

beforeEach(() => forgetStoredParts());
afterEach(() => jest.restoreAllMocks());

test('the same stored bytes in another file: the same text, inflated once', () => {
  const spy = jest.spyOn(inflate, 'inflatePart');
  const a = openZip(zipOf([{ name: '_rels/.rels', text: rels, deflate: true }]));
  const b = openZip(zipOf([{ name: 'x/other.xml', text: 'padding', deflate: false }, { name: '_rels/.rels', text: rels, deflate: true }]));
  expect(a.text('_rels/.rels')).toBe(rels);
  expect(b.text('_rels/.rels')).toBe(rels);
  expect(spy).toHaveBeenCalledTimes(1);
});

test('other bytes of the same length are inflated and give their own text', () => {
  const spy = jest.spyOn(inflate, 'inflatePart');
  const other = rels.replace('rId1', 'rId2'); // same length, one byte apart once deflated too
  expect(other.length).toBe(rels.length);
  expect(openZip(zipOf([{ name: 'a.xml', text: rels, deflate: true }])).text('a.xml')).toBe(rels);
  expect(openZip(zipOf([{ name: 'a.xml', text: other, deflate: true }])).text('a.xml')).toBe(other);
  expect(openZip(zipOf([{ name: 'a.xml', text: rels, deflate: true }])).text('a.xml')).toBe(rels);
  expect(spy).toHaveBeenCalledTimes(2);
});

test('a stored (not deflated) part is remembered apart from a deflated one', () => {
  const text = 'plain ộ text';
  expect(openZip(zipOf([{ name: 'a.xml', text, deflate: false }])).text('a.xml')).toBe(text);
  expect(openZip(zipOf([{ name: 'a.xml', text, deflate: false }])).text('a.xml')).toBe(text);
  expect(openZip(zipOf([{ name: 'a.xml', text, deflate: true }])).text('a.xml')).toBe(text);
});

test('a remembered part is still charged to the budget of each file, as if inflated again', () => {
  const data = zipOf([{ name: 'a.xml', text: rels, deflate: true }]);
  openZip(data).text('a.xml'); // remembered
  const size = Buffer.byteLength(rels);
  // Twice in one file: the second read passes a budget of one and a half parts.
  const zip = openZip(data, new InflateBudget(Math.floor(size * 1.5)));
  expect(zip.text('a.xml')).toBe(rels);
  expect(() => zip.text('a.xml')).toThrow(InputLimitError);
  // A budget below the part: refused as the inflater refuses it.
  expect(() => openZip(data, new InflateBudget(size - 1)).text('a.xml')).toThrow(InputLimitError);
  // Exactly the part: read.
  expect(openZip(data, new InflateBudget(size)).text('a.xml')).toBe(rels);
});

test('a part over MAX_STORED stored bytes is inflated every time', () => {
  const spy = jest.spyOn(inflate, 'inflatePart');
  let text = '';
  for (let i = 0, x = 1; i < 30000; i++) text += ((x = (x * 48271) % 2147483647) & 15).toString(16); // hex: ≈ 4 bits a character
  expect(deflateRawSync(text).length).toBeGreaterThan(MAX_STORED);
  const data = zipOf([{ name: 'big.xml', text, deflate: true }]);
  expect(openZip(data).text('big.xml')).toBe(text);
  expect(openZip(data).text('big.xml')).toBe(text);
  expect(spy).toHaveBeenCalledTimes(2);
});

test('a part said to vary from file to file is neither looked up nor kept', () => {
  const spy = jest.spyOn(inflate, 'inflatePart');
  const data = zipOf([{ name: 'xl/worksheets/sheet1.xml', text: rels, deflate: true }]);
  expect(openZip(data).text('xl/worksheets/sheet1.xml', true)).toBe(rels);
  expect(openZip(data).text('xl/worksheets/sheet1.xml')).toBe(rels); // not kept by the first read
  expect(openZip(data).text('xl/worksheets/sheet1.xml', true)).toBe(rels); // kept by the second, not looked up
  expect(spy).toHaveBeenCalledTimes(3);
  expect(openZip(data).text('xl/worksheets/sheet1.xml')).toBe(rels);
  expect(spy).toHaveBeenCalledTimes(3);
});
