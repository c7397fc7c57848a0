/**
 * A sheet given in blocks of rows (src/engine/results/sheet-rows.ts) is written by the streamed
 * writer as the same bytes as the whole SheetSpec the blocks make: every part of the package
 * compared (the worksheet, its links, the shared strings, the styles). The blocks here use what
 * the writer must carry from block to block: wrapped text (row heights), merges over one and two
 * rows, links, texts to clean, a page footer to clean, rows left empty between blocks, a block
 * with nothing in it. Also: a block that reaches back above rows already written is refused, and
 * the ranking workbook written from its blocks is the workbook of its whole sheets.
 */
import JSZip from 'jszip';
import { rankingWorkbookParts, rankingWorkbookSheets } from '../../src/engine/ranking/ranking-workbook';
import { isRowsSheet, wholeSheet, type RowBlock, type RowsSheet } from '../../src/engine/results/sheet-rows';
import type { SheetSpec, SpecCell } from '../../src/engine/sheet-spec';
import { StreamedWorkbook } from '../../src/file/xlsx-writer/workbook-writer';
import { manyUnits } from '../engine/helpers/many-units';

const NOW = new Date('2026-01-02T03:04:05Z');

async function partsOf(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) out[name] = await zip.file(name)!.async('string');
  return out;
}

const wrap = { wrap: true, border: true, vAlign: 'top' as const };

/** Block `b` of the sheet: three rows apart from the block before, a merged title every third block. */
function block(b: number): RowBlock {
  const top = 2 + b * 6;
  const cells: SpecCell[] = [];
  const merges = [];
  if (b % 3 === 0) {
    cells.push({ row: top, col: 0, value: { text: `Tiêu đề khối ${b} rất dài cần xuống dòng khi in trên khổ giấy A4 nằm ngang` }, style: { ...wrap, bold: true } });
    merges.push({ top, left: 0, bottom: top + 1, right: 3 });
  }
  for (let r = top + 2; r < top + 4; r++) {
    cells.push({ row: r, col: 0, value: { number: r } });
    cells.push({ row: r, col: 1, value: { text: `đơn vị ${r}\u0007 có ký tự điều khiển` }, style: wrap });
    cells.push({ row: r, col: 2, value: { link: { text: 'Xem', sheet: `Đơn vị ${r}`, cell: 'A1' } } });
    cells.push({ row: r, col: 3, value: { text: 'một dòng rất dài '.repeat(1 + (r % 4)) }, style: wrap });
  }
  // A later cell at the same place replaces the earlier one (within a block).
  cells.push({ row: top + 2, col: 0, value: { text: 'thay' } });
  return { cells, merges };
}

function rowsSheet(): RowsSheet {
  return {
    name: 'Theo khối',
    columnWidths: [6, 20, 8, 14],
    freezeRows: 2,
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 1 }, footer: { center: 'Trang {page}/{pages} & \u0001' } },
    blocks: (function* () {
      yield { cells: [{ row: 1, col: 0, value: { text: 'STT' }, style: { bold: true } }], merges: [] };
      for (let b = 0; b < 7; b++) {
        yield block(b);
        if (b === 3) yield { cells: [], merges: [] };
      }
    })(),
  };
}

const other: SheetSpec = { name: 'Khác', cells: [{ row: 0, col: 0, value: { text: 'đơn vị 5\u0007 có ký tự điều khiển' } }] };

