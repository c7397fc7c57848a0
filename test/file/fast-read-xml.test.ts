/**
 * The fast reader on hand-written package XML, for what ExcelJS never writes but Excel and other
 * tools do: shared formulas, inline and "str" strings, phonetic runs, comments, internal links,
 * date formats, the 1904 date system, cells without an address, styled empty cells, sheet order
 * unlike sheetId, hidden rows without cells. Every case is compared with ExcelJS + read-grid.
 */
import JSZip from 'jszip';
import { readWorkbookSheetsFast, FastReadError } from '../../src/file/fast-read';
import { FileWorkbook } from '../../src/file/file-workbook';
import { loadWorkbook } from '../../src/file/read-grid';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface SheetDef {
  name: string;
  id: number;
  state?: string;
  xml: string;
  rels?: string;
  comments?: string;
}

async function pack(sheets: SheetDef[], extra: { strings?: string; styles?: string; date1904?: boolean } = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const list = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${s.id}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  zip.file('xl/workbook.xml', `<?xml version="1.0"?>\r\n<workbook ${NS}>${extra.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${list}</sheets></workbook>`);
  const rels = sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  zip.file('xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  sheets.forEach((s, i) => {
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet ${NS}>${s.xml}</worksheet>`);
    if (s.rels) zip.file(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${s.rels}</Relationships>`);
    if (s.comments) zip.file(`xl/comments${i + 1}.xml`, `<comments ${NS}><authors><author>A</author></authors><commentList>${s.comments}</commentList></comments>`);
  });
  if (extra.strings !== undefined) zip.file('xl/sharedStrings.xml', `<sst ${NS}>${extra.strings}</sst>`);
  if (extra.styles !== undefined) zip.file('xl/styles.xml', `<styleSheet ${NS}>${extra.styles}</styleSheet>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function expectSame(bytes: Buffer): Promise<ReturnType<typeof readWorkbookSheetsFast>> {
  const file = await FileWorkbook.fromBuffer(bytes);
  const wb = file.workbook;
  const slow = file.readAllGrids();
  const fast = readWorkbookSheetsFast(bytes);
  expect(fast.map((s) => s.grid)).toStrictEqual(slow);
  expect(fast.map((s) => s.visible)).toEqual(wb.worksheets.map((ws) => ws.state === undefined || ws.state === 'visible'));
  return fast;
}

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0\\%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="2"/></cellXfs>' +
  '<dxfs><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs>';

const STRINGS =
  '<si><t>Tiêu chí</t></si>' +
  '<si><r><rPr><b/></rPr><t xml:space="preserve">Kế hoạch </t></r><r><t>số 12</t></r></si>' +
  '<si><t>Hà Nội</t><rPh sb="0" eb="1"><t>ハノイ</t></rPh><phoneticPr fontId="1"/></si>' +
  '<si><t>dòng 1_x000D_\r\ndòng 2 &amp; &lt;3&gt;</t></si>' +
  '<si/>';

describe('fast reader on hand-written XML = ExcelJS', () => {
  test('cells of every type, formulas, styles, notes and links', async () => {
    const rows =
      '<sheetData>' +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>nội tuyến</t></is></c><c r="B2" t="inlineStr"><is><r><t>giàu </t></r><r><rPr><i/></rPr><t>chữ</t></r></is></c>' +
      '<c r="C2" t="str"><v>a &amp;amp; b</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="b"><v>0</v></c><c r="F2" t="e"><v>#N/A</v></c></row>' +
      '<row r="3"><c r="A3" s="1"><v>0.85</v></c><c r="B3" s="3"><v>0.5</v></c><c r="C3" s="2"><v>45306</v></c><c r="D3" s="4"><v>45306.5</v></c><c r="E3" s="5"><v>1.25</v></c><c r="F3" s="9"><v>7</v></c></row>' +
      '<row r="4"><c r="A4"><f>SUM(A3:B3)</f><v>1.35</v></c><c r="B4"><f t="shared" ref="B4:D4" si="0">A3*2</f><v>1.7</v></c><c r="C4"><f t="shared" si="0"/><v>1</v></c><c r="D4" s="1"><f t="shared" si="0"/><v>0.5</v></c>' +
      '<c r="E4" t="str"><f>A1&amp;"!"</f><v>Tiêu chí!</v></c><c r="F4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G4" t="b"><f>TRUE()</f><v>1</v></c><c r="H4" s="2"><f>TODAY()</f><v>45000</v></c><c r="I4"><f>0*1</f><v>0</v></c></row>' +
      '<row r="5" hidden="1"><c r="A5"><v>5</v></c><c><v>6</v></c><c><v>7</v></c></row>' +
      '<row r="6" hidden="true"/>' +
      '<row r="7"><c r="A7" s="5"/><c r="B7" s="0"/><c r="C7"/><c r="D7" t="s"><v>0</v></c><c r="E7"><v>12</v></c><c r="F7"><f>HYPERLINK("http://vb.gov.vn/a","xem")</f><v>xem</v></c></row>' +
      '<row r="9"><c r="A9"><v>1</v></c><c r="K9" s="1"/></row>' +
      '<row r="10"><c r="A10" t="d"><v>2024-01-02</v></c><c r="B10"><v>abc</v></c><c r="C10"><v>1e3</v></c></row>' +
      '</sheetData>' +
      '<mergeCells count="2"><mergeCell ref="A12:C13"/><mergeCell ref="D1:E1"/></mergeCells>' +
      '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" location="\'Phụ lục\'!A1" display="x"/><hyperlink ref="E7" r:id="rId2"/><hyperlink ref="G9" r:id="rId1"/><hyperlink ref="A4" r:id="rId2"/></hyperlinks>';
    const bytes = await pack(
      [
        {
          name: 'Biểu &amp; điểm',
          id: 3,
          xml: rows,
          rels:
            `<Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://dvc.gov.vn/x?a=1&amp;b=2" TargetMode="External"/>` +
            `<Relationship Id="rId2" Type="${REL}/hyperlink" Target="file:///C:/tai%20lieu.pdf" TargetMode="External"/>` +
            `<Relationship Id="rId3" Type="${REL}/comments" Target="../comments1.xml"/>`,
          comments:
            '<comment ref="B1" authorId="0"><text><r><rPr><b/></rPr><t>Tác giả:</t></r><r><t xml:space="preserve"> xem lại</t></r></text></comment>' +
            '<comment ref="H9" authorId="0"><text><t>chỉ t, không r</t></text></comment>' +
            '<comment ref="E3" authorId="0"><text><r><t>ghi chú</t></r></text></comment>',
        },
        { name: 'Phụ lục', id: 1, state: 'hidden', xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>pl</t></is></c></row></sheetData>' },
        { name: 'Ẩn hẳn', id: 2, state: 'veryHidden', xml: '<sheetData/>' },
      ],
      { strings: STRINGS, styles: STYLES },
    );
    const fast = await expectSame(bytes);
    const g = fast[0].grid;
    // Spot checks: the comparison above would pass on two readers that both lost these.
    expect(fast.map((s) => [s.name, s.visible])).toEqual([['Biểu & điểm', true], ['Phụ lục', false], ['Ẩn hẳn', false]]);
    expect(g.rows[0][1]).toEqual({ value: 'Kế hoạch số 12', note: 'Tác giả: xem lại' });
    expect(g.rows[0][0]).toEqual({ value: 'Tiêu chí', hyperlink: 'https://dvc.gov.vn/x?a=1&b=2' });
    expect(g.rows[3][2]?.formula).toBe('B3*2');
    expect(g.rows[2][0]).toEqual({ value: 0.85, numFmt: '0%' });
    expect(g.rows[2][2]).toEqual({ value: '2024-01-15' });
    expect(g.hiddenRows).toEqual([4, 5]);
  });

  test('1904 dates and sheet order by position, not sheetId', async () => {
    const xml = '<sheetData><row r="2"><c r="B2" s="2"><v>100</v></c></row></sheetData>';
    const bytes = await pack(
      [
        { name: 'B', id: 9, xml },
        { name: 'A', id: 4, xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="C3"/></mergeCells>' },
      ],
      { styles: STYLES, date1904: true },
    );
    const fast = await expectSame(bytes);
    expect(fast[0].grid.rows[1][1]).toEqual({ value: '1904-04-10' });
  });

  test('files ExcelJS refuses are refused with FastReadError (the caller falls back)', async () => {
    const overlapping = await pack([{ name: 'S', id: 1, xml: '<sheetData/><mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>' }]);
    await expect(loadWorkbook(overlapping)).rejects.toThrow();
    expect(() => readWorkbookSheetsFast(overlapping)).toThrow(FastReadError);
    const noSheets = await pack([]);
    expect(() => readWorkbookSheetsFast(noSheets)).toThrow(FastReadError);
    const truncated = (await pack([{ name: 'S', id: 1, xml: '<sheetData/>' }])).subarray(0, 200);
    expect(() => readWorkbookSheetsFast(truncated)).toThrow(FastReadError);
  });
});
