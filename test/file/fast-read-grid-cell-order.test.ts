/**
 * The fast reader's grid cells as JSON, fields in their order (value, formula, hyperlink,
 * noResult, error, hyperlink of a cell link, note, numFmt): the batch's saved grids and reports
 * are compared byte for byte (scripts/batch-golden.ts), so the order is part of the output.
 * Expected texts by hand, one cell of each kind; cells that show nothing are null.
 */
import { readWorkbookSheetsFast } from '../../src/file/fast-read';
import { rawPackage, REL_NS } from '../helpers/raw-package';

const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>' +
  '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs>';

const BODY =
  '<sheetData><row r="1">' +
  '<c r="A1" t="s"><v>0</v></c>' + // shared string
  '<c r="B1" s="1"><v>2.5</v></c>' + // number with a format
  '<c r="C1"><f>HYPERLINK("https://a.vn","x")</f><v>x</v></c>' + // formula with a link, number path (no t) on text
  '<c r="D1" t="str"><f>HYPERLINK("https://b.vn","y")</f><v>y</v></c>' + // formula link with a text result
  '<c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' + // error from a formula
  '<c r="F1"><f>A1&amp;""</f></c>' + // formula without a result
  '<c r="G1" t="e"><v>#N/A</v></c>' + // error value, with a cell link
  '<c r="H1" s="2"><v>0.8</v></c>' + // percent (id 10: 0.00%), with a note
  '<c r="I1" s="1"/>' + // styled empty: null
  '<c r="J1" t="str"><f>""</f><v></v></c>' + // formula whose result is "": formula only
  '<c r="K1" t="b"><v>0</v></c>' + // FALSE is a value
  '<c r="L1"><f>=B1</f><v>2.5</v></c>' + // a formula written with its "="
  '</row></sheetData><hyperlinks><hyperlink ref="G1" r:id="rL"/></hyperlinks>';

test('grid cells of every kind, as JSON', async () => {
  const bytes = await rawPackage({
    strings: '<si><t>Tiêu chí</t></si>',
    styles: STYLES,
    sheets: [
      {
        name: 'Biểu',
        body: BODY,
        rels: `<Relationship Id="rL" Type="${REL_NS}/hyperlink" Target="https://c.vn" TargetMode="External"/><Relationship Id="rC" Type="${REL_NS}/comments" Target="../comments1.xml"/>`,
        parts: {
          'xl/comments1.xml':
            '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>A</author></authors><commentList><comment ref="H1" authorId="0"><text><r><t>ghi chú</t></r></text></comment></commentList></comments>',
        },
      },
    ],
  });
  const [sheet] = readWorkbookSheetsFast(bytes);
  const row = sheet.grid.rows[0].map((c) => JSON.stringify(c));
  expect(row).toEqual([
    '{"value":"Tiêu chí"}',
    '{"value":2.5,"numFmt":"0.0"}',
    '{"value":null,"formula":"HYPERLINK(\\"https://a.vn\\",\\"x\\")","hyperlink":"https://a.vn"}',
    '{"value":"y","formula":"HYPERLINK(\\"https://b.vn\\",\\"y\\")","hyperlink":"https://b.vn"}',
    '{"value":"#DIV/0!","formula":"1/0","error":"#DIV/0!"}',
    '{"value":null,"formula":"A1&\\"\\"","noResult":true}',
    '{"value":"#N/A","error":"#N/A","hyperlink":"https://c.vn"}',
    '{"value":0.8,"note":"ghi chú","numFmt":"0.00%"}',
    'null',
    '{"value":null,"formula":"\\"\\""}',
    '{"value":false}',
    '{"value":2.5,"formula":"B1"}',
  ]);
});
