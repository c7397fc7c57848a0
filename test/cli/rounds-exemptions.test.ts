/**
 * The appraisal cycle and exemptions on the command line, in-process, on real .xlsx files
 * written by ExcelJS (read back through the CLI's file readers):
 * - a two-round scoresheet: `appraisalRounds` in the JSON report (both rounds per area and in
 *   total, the round in progress, where each final figure came from);
 * - `--exemptions` as .xlsx and .csv: granted / not granted / no table.
 *
 * Hand arithmetic base (province-sheet.ts): every scored leaf filled with its max, survey leaves
 * with their max in the appraised column; mau-so-nganh-2024 is scale 100 with 30 survey points,
 * so an untouched sheet is self 70/70 and final 100/100.
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { command as check } from '../../src/cli/commands/check';
import type { Report } from '../../src/cli/check/json-report';
import { buildWorkbook, bundled, type ColSpec, type LayoutSpec } from '../engine/layouts/province-sheet';
import { removeTempDirs, tempDir } from './run-cli';

const SO = bundled('mau-so-nganh-2024');

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await check.run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false, cwd });
  return { code, stdout, stderr };
}

const BASE_COLS: ColSpec[] = [
  { role: 'code', header: 'STT' },
  { role: 'title', header: 'Tiêu chí' },
  { role: 'max', header: 'Điểm tối đa' },
  { role: 'self', header: 'Điểm tự đánh giá' },
  { role: 'evidence', header: 'Tài liệu kiểm chứng' },
];

async function write(dir: string, name: string, unit: string, spec: Partial<LayoutSpec>): Promise<void> {
  const built = buildWorkbook(SO, {
    sheetName: 'Tự đánh giá',
    titleLines: ['KẾT QUẢ TỰ ĐÁNH GIÁ, THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2024', `Tên cơ quan, đơn vị: ${unit}`],
    headerRow: 4,
    cols: BASE_COLS,
    ...spec,
  });
  await built.wb.xlsx.writeFile(path.join(dir, name));
}

let dir: string;
beforeAll(async () => {
  dir = tempDir('rounds');
  // Two rounds, single header row, answer columns between the rounds.
  await write(dir, 'hai-vong.xlsx', 'Sở Tư pháp', {
    cols: [
      ...BASE_COLS,
      { role: 'appraised', header: 'Thẩm định lần 1' },
      { role: 'appraiserNote', header: 'Ý kiến thẩm định lần 1' },
      { role: 'unitAnswer', header: 'Giải trình của đơn vị' },
      { role: 'addedEvidence', header: 'Tài liệu bổ sung' },
      { role: 'appraised2', header: 'Thẩm định lần 2' },
      { role: 'appraiserNote2', header: 'Ý kiến thẩm định lần 2' },
    ],
    overrides: {
      // 1.1.1 (max 1): cut to 0,5, answered, restored to 1 in round 2 with a note
      '1.1.1': { appraised: 0.5, appraiserNote: 'Ban hành chậm', unitAnswer: 'Ban hành đúng hạn (gửi kèm)', addedEvidence: 'QĐ số 1/QĐ-STP ngày 5/1/2024', appraised2: 1, appraiserNote2: 'Chấp nhận giải trình' },
      // 2.2.2 (max 1,5; options 1,5 / 1 / 0): cut to 1, answered, not yet re-appraised → round 2 in progress
      '2.2.2': { appraised: 1, appraiserNote: 'Chỉ đạt 80% kế hoạch', unitAnswer: 'Đã đạt 90%, bổ sung báo cáo' },
      // 4.1.2 (max 1,5; options 1,5 / 0,5 / 0): cut to 0,5, not answered: round 1 stands
      '4.1.2': { appraised: 0.5, appraiserNote: 'Thiếu quyết định' },
    },
  });
  // N/A claims: 3.1.1 (0,5) and 7.3.1 (1,5), both allowed by the set.
  const na = { '3.1.1': { self: 'Không áp dụng', appraised: 'Không áp dụng', evidence: null }, '7.3.1': { self: 'KAD', appraised: 'KAD', evidence: null } };
  await write(dir, 'stp.xlsx', 'Sở Tư pháp', { cols: [...BASE_COLS, { role: 'appraised', header: 'Điểm thẩm định' }], overrides: na });
  // Exemptions table, as .xlsx (matrix: one column per code) and as .csv (list column).
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Miễn đánh giá');
  ws.addRows([['DANH SÁCH ĐƠN VỊ ĐƯỢC MIỄN ĐÁNH GIÁ NĂM 2024'], ['STT', 'Đơn vị', 'LV3', '7.3'], [1, 'Sở Tư pháp', 'x', null], [2, 'Sở Y tế', null, 'x']]);
  await wb.xlsx.writeFile(path.join(dir, 'mien.xlsx'));
  fs.writeFileSync(path.join(dir, 'mien.csv'), '\uFEFFĐơn vị;Tiêu chí được miễn\nSở Tư pháp;3.1, 7.3\n', 'utf8');
});
afterAll(removeTempDirs);

describe('check: two appraisal rounds in the JSON report', () => {
  test('both rounds per area and in total, round 2 in progress, finals by source', async () => {
    const r = await run(['hai-vong.xlsx', '--json'], dir);
    expect(r.stderr).toBe('');
    const file = (JSON.parse(r.stdout) as Report).files[0];
    expect(file.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const rounds = file.appraisalRounds!;
    // round 1: 100 − 0,5 (1.1.1) − 0,5 (2.2.2) − 1 (4.1.2) = 98
    expect(rounds.round1).toEqual({ total: 98, max: 100, index: 98, filled: expect.any(Number), expected: expect.any(Number) });
    expect(rounds.round1.filled).toBe(rounds.round1.expected);
    // final (round 2 where entered): 1.1.1 back to 1 → 98 + 0,5 = 98,5
    expect(file.scores!.final).toEqual({ total: 98.5, max: 100, index: 98.5 });
    expect(rounds.round2).toMatchObject({ total: 98.5, max: 100, index: 98.5, state: 'inProgress', filled: 1, needed: 2, answered: 2, pending: ['2.2.2'] });
    expect(rounds.inProgress).toBe(2);
    expect(rounds.finalFrom).toBe('mixed');
    // area 1 (10): round 1 = 10 − 0,5 = 9,5; final = 10 (1.1.1 from round 2); area 2 (10): 10 − 0,5 = 9,5 both
    expect(rounds.areas.find((a) => a.code === '1')).toEqual({ code: '1', round1: 9.5, round2: 10, final: 10, finalFrom: 'mixed' });
    expect(rounds.areas.find((a) => a.code === '2')).toEqual({ code: '2', round1: 9.5, round2: 9.5, final: 9.5, finalFrom: 'round1' });
    expect(rounds.items).toEqual([{ item: '1.1.1', round1: 0.5, round2: 1, notApplicable: false }]);
  });

  test('a one-round sheet reports round 1 only', async () => {
    const file = (JSON.parse((await run(['stp.xlsx', '--json'], dir)).stdout) as Report).files[0];
    expect(file.appraisalRounds!.round2).toBeNull();
    expect(file.appraisalRounds!.finalFrom).toBe('round1');
    expect(file.appraisalRounds!.inProgress).toBeNull();
  });
});

describe('check --exemptions', () => {
  const exemptionKeys = (report: Report) =>
    report.files[0].findings.filter((f) => f.code.startsWith('exemption.')).map((f) => `${f.code}@${f.item}:${f.severity}`);

  test('no table: every N/A claim listed for confirmation (info)', async () => {
    const r = await run(['stp.xlsx', '--json'], dir);
    expect(exemptionKeys(JSON.parse(r.stdout) as Report)).toEqual(['exemption.unconfirmed@3.1.1:info', 'exemption.unconfirmed@7.3.1:info']);
  });

  test('.xlsx matrix table: LV3 granted, 7.3 not → one warning; the rest of LV3 still scored → said', async () => {
    const r = await run(['stp.xlsx', '--exemptions', 'mien.xlsx', '--json'], dir);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(exemptionKeys(report).sort()).toEqual(['exemption.notClaimed@3:info', 'exemption.notGranted@7.3.1:warning']);
    expect(report.files[0].findings.find((f) => f.code === 'exemption.notGranted')!.message).toContain('chưa được Sở Nội vụ chấp thuận');
    expect(r.code).toBe(0); // a warning, not an error
    // the table's other unit has no sheet in this run: said in the report and the text output
    expect(report.exemptionsTable).toEqual({ table: 'mien.xlsx', problems: [], rowsWithoutWorkbook: [{ row: 4, unit: 'Sở Y tế' }] });
    const text = await run(['stp.xlsx', '--exemptions', 'mien.xlsx'], dir);
    expect(text.stdout).toContain('Bảng miễn đánh giá "mien.xlsx": không thấy biểu nào của Sở Y tế (dòng 4).');
    expect((JSON.parse((await run(['stp.xlsx', '--json'], dir)).stdout) as Report).exemptionsTable).toBeNull();
  });

  test('.csv list table: "3.1, 7.3" grants both claims; unused grants said', async () => {
    const r = await run(['stp.xlsx', '--exemptions', 'mien.csv', '--json', '--lang', 'en'], dir);
    expect(r.stderr).toBe('');
    // 3.1 grants 3.1.1 (claimed) and 3.1.2 (scored → info); 7.3 grants 7.3.1 (claimed), 7.3.2 and 7.3.3 (scored → info).
    expect(exemptionKeys(JSON.parse(r.stdout) as Report)).toEqual(['exemption.notClaimed@3.1:info', 'exemption.notClaimed@7.3:info']);
  });

  test('a table that cannot be used stops the run with exit 2 and a sentence', async () => {
    fs.writeFileSync(path.join(dir, 'sai.csv'), 'Tên;Ghi chú\nA;B\n', 'utf8');
    const bad = await run(['stp.xlsx', '--exemptions', 'sai.csv'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('không có cột tên đơn vị');
    const missing = await run(['stp.xlsx', '--exemptions', 'khong-co.xlsx'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không đọc được bảng miễn đánh giá "khong-co.xlsx"');
    const wrongType = await run(['stp.xlsx', '--exemptions', 'mien.txt'], dir);
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toContain('phải là tệp .xlsx hoặc .csv');
  });

  test('cells of the table it cannot read are notices on stderr; the run goes on', async () => {
    fs.writeFileSync(path.join(dir, 'mot-phan.csv'), 'Đơn vị;Tiêu chí được miễn\nSở Tư pháp;3.1.1, theo CV\n', 'utf8');
    const r = await run(['stp.xlsx', '--exemptions', 'mot-phan.csv', '--json'], dir);
    expect(r.stderr).toContain('B2');
    expect(r.stderr).toContain('"theo CV"');
    expect((JSON.parse(r.stdout) as Report).exemptionsTable!.problems.map((p) => p.cell)).toEqual(['B2']);
    expect(exemptionKeys(JSON.parse(r.stdout) as Report)).toEqual(['exemption.notGranted@7.3.1:warning']);
  });
});

describe('check: the rounds in the text output', () => {
  test('each round total, and which round is in progress with what it waits for', async () => {
    const r = await run(['hai-vong.xlsx'], dir);
    expect(r.stdout).toContain('Thẩm định lần 1: 98,00 / 100,00 — chỉ số 98,00%\n');
    expect(r.stdout).toContain('Thẩm định lần 2: 98,50 / 100,00 — chỉ số 98,50% (đang thẩm định lần 2; còn chờ 2.2.2)\n');
    const en = await run(['hai-vong.xlsx', '--lang', 'en'], dir);
    expect(en.stdout).toContain('Appraisal round 2: 98.50 / 100.00 — index 98.50% (round 2 in progress; still waiting 2.2.2)\n');
    // a one-round sheet prints no round lines
    expect((await run(['stp.xlsx'], dir)).stdout).not.toContain('Thẩm định lần');
  });
});
