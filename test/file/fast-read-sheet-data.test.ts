/**
 * The indexOf readers of the fast reader (sheet-data-scan.ts for a worksheet's rows,
 * plainSharedStrings for the shared strings) against the tokenizer path they stand in for: the
 * same raw rows and strings, or the same error, on every shape; each shape also says which path
 * read it (a fast path that always gave up would pass the comparison and prove nothing).
 */
import { fixtureParts } from '../helpers/fixture-parts';
import { readSheetXml, tokenizedSheetXml } from '../../src/file/fast-read/sheet-xml';
import { scanSheetData } from '../../src/file/fast-read/sheet-data-scan';
import { plainSharedStrings, readSharedStrings, tokenizedSharedStrings } from '../../src/file/fast-read/shared-parts';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const sheet = (data: string, tail = '') => `${HEAD}<dimension ref="A1"/><sheetData>${data}</sheetData>${tail}</worksheet>`;

/** Whether sheet-data-scan.ts takes the part's <sheetData>. */
function fastTakes(xml: string): boolean {
  const open = xml.indexOf('>', xml.indexOf('<sheetData')) + 1;
  return scanSheetData(xml, open, xml.indexOf('</sheetData>')) !== null;
}

/** Both readers' answer: the rows, merges and links, or the error message. */
function both(xml: string): { fast: unknown; tokenized: unknown } {
  const run = (f: () => unknown) => {
    try {
      return f();
    } catch (e) {
      return { threw: (e as Error).message };
    }
  };
  return { fast: run(() => readSheetXml(xml)), tokenized: run(() => tokenizedSheetXml(xml)) };
}

