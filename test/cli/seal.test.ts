/**
 * `par-check seal` and `par-check verify`, in-process, on the 2024 sheet of
 * test/engine/compare/year-fixtures.ts. Rows: header on 6, then 1 (row 7), 1.1 (8), 1.2 (9),
 * 1.3 (10), 2 (11), 2.1 (12), 2.2 (13), 2.3 (14); columns A code, B title, C max, D self,
 * E evidence, F appraised, G note ("Ghi chú"). 1.1 is appraised 3,5.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { removeTempDirs, tempDir } from './run-cli';
import { APPRAISED_2024, SET_2024, sheetRows } from '../engine/compare/year-fixtures';

afterAll(removeTempDirs);

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false, cwd: dir });
  return { code, stdout, stderr };
}

let dir: string;
let code: string;
const C = ['--criteria', 'bo-2024.json'];
const file = (name: string) => path.join(dir, name);

/** A copy of the sealed workbook edited with ExcelJS. */
async function edited(name: string, edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file('da-chot.xlsx'));
  edit(wb.getWorksheet('Tự đánh giá')!, wb);
  await wb.xlsx.writeFile(file(name));
  return name;
}

/** A sealed workbook with the seal sheet's text edited by `edit` (inline, or in the shared strings ExcelJS writes). */
async function sealEdited(from: string, name: string, edit: (xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file(from)));
  for (const part of ['xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml']) {
    const f = zip.file(part);
    if (f) zip.file(part, edit(await f.async('string')));
  }
  fs.writeFileSync(file(name), await zip.generateAsync({ type: 'nodebuffer' }));
  return name;
}

