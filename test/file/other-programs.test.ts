/**
 * Files other programs write, one generated workbook per shape (issue 10): both readers (the
 * fast reader, and ExcelJS after prepare-package.ts) give the same grid cell by cell, and the
 * values computed by hand; `check` (fast) and `check --annotate` (ExcelJS opened too) read the
 * same sheets (src/file/read-for-check.ts).
 */
import type { Grid, GridCell } from '../../src/engine/grid';
import { FastReadError, readWorkbookSheetsFast } from '../../src/file/fast-read';
import { InputLimitError, MAX_COPY_MERGES } from '../../src/file/input-limits';
import { FileWorkbook } from '../../src/file/file-workbook';
import { openWorkbook } from '../../src/file/open-workbook';
import { copyNoteTexts, preparePackage } from '../../src/file/prepare-package';
import { copyProblems, readForCheck } from '../../src/file/read-for-check';
import { fileProblems } from '../../src/file/sniff';
import { rawPackage, REL_NS, type RawPackage } from '../helpers/raw-package';
import JSZip from 'jszip';

/** Both readers, cell by cell, then whole grids; returns the fast reader's grids. */
async function expectSameGrids(bytes: Uint8Array): Promise<Grid[]> {
  const fast = readWorkbookSheetsFast(bytes).map((s) => s.grid);
  const slow = (await FileWorkbook.fromBuffer(bytes)).readAllGrids();
  expect(fast.map((g) => g.sheetName)).toEqual(slow.map((g) => g.sheetName));
  fast.forEach((b, i) => {
    const a = slow[i];
    for (let r = 0; r < Math.max(a.rows.length, b.rows.length); r++) {
      for (let c = 0; c < Math.max(a.rows[r]?.length ?? 0, b.rows[r]?.length ?? 0); c++) {
        expect({ sheet: b.sheetName, r, c, cell: b.rows[r]?.[c] ?? null }).toStrictEqual({ sheet: b.sheetName, r, c, cell: a.rows[r]?.[c] ?? null });
      }
    }
    expect(b).toStrictEqual(a);
  });
  // check and check --annotate: the same sheets, nothing to say about the copy.
  const quick = await readForCheck(bytes, { needWorkbook: false });
  const full = await readForCheck(bytes, { needWorkbook: true });
  if (!quick.ok || !full.ok) throw new Error('not read');
  expect(full.sheets).toStrictEqual(quick.sheets);
  expect(full.workbook).not.toBeNull();
  return fast;
}

const cell = (g: Grid, ref: string): GridCell | null => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return g.rows[Number(m[2]) - 1]?.[col] ?? null;
};

const one = (body: string, extra: Partial<RawPackage> = {}): Promise<Uint8Array> => rawPackage({ sheets: [{ name: 'Biểu', body }], ...extra });

describe('formula results', () => {
  test('0, FALSE, "" and no result at all', async () => {
    const bytes = await one(
      '<sheetData><row r="1">' +
        '<c r="A1"><f>IF(B9&gt;1,1,0)</f><v>0</v></c>' + // a score =IF(…) that yields 0
        '<c r="B1" t="b"><f>A1&gt;1</f><v>0</v></c>' +
        '<c r="C1" t="str"><f>IF(A1=0,"","x")</f><v></v></c>' + // "" is a result: blank
        '<c r="D1"><f>SUM(A1:A1)</f></c>' + // written by a library that does not calculate
        '<c r="E1"><f t="shared" ref="E1:F1" si="0">A1*2</f><v>0</v></c><c r="F1"><f t="shared" si="0"/></c>' +
        '</row></sheetData>',
    );
    const [g] = await expectSameGrids(bytes);
    expect(cell(g, 'A1')).toEqual({ formula: 'IF(B9>1,1,0)', value: 0 });
    expect(cell(g, 'B1')).toEqual({ formula: 'A1>1', value: false });
    expect(cell(g, 'C1')).toEqual({ formula: 'IF(A1=0,"","x")', value: null });
    expect(cell(g, 'D1')).toEqual({ formula: 'SUM(A1:A1)', value: null, noResult: true });
    expect(cell(g, 'E1')).toEqual({ formula: 'A1*2', value: 0 });
    expect(cell(g, 'F1')).toEqual({ formula: 'B1*2', value: null, noResult: true });
  });
});

