/**
 * `check --annotate` writes its copy by patching the package of the file it checked, so what
 * ExcelJS used to cut or could not open is kept: a whole-column data validation stays whole, and
 * a workbook whose workbook part has another name (found through _rels/.rels) gets its copy. The
 * check results are those of `check` (fast reader), copy or not.
 */
import JSZip from 'jszip';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkFiles, type CheckFilesOptions } from '../../src/cli/check/check-files';
import type { InputFile } from '../../src/cli/check/collect-files';
import { bundledSets } from '../../src/engine/criteria/registry';
import { flagPackage } from '../../src/file/package-marks';
import { generateFilledWorkbook } from '../helpers/generate-workbook';

const options: CheckFilesOptions = { sets: bundledSets(), lang: 'vi' };
let dir = '';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a scoresheet with a whole-column validation, and one ExcelJS cannot open: same results, both copied whole', async () => {
  dir = mkdtempSync(join(tmpdir(), 'par-copy-notes-'));
  const good = await generateFilledWorkbook(options.sets[0], { unit: 'Sở Tư pháp', seed: 5, defects: [{ kind: 'aboveMax' }] });
  const zip = await JSZip.loadAsync(good);
  const sheetPath = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(sheetPath)!.async('string');
  // A validation on the whole of column F (the scores), as people set "decimal 0–10" on a column.
  const validation = '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" sqref="F:F"><formula1>0</formula1><formula2>10</formula2></dataValidation></dataValidations>';
  zip.file(sheetPath, xml.replace(/<pageMargins/, `${validation}<pageMargins`));
  const validated = await zip.generateAsync({ type: 'uint8array' });
  // The same workbook with its workbook part renamed (the fast reader follows _rels/.rels; ExcelJS does not).
  const moved = await JSZip.loadAsync(good);
  moved.file('xl/book.xml', await moved.file('xl/workbook.xml')!.async('string'));
  moved.file('xl/_rels/book.xml.rels', await moved.file('xl/_rels/workbook.xml.rels')!.async('string'));
  moved.remove('xl/workbook.xml');
  moved.remove('xl/_rels/workbook.xml.rels');
  moved.file('_rels/.rels', (await moved.file('_rels/.rels')!.async('string')).replace('xl/workbook.xml', 'xl/book.xml'));
  const inputs: InputFile[] = [];
  for (const [name, bytes] of [['kiem-tra-cot.xlsx', validated], ['doi-ten.xlsx', await moved.generateAsync({ type: 'uint8array' })]] as const) {
    writeFileSync(join(dir, name), bytes);
    inputs.push({ file: name, path: join(dir, name) });
  }
  const plain = await checkFiles(inputs, options);
  const copies = new Map<string, Uint8Array>();
  const annotated = await checkFiles(inputs, options, {
    afterFile: async (checks, original) => {
      copies.set(checks[0].file, original);
    },
  });
  expect(plain.every((c) => c.result !== null && c.result.findings.some((f) => f.code === 'score.aboveMax'))).toBe(true);
  expect(annotated.map((c) => c.result)).toEqual(plain.map((c) => c.result));
  // The hook gets the very bytes that were checked, for both files.
  expect([...copies.keys()]).toEqual(['kiem-tra-cot.xlsx', 'doi-ten.xlsx']);
  expect(Buffer.from(copies.get('kiem-tra-cot.xlsx')!)).toEqual(Buffer.from(validated));
  // A flagged copy made from them keeps the validation whole and the renamed workbook part.
  const finding = plain[0].result!.findings.find((f) => f.code === 'score.aboveMax')!;
  for (const [name, original] of copies) {
    const flagged = await flagPackage(original, [{ sheet: plain[0].result!.sheetName, flags: [{ cell: finding.cell!, severity: 'error', text: 'x' }] }], () => null);
    const out = await JSZip.loadAsync(flagged.bytes);
    if (name === 'kiem-tra-cot.xlsx') expect(await out.file(sheetPath)!.async('string')).toContain(validation);
    else expect(Object.keys(out.files).filter((n) => /book\.xml$/.test(n))).toEqual(['xl/book.xml']);
    expect(flagged.flagged).toEqual([1]);
  }
}, 60_000);
