/**
 * Flagged copies patched into the package keep everything ExcelJS would drop: charts, pivot
 * tables, pictures, tables, defined names, data validation, the user's notes. Real workbooks from
 * other libraries' corpora (test/fixtures/keep-parts/README.md) are flagged and cleared, and their
 * parts are compared byte for byte (uncompressed) with the original.
 */
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import type { Flag } from '../../src/engine/flags/format';
import type { SheetSpec } from '../../src/engine/sheet-spec';
import { readWorkbookSheetsFast } from '../../src/file/fast-read';
import { openWorkbook } from '../../src/file/open-workbook';
import { clearPackage, flagPackage } from '../../src/file/package-marks';

const DIR = path.join(__dirname, '../fixtures/keep-parts');
const load = (name: string) => new Uint8Array(readFileSync(path.join(DIR, name)));

/** Every part's bytes (as a binary string, for exact comparison) or, with `text`, its UTF-8 text. */
async function parts(bytes: Uint8Array, text = false): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async(text ? 'string' : 'binarystring'));
  return out;
}

const FLAGS: Flag[] = [
  { cell: 'B2', severity: 'error', text: '✖ Lỗi: điểm vượt tối đa' },
  { cell: 'C3', severity: 'warning', text: '⚠ Cảnh báo: thiếu tài liệu' },
  { cell: 'D4', severity: 'info', text: 'ℹ Lưu ý: <b>&"' },
];

const RESULT_SHEET: SheetSpec = {
  name: 'Kết quả kiểm tra',
  cells: [
    { row: 0, col: 0, value: { text: 'Kết quả kiểm tra' }, style: { bold: true, fontSize: 14 } },
    { row: 1, col: 0, value: { text: 'Trang này do phần mềm kiểm tra par-check thêm vào bản sao đánh dấu. Thử.' }, style: { wrap: true } },
    { row: 3, col: 0, value: { number: 1 }, style: { border: true, hAlign: 'center' } },
    { row: 3, col: 1, value: { text: 'Cả biểu' }, style: { border: true, fill: 'FFF2CC' } },
    // Text Excel would otherwise read as an escaped character ("_x0041_" is "A").
    { row: 4, col: 1, value: { text: 'UBND _x0041_ & <xã>' } },
  ],
  merges: [{ top: 1, left: 0, bottom: 1, right: 4 }],
  columnWidths: [6, 13, 9, 64, 22],
  print: { orientation: 'portrait', fitToWidth: true, repeatRows: { first: 3, last: 3 }, footer: { center: 'Trang {page}/{pages}' } },
};

