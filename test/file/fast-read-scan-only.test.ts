/**
 * scanXml with a list of wanted names (xml-scan.ts), as the fast reader reads a package's small
 * parts: the same open and close events for those names, with the same attributes, as a full
 * scan filtered afterwards — on hand-written shapes (prefixes declared anywhere, end tags with
 * spaces, comments, CDATA and instructions hiding tags) and on every part of the test fixtures.
 */
import { scanXml, type Attrs } from '../../src/file/fast-read/xml-scan';
import { fixtureParts } from '../helpers/fixture-parts';

type Event = [string, string, Attrs?];

function events(xml: string, names: readonly string[], only: boolean): Event[] | { threw: string } {
  const out: Event[] = [];
  try {
    scanXml(
      xml,
      {
        open: (name, attrs) => {
          if (names.includes(name)) out.push(['open', name, { ...attrs }]);
        },
        close: (name) => {
          if (names.includes(name)) out.push(['close', name]);
        },
      },
      only ? names : undefined,
    );
  } catch (e) {
    return { threw: (e as Error).message };
  }
  return out;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NAME_LISTS = [['Relationship'], ['sheet', 'workbookPr'], ['numFmts', 'numFmt', 'cellXfs', 'xf'], ['row', 'mergeCell', 'hyperlink']];

const shapes: [string, string, string[]][] = [
  ['plain', `<?xml version="1.0"?><workbook xmlns="${MAIN}"><workbookPr date1904="1"/><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`, ['sheet', 'workbookPr']],
  ['a prefix declared on the root', `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets><x:sheet name="A" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`, ['sheet']],
  ['a prefix declared midway, on an element not wanted', `<workbook xmlns="${MAIN}"><sheets xmlns:y="${MAIN}"><y:sheet name="B" sheetId="2"/></sheets></workbook>`, ['sheet']],
  ['a declaration of another namespace', `<workbook xmlns="${MAIN}"><ext xmlns:x15="http://x15"><x15:sheet name="C"/></ext><sheet name="D"/></workbook>`, ['sheet']],
  ['end tags with spaces or odd characters', `<numFmts ><numFmt numFmtId="164" formatCode="0.0"/></numFmts ><cellXfs>\u00a0<xf numFmtId="164"/></ cellXfs></cellXfs\u00a0>`, ['numFmts', 'numFmt', 'cellXfs', 'xf']],
  ['tags hidden in a comment, CDATA and an instruction', `<a><!-- <sheet name="X"/> --><![CDATA[<sheet name="Y"/>]]><?pi <sheet name="Z"/> ?><sheet name="W"/></a>`, ['sheet']],
  ['a name that starts like a wanted one', `<a><sheets><sheetPr/><sheet/></sheets><x:sheet/></a>`, ['sheet']],
  ['entities and single quotes in attributes', `<Relationships><Relationship Id='r&amp;1' Type="t" Target="a&lt;b"/></Relationships>`, ['Relationship']],
  ['an unterminated start tag after the last wanted element', `<a><sheet name="A"/><b x="1"`, ['sheet']],
  ['an unterminated end tag', `<a><sheet name="A"/></b`, ['sheet']],
];

test.each(shapes)('%s: the same events as a full scan', (_what, xml, names) => {
  const full = events(xml, names, false);
  expect(events(xml, names, true)).toEqual(full);
  // The shapes are not empty: most report something.
  if (!('threw' in full)) expect(full.length).toBeGreaterThan(0);
});

test('every XML part of the test fixtures: the same events for each list of names the reader uses', () => {
  let parts = 0;
  for (const { file, part, xml } of fixtureParts()) {
    if (!/\.(xml|rels)$/i.test(part)) continue;
    parts++;
    for (const list of NAME_LISTS) {
      expect({ file, part, list, events: events(xml, list, true) }).toEqual({ file, part, list, events: events(xml, list, false) });
    }
  }
  expect(parts).toBeGreaterThan(100);
});