describe('worksheet rows', () => {
  test('the usual shape, stated by hand', () => {
    const xml = sheet(
      '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"/><c r="C1" s="3"><f>SUM(A1:B1)</f><v>3</v></c></row>' +
        '<row r="3" hidden="1"><c r="B3" t="str"><v>a&amp;b</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
    );
    expect(fastTakes(xml)).toBe(true);
    expect(readSheetXml(xml)).toEqual({
      rows: [
        {
          number: 1,
          hidden: false,
          cells: [
            { address: 'A1', col: 1, t: 's', hasV: true, value: '0' },
            { address: 'B1', col: 2, t: undefined, styleId: 2 },
            { address: 'C1', col: 3, t: undefined, styleId: 3, si: undefined, shareType: undefined, ref: undefined, formula: 'SUM(A1:B1)', hasV: true, value: '3' },
          ],
        },
        { number: 3, hidden: true, cells: [{ address: 'B3', col: 2, t: 'str', hasV: true, value: 'a&b' }] },
      ],
      merges: ['A1:B1'],
      hyperlinks: [],
    });
  });

  const taken: [string, string][] = [
    ['whitespace and CRLF between elements, CRLF in a formula', '\r\n  <row r="1">\r\n    <c r="A1">\r\n      <f>A2\r\n+1</f>\r\n      <v>2</v>\r\n    </c>\r\n  </row>\r\n'],
    ['rows and cells without r', '<row><c t="s"><v>0</v></c><c/><c r="E1"><v>1</v></c><c><v>2</v></c></row><row hidden="true"><c><v>3</v></c></row><row r="7"/><row><c><v>4</v></c></row>'],
    ['single quotes, spaces around "=", entities in attributes and values', `<row r = '2'><c r='B2' s = "4" t="&#115;"><v>&#49;</v></c><c r="C2" t="str"><v>&lt;a&gt; &quot;x&quot; &#x1F600;</v></c></row>`],
    ['empty values: <v/>, <v></v>, text that decodes to nothing', '<row r="1"><c r="A1"><f>A2</f><v/></c><c r="B1" t="str"><f>""</f><v></v></c><c r="C1" t="str"><v>&#x110000;</v></c></row>'],
    ['shared formulas', '<row r="1"><c r="D1"><f t="shared" ref="D1:D3" si="0">A1*2</f><v>2</v></c></row><row r="2"><c r="D2"><f t="shared" si="0"/><v>4</v></c></row>'],
    ['a repeated attribute (the last wins), $ in an address, lower-case letters', '<row r="1" r="4"><c r="A1" r="$b$4" s="1" s=""><v>5</v></c></row>'],
    ['a <v> with attributes, two <v>, a formula in two <f>', '<row r="1"><c r="A1"><v foo="1">1</v><v>2</v></c><c r="B1"><f>A1</f><f ref="B1">+1</f></c></row>'],
    ['text between cells and rows (ignored)', '<row r="1">x<c r="A1">y<v>1</v>z</c>w</row>q'],
    // The start tags plainCellTag reads, and the ones it leaves to readTag/readAttrs (same rows).
    [
      'cell start tags of every spelling',
      '<row r="1"><c r="A1" s="0"><v>1</v></c><c r="b1" t="str"><v>x</v></c><c r="C1"  s="2"><v>2</v></c>' +
        '<c r="D1" t="n" s="3"><v>3</v></c><c r="E1" s="007" t="b"><v>1</v></c><c r="F1" t="e"><v>#N/A</v></c>' +
        '<c r="G1" t="d"><v>2024-01-02</v></c><c r="XFD1" s=""/><c r="H1" t="x"><v>4</v></c><c r="I1" t="strx"><v>5</v></c>' +
        '<c r="J1" s="1234567890"><v>6</v></c><c r="K1" s="1" t="s" ><v>0</v></c><c r="$L$1"><v>7</v></c><c r="M01" t="s"/></row>',
    ],
    [
      'row start tags of every spelling',
      '<row r="1" spans="1:2" x14ac:dyDescent="0.25" hidden="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="&#49;" hidden="0" a=">"/>' +
        '<row r="3" ht="15" customHeight="1"/><row r="4" b ="1" hidden="true"/><row r="5"\thidden="1"></row><row r="6" hiddenx="1"><c r="A6"><v>2</v></c></row>',
    ],
    ['values next to </v></c> and not', '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v> </c><c r="C1"><v></v></c><c r="D1"><v>a&amp;b</v></c></row>'],
  ];
  test.each(taken)('%s: read by the scanner, as the tokenizer reads it', (_what, data) => {
    const xml = sheet(data, '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>');
    expect(fastTakes(xml)).toBe(true);
    const { fast, tokenized } = both(xml);
    expect(fast).toEqual(tokenized);
  });

  const left: [string, string][] = [
    ['an inline string', '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'],
    ['rich inline runs', '<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c></row>'],
    ['a comment among the rows', '<row r="1"><c r="A1"><v>1</v></c></row><!-- <row r="2"/> --><row r="3"/>'],
    ['CDATA in a value', '<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c></row>'],
    ['a namespace declared on a row', '<row r="1" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c r="A1"><x:v>1</x:v></x:c></row>'],
    ['an element named "c/x"', '<row r="1"><c/x><c r="A1"><v>1</v></c></row>'],
    ['an unknown element in a cell', '<row r="1"><c r="A1"><v>1</v><extLst/></c></row>'],
    ['a cell address that is no address (the tokenizer throws)', '<row r="1"><c r="1A"><v>1</v></c></row>'],
    ['row 0 (the tokenizer throws)', '<row r="0"><c r="A1"><v>1</v></c></row>'],
    ['an end tag with a space', '<row r="1"><c r="A1"><v>1</v ></c ></row >'],
    ['a four-letter column (the tokenizer throws)', '<row r="1"><c r="ABCD1"><v>1</v></c></row>'],
    ['a cell outside any row', '<c r="A1"><v>1</v></c><row r="1"/>'],
  ];
  test.each(left)('%s: left to the tokenizer, same answer', (_what, data) => {
    const xml = sheet(data);
    expect(fastTakes(xml)).toBe(false);
    const { fast, tokenized } = both(xml);
    expect(fast).toEqual(tokenized);
  });

  test('a prefixed worksheet and a comment before <sheetData> go to the tokenizer whole', () => {
    const prefixed =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(readSheetXml(prefixed).rows).toEqual([{ number: 1, hidden: false, cells: [{ address: 'A1', col: 1, t: undefined, hasV: true, value: '1' }] }]);
    const commented = `${HEAD}<!-- <sheetData><row r="9"/></sheetData> --><sheetData><row r="1"/></sheetData></worksheet>`;
    expect(readSheetXml(commented)).toEqual(tokenizedSheetXml(commented));
    expect(readSheetXml(commented).rows.map((r) => r.number)).toEqual([1]);
  });
});

