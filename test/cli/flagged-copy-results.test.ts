/**
 * Flagged copies keep the findings that belong to no cell: a generated scoresheet with a missing
 * item (layout.missingItem, cell null) and a score above its max (a cell finding) is checked with
 * --annotate; the copy gets the "Kết quả kiểm tra" sheet listing the missing item, the cell note
 * carries one tag, and `par-check clear` gives back the original (whole worksheet models equal).
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as fs from 'fs';
import * as path from 'path';
import { command as check } from '../../src/cli/commands/check';
import { command as clear } from '../../src/cli/commands/clear';
import type { Report } from '../../src/cli/check/json-report';
import { buildCheckResultSheet, CHECK_RESULT_MARK } from '../../src/engine/findings/check-result-sheet';
import { bundledSets } from '../../src/engine/criteria/registry';
import { generateFilledSheet, sheetToWorkbook } from '../helpers/generate-workbook';
import { finding, makeResult } from '../engine/helpers/check-result-fixtures';
import { workbookSnapshot } from './batch-fixtures';
import { removeTempDirs, tempDir } from './run-cli';

async function run(cmd: typeof check, args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await cmd.run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false, cwd });
  return { code, stdout, stderr };
}

afterAll(removeTempDirs);

describe('the "Kết quả kiểm tra" sheet (engine)', () => {
  it('lists only the findings tied to no cell, worst first, and is not made when there is none', () => {
    const result = makeResult({
      unit: 'Sở Y tế',
      items: [{ code: '1.1', self: 1 }],
      findings: [
        finding('layout.betterSetMatch', 'warning', null, null, 'mẫu cũ'),
        finding('score.aboveMax', 'error', 'F10', '1.1', 'vượt tối đa'),
        finding('layout.missingItem', 'error', null, '1.2', 'thiếu 1.2'),
      ],
    });
    const spec = buildCheckResultSheet([{ result, flaggedCells: 1 }], 'vi')!;
    const text = (r: number, c: number) => {
      const v = spec.cells.find((x) => x.row === r && x.col === c)?.value;
      return v && 'text' in v ? v.text : v && 'number' in v ? v.number : null;
    };
    expect(spec.name).toBe('Kết quả kiểm tra');
    expect(String(text(1, 0))).toMatch(new RegExp(`^${CHECK_RESULT_MARK.vi}`));
    expect(text(3, 0)).toBe('Sheet "Biểu chấm điểm" — Sở Y tế: 1 ô được đánh dấu.');
    // Header on row 4, then the error before the warning; the cell finding is not listed.
    expect([1, 2, 3, 4].map((c) => text(5, c))).toEqual(['✖ Lỗi', 'Cả biểu', 'vi: thiếu 1.2', 'layout.missingItem']);
    expect([1, 2, 3, 4].map((c) => text(6, c))).toEqual(['⚠ Cảnh báo', 'Cả biểu', 'vi: mẫu cũ', 'layout.betterSetMatch']);
    expect(text(7, 3)).toBeNull();
    // A cell whose note the file cannot keep: its finding is listed with the cell.
    const kept = buildCheckResultSheet([{ result, flaggedCells: 1, unsavedNotes: ['F10'] }], 'vi')!;
    const at = (r: number, c: number) => kept.cells.find((x) => x.row === r && x.col === c)?.value;
    expect([1, 2, 3].map((c) => at(5, c))).toEqual([{ text: '✖ Lỗi' }, { text: 'Cả biểu' }, { text: 'vi: thiếu 1.2' }]);
    expect([1, 2, 3].map((c) => at(6, c))).toEqual([{ text: '✖ Lỗi' }, { text: 'F10' }, { text: 'vi: vượt tối đa' }]);
    expect(spec.print).toMatchObject({ orientation: 'portrait', fitToWidth: true, repeatRows: { first: 4, last: 4 } });
    expect(buildCheckResultSheet([{ result: makeResult({ findings: [finding('score.aboveMax', 'error', 'F10', '1.1')] }), flaggedCells: 1 }], 'vi')).toBeNull();
  });
});

describe('flagged copy with a whole-sheet finding', () => {
  let dir: string;
  let report: Report;
  let copyPath: string;

  beforeAll(async () => {
    dir = tempDir('results-sheet');
    const set = bundledSets().find((s) => s.id === 'mau-so-nganh-2024')!;
    const sheet = generateFilledSheet(set, { unit: 'Sở Thử nghiệm', seed: 11, defects: [{ kind: 'missingItem' }, { kind: 'aboveMax' }] });
    const { buffer } = await sheetToWorkbook(sheet);
    fs.writeFileSync(path.join(dir, 'bieu.xlsx'), buffer);
    const r = await run(check, ['bieu.xlsx', '--annotate', 'danh-dau', '--json'], dir);
    report = JSON.parse(r.stdout) as Report;
    copyPath = path.join(dir, report.files[0].annotatedCopy!);
  });

  it('carries the missing item on a "Kết quả kiểm tra" sheet and one tag per cell note', async () => {
    const missing = report.files[0].findings.filter((f) => f.cell === null && f.code === 'layout.missingItem');
    expect(missing).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copyPath);
    const ws = wb.getWorksheet('Kết quả kiểm tra')!;
    expect(ws).toBeDefined();
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain(missing[0].message);
    expect(texts).toContain('layout.missingItem');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N');

    const evidence = report.files[0].findings.find((f) => f.code === 'score.aboveMax')!;
    const note = wb.getWorksheet(report.files[0].sheet!)!.getCell(evidence.cell!).note as { texts: { text: string }[] } | string;
    const noteText = typeof note === 'string' ? note : note.texts.map((t) => t.text).join('');
    expect(noteText.startsWith('--- par-check · Kiểm tra CCHC / PAR check ---\n✖ Lỗi: ')).toBe(true);
    expect(noteText.match(/Kiểm tra CCHC/g)).toHaveLength(1);
  });

  it('a blank, unformatted evidence cell keeps its note too (patched into the comments part)', async () => {
    // The generated sheet has no cell formats: the evidence cell of a missing-evidence defect is
    // blank. ExcelJS could not save a note there; the package patch writes it like any other.
    const set = bundledSets().find((s) => s.id === 'mau-so-nganh-2024')!;
    const sheet = generateFilledSheet(set, { unit: 'Sở Thử nghiệm', seed: 12, defects: [{ kind: 'missingEvidence' }] });
    fs.writeFileSync(path.join(dir, 'thieu-tlkc.xlsx'), (await sheetToWorkbook(sheet)).buffer);
    const r = await run(check, ['thieu-tlkc.xlsx', '--annotate', 'danh-dau-2', '--json'], dir);
    const file = (JSON.parse(r.stdout) as Report).files[0];
    const missing = file.findings.find((f) => f.code === 'evidence.missing')!;
    // Read by hand: ExcelJS reads notes only on cells present in the sheet data.
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, file.annotatedCopy!)));
    const comments = await zip.file(Object.keys(zip.files).find((n) => /comments\d+\.xml$/.test(n))!)!.async('string');
    const note = new RegExp(`<comment ref="${missing.cell}"[^>]*><text>[\\s\\S]*?</text></comment>`).exec(comments)?.[0] ?? '';
    expect(note).toContain('--- par-check · Kiểm tra CCHC / PAR check ---');
    expect(note).toContain('Đề nghị');
    // Nothing left for the results sheet: no whole-sheet finding, every note kept.
    expect(Object.keys(zip.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(1);
  });

  it('`par-check clear` removes the sheet and the marks and gives back the original', async () => {
    const out = path.join(dir, 'sach.xlsx');
    const r = await run(clear, [copyPath, '--out', out], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('và trang "Kết quả kiểm tra"');
    expect(await workbookSnapshot(out)).toEqual(await workbookSnapshot(path.join(dir, 'bieu.xlsx')));
  });

  it('a copy of a copy keeps one results sheet', async () => {
    const again = await run(check, [copyPath, '--annotate', 'lan-2', '--json'], dir);
    const second = path.join(dir, (JSON.parse(again.stdout) as Report).files[0].annotatedCopy!);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('Kết quả kiểm tra'))).toEqual(['Kết quả kiểm tra']);
  });
});
