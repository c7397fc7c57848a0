/**
 * readForCheck says whether the package lists a seal sheet when the fast reader read it, so a
 * batch does not open an unsealed file a second time for its seal (cli/check/file-seal.ts).
 */
import * as ExcelJS from 'exceljs';
import { fileSealState } from '../../src/cli/check/file-seal';
import { NOT_SEALED } from '../../src/engine/seal/seal-state';
import { SEAL_SHEET } from '../../src/engine/seal/seal-sheet-name';
import { readForCheck } from '../../src/file/read-for-check';
import { SETTINGS_SHEET } from '../../src/file/internal-sheets';
import type { CheckResult } from '../../src/engine/check-result';

async function workbook(sheets: { name: string; state?: 'visible' | 'veryHidden' }[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) wb.addWorksheet(s.name, { state: s.state ?? 'visible' }).getCell('A1').value = 'x';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test('a file with a seal sheet: sealSheet true; without one: false', async () => {
  const sealed = await readForCheck(await workbook([{ name: 'Biểu' }, { name: SEAL_SHEET, state: 'veryHidden' }]), { needWorkbook: false });
  const plain = await readForCheck(await workbook([{ name: 'Biểu' }, { name: SETTINGS_SHEET, state: 'veryHidden' }]), { needWorkbook: false });
  expect(sealed.ok && sealed.sealSheet).toBe(true);
  expect(plain.ok && plain.sealSheet).toBe(false);
  // The seal sheet is not a sheet to check.
  expect(sealed.ok && sealed.listed.map((s) => s.name)).toEqual(['Biểu']);
});

test('fileSealState: "no seal sheet" is not sealed without reading the bytes; unknown reads them', () => {
  const results = [{} as CheckResult];
  const notAZip = new Uint8Array([1, 2, 3]);
  expect(fileSealState(notAZip, results, false)).toBe(NOT_SEALED);
  // Unknown: the bytes are read, and these cannot be.
  expect(fileSealState(notAZip, results, undefined)).toBeNull();
  expect(fileSealState(notAZip, [], false)).toBeNull();
});
