/**
 * checkFiles/checkOneFile with the fast reader (no workbook needed) against the ExcelJS path:
 * same results on good files, same messages on bad ones (the fast reader falls back).
 */
import * as ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { slimResult } from '../../src/cli/check/slim-result';
import { checkFiles, checkOneFile, type CheckFilesOptions } from '../../src/cli/check/check-files';
import type { InputFile } from '../../src/cli/check/collect-files';
import { bundledSets } from '../../src/engine/criteria/registry';
import { docxLikeBytes, encryptedXlsxBytes, oldXlsBytes, pdfBytes, textBytes, truncatedBytes } from '../helpers/bad-files';
import { generateFilledWorkbook } from '../helpers/generate-workbook';

const SAMPLES = join(__dirname, '..', 'fixtures', 'samples');
const options: CheckFilesOptions = { sets: bundledSets(), lang: 'vi' };
let dir: string;
const inputs: InputFile[] = [];

function add(name: string, bytes: Uint8Array): void {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  inputs.push({ file: name, path });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'par-check-fast-'));
  for (const f of readdirSync(SAMPLES).filter((n) => n.endsWith('.xlsx'))) inputs.push({ file: f, path: join(SAMPLES, f) });
  const good = await generateFilledWorkbook(options.sets[0], { unit: 'Sở Tư pháp', seed: 5, defects: [{ kind: 'aboveMax' }] });
  add('tot.xlsx', good);
  add('cat-cut.xlsx', truncatedBytes(good));
  add('mat-khau.xlsx', encryptedXlsxBytes());
  add('cu.xlsx', oldXlsBytes());
  add('ban-in.xlsx', pdfBytes());
  add('van-ban.xlsx', textBytes());
  add('word.xlsx', await docxLikeBytes());
  add('rong.xlsx', new Uint8Array(0));
  const onlyHidden = new ExcelJS.Workbook();
  onlyHidden.addWorksheet('Cũ', { state: 'hidden' }).getCell('A1').value = 'x';
  add('chi-an.xlsx', Buffer.from(await onlyHidden.xlsx.writeBuffer()));
  inputs.push({ file: 'khong-co.xlsx', path: join(dir, 'khong-co.xlsx') });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the results equal those of the ExcelJS path, file by file', async () => {
  const fast = await checkFiles(inputs, options);
  const slow = [];
  for (const input of inputs) slow.push(...(await checkOneFile(input, options, { needWorkbook: true })).checks);
  // A batch keeps its results slimmed (slim-result.ts); checkOneFile gives them whole.
  expect(fast).toStrictEqual(slow.map((c) => (c.result ? { ...c, result: slimResult(c.result) } : c)));
  // Both good and bad files are in the run, so the comparison covers results and messages.
  // (chi-an.xlsx has only a hidden sheet: a result with no scoresheet, not a read problem.)
  expect(fast.filter((c) => c.result !== null).map((c) => c.file).sort()).toEqual(
    ['chi-an.xlsx', 'so-tu-phap-2024.xlsx', 'so-xay-dung-2024.xlsx', 'so-y-te-2024.xlsx', 'tot.xlsx'],
  );
  expect(fast.filter((c) => c.problem !== null).length).toBe(inputs.length - 5);
});

test('the default (fast) path does not open an ExcelJS workbook; needWorkbook does', async () => {
  const input = inputs.find((i) => i.file === 'tot.xlsx')!;
  const fast = await checkOneFile(input, options);
  expect(fast.workbook).toBeNull();
  expect(fast.checks[0].result?.findings.some((f) => f.code === 'score.aboveMax')).toBe(true);
  const slow = await checkOneFile(input, options, { needWorkbook: true });
  expect(slow.workbook).not.toBeNull();
  expect(fast.checks).toStrictEqual(slow.checks);
});

test('--sheet on a hidden sheet reads it through the fast path too', async () => {
  const input = inputs.find((i) => i.file === 'chi-an.xlsx')!;
  const named = { ...options, sheetName: 'Cũ' };
  const fast = await checkOneFile(input, named, { needWorkbook: false });
  const slow = await checkOneFile(input, named);
  expect(fast.checks).toStrictEqual(slow.checks);
  expect(fast.checks[0].result?.sheetName).toBe('Cũ');
});
