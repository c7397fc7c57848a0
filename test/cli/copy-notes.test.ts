/**
 * `check --annotate` keeps the check's answer when the flagged copy cannot be faithful: the
 * results equal those of `check` (fast reader), and what the copy lacks is handed to the
 * onCopyNotes hook (printed by batch-outputs.ts) instead of changing or failing the check.
 */
import JSZip from 'jszip';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkFiles, type CheckFilesOptions } from '../../src/cli/check/check-files';
import type { InputFile } from '../../src/cli/check/collect-files';
import { bundledSets } from '../../src/engine/criteria/registry';
import { copyProblems } from '../../src/file/read-for-check';
import { generateFilledWorkbook } from '../helpers/generate-workbook';

const options: CheckFilesOptions = { sets: bundledSets(), lang: 'vi' };
let dir = '';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a scoresheet with a whole-column validation, and one ExcelJS cannot open: same results, the copy notes said', async () => {
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
  const notes: [string, string][] = [];
  const copied: string[] = [];
  const annotated = await checkFiles(inputs, options, {
    afterFile: async (checks) => {
      copied.push(checks[0].file);
    },
    onCopyNotes: (file, list) => list.forEach((n) => notes.push([file, n.en])),
  });
  expect(plain.every((c) => c.result !== null && c.result.findings.some((f) => f.code === 'score.aboveMax'))).toBe(true);
  expect(annotated.map((c) => c.result)).toEqual(plain.map((c) => c.result));
  expect(copied).toEqual(['kiem-tra-cot.xlsx']); // no copy of the file ExcelJS cannot open…
  expect(notes[0][0]).toBe('kiem-tra-cot.xlsx');
  expect(notes[0][1]).toMatch(/data validation set on whole columns or rows is kept only down to row \d+ in the flagged copy/);
  expect(notes[1]).toEqual(['doi-ten.xlsx', copyProblems.cannotOpen.en]);
  expect(notes).toHaveLength(2);
}, 60_000);
