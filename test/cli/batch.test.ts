/**
 * Batch end to end: `par-check check <folder> --summary <ranking.xlsx> --annotate <folder>` on the
 * shared samples, generated workbooks (ties, two criteria sets, formula-looking unit names) and
 * bad files, run as a user would; everything is read back from the written files with ExcelJS.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { cli, ensureBuilt, removeTempDirs, runCli, SAMPLES, STACK_LINE, tempDir } from './run-cli';
import type { Report, ReportFile } from '../../src/cli/check/json-report';
import { FLAG_FORMULA } from '../../src/file/flags';
import { encryptedXlsxBytes, textBytes } from '../helpers/bad-files';
import { claimUnzippedSize, hashTree, workbookSnapshot, writeGenerated } from './batch-fixtures';
import { column, printedTable } from '../helpers/season-workbooks';

jest.setTimeout(300_000);

const NAMES = {
  tieA: 'Sở Nội vụ',
  tieB: 'Sở Tài chính',
  formula: '=HYPERLINK("http://x.vn","Bấm")',
  phone: '+84 912 345 678',
  minus: '-Sở Công Thương',
  at: '@Sở Du lịch',
};

let root: string;
let input: string;
let out: string;
/** Expected index per unit, computed from the inputs (samples README, generated sheets). */
const expected = new Map<string, number>();
let before: Map<string, string>;
let run: { code: number | null; stdout: string; stderr: string };
let report: Report;
let rankingBook: ExcelJS.Workbook;

beforeAll(async () => {
  ensureBuilt();
  root = tempDir('batch');
  input = path.join(root, 'ho-so');
  out = path.join(root, 'ket-qua');
  fs.mkdirSync(path.join(input, 'so'), { recursive: true });
  fs.mkdirSync(out);
  for (const f of ['so-tu-phap-2024', 'so-xay-dung-2024', 'so-y-te-2024']) {
    fs.copyFileSync(path.join(SAMPLES, `${f}.xlsx`), path.join(input, 'so', `${f}.xlsx`));
  }
  // Samples README: Tư pháp and Xây dựng ranked on self, Y tế (appraised) on its final index.
  expected.set('Sở Tư pháp', 91.73).set('Sở Xây dựng', 90.33).set('Sở Y tế', 84.66);
  const gen = async (rel: string, setId: string, unit: string, seed: number) =>
    expected.set(unit, await writeGenerated(path.join(input, rel), setId, unit, seed));
  // Same set and seed: identical scores, so a tie.
  await gen('so/noi-vu.xlsx', 'mau-so-nganh-2024', NAMES.tieA, 11);
  await gen('so/tai-chinh.xlsx', 'mau-so-nganh-2024', NAMES.tieB, 11);
  await gen('so/cong-thuc.xlsx', 'mau-so-nganh-2024', NAMES.formula, 12);
  await gen('so/dien-thoai.xlsx', 'mau-so-nganh-2024', NAMES.phone, 13);
  await gen('so/tru.xlsx', 'mau-so-nganh-2024', NAMES.minus, 14);
  await gen('so/a-cong.xlsx', 'mau-so-nganh-2024', NAMES.at, 15);
  // Two files named a.xlsx in different folders; communes follow another set.
  await gen('xa/dot-1/a.xlsx', 'mau-xa-2024', 'UBND xã An Bình', 21);
  await gen('xa/dot-2/a.xlsx', 'mau-xa-2024', 'UBND xã Hòa Lợi', 22);
  await gen('xa/tan-phu.xlsx', 'mau-xa-2024', 'UBND xã Tân Phú', 23);
  fs.mkdirSync(path.join(input, 'hong'));
  fs.writeFileSync(path.join(input, 'hong', 'mat-khau.xlsx'), encryptedXlsxBytes());
  fs.writeFileSync(path.join(input, 'hong', 'ghi-chu.xlsx'), textBytes());
  fs.writeFileSync(path.join(input, 'hong', 'khong-lo.xlsx'), claimUnzippedSize(fs.readFileSync(path.join(SAMPLES, 'so-tu-phap-2024.xlsx')), 900 * 1024 * 1024));

  before = hashTree(input);
  run = runCli(['check', input, '--json', '--summary', path.join(out, 'xep-hang.xlsx'), '--annotate', path.join(out, 'danh-dau')]);
  report = JSON.parse(run.stdout) as Report;
  rankingBook = new ExcelJS.Workbook();
  await rankingBook.xlsx.readFile(path.join(out, 'xep-hang.xlsx'));
});
afterAll(() => removeTempDirs());