describe('packages other programs write', () => {
  const body = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2.5</v></c></row></sheetData>';

  test('element prefixes (x:) and a relationships: prefix on r:id, as the OpenXML SDK writes', async () => {
    const bytes = await rawPackage({ prefix: 'x', relPrefix: 'relationships', strings: '<si><t>Tiêu chí 1</t></si>', sheets: [{ name: 'Biểu', body }] });
    const [g] = await expectSameGrids(bytes);
    expect(g.rows).toEqual([[{ value: 'Tiêu chí 1' }, { value: 2.5 }]]);
  });

  test('worksheet parts named Sheet1.xml and sheet.xml (SSRS, Numbers), with their links and notes', async () => {
    const bytes = await rawPackage({
      sheets: [
        {
          name: 'Báo cáo',
          path: 'xl/worksheets/Sheet1.xml',
          body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>KH 12</t></is></c></row></sheetData><hyperlinks><hyperlink ref="A1" r:id="rL"/></hyperlinks>',
          rels: `<Relationship Id="rL" Type="${REL_NS}/hyperlink" Target="https://vb.gov.vn/12" TargetMode="External"/><Relationship Id="rC" Type="${REL_NS}/comments" Target="../comments1.xml"/>`,
          parts: { 'xl/comments1.xml': `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>A</author></authors><commentList><comment ref="A1" authorId="0"><text><r><t>đã sửa</t></r></text></comment></commentList></comments>` },
        },
        { name: 'Trang 2', path: 'xl/sheet.xml', body: '<sheetData><row r="2"><c r="B2"><v>7</v></c></row></sheetData>' },
      ],
    });
    const grids = await expectSameGrids(bytes);
    expect(grids.map((g) => g.sheetName)).toEqual(['Báo cáo', 'Trang 2']);
    expect(cell(grids[0], 'A1')).toEqual({ value: 'KH 12', hyperlink: 'https://vb.gov.vn/12', note: 'đã sửa' });
    expect(cell(grids[1], 'B2')).toEqual({ value: 7 });
  });

  test('rows and cells without r, inline strings in CDATA', async () => {
    const bytes = await one(
      '<sheetData>' +
        '<row><c t="inlineStr"><is><t><![CDATA[Kế hoạch <số 12> & "CCHC"]]></t></is></c><c><v>1</v></c></row>' + // row 1, A1 B1
        '<row r="3"><c r="C3"><v>3</v></c><c><v>4</v></c></row>' + // D3 follows C3
        '<row><c><v>5</v></c></row>' + // row 4, A4
        '</sheetData>',
      { strings: '<si><t><![CDATA[a < b]]></t></si>' },
    );
    const [g] = await expectSameGrids(bytes);
    expect(cell(g, 'A1')).toEqual({ value: 'Kế hoạch <số 12> & "CCHC"' });
    expect(cell(g, 'B1')).toEqual({ value: 1 });
    expect(cell(g, 'D3')).toEqual({ value: 4 });
    expect(cell(g, 'A4')).toEqual({ value: 5 });
    expect(g.rowCount).toBe(4);
  });

  test('a workbook part that is not xl/workbook.xml: the fast reader reads it, the copy is refused with a sentence', async () => {
    const bytes = await rawPackage({ workbookPath: 'xl/book.xml', sheets: [{ name: 'Biểu', body }], strings: '<si><t>Tiêu chí 1</t></si>' });
    const [sheet] = readWorkbookSheetsFast(bytes);
    expect(sheet.grid.rows).toEqual([[{ value: 'Tiêu chí 1' }, { value: 2.5 }]]);
    const read = await readForCheck(bytes, { needWorkbook: true });
    expect(read).toMatchObject({ ok: true, workbook: null, copyNotes: [copyProblems.cannotOpen] });
  });
});

