/**
 * Property test of the worksheet row scanner (sheet-data-scan.ts) against the tokenizer path it
 * stands in for (sheet-xml.ts tokenizedSheetXml): random <sheetData> made of rows and cells whose
 * start tags are spelled in many ways — attributes in any order, repeated, with odd spacing,
 * quotes, entities, lower-case or "$" addresses, every kind of t, empty or long s — and whose
 * children are <v>, <f> (plain or shared) and stray text. Both readers must give the same rows,
 * merges and links, or both throw; and the scanner must take most of the cases (otherwise the
 * comparison would only be of the tokenizer with itself).
 */
import fc from 'fast-check';
import { readSheetXml, tokenizedSheetXml } from '../../src/file/fast-read/sheet-xml';
import { scanSheetData } from '../../src/file/fast-read/sheet-data-scan';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

const space = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\t');
const quote = fc.constantFrom('"', '"', '"', "'");
const letters = fc.constantFrom('A', 'B', 'Z', 'AA', 'XFD', 'b', 'aB', '$C', 'ABCD', '', 'BK', 'BL');
const digits = fc.constantFrom('1', '2', '10', '007', '$3', '1048576', '', 'x', '2047', '2048', '0');
const attr = (name: string, value: fc.Arbitrary<string>) =>
  fc.tuple(space, quote, value, fc.constantFrom('=', '=', ' = ')).map(([sp, q, v, eq]) => `${sp}${name}${eq}${q}${v}${q}`);
const cellAttrs = fc.array(
  fc.oneof(
    attr('r', fc.tuple(letters, digits).map(([l, d]) => l + d)),
    attr('s', fc.constantFrom('0', '1', '2', '15', '', '007', '1234567890', '&#49;')),
    attr('t', fc.constantFrom('s', 'n', 'b', 'e', 'd', 'str', 'inlineStr', 'x', '', 'strx', '&#115;')),
    attr('cm', fc.constantFrom('1')),
  ),
  { maxLength: 4 },
);
const text = fc.constantFrom('0', '1', '12', '3.5', '-1', 'a&amp;b', 'x\r\ny', '', '#N/A', ' 7 ', '&#49;2', '007', '00', '99999', '100000', '123456');
const child = fc.oneof(
  text.map((t) => (t === '' ? '<v/>' : `<v>${t}</v>`)),
  text.map((t) => `<v>${t}</v>`),
  fc.constantFrom('<f>A1+1</f>', '<f t="shared" ref="C1:C3" si="0">B1*2</f>', '<f t="shared" si="0"/>', '<f/>'),
  fc.constantFrom(' ', 'stray'),
);
const cell = fc
  .tuple(cellAttrs, fc.boolean(), fc.array(child, { maxLength: 3 }), fc.constantFrom('', ' '))
  .map(([attrs, selfClosing, kids, sp]) => (selfClosing ? `<c${attrs.join('')}${sp}/>` : `<c${attrs.join('')}${sp}>${kids.join('')}</c>`));
const row = fc
  .tuple(
    // The row number of `<row r="…"` is read by character codes: leading zeros, too many digits,
    // a repeated r (the last wins), spaces and entities must read as the attribute reader reads them.
    fc.constantFrom(
      '', ' r="1"', ' r="2"', ' r="5"', ' r="0"', ' hidden="1"', ' r="3" spans="1:5" x14ac:dyDescent="0.25"',
      ' r="007"', ' r="1234567890"', ' r="2" r="4"', ' r="4" hidden="true" r="2"', ' r = "3"', " r='3'", ' r="&#51;"', ' r="3x"', ' r=""', '\nr="3"', ' r="3"/',
      // The rest of a `<row r="…"` tag by character codes (plainRowRest): hidden read and decoded
      // (the last wins), another r, a namespace, a '>' inside a value, spellings it leaves alone.
      ' r="3" hidden="1"', ' r="3" spans="1:2" hidden="&#49;"', ' r="3" hidden="1" hidden="0"', ' r="3" spans="1:5" r="4"',
      ' r="3" xmlns:x="urn:x"', ' r="3" xmlns="urn:x"', ' r="3" a=">" hidden="true"', ' r="3" ht="15" customHeight="1"/', " r=\"3\" a='1'",
      ' r="3"\tb="1"', ' r="3" b ="1"', ' r="3" hiddenx="1"', ' r="3" hidde="1"', ' r="3" x14ac:dyDescent="0.25" ', ' r="3" a="1', ' r="3" a=""',
    ),
    fc.array(cell, { maxLength: 5 }),
  )
  .map(([attrs, cells]) => `<row${attrs}>${cells.join('')}</row>`);

function answer(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return { threw: (e as Error).message };
  }
}

test('random <sheetData>: the scanner reads what the tokenizer reads', () => {
  let taken = 0;
  let runs = 0;
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), (rows) => {
      const data = rows.join('');
      const xml = `${HEAD}<sheetData>${data}</sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
      const open = xml.indexOf('<sheetData>') + 11;
      runs++;
      if (scanSheetData(xml, open, xml.indexOf('</sheetData>')) !== null) taken++;
      expect(answer(() => readSheetXml(xml))).toEqual(answer(() => tokenizedSheetXml(xml)));
    }),
    { numRuns: 3000, seed: 20261207 },
  );
  expect(taken).toBeGreaterThan(runs / 5);
});