const byUnit = (unit: string): ReportFile => {
  const f = report.files.find((x) => x.unit === unit);
  if (!f) throw new Error(`no report entry for ${unit}`);
  return f;
};

describe('check --summary --annotate on a folder', () => {
  it('checks every workbook of the folder, goes on after bad files and exits 2 for them', () => {
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(2);
    expect(report.files).toHaveLength(15);
    expect(report.summary.unreadable).toBe(3);
    expect(report.rankingWorkbook).toBe(path.join(out, 'xep-hang.xlsx'));
  });

  // Issue 8: only complete results are ranked. The generated sheets and two samples are
  // self-assessed only: listed with their status, not ranked; their indices stay in the report.
  it('lists self-assessed units as not ranked, each with its self index and status', () => {
    for (const [unit, index] of expected) {
      const f = byUnit(unit);
      if (unit === 'Sở Y tế') continue;
      expect([unit, f.status, f.rank, f.scores!.self.index]).toEqual([unit, 'selfOnly', null, index]);
    }
    const notRanked = printedTable(rankingBook.getWorksheet('Chưa xếp hạng')!);
    const listed = column(notRanked, 'Đơn vị');
    for (const unit of expected.keys()) if (unit !== 'Sở Y tế') expect(listed).toContain(unit);
    expect(column(notRanked, 'Tình trạng').filter((s) => s === 'Mới tự đánh giá')).toHaveLength(expected.size - 1);
  });

  it('ranks the appraised sample alone in its block (complete: appraised and surveyed)', () => {
    const yTe = byUnit('Sở Y tế');
    expect([yTe.status, yTe.rank, yTe.scores!.final!.index]).toEqual(['complete', 1, expected.get('Sở Y tế')]);
    const table = printedTable(rankingBook.getWorksheet('KQ sở ngành')!);
    expect(column(table, 'Đơn vị')).toEqual(['Sở Y tế']);
    expect(column(table, 'Chỉ số (%)')).toEqual([84.66]);
    expect(column(table, 'Xếp hạng')).toEqual([1]);
    // The commune block has no complete result yet.
    expect(printedTable(rankingBook.getWorksheet('KQ xã')!).rows).toHaveLength(0);
  });

  it('shows self and final totals', () => {
    const yTe = byUnit('Sở Y tế');
    expect([yTe.scores!.self.total, yTe.scores!.final!.total]).toEqual([59.99, 83.39]);
    const tuPhap = byUnit('Sở Tư pháp');
    expect([tuPhap.scores!.self.total, tuPhap.scores!.final]).toEqual([64.21, null]);
  });

  it('writes unit names that look like formulas as text, never as formulas', () => {
    const tracking = printedTable(rankingBook.getWorksheet('Theo dõi')!);
    const cells = tracking.rows.map((r) => r[tracking.header.indexOf('Đơn vị')]);
    for (const name of [NAMES.formula, NAMES.phone, NAMES.minus, NAMES.at]) {
      const cell = cells.find((c) => c.value === name);
      expect(cell).toBeDefined();
      expect(cell!.type).toBe(ExcelJS.ValueType.String);
      expect(cell!.formula).toBeUndefined();
    }
    // Everywhere else too: no formula cell in the whole ranking workbook.
    let formulas = 0;
    rankingBook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
      if (c.type === ExcelJS.ValueType.Formula || c.formula !== undefined) formulas++;
    })));
    expect(formulas).toBe(0);
    const unitSheet = rankingBook.worksheets.find((ws) => ws.getCell('A1').value === NAMES.formula);
    expect(unitSheet).toBeDefined();
    expect(unitSheet!.getCell('A1').type).toBe(ExcelJS.ValueType.String);
  });

  it('lists the unreadable files with their reason, in the workbook and in the report', () => {
    const notRanked = printedTable(rankingBook.getWorksheet('Chưa xếp hạng')!);
    const files = column(notRanked, 'Tệp') as string[];
    const why = column(notRanked, 'Còn thiếu / lý do') as string[];
    const status = column(notRanked, 'Tình trạng') as string[];
    const reasons = new Map(files.map((f, i): [string, string] => [f, why[i]]).filter((_, i) => status[i] === 'Không đọc được'));
    expect([...reasons.keys()].sort()).toEqual(['ghi-chu.xlsx', 'khong-lo.xlsx', 'mat-khau.xlsx']);
    expect(reasons.get('mat-khau.xlsx')).toMatch(/đặt mật khẩu/);
    expect(reasons.get('ghi-chu.xlsx')).toMatch(/không phải tệp Excel/);
    expect(reasons.get('khong-lo.xlsx')).toMatch(/quá lớn khi giải nén/);
    for (const [name, reason] of reasons) {
      const entry = report.files.find((f) => path.basename(f.file) === name)!;
      expect(reason).toBe(`Không đọc được tệp: ${entry.error}`);
      expect(entry.status).toBe('unreadable');
      expect(entry.annotatedCopy).toBeNull();
    }
    // Files are named without folders everywhere in the workbook.
    for (const f of files) expect(f).not.toMatch(/[\\/]/);
  });

  it('adds the explanation requests to the report', () => {
    const yTe = byUnit('Sở Y tế');
    const items = new Map(yTe.explanationRequests.map((r) => [r.item, r]));
    expect(items.get('4.1.2')).toMatchObject({ self: 1.5, appraised: 0.5, cell: 'G56', note: null });
    expect(items.get('4.1.2')!.reason).toContain('Điểm thẩm định 0,5 thấp hơn điểm tự đánh giá 1,5');
    expect(items.get('6.1.2')).toMatchObject({ self: 1, appraised: 0 });
    expect(items.get('5.2.2')!.reason).toContain('Thiếu tài liệu kiểm chứng');
    expect(byUnit('Sở Tư pháp').explanationRequests).toEqual([]);
    const sheet = rankingBook.getWorksheet('Đề nghị giải trình')!;
    let rows = 0;
    sheet.eachRow((row, r) => {
      if (r > 2 && row.getCell(2).value === 'Sở Y tế') rows++;
    });
    expect(rows).toBe(yTe.explanationRequests.length);
  });

  it('lists every finding of every file in "Phát hiện"', () => {
    const sheet = rankingBook.getWorksheet('Phát hiện')!;
    let rows = 0;
    sheet.eachRow((row, r) => {
      if (r > 2 && typeof row.getCell(1).value === 'number') rows++;
    });
    expect(rows).toBe(report.files.reduce((n, f) => n + f.findings.length, 0));
  });

  it('never touches the originals', () => {
    expect(hashTree(input)).toEqual(before);
  });
});