describe('number formats and dates', () => {
  const styles =
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.00\\ \\đ\\i\\ể\\m"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>' +
    '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>';

  test('a score format with escaped letters stays a number; dates before 1900-03-01; t="d"; text results in date cells', async () => {
    const bytes = await one(
      '<sheetData>' +
        '<row r="1"><c r="A1" s="1"><v>7.5</v></c><c r="B1" s="1"><f>A1/2</f><v>3.75</v></c></row>' +
        // Excel's 1900 system: 1 = 1900-01-01, 59 = 1900-02-28, 60 = the 29 February Excel shows, 61 = 1900-03-01
        '<row r="2"><c r="A2" s="2"><v>1</v></c><c r="B2" s="2"><v>59</v></c><c r="C2" s="2"><v>60</v></c><c r="D2" s="2"><v>61</v></c><c r="E2" s="2"><v>45306</v></c></row>' +
        '<row r="3"><c r="A3" t="d" s="2"><v>2024-01-15</v></c><c r="B3" t="d"><v>2024-01-15T10:30:00</v></c><c r="C3" t="d"><v>chưa rõ</v></c></row>' +
        '<row r="4"><c r="A4" s="2" t="str"><f>IF(E2&gt;0,"chưa ban hành","")</f><v>chưa ban hành</v></c></row>' +
        '</sheetData>',
      { styles },
    );
    const [g] = await expectSameGrids(bytes);
    expect(cell(g, 'A1')).toEqual({ value: 7.5, numFmt: '0.00" điểm"' });
    expect(cell(g, 'B1')).toEqual({ formula: 'A1/2', value: 3.75, numFmt: '0.00" điểm"' });
    expect([cell(g, 'A2'), cell(g, 'B2'), cell(g, 'C2'), cell(g, 'D2'), cell(g, 'E2')].map((c) => c?.value)).toEqual([
      '1900-01-01', '1900-02-28', '1900-02-29', '1900-03-01', '2024-01-15', // 45306 = 2024-01-15
    ]);
    expect(cell(g, 'A3')).toEqual({ value: '2024-01-15' });
    expect(cell(g, 'B3')).toEqual({ value: '2024-01-15T10:30:00' });
    expect(cell(g, 'C3')).toEqual({ value: 'chưa rõ' });
    expect(cell(g, 'A4')).toEqual({ formula: 'IF(E2>0,"chưa ban hành","")', value: 'chưa ban hành' });
  });

  test('the copy written by ExcelJS keeps the score format as Excel reads it', async () => {
    const bytes = await one('<sheetData><row r="1"><c r="A1" s="1"><v>7.5</v></c></row></sheetData>', { styles });
    const copy = await (await FileWorkbook.fromBuffer(bytes)).toBuffer();
    const styleXml = await (await JSZip.loadAsync(copy)).file('xl/styles.xml')!.async('string');
    expect(styleXml).toContain('formatCode="0.00&quot; điểm&quot;"'); // not "0.00 điểm", where m would be a month
  });
});

