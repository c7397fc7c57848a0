/**
 * How the page reads a file (src/file/read-in-browser.ts): the fast reader over JSZip, compared
 * with the ExcelJS reader (an independent reader: the file adapter the CLI's --annotate path and
 * the pane's file mode use) on the sample scoresheets; ExcelJS's messages for files the fast reader
 * cannot read; the inflate and row limits with their sentences.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FileWorkbook } from '../../src/file/file-workbook';
import { limitProblems } from '../../src/file/input-limits';
import { readWorkbookSheetsFast } from '../../src/file/fast-read';
import { readForCheck } from '../../src/file/read-for-check';
import { readSheetsInBrowser } from '../../src/file/read-in-browser';
import { fileProblems } from '../../src/file/sniff';
import { pdfBytes, truncatedBytes } from '../helpers/bad-files';
import { deflated, hugeRowNumber, lyingSizes, writeZip } from '../hostile/hostile-files';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');
const sample = (name: string) => fs.readFileSync(path.join(SAMPLES, name));

describe('reading a file on the page', () => {
  it.each(['so-y-te-2024.xlsx', 'so-tu-phap-2024.xlsx', 'so-xay-dung-2024.xlsx'])(
    '%s: the fast reader over JSZip lists and reads what ExcelJS reads, cell for cell',
    async (name) => {
      const bytes = new Uint8Array(sample(name));
      const read = await readSheetsInBrowser(bytes);
      if (!read.ok) throw new Error(read.problem.en);
      expect(read.reader).toBe('fast');
      const excel = await FileWorkbook.fromBuffer(bytes);
      const listed = (await excel.listSheets()).map((s) => ({ name: s.name, visible: s.visible }));
      expect(read.listed).toEqual(listed);
      for (const s of listed) expect(await read.gridOf(s.name)).toEqual(await excel.readGrid(s.name));
    },
  );

  it('a file the fast reader cannot read gets the ExcelJS path’s sentence (not a zip, damaged)', async () => {
    expect(await readSheetsInBrowser(new Uint8Array(pdfBytes()))).toEqual({ ok: false, problem: fileProblems.pdf });
    const cut = await readSheetsInBrowser(new Uint8Array(truncatedBytes(sample('so-tu-phap-2024.xlsx'))));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.problem.vi).toMatch(/hỏng|không đầy đủ/);
  });

  it('two sheet names equal but for case: left to ExcelJS, as the CLI does (read-for-check.ts)', async () => {
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
    const names = ['Biểu', 'BIỂU'];
    const sheet = (v: number) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>${v}</v></c></row></sheetData></worksheet>`;
    const zip = writeZip([
      deflated('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
      deflated('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      deflated('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
      deflated('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${names.map((_n, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`),
      deflated('xl/worksheets/sheet1.xml', sheet(1)),
      deflated('xl/worksheets/sheet2.xml', sheet(2)),
    ]);
    const bytes = new Uint8Array(zip);
    // The fast reader reads both sheets; the page does not use it here and says what the CLI says.
    expect(readWorkbookSheetsFast(bytes).map((s) => s.name)).toEqual(names);
    const cli = await readForCheck(bytes, { needWorkbook: false });
    expect(cli.ok).toBe(false); // ExcelJS cannot open this one
    if (!cli.ok) expect(await readSheetsInBrowser(bytes)).toEqual({ ok: false, problem: cli.problem });
  });

  it('limits: a zip bomb stops at the inflate budget, a row beyond Excel’s is refused, each with its sentence', async () => {
    expect(await readSheetsInBrowser(new Uint8Array(lyingSizes(150 * 1024 * 1024)))).toEqual({ ok: false, problem: limitProblems.inflated() });
    expect(await readSheetsInBrowser(new Uint8Array(hugeRowNumber()))).toEqual({
      ok: false,
      problem: limitProblems.rowBeyondExcel('Biểu chấm điểm', 2_000_000_000),
    });
  });
});