beforeAll(async () => {
  dir = tempDir('seal');
  fs.writeFileSync(file('bo-2024.json'), JSON.stringify(SET_2024));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tự đánh giá');
  for (const r of sheetRows(SET_2024, APPRAISED_2024)) ws.addRow(r);
  fs.writeFileSync(file('bieu.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
  const r = await cli(['seal', 'bieu.xlsx', '--out', 'da-chot.xlsx', ...C]);
  expect(r.code).toBe(0);
  code = /Mã chốt \/ Seal code: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(r.stdout)![1];
});

describe('par-check seal', () => {
  it('writes a copy with a very hidden seal sheet and leaves the input and its other parts as they were', async () => {
    const before = await JSZip.loadAsync(fs.readFileSync(file('bieu.xlsx')));
    const after = await JSZip.loadAsync(fs.readFileSync(file('da-chot.xlsx')));
    const workbook = await after.file('xl/workbook.xml')!.async('string');
    expect(workbook).toMatch(/<sheet [^>]*name="_par_check_seal"[^>]*state="veryHidden"/);
    // Every part of the input is in the copy, byte for byte, but the three lists a new sheet joins.
    for (const name of Object.keys(before.files)) {
      if (before.files[name].dir || ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'].includes(name)) continue;
      expect([name, await after.file(name)!.async('string')]).toEqual([name, await before.file(name)!.async('string')]);
    }
  });

  it('refuses to overwrite its input or an existing file without --force', async () => {
    const same = await cli(['seal', 'bieu.xlsx', '--out', 'bieu.xlsx', ...C]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/Không ghi đè tệp gốc/);
    const exists = await cli(['seal', 'bieu.xlsx', '--out', 'da-chot.xlsx', ...C]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toMatch(/đã có.*--force/);
  });

  it('re-sealing a sealed copy replaces its seal and says so', async () => {
    const r = await cli(['seal', 'da-chot.xlsx', '--out', 'chot-lai.xlsx', ...C]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Tệp đã có dấu chốt ngày`);
    expect(r.stderr).toContain(`(mã ${code})`);
    const zip = await JSZip.loadAsync(fs.readFileSync(file('chot-lai.xlsx')));
    expect((await zip.file('xl/workbook.xml')!.async('string')).match(/_par_check_seal/g)).toHaveLength(1);
  });
});

describe('par-check verify', () => {
  it('finds the sealed copy unchanged, with and without the code', async () => {
    const plain = await cli(['verify', 'da-chot.xlsx', ...C]);
    expect([plain.code, plain.stdout]).toEqual([0, expect.stringMatching(/^Không thay đổi: số liệu khớp với dấu chốt ngày .* \(mã chốt [0-9A-Z-]{14}\)/)]);
    const quoted = await cli(['verify', 'da-chot.xlsx', '--code', code.toLowerCase().replace(/-/g, ' '), ...C]);
    expect(quoted.code).toBe(0);
    expect(quoted.stdout).toContain(`và với mã chốt ${code} đơn vị đã báo`);
  });

  it.each([
    ['a score', (ws: ExcelJS.Worksheet) => (ws.getCell('F8').value = 3), '1.1 · Điểm thẩm định (F8): 3,5 → 3'],
    ['a max', (ws: ExcelJS.Worksheet) => (ws.getCell('C9').value = 5), '1.2 · Điểm tối đa (C9): 4 → 5'],
    ['a code', (ws: ExcelJS.Worksheet) => (ws.getCell('A13').value = '2.4'), '2.4 · Mã tiêu chí (A13): "2.2" → "2.4"'],
    ['evidence', (ws: ExcelJS.Worksheet) => (ws.getCell('E12').value = 'Văn bản số 9/VB-UBND'), '2.1 · Tài liệu kiểm chứng (E12): "Văn bản số 2.1/VB-UBND" → "Văn bản số 9/VB-UBND"'],
    ['a note', (ws: ExcelJS.Worksheet) => (ws.getCell('G10').value = 'Đã bổ sung'), '1.3 · Ghi chú (G10): (trống) → "Đã bổ sung"'],
  ])('detects a change of %s and names the cell, sealed → current', async (what, edit, line) => {
    const name = await edited(`sua-${what.replace(/\s/g, '-')}.xlsx`, edit);
    const r = await cli(['verify', name, ...C]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Số liệu đã bị thay đổi sau khi chốt ngày .*: 1 ô khác với lúc chốt\./);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  '))).toEqual([`  ${line}`]);
  });

  it('lists a change in English with --lang en, and as par-verify/1 with --json', async () => {
    const name = await edited('sua-en.xlsx', (ws) => (ws.getCell('F8').value = 3));
    const en = await cli(['verify', name, '--lang', 'en', ...C]);
    expect(en.stdout).toContain('  1.1 · Appraised score (F8): 3.5 → 3');
    const json = JSON.parse((await cli(['verify', name, '--json', ...C])).stdout);
    expect(json).toMatchObject({ format: 'par-verify/1', status: 'changed', sealedCode: code });
    expect(json.changes).toEqual([{ sheet: 'Tự đánh giá', item: '1.1', column: 'appraised', sealed: '3.5', current: '3', address: 'F8' }]);
  });

  it('keeps the seal through formatting, column widths and another sheet', async () => {
    const name = await edited('dinh-dang.xlsx', (ws, wb) => {
      ws.getCell('F8').font = { bold: true, color: { argb: 'FFFF0000' } };
      ws.getColumn(2).width = 70;
      wb.addWorksheet('Ghi chép').getCell('A1').value = 'Sổ theo dõi riêng';
    });
    expect((await cli(['verify', name, '--code', code, ...C])).code).toBe(0);
  });

  it('keeps the seal when flags are added (check --annotate) and removed (clear)', async () => {
    const checked = await cli(['check', 'da-chot.xlsx', ...C, '--annotate', 'danh-dau']);
    expect(checked.stdout).toMatch(/lỗi/i);
    const annotated = path.join('danh-dau', 'da-chot.xlsx');
    expect((await cli(['verify', annotated, '--code', code, ...C])).code).toBe(0);
    expect((await cli(['clear', annotated, '--out', 'go-dau.xlsx'])).code).toBe(0);
    expect((await cli(['verify', 'go-dau.xlsx', '--code', code, ...C])).code).toBe(0);
  });

  it('detects a forged seal: the stored digest edited to hide a change', async () => {
    // The forger changes a score in the sealed file, seals that content in a scratch copy to learn
    // its digest and code, and writes them into the sealed file's seal sheet (leaving its copy of
    // the sealed values, which it cannot rebuild by hand).
    const changed = await edited('gia-1.xlsx', (ws) => (ws.getCell('F8').value = 4));
    const scratch = await cli(['seal', changed, '--out', 'gia-2.xlsx', ...C]);
    const forgedCode = /Seal code: (\S+)/.exec(scratch.stdout)![1];
    const zip = await JSZip.loadAsync(fs.readFileSync(file('gia-2.xlsx')));
    const forgedDigest = /<t xml:space="preserve">([0-9a-f]{64})<\/t>/.exec(await zip.file('xl/worksheets/sheet2.xml')!.async('string'))![1];
    const original = await JSZip.loadAsync(fs.readFileSync(file('da-chot.xlsx')));
    const digest = /<t xml:space="preserve">([0-9a-f]{64})<\/t>/.exec(await original.file('xl/worksheets/sheet2.xml')!.async('string'))![1];
    const forged = await sealEdited(changed, 'gia-3.xlsx', (xml) => xml.replace(digest, forgedDigest).replace(code, forgedCode));
    const r = await cli(['verify', forged, ...C]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Dấu chốt không còn nguyên vẹn: dấu chốt đã bị sửa: mã băm lưu trong tệp không khớp với bản sao số liệu đã chốt/);
    // The changed cell is still named against the copy kept in the seal.
    expect(r.stdout).toContain('  1.1 · Điểm thẩm định (F8): 3,5 → 4');
    // Its code is the forged one, and the cover letter's code exposes it too.
    expect((await cli(['verify', forged, '--code', code, ...C])).code).toBe(1);
  });

  it('detects a full re-seal after the code was given, through the code', async () => {
    const changed = await edited('chot-lai-1.xlsx', (ws) => (ws.getCell('F8').value = 4));
    expect((await cli(['seal', changed, '--out', 'chot-lai-2.xlsx', ...C])).code).toBe(0);
    // Without the code the re-sealed file verifies; with the code of the cover letter it does not.
    expect((await cli(['verify', 'chot-lai-2.xlsx', ...C])).code).toBe(0);
    const r = await cli(['verify', 'chot-lai-2.xlsx', '--code', code, ...C]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^Mã chốt không khớp: số liệu hiện tại cho mã [0-9A-Z-]{14}, khác mã ${code} đơn vị đã báo`));
  });

  it('says clearly when there is no seal, or the code is not a code', async () => {
    const none = await cli(['verify', 'bieu.xlsx']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Tệp chưa được chốt số liệu/);
    const bad = await cli(['verify', 'da-chot.xlsx', '--code', 'ABC']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Mã chốt "ABC" không đúng dạng/);
  });
});
