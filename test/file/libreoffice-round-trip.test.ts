/**
 * Workbooks saved again by LibreOffice (as units do when they open a scoresheet in LibreOffice
 * Calc): the check report before and after the round trip is the same, and both readers agree
 * on LibreOffice's file cell by cell. All files go through ONE soffice call (it takes seconds to
 * start). Where soffice is not installed (CI installs it best effort) the test is skipped and
 * says why.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkAllScoresheets } from '../../src/engine/check';
import { bundledSets } from '../../src/engine/criteria/registry';
import { readWorkbookSheetsFast } from '../../src/file/fast-read';
import { FileWorkbook } from '../../src/file/file-workbook';
import { readForCheck } from '../../src/file/read-for-check';
import { generateFilledWorkbook } from '../helpers/generate-workbook';

const sets = bundledSets();
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const haveSoffice = soffice.status === 0;
if (!haveSoffice) console.log('LibreOffice round-trip test skipped: soffice is not installed (apt-get install libreoffice-calc to run it).');
const maybe = haveSoffice ? describe : describe.skip;

/** The check as `par-check check` makes it (fast reader, visible sheets). */
async function report(bytes: Uint8Array) {
  const read = await readForCheck(bytes, { needWorkbook: false });
  if (!read.ok) throw new Error(read.problem.en);
  return checkAllScoresheets(read.sheets.grids, { sets, hiddenSheets: read.sheets.hidden }).map((r) => ({
    sheet: r.sheetName,
    set: r.set?.id,
    scores: r.scores,
    findings: r.findings.map((f) => ({ code: f.code, severity: f.severity, cell: f.cell, item: f.item })),
  }));
}

/** A generated scoresheet changed the way people change them: score format "7,50 điểm", scores as formulas (one giving 0). */
async function withFormulasAndUnits(base: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(base as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  let header = 0;
  ws.eachRow((row, n) => {
    if (!header && String(row.getCell(6).value ?? '').includes('Điểm tự đánh giá')) header = n;
  });
  let formulas = 0;
  ws.eachRow((row, n) => {
    if (!header || n <= header + 1) return;
    const self = row.getCell(6);
    if (typeof self.value === 'number') {
      self.numFmt = '0.00\\ \\đ\\i\\ể\\m';
      if (formulas < 3) {
        // =IF(…) that keeps the score; the first one gives 0 (and so is a score of 0, not a blank)
        const v = formulas === 0 ? 0 : self.value;
        self.value = { formula: `IF(1=1,${v},0)`, result: v } as ExcelJS.CellFormulaValue;
        formulas++;
      }
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

maybe('LibreOffice round trip', () => {
  let dir = '';
  const names = ['plain.xlsx', 'defects.xlsx', 'formulas.xlsx'];
  const before = new Map<string, Buffer>();
  const after = new Map<string, Buffer>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'par-lo-'));
    before.set('plain.xlsx', await generateFilledWorkbook(sets[0], { unit: 'Sở Tư pháp', seed: 5 }));
    before.set('defects.xlsx', await generateFilledWorkbook(sets[1 % sets.length], {
      unit: 'UBND huyện A', seed: 9, defects: [{ kind: 'aboveMax' }, { kind: 'missingEvidence' }, { kind: 'notNumber' }],
    }));
    before.set('formulas.xlsx', await withFormulasAndUnits(await generateFilledWorkbook(sets[0], { unit: 'Sở Y tế', seed: 3 })));
    for (const [name, bytes] of before) writeFileSync(join(dir, name), bytes);
    execFileSync('soffice', [
      `-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML',
      '--outdir', join(dir, 'out'), ...names.map((n) => join(dir, n)),
    ], { stdio: 'ignore', timeout: 120_000 });
    for (const name of names) after.set(name, readFileSync(join(dir, 'out', name)));
  }, 150_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each(names)('%s: the same report before and after', async (name) => {
    const a = await report(before.get(name)!);
    const b = await report(after.get(name)!);
    expect(a.length).toBeGreaterThan(0);
    expect(a[0].scores).not.toBeNull(); // a real scoresheet was read, not an empty comparison
    expect(b).toEqual(a);
  });

  test.each(names)('%s: both readers agree on LibreOffice\'s file', async (name) => {
    const bytes = after.get(name)!;
    const fast = readWorkbookSheetsFast(bytes).map((s) => s.grid);
    const slow = (await FileWorkbook.fromBuffer(bytes)).readAllGrids();
    expect(fast).toStrictEqual(slow);
  });

  test('formula scores survive: the 0 result is a 0, the format stays a number', async () => {
    const grid = readWorkbookSheetsFast(after.get('formulas.xlsx')!)[0].grid;
    const formulaCells = grid.rows.flat().filter((c) => c?.formula?.startsWith('IF(1=1,'));
    expect(formulaCells.map((c) => c!.value)).toEqual([0, expect.any(Number), expect.any(Number)]);
    expect(formulaCells.every((c) => typeof c!.value === 'number' && c!.numFmt !== undefined && !c!.numFmt.includes('\\'))).toBe(true);
    const finding = (await report(after.get('formulas.xlsx')!))[0].findings.filter((f) => f.code === 'score.missing');
    expect(finding).toEqual([]); // the 0 is not read as a blank
  });
});