describe('what would stall or break ExcelJS', () => {
  test('data validation over whole columns and the whole sheet is cut to the used area, and said', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="D${i + 1}"><v>0.5</v></c></row>`).join('');
    const bytes = await one(
      `<sheetData>${rows}</sheetData>` +
        '<dataValidations count="2"><dataValidation type="decimal" allowBlank="1" sqref="D:D F1:F1048576"><formula1>0</formula1><formula2>10</formula2></dataValidation>' +
        '<dataValidation type="list" sqref="H1:XFD1048576 B2"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>',
    );
    const prepared = await preparePackage(bytes);
    // 30 rows used + 1000 rows of margin; columns up to D (4) + 26 = AD
    expect(prepared.copyNotes).toEqual([copyNoteTexts.validationCut('Biểu', 1030)]);
    const sheetXml = await (await JSZip.loadAsync(prepared.bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toContain('sqref="D1:D1030 F1:F1030"');
    expect(sheetXml).toContain('sqref="H1:AD1030 B2:B2"');
    const [g] = await expectSameGrids(bytes);
    expect(cell(g, 'D30')).toEqual({ value: 0.5 });
    const wb = await FileWorkbook.fromBuffer(bytes);
    expect(wb.copyNotes).toEqual([copyNoteTexts.validationCut('Biểu', 1030)]);
    const ws = wb.workbook.getWorksheet('Biểu')!;
    expect((ws as unknown as { dataValidations: { find(a: string): { type: string } | undefined } }).dataValidations.find('D500')?.type).toBe('decimal');
    expect((ws as unknown as { dataValidations: { find(a: string): { type: string } | undefined } }).dataValidations.find('AD1030')?.type).toBe('list');
  }, 30_000);

  test('Excel tables ExcelJS cannot find (absolute target, part not named tableN.xml) are made findable and kept in the copy', async () => {
    const table = (id: number, filter: string) =>
      `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="Bang${id}" displayName="Bang${id}" ref="A1:B3" totalsRowCount="1">` +
      `<autoFilter ref="A1:B2">${filter}</autoFilter><tableColumns count="2"><tableColumn id="1" name="Mã"/><tableColumn id="2" name="Điểm" totalsRowFunction="sum"><totalsRowFormula>SUBTOTAL(109,[Điểm])</totalsRowFormula></tableColumn></tableColumns>` +
      '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
    const body = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c><c r="B1" t="inlineStr"><is><t>Điểm</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>1.1</t></is></c><c r="B2"><v>2</v></c></row><row r="3"><c r="B3"><f>SUBTOTAL(109,Bang1[Điểm])</f><v>2</v></c></row></sheetData><tableParts count="1"><tablePart r:id="rT"/></tableParts>';
    const good = await one(body);
    const withTable = async (filter: string, target: string) => {
      const zip = await JSZip.loadAsync(good);
      zip.file(target.replace(/^(\.\.)?\//, 'xl/'), table(1, filter));
      zip.file('xl/worksheets/_rels/sheet1.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rT" Type="${REL_NS}/table" Target="${target}"/></Relationships>`);
      return zip.generateAsync({ type: 'uint8array' });
    };
    const tableOfCopy = async (wb: FileWorkbook) => {
      const copy = await JSZip.loadAsync(await wb.toBuffer());
      return Object.keys(copy.files).filter((f) => /tables\/.+/.test(f));
    };
    // An absolute target, and a part not named "tableN.xml" (ExcelJS finds neither): made findable, kept.
    for (const target of ['/xl/tables/table1.xml', '../tables/Bang_diem.xml']) {
      const bytes = await withTable('', target);
      await expectSameGrids(bytes);
      const wb = await FileWorkbook.fromBuffer(bytes);
      expect(wb.copyNotes).toEqual([]);
      expect(await tableOfCopy(wb)).toEqual(['xl/tables/table1.xml']);
    }
    // A table ExcelJS fails on is dropped from the copy with a sentence: test/file/real-files.test.ts (Apache POI's 61281.xlsx).
  });

  test('a merge over a whole column is cut to the used area in both readers, and said', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const bytes = await one(`<sheetData>${rows}</sheetData><mergeCells count="2"><mergeCell ref="B1:B1048576"/><mergeCell ref="C1:D2"/></mergeCells>`);
    const [g] = await expectSameGrids(bytes);
    // 30 rows used + 1000 of margin: B1:B1030 (0-based bottom 1029); the small merge is untouched
    expect(g.merges).toEqual([{ top: 0, left: 1, bottom: 1029, right: 1 }, { top: 0, left: 2, bottom: 1, right: 3 }]);
    expect((await FileWorkbook.fromBuffer(bytes)).copyNotes).toEqual([copyNoteTexts.mergeCut('Biểu', ['B1:B1048576 → B1:B1030'])]);
  }, 30_000);

  test('10,000 merged ranges (the ExcelJS limit): both readers finish; one more is refused for ExcelJS only; overlapping merges are still refused', async () => {
    const merges = Array.from({ length: MAX_COPY_MERGES }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join('');
    const bytes = await one(`<sheetData><row r="7"><c r="A7"><v>1</v></c></row></sheetData><mergeCells count="10000">${merges}</mergeCells>`);
    const fast = readWorkbookSheetsFast(bytes)[0].grid;
    expect(fast.merges).toHaveLength(10_000);
    const more = await one(`<sheetData/><mergeCells>${merges}<mergeCell ref="A10001:B10001"/></mergeCells>`);
    expect(readWorkbookSheetsFast(more)[0].grid.merges).toHaveLength(10_001);
    await expect(FileWorkbook.fromBuffer(more)).rejects.toThrow(InputLimitError);
    expect(fast.merges[6]).toEqual({ top: 6, left: 0, bottom: 6, right: 1 });
    const slow = (await FileWorkbook.fromBuffer(bytes)).readAllGrids()[0];
    expect(slow).toStrictEqual(fast);
    const overlapping = await one('<sheetData/><mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="C1:D1"/><mergeCell ref="B2:C3"/></mergeCells>');
    expect(() => readWorkbookSheetsFast(overlapping)).toThrow(FastReadError);
    await expect(FileWorkbook.fromBuffer(overlapping)).rejects.toThrow('Cannot merge already merged cells');
  }, 60_000);
});

describe('files that are not .xlsx', () => {
  test('.ods gets its own sentence, not the .docx one', async () => {
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
    zip.file('content.xml', '<office:document-content/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await openWorkbook(bytes)).toEqual({ ok: false, problem: fileProblems.ods });
    expect(await readForCheck(bytes, { needWorkbook: false })).toEqual({ ok: false, problem: fileProblems.ods });
    expect(fileProblems.ods.vi).toContain('.ods của LibreOffice/OpenOffice');
  });

  test('an Apple Numbers file is named as such', async () => {
    const zip = new JSZip();
    zip.file('Index/Document.iwa', new Uint8Array([1, 2, 3]));
    zip.file('Metadata/Properties.plist', '<plist/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await openWorkbook(bytes)).toEqual({ ok: false, problem: fileProblems.numbers });
  });
});