describe('a sheet given in blocks of rows, written as it comes', () => {
  test('the same package as its whole SheetSpec, part for part', async () => {
    const streamed = await partsOf(StreamedWorkbook.toBuffer([rowsSheet(), other], {}, NOW));
    const whole = await partsOf(StreamedWorkbook.toBuffer([wholeSheet(rowsSheet()), other], {}, NOW));
    expect(Object.keys(streamed)).toEqual(Object.keys(whole));
    expect(streamed).toEqual(whole);
    // The cases are there: heights, merges, links, cleaned texts, the used range from row 2.
    const sheet = streamed['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain('<dimension ref="A2:D');
    expect(sheet).toContain('customHeight="1"');
    expect(sheet).toContain('<mergeCell ref="A3:D4"/>');
    expect(streamed['xl/worksheets/_rels/sheet1.xml.rels']).toContain('#&apos;Đơn vị 5&apos;!A1');
    expect(streamed['xl/sharedStrings.xml']).not.toContain('\u0007');
  });

  test('a block reaching above the rows already written is refused', () => {
    const sheet: RowsSheet = {
      name: 'Lộn',
      blocks: [
        { cells: [{ row: 5, col: 0, value: { number: 1 } }], merges: [] },
        { cells: [{ row: 6, col: 0, value: { number: 2 } }], merges: [{ top: 5, left: 1, bottom: 6, right: 2 }] },
      ],
    };
    expect(() => StreamedWorkbook.toBuffer([sheet], {}, NOW)).toThrow('a block starts at row 6, not after row 6');
  });

  test('the results workbook of 700 units written from its blocks = written from its whole sheets', async () => {
    const files = manyUnits();
    const input = { files, lang: 'vi' as const, official: { issuer: 'SỞ NỘI VỤ TỈNH A', placeDate: 'A, ngày 1' } };
    expect([...rankingWorkbookParts(input)].filter(isRowsSheet).length).toBeGreaterThanOrEqual(4);
    const streamed = await partsOf(StreamedWorkbook.toBuffer(rankingWorkbookParts(input), {}, NOW));
    const whole = await partsOf(StreamedWorkbook.toBuffer(rankingWorkbookSheets(input), {}, NOW));
    expect(Object.keys(streamed)).toHaveLength(Object.keys(whole).length);
    expect(streamed).toEqual(whole);
  });
});

describe('the parts that list every sheet, written a sheet at a time', () => {
  test('as the whole strings made them (1,500 sheets: more than one 64 kB piece each)', async () => {
    const specs: SheetSpec[] = Array.from({ length: 1500 }, (_, i) => ({
      name: `Đơn vị "${i}" & 'số'`,
      cells: [{ row: 0, col: 0, value: { text: `văn bản ${i % 700}` } }, { row: 1, col: 0, value: { text: 'chung' } }],
      ...(i % 3 === 0 ? { print: { orientation: 'portrait' as const, fitToWidth: false, repeatRows: { first: 0, last: 1 } } } : {}),
      ...(i === 7 ? { visibility: 'hidden' as const } : {}),
    }));
    const parts = await partsOf(StreamedWorkbook.toBuffer(specs, {}, NOW));
    const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
    const sheetsXml = specs.map((s, i) => `<sheet name="${x(s.name)}" sheetId="${i + 1}"${i === 7 ? ' state="hidden"' : ''} r:id="rId${i + 4}"/>`).join('');
    const defined = specs.flatMap((s, i) => (i % 3 === 0 ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${x(`'${s.name.replace(/'/g, "''")}'!$1:$2`)}</definedName>`] : [])).join('');
    expect(parts['xl/workbook.xml']).toContain(`<sheets>${sheetsXml}</sheets><definedNames>${defined}</definedNames><calcPr calcId="171027"/></workbook>`);
    expect(parts['docProps/app.xml']).toContain(`<vt:vector size="1500" baseType="lpstr">${specs.map((s) => `<vt:lpstr>${x(s.name)}</vt:lpstr>`).join('')}</vt:vector>`);
    const rels = parts['xl/_rels/workbook.xml.rels'];
    expect(rels.match(/Type="[^"]*\/worksheet" Target="worksheets\/sheet(\d+)\.xml"/g)).toHaveLength(1500);
    expect(rels).toContain('<Relationship Id="rId1503" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1500.xml"/></Relationships>');
    expect(parts['[Content_Types].xml'].match(/<Override PartName="\/xl\/worksheets\/sheet\d+\.xml"/g)).toHaveLength(1500);
    // Shared strings: 3,000 uses, 701 texts, in the order of first use.
    const sst = parts['xl/sharedStrings.xml'];
    expect(sst).toContain('count="3000" uniqueCount="701"');
    const texts = [...sst.matchAll(/<t>([^<]*)<\/t>/g)].map((m) => m[1]);
    expect(texts).toEqual(['văn bản 0', 'chung', ...Array.from({ length: 699 }, (_, i) => `văn bản ${i + 1}`)]);
  });
});