describe('shared strings', () => {
  const sst = (items: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">${items}</sst>`;

  test('the usual shape, stated by hand', () => {
    const xml = sst('<si><t>UBND TỈNH</t></si><si><t xml:space="preserve"> a &amp; b </t></si><si><t></t></si><si><t>x_x000D_y\r\nz</t></si>');
    expect(plainSharedStrings(xml)).not.toBeNull();
    expect(readSharedStrings(xml)).toEqual(['UBND TỈNH', ' a & b ', '', 'x\ry\nz']);
    expect(readSharedStrings(xml)).toEqual(tokenizedSharedStrings(xml));
  });

  test.each([
    ['no escape at all', '<si><t>Điểm tự đánh giá</t></si><si><t>a b</t></si>'],
    ['an escape only', '<si><t>x_x000D_y</t></si><si><t>plain</t></si>'],
    ['an entity only', '<si><t>a &lt; b</t></si><si><t>plain</t></si>'],
    ['a CR only', '<si><t>a\r\nb</t></si><si><t>plain</t></si>'],
    ['an escape spelled by an entity', '<si><t>&#95;x000D_</t></si>'],
  ])('%s: read by indexOf, as the tokenizer reads it', (_what, items) => {
    const xml = sst(items);
    expect(plainSharedStrings(xml)).not.toBeNull();
    expect(plainSharedStrings(xml)).toEqual(tokenizedSharedStrings(xml));
  });

  test.each([
    ['rich runs', '<si><r><rPr><b/></rPr><t>a</t></r><r><t>b</t></r></si>'],
    ['phonetic runs', '<si><t>a</t><rPh sb="0" eb="1"><t>x</t></rPh><phoneticPr fontId="1"/></si>'],
    ['an empty <t/>', '<si><t/></si><si><t>b</t></si>'],
    ['another attribute on <t>', '<si><t foo="1">a</t></si>'],
    ['a comment', '<si><t>a</t></si><!-- x --><si><t>b</t></si>'],
  ])('%s: left to the tokenizer, same strings', (_what, items) => {
    const xml = sst(items);
    expect(plainSharedStrings(xml)).toBeNull();
    expect(readSharedStrings(xml)).toEqual(tokenizedSharedStrings(xml));
  });

  test('a prefixed part and text after the root go to the tokenizer', () => {
    const prefixed = '<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>a</x:t></x:si></x:sst>';
    expect(plainSharedStrings(prefixed)).toBeNull();
    expect(readSharedStrings(prefixed)).toEqual(['a']);
    expect(plainSharedStrings(sst('<si><t>a</t></si>') + '<x/>')).toBeNull();
  });
});

test('every worksheet and shared strings part of the test fixtures: both paths agree', () => {
  let sheets = 0;
  let scanned = 0;
  for (const { file, part, xml } of fixtureParts()) {
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(part)) {
      sheets++;
      if (xml.includes('<sheetData>') && fastTakes(xml)) scanned++;
      const { fast, tokenized } = both(xml);
      expect({ file, part, rows: fast }).toEqual({ file, part, rows: tokenized });
    } else if (/sharedStrings\.xml$/i.test(part)) {
      const run = (f: () => unknown) => {
        try {
          return f();
        } catch (e) {
          return { threw: (e as Error).message };
        }
      };
      expect(run(() => readSharedStrings(xml))).toEqual(run(() => tokenizedSharedStrings(xml)));
    }
  }
  // Most parts take the scanner (the comparison is not only of tokenizer with tokenizer).
  expect(sheets).toBeGreaterThan(20);
  expect(scanned).toBeGreaterThan(sheets / 2);
});