describe('flagged copies (--annotate)', () => {
  const copies = () => report.files.filter((f) => f.error === null);

  it('writes one copy per readable workbook, resolving name clashes', () => {
    const names = fs.readdirSync(path.join(out, 'danh-dau')).filter((n) => n.endsWith('.xlsx')).sort();
    expect(names).toHaveLength(12);
    expect(names).toEqual(expect.arrayContaining(['a.xlsx', 'a (2).xlsx', 'so-y-te-2024.xlsx']));
    for (const f of copies()) expect(fs.existsSync(f.annotatedCopy!)).toBe(true);
    const communes = report.files.filter((f) => path.basename(f.file) === 'a.xlsx').map((f) => path.basename(f.annotatedCopy!));
    expect(communes.sort()).toEqual(['a (2).xlsx', 'a.xlsx']);
  });

  it('carries the add-in marks on the cells of the findings', async () => {
    const yTe = byUnit('Sở Y tế');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(yTe.annotatedCopy!);
    const ws = wb.getWorksheet(yTe.sheet!)!;
    const rules = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    const ours = rules.filter((cf) => cf.rules.some((r) => (r.formulae ?? []).includes(FLAG_FORMULA)));
    const flagged = ours.flatMap((cf) => cf.ref.split(' '));
    for (const cell of yTe.findings.map((f) => f.cell).filter(Boolean)) expect(flagged).toContain(cell);
    // One tag per note: the block marker, then the lines (no second "[Kiểm tra CCHC]" tag).
    expect(JSON.stringify(ws.getCell('F35').note)).toContain('--- par-check · Kiểm tra CCHC / PAR check ---\\n✖ Lỗi: ');
    expect(JSON.stringify(ws.getCell('F35').note)).not.toContain('[Kiểm tra CCHC]');
  });

  it('cleared with `par-check clear`, each copy equals its original (values, formulas, styles)', async () => {
    for (const f of copies()) {
      const cleared = path.join(root, `sach-${path.basename(f.annotatedCopy!)}`);
      const r = await cli(['clear', f.annotatedCopy!, '--out', cleared]);
      expect(r.code).toBe(0);
      expect([f.file, await workbookSnapshot(cleared)]).toEqual([f.file, await workbookSnapshot(f.file)]);
    }
  });
});