/** The workbook's first sheet name and part, read by hand from the package. */
async function firstSheet(bytes: Uint8Array): Promise<{ name: string; part: string }> {
  const p = await parts(bytes);
  const wb = p.get('xl/workbook.xml')!;
  const m = /<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/.exec(wb)!;
  const rels = p.get('xl/_rels/workbook.xml.rels')!;
  const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)!;
  return { name: m[1], part: 'xl/' + (target[1] ?? target[2]).replace(/^\/?xl\//, '') };
}

const FIXTURES = [
  ['poi-123233_charts.xlsx', /xl\/charts\/chart\d\.xml/],
  ['poi-ExcelPivotTableSample.xlsx', /xl\/pivotTables\/pivotTable\d\.xml/],
  ['poi-DataValidationEvaluations.xlsx', /xl\/tables\/table1\.xml/],
  ['xlsxwriter-image01.xlsx', /xl\/media\/image1\.png/],
  ['xlsxwriter-defined_name01.xlsx', /xl\/worksheets\/sheet3\.xml/],
] as const;

describe.each(FIXTURES)('%s: flagged and cleared by patching the package', (file, kept) => {
  it('changes only the parts that hold our marks; every other part is byte-identical', async () => {
    const original = load(file);
    const sheet = await firstSheet(original);
    const flagged = await flagPackage(original, [{ sheet: sheet.name, flags: FLAGS }], () => RESULT_SHEET);
    expect(flagged.flagged).toEqual([3]);
    const before = await parts(original);
    const after = await parts(flagged.bytes);
    const rels = sheet.part.replace(/([^/]+)$/, '_rels/$1.rels');
 // Part names are case-insensitive (the charts file has "Sheet1.xml" and "_rels/sheet1.xml.rels").
    const ours = new Set([sheet.part, rels, 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'].map((n) => n.toLowerCase()));
    const changed = [...before.keys()].filter((n) => after.get(n) !== before.get(n));
    expect(changed.filter((n) => !ours.has(n.toLowerCase()) && !/comments\d*\.xml$|\.vml$/i.test(n))).toEqual([]);
    // The kind of part ExcelJS drops is there, unchanged.
    const witness = [...before.keys()].filter((n) => kept.test(n));
    expect(witness.length).toBeGreaterThan(0);
    for (const n of witness) expect(after.get(n)).toBe(before.get(n));
    // Only parts of ours were added: comments, the VML drawing, the sheet's rels, the result sheet.
    const added = [...after.keys()].filter((n) => !before.has(n));
    for (const n of added) expect(n).toMatch(/^xl\/(comments\d+\.xml|drawings\/vmlDrawing\d+\.vml|worksheets\/sheet\d+\.xml|worksheets\/_rels\/[^/]+\.rels)$/);
  });

  it('reads back in ExcelJS and the fast reader with our notes, rules and result sheet', async () => {
    const original = load(file);
    const sheet = await firstSheet(original);
    const flagged = await flagPackage(original, [{ sheet: sheet.name, flags: FLAGS }], () => RESULT_SHEET);
    // Through open-workbook.ts, which gives ExcelJS the part names it insists on (the charts file has "Sheet1.xml").
    const opened = await openWorkbook(flagged.bytes);
    if (!opened.ok) throw new Error(opened.problem.en);
    const wb = opened.workbook.workbook;
    const ws = wb.getWorksheet(sheet.name)!;
    // ExcelJS reads a note only on a cell present in the sheet data (these may be empty): the
    // comments part is read by hand; Excel and LibreOffice show notes on empty cells.
    const comments = [...(await parts(flagged.bytes, true)).entries()].filter(([n]) => /comments\d+\.xml$/.test(n)).map(([, x]) => x).join('');
    expect(comments).toContain('<comment ref="D4" authorId="');
    expect(comments).toContain('<t xml:space="preserve">--- par-check · Kiểm tra CCHC / PAR check ---\nℹ Lưu ý: &lt;b&gt;&amp;&quot;\n--- hết / end ---</t>');
    const rules = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(rules.filter((r) => r.rules.some((x) => x.formulae?.[0] === '"par-check"="par-check"')).map((r) => r.ref)).toEqual(['B2', 'C3', 'D4']);
    const result = wb.getWorksheet('Kết quả kiểm tra')!;
    expect(result.getCell('B4').value).toBe('Cả biểu');
    expect(result.getCell('A1').font?.bold).toBe(true);
    const fast = readWorkbookSheetsFast(flagged.bytes);
    expect(fast.map((s) => s.name)).toContain('Kết quả kiểm tra');
    // Excel reads "_xHHHH_" in <t> as an escape (ECMA-376 ST_Xstring): the literal text is written
    // with its "_" escaped as "_x005F_", and the markup characters as entities.
    const sheetXml = [...(await parts(flagged.bytes, true)).values()].find((x) => x.includes('Cả biểu'))!;
    expect(sheetXml).toContain('<t xml:space="preserve">UBND _x005F_x0041_ &amp; &lt;xã&gt;</t>');
  });

  it('clear gives back every part but the styles, which only gained entries at the end', async () => {
    const original = load(file);
    const sheet = await firstSheet(original);
    const flagged = await flagPackage(original, [{ sheet: sheet.name, flags: FLAGS }], () => RESULT_SHEET);
    const cleared = await clearPackage(flagged.bytes);
    expect([...cleared.cells.entries()]).toEqual([[sheet.name, 3]]);
    expect(cleared.resultSheets).toBe(1);
    const before = await parts(original);
    const after = await parts(cleared.bytes);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...before.keys()].filter((n) => n !== 'xl/styles.xml' && after.get(n) !== before.get(n))).toEqual([]);
    // Existing cell formats keep their indexes: the original list is the start of the new one.
    const xfs = (s: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(s)![1];
    expect(xfs(after.get('xl/styles.xml')!).startsWith(xfs(before.get('xl/styles.xml')!))).toBe(true);
  });
});

describe('notes of the user next to ours', () => {
  it("keeps the user's note runs byte for byte, adds ours as a run, and takes only ours out", async () => {
    const original = load('poi-DataValidationEvaluations.xlsx');
    // E1 holds Greg Woolsey's note "Blank for Formulas" (bold Tahoma run).
    const flagged = await flagPackage(original, [{ sheet: (await firstSheet(original)).name, flags: [{ cell: 'E1', severity: 'warning', text: 'Xem lại' }] }], () => null);
    const comments = (await parts(flagged.bytes, true)).get('xl/comments1.xml')!;
    expect(comments).toContain('<r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>Blank for Formulas</t></r>');
    expect(comments).toContain('<t xml:space="preserve">\n--- par-check · Kiểm tra CCHC / PAR check ---\nXem lại\n--- hết / end ---</t>');
    // No new author: the note stays Greg Woolsey's.
    expect(comments).toContain('<authors><author>Greg Woolsey</author></authors>');
    const cleared = await clearPackage(flagged.bytes);
    expect((await parts(cleared.bytes)).get('xl/comments1.xml')).toBe((await parts(original)).get('xl/comments1.xml'));
  });

  it('flagging a flagged copy again replaces our marks instead of stacking them', async () => {
    const original = load('xlsxwriter-image01.xlsx');
    const name = (await firstSheet(original)).name;
    const once = await flagPackage(original, [{ sheet: name, flags: FLAGS }], () => RESULT_SHEET);
    const twice = await flagPackage(once.bytes, [{ sheet: name, flags: [FLAGS[0]] }], () => RESULT_SHEET);
    const p = await parts(twice.bytes, true);
    const sheetXml = p.get((await firstSheet(original)).part)!;
    expect(sheetXml.match(/&quot;par-check&quot;/g)?.length).toBe(2); // one rule: "par-check"="par-check"
    expect((p.get('xl/workbook.xml')!.match(/<sheet name="Kết quả kiểm tra"/g) ?? []).length).toBe(1);
    expect((p.get('xl/workbook.xml')!.match(/_xlnm.Print_Titles/g) ?? []).length).toBe(1);
    expect([...p.keys()].filter((n) => /comments\d+\.xml$/.test(n)).map((n) => (p.get(n)!.match(/<comment /g) ?? []).length)).toEqual([1]);
  });
});
